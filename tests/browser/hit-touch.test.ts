/**
 * HIT on a phone with real touch (DevTools protocol taps, 390x844): a walker in reach with a wall
 * at its back; a tap on HIT lands a blow, and a second tap during that swing's recovery is kept
 * and lands the next blow as soon as it is ready (it was lost: the buffer outlasted only four ticks
 * of a nine-tick recovery). The button's ring shows a blow ready; screenshots of it (phone Korean
 * at 150% text, desktop-sized touch screen in English) go to test-results, or to docs/screenshots
 * with SCREENSHOTS=1.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ZOMBIE } from '../../src/core/kernel/tuning';
import { LESSONS } from '../../src/game/tutorial/lessons';
import { tiledFromAscii } from '../core/level-fixture';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';
import { tap } from './taps';

const SHOTS = process.env['SCREENSHOTS'] === '1' ? 'docs/screenshots' : 'test-results/screenshots';
const LEVEL = JSON.stringify(
  tiledFromAscii(`
    #############
    #E...S.Z#...#
    #...........#
    #############`),
);
let harness: GameHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});
afterEach(async () => {
  for (const context of harness.browser.contexts()) await context.close();
});

const walkerHealth = (game: GamePage) => game.page.evaluate(() => window.hyosan.snapshot().zombies[0]!.health);

/** Taps HIT with a finger and lets the page see it (frames run; under the step lock no tick does). */
async function tapHit(game: GamePage): Promise<void> {
  const hit = (await game.page.evaluate(() => window.hyosan.input())).layout.buttons.attack!;
  await tap(game.page, hit.x, hit.y);
  await nextFrames(game, 2);
}

async function fight(game: GamePage, language: 'en' | 'ko', textSize: number): Promise<void> {
  await game.page.evaluate(([done, l, s]) => window.hyosan.settings({ tutorial: { done }, language: l, accessibility: { textSize: s } }), [[...LESSONS], language, textSize] as const);
  const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/hit-hall.json', text, { seed: 4 }), LEVEL);
  expect(loaded.ok).toBe(true);
  await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2, undefined, { timeout: 60_000 });
  // A finger on the student's own tile (a walk to where they stand): a desktop screen shows the touch controls once touched.
  const me = await game.page.evaluate(() => window.hyosan.snapshot().students[0]!);
  const here = (await game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [me.tileX, me.tileY]))!;
  await tap(game.page, here.x, here.y);
  await game.page.waitForFunction(() => window.hyosan.input().layout.buttons.attack !== undefined, undefined, { timeout: 60_000 });
  await game.page.evaluate(() => window.hyosan.stepLock(true));
  // A swing at the air brings the walker; it comes into reach.
  await tapHit(game);
  await game.page.evaluate(() => window.hyosan.advance(200, { until: (s) => s.zombies[0]!.mode === 'attack' && s.students[0]!.swingReadyIn === 0 }));
  await nextFrames(game, 3);
}

it('a tap on HIT with a walker in reach lands, and a tap during the recovery lands the next blow', async () => {
  const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  await fight(game, 'ko', 1.5);
  expect(await game.page.evaluate(() => window.hyosan.snapshot().students[0]!.zombieInReach)).toBe(true);
  await game.page.screenshot({ path: `${SHOTS}/hit-ready-390x844-ko.png` });
  const before = await walkerHealth(game);
  await tapHit(game);
  await game.page.evaluate(() => window.hyosan.advance(2));
  expect(await walkerHealth(game)).toBe(before - 1);
  // Two ticks into the nine-tick recovery: the tap is kept.
  expect(await game.page.evaluate(() => window.hyosan.snapshot().students[0]!.swingReadyIn)).toBeGreaterThan(4);
  await nextFrames(game, 2);
  await game.page.screenshot({ path: `${SHOTS}/hit-recovering-390x844-ko.png` });
  await tapHit(game);
  await game.page.evaluate(() => window.hyosan.advance(14));
  expect(await walkerHealth(game)).toBe(before - 2);
  expect(before).toBe(ZOMBIE.walker.health);
  expect(game.errors).toEqual([]);
  await game.close();
});

it('shows the blow ready on a desktop-sized touch screen in English', async () => {
  const game = await harness.open({ viewport: { width: 1280, height: 720 }, hasTouch: true, deviceScaleFactor: 1 });
  await fight(game, 'en', 1);
  await game.page.screenshot({ path: `${SHOTS}/hit-ready-1280x720-en.png` });
  expect(game.errors).toEqual([]);
  await game.close();
});

const CRAWLER_HALL = JSON.stringify(
  tiledFromAscii(`
    ##############
    #E...S....C..#
    #............#
    ##############`),
);

it('names the crawler the first time it is in sight, on a phone in Korean at 150% and on a desktop in English', async () => {
  for (const [language, textSize, viewport, words] of [
    ['ko', 1.5, { width: 390, height: 844 }, '기는 좀비입니다'],
    ['en', 1, { width: 1280, height: 720 }, 'A crawler'],
  ] as const) {
    const game = await harness.open({ viewport, ...(viewport.width < 500 ? { hasTouch: true, isMobile: true } : {}), deviceScaleFactor: 1 });
    const done = LESSONS.filter((lesson) => lesson !== 'meetCrawler');
    await game.page.evaluate(([d, l, s]) => window.hyosan.settings({ tutorial: { done: d }, language: l, accessibility: { textSize: s } }), [done, language, textSize] as const);
    const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/crawler-hall.json', text, { seed: 4 }), CRAWLER_HALL);
    expect(loaded.ok).toBe(true);
    await game.page.waitForFunction(() => window.hyosan.tutorial().lesson === 'meetCrawler', undefined, { timeout: 60_000 });
    await game.page.waitForFunction((w) => window.hyosan.texts().some((text) => text.includes(w)), words, { timeout: 60_000 });
    await nextFrames(game, 3);
    await game.page.screenshot({ path: `${SHOTS}/zombie-kind-caption-${viewport.width}x${viewport.height}-${language}.png` });
    expect(await game.page.evaluate(() => window.hyosan.settings().settings.tutorial.done)).not.toContain('meetCrawler');
    expect(game.errors).toEqual([]);
    await game.close();
  }
});
