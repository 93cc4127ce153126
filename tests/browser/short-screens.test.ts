/**
 * A new player's phone, in Korean at 150% text: held sideways (844×390) the pause menu showed one
 * row at a time and the title two, and the tutorial's longest prompt ran its last line and "tap to
 * close" off the bottom; held upright, the banner over the level ("완료: ..." or a refused exit)
 * covered the objective list under it. Read through the testing hook; real taps where it matters.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tiledFromAscii } from '../core/level-fixture';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});
afterEach(async () => {
  for (const context of harness.browser.contexts()) await context.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box): boolean => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 3 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 3;

async function openPhone(viewport: { width: number; height: number }): Promise<GamePage> {
  const game = await harness.open({ viewport, hasTouch: true, isMobile: true });
  await game.page.waitForFunction(() => window.hyosan.menu()?.scene === 'title', undefined, { timeout: 60_000 });
  await game.page.evaluate(() => window.hyosan.settings({ language: 'ko', accessibility: { textSize: 1.5 } }));
  await nextFrames(game, 3);
  return game;
}

/** How many of the menu's rows are on screen now. */
const rowsShown = (game: GamePage): Promise<number> => game.page.evaluate(() => window.hyosan.menu()!.items.filter((item) => item.box !== null).length);

/**
 * A student two steps from an exit that stays shut until a room is held till dawn (and two more
 * rooms, so the objective list is three lines long, as on the first level): walking right is
 * refused with a banner.
 */
function notYetText(): string {
  const tiled = tiledFromAscii(`
    #####
    #S.E#
    #####`);
  const hold = {
    id: 901,
    name: 'Hold the room until dawn',
    type: 'hold',
    x: 16,
    y: 16,
    width: 48,
    height: 16,
    properties: [
      { name: 'untilDawn', type: 'bool', value: true },
      { name: 'labelKo', type: 'string', value: '새벽까지 방을 지키세요' },
    ],
  };
  const more = [
    { id: 902, name: 'Hold the west corner until dawn', ko: '새벽까지 서쪽 구석을 지키세요' },
    { id: 903, name: 'Hold the east corner until dawn', ko: '새벽까지 동쪽 구석을 지키세요' },
  ].map(({ id, name, ko }) => ({ ...hold, id, name, properties: [hold.properties[0]!, { name: 'labelKo', type: 'string', value: ko }] }));
  tiled.layers.push({ id: 900, name: 'objectives', type: 'objectgroup', x: 0, y: 0, opacity: 1, visible: true, objects: [hold, ...more] });
  return JSON.stringify(tiled);
}

describe('a phone held sideways, Korean at 150% text', () => {
  it('shows as many menu rows as fit: the title, settings and pause menus; and the longest tutorial prompt inside the screen', async () => {
    const game = await openPhone({ width: 844, height: 390 });
    const { page } = game;
    // Title: rows under the name, not one or two with ▼.
    expect(await rowsShown(game)).toBeGreaterThanOrEqual(4);
    await page.evaluate(() => window.hyosan.menu({ focus: 'settings' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.hyosan.menu()?.scene === 'settings', undefined, { timeout: 30_000 });
    await nextFrames(game, 2);
    // Settings: every section row at once, the first one too.
    const settings = (await page.evaluate(() => window.hyosan.menu()))!;
    expect(settings.items.filter((item) => item.box === null).map((item) => item.id)).toEqual([]);

    await page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 7 }));
    await page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 60_000 });
    // The longest prompt, with its "tap to close" under it, inside the screen.
    await page.evaluate(() => window.hyosan.tutorial({ show: 'goal' }));
    await page.waitForFunction(() => window.hyosan.tutorial().lesson === 'goal', undefined, { timeout: 30_000 });
    await nextFrames(game, 3);
    const prompt = await page.evaluate(() => window.hyosan.textBoxes().filter((text) => text.scene === 'hud' && (text.text.startsWith('화면 위의 목록') || text.text === '눌러서 닫기')));
    expect(prompt.length).toBe(2);
    for (const text of prompt) {
      expect(text.y + text.height, text.text).toBeLessThanOrEqual(390 + 1.5);
      expect(text.pagePx, text.text).toBeGreaterThanOrEqual(12);
    }
    // Pause: its five rows at once.
    await page.evaluate(() => window.hyosan.pause(true));
    await page.waitForFunction(() => window.hyosan.menu()?.scene === 'pause', undefined, { timeout: 30_000 });
    await nextFrames(game, 2);
    expect(await rowsShown(game)).toBeGreaterThanOrEqual(4);
    expect(game.errors).toEqual([]);
  });
});

describe('a phone held upright, Korean at 150% text', () => {
  it('puts the banner over the level under the objective list, not over it', async () => {
    const game = await openPhone({ width: 390, height: 844 });
    const { page } = game;
    const loaded = await page.evaluate((text) => window.hyosan.loadLevelText('levels/not-yet.json', text, { seed: 5 }).then((result) => result.ok), notYetText());
    expect(loaded).toBe(true);
    expect(await page.evaluate(() => window.hyosan.send({ type: 'move', dx: 1, dy: 0 }))).toEqual({ ok: true });
    await page.waitForFunction(() => window.hyosan.tutorial().banner !== null, undefined, { timeout: 30_000 });
    const banner = (await page.evaluate(() => window.hyosan.tutorial().banner))!;
    const texts = await page.evaluate(() => window.hyosan.textBoxes().filter((text) => text.scene === 'hud'));
    const shown = texts.find((text) => text.text === banner)!;
    const goal = texts.find((text) => text.text.startsWith('▶ 새벽까지'))!;
    expect(goal.text.split('\n').length).toBeGreaterThanOrEqual(3);
    expect(shown, banner).toBeDefined();
    expect(goal).toBeDefined();
    expect(overlap(shown, goal), `${banner} over ${goal.text}`).toBe(false);
    expect(shown.y).toBeGreaterThanOrEqual(goal.y + goal.height);
    expect(game.errors).toEqual([]);
  });
});
