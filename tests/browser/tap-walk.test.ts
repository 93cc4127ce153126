/**
 * A tap on a phone walks to the tile that was under the finger when it landed, even when the
 * camera moved on before the finger lifted (the student walking by keys while the finger is down),
 * real touch events through the DevTools protocol; a switch of student (Tab) is announced on the
 * banner in English and Korean while the camera goes to the new student; the fire alarm is marked
 * with its name, in the language and text size of the moment, readable on a phone; a tapped walk
 * stopped by a zombie off a phone's screen shows an arrow toward it at the screen's edge, with a word.
 */

import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { LESSONS } from '../../src/game/tutorial/lessons';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';
import { boxesOverlap } from './screen-checks';
import { tap, tapAround } from './taps';
import { tiledFromAscii } from '../core/level-fixture';

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

const controlled = (game: GamePage) => game.page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)!);
const screenOf = (game: GamePage, tileX: number, tileY: number) => game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!)!, [tileX, tileY]);

it('walks to the tile under the finger when it landed, though the camera moved on before it lifted', async () => {
  const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  await game.page.evaluate((done) => window.hyosan.settings({ tutorial: { done } }), [...LESSONS]);
  await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 1 }));
  await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2, undefined, { timeout: 60_000 });
  const start = await controlled(game);
  // In the first classroom: the back row, four rows up from the student.
  const target = { tileX: start.tileX, tileY: start.tileY - 4 };
  const landing = await screenOf(game, target.tileX, target.tileY);
  const tile = (await screenOf(game, target.tileX + 1, target.tileY)).x - landing.x;
  await tapAround(game.page, landing.x, landing.y, async () => {
    // The finger stays down while the student walks right by keys and the camera follows.
    await game.page.keyboard.down('KeyD');
    await game.page.waitForFunction(([x, y, from, shift]) => window.hyosan.tileToScreen(x!, y!)!.x < from! - shift!, [target.tileX, target.tileY, landing.x, tile * 3.5], {
      timeout: 60_000,
      polling: 50,
    });
    await game.page.keyboard.up('KeyD');
    await game.page.waitForFunction(() => !window.hyosan.snapshot().students.find((s) => s.controlled)!.moving, undefined, { timeout: 60_000, polling: 50 });
  });
  await game.page.waitForFunction(
    ([x, y]) => {
      const s = window.hyosan.snapshot().students.find((c) => c.controlled)!;
      return s.tileY === y && Math.abs(s.tileX - x!) <= 1 && !s.moving;
    },
    [target.tileX, target.tileY],
    { timeout: 60_000, polling: 100 },
  );
  const end = await controlled(game);
  expect(Math.abs(end.tileX - target.tileX)).toBeLessThanOrEqual(1);
  expect(game.errors).toEqual([]);
});

/** The fire alarm's name as drawn (page px), or undefined when it is not shown. */
const alarmLabel = async (game: GamePage, name: string) => (await game.page.evaluate(() => window.hyosan.textBoxes())).find((box) => box.text === name);

it('marks the fire alarm, and says who the player now controls when they switch while the camera goes to them, in both languages', async () => {
  for (const [language, words, alarmName] of [
    ['en', 'You now play', 'FIRE ALARM'],
    ['ko', '조종합니다', '화재경보기'],
  ] as const) {
    const game = await harness.open();
    // The language and the level in one go, with no frame between them: the title's redraw for the
    // new language was queued, ran after the level had started and brought the title back over a
    // level that never ticked (the Korean page, whose language changed; the English one did not).
    await game.page.evaluate(
      async ([done, lang]) => {
        window.hyosan.settings({ tutorial: { done }, language: lang });
        await window.hyosan.startLevel('01-classroom-wing', { seed: 1 });
      },
      [[...LESSONS], language] as const,
    );
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2 && window.hyosan.screen() === 'playing', undefined, { timeout: 60_000 });
    // The fog off: a name on a tile never seen hides (the alarm's room is not seen at the start).
    await game.page.evaluate(() => window.hyosan.look({ fog: false }));
    // The fire alarm, a lure the player can use, is marked with its name just over its tile.
    const alarm = await game.page.evaluate(() => window.hyosan.snapshot().noiseMakers.find((m) => m.kind === 'fireAlarm')!);
    const alarmAt = await screenOf(game, alarm.tileX, alarm.tileY);
    await game.page.waitForFunction((name) => window.hyosan.textBoxes().some((box) => box.text === name), alarmName, { timeout: 60_000, polling: 100 });
    const label = await alarmLabel(game, alarmName);
    expect(label, alarmName).toBeDefined();
    expect(Math.abs(label!.x + label!.width / 2 - alarmAt.x)).toBeLessThan(8);
    expect(label!.y + label!.height).toBeLessThanOrEqual(alarmAt.y);
    expect(label!.y + label!.height).toBeGreaterThan(alarmAt.y - 60);
    const before = await controlled(game);
    const centre = await screenOf(game, before.tileX, before.tileY);
    const tile = (await screenOf(game, before.tileX + 1, before.tileY)).x - centre.x;
    await game.page.keyboard.press('Tab');
    await game.page.waitForFunction((id) => window.hyosan.snapshot().students.find((s) => s.controlled)!.id !== id, before.id, { timeout: 60_000, polling: 50 });
    const now = await controlled(game);
    await game.page.waitForFunction((text) => window.hyosan.tutorial().banner?.includes(text) === true, words, { timeout: 60_000, polling: 50 });
    // The camera goes to the new student (two tiles away): their tile ends up where the old one's was drawn.
    expect(Math.abs(now.tileX - before.tileX) + Math.abs(now.tileY - before.tileY)).toBeGreaterThanOrEqual(2);
    await game.page.waitForFunction(
      ([x, y, cx, cy, near]) => {
        const at = window.hyosan.tileToScreen(x!, y!)!;
        return Math.abs(at.x - cx!) < near! && Math.abs(at.y - cy!) < near!;
      },
      [now.tileX, now.tileY, centre.x, centre.y, tile * 0.8],
      { timeout: 60_000, polling: 100 },
    );
    expect(game.errors).toEqual([]);
    await game.close();
  }
});

it('names the fire alarm on a phone readably, in the language switched to mid-level and at the text size chosen', async () => {
  const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  await game.page.evaluate((done) => window.hyosan.settings({ tutorial: { done } }), [...LESSONS]);
  await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 1 }));
  await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2, undefined, { timeout: 60_000 });
  // The fog off: a name on a tile never seen hides (the alarm's room is not seen at the start).
  await game.page.evaluate(() => window.hyosan.look({ fog: false }));
  // Walk by the stick's keys toward the alarm until its name is on the screen.
  await game.page.waitForFunction(() => window.hyosan.textBoxes().some((box) => box.text === 'FIRE ALARM'), undefined, { timeout: 60_000, polling: 100 });
  const english = (await alarmLabel(game, 'FIRE ALARM'))!;
  expect(english.pagePx).toBeGreaterThanOrEqual(12);
  await game.page.evaluate(() => window.hyosan.language('ko'));
  await game.page.waitForFunction(() => window.hyosan.textBoxes().some((box) => box.text === '화재경보기'), undefined, { timeout: 60_000, polling: 100 });
  expect(await alarmLabel(game, 'FIRE ALARM')).toBeUndefined();
  const korean = (await alarmLabel(game, '화재경보기'))!;
  await game.page.evaluate(() => window.hyosan.settings({ accessibility: { textSize: 1.5 } }));
  await game.page.waitForFunction((small) => (window.hyosan.textBoxes().find((box) => box.text === '화재경보기')?.pagePx ?? 0) > small * 1.4, korean.pagePx, { timeout: 60_000, polling: 100 });
  // Walked up to the alarm by a tap, the student's name and the alarm's are never drawn over each other.
  const alarm = await game.page.evaluate(() => window.hyosan.snapshot().noiseMakers.find((m) => m.kind === 'fireAlarm')!);
  const beside = await screenOf(game, alarm.tileX - 1, alarm.tileY);
  await tap(game.page, beside.x, beside.y);
  await game.page.waitForFunction(
    ([x, y]) => {
      const me = window.hyosan.snapshot().students.find((s) => s.controlled)!;
      return Math.abs(me.tileX - x!) <= 1 && Math.abs(me.tileY - y!) <= 1 && !me.moving;
    },
    [alarm.tileX - 1, alarm.tileY],
    { timeout: 90_000, polling: 100 },
  );
  await nextFrames(game);
  const name = await game.page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)!.name);
  const boxes = (await game.page.evaluate(() => window.hyosan.textBoxes())).filter((box) => box.scene === 'play');
  const tag = boxes.find((box) => box.text === '민준' || box.text === name);
  const alarmName = boxes.find((box) => box.text === '화재경보기');
  expect(tag).toBeDefined();
  if (alarmName !== undefined) expect(boxesOverlap(tag!, alarmName), `${tag!.text} under ${alarmName.text}`).toBe(false);
  expect(game.errors).toEqual([]);
});

// A lit corridor: the student at (2,2), a walker at (14,2): out of sight (9 tiles) until the student
// has walked three tiles east, and then still off a phone's screen (about 6 tiles each side).
const CORRIDOR = JSON.stringify(
  tiledFromAscii(`
  ####################
  #..................#
  #.S...........Z...E#
  #..................#
  ####################`),
);

it('points at the zombie that stopped a tapped walk from off a phone’s screen, with a word by the arrow', async () => {
  const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  await game.page.evaluate((done) => window.hyosan.settings({ tutorial: { done } }), [...LESSONS]);
  const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/corridor.json', text, { seed: 1 }), CORRIDOR);
  expect(loaded.ok).toBe(true);
  await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2, undefined, { timeout: 60_000 });
  const start = await controlled(game);
  const target = await screenOf(game, start.tileX + 5, start.tileY);
  expect(target.x).toBeLessThan(390);
  await tap(game.page, target.x, target.y);
  await game.page.waitForFunction(() => /stops/.test(window.hyosan.refusal() ?? ''), undefined, { timeout: 60_000, polling: 50 });
  const stoppedAt = await controlled(game);
  expect(stoppedAt.tileX).toBeLessThan(start.tileX + 5);
  const zombie = await game.page.evaluate(() => window.hyosan.snapshot().zombies[0]!);
  // The zombie is off the screen, and an arrow at the screen's edge points to it, with its word.
  const zombieAt = await screenOf(game, zombie.tileX, zombie.tileY);
  expect(zombieAt.x).toBeGreaterThan(390);
  await game.page.waitForFunction(() => window.hyosan.look()?.threats.some((threat) => threat.why === 'walkStopped') === true, undefined, { timeout: 60_000, polling: 50 });
  const word = (await game.page.evaluate(() => window.hyosan.textBoxes())).find((box) => box.text === 'ZOMBIE');
  expect(word).toBeDefined();
  expect(word!.x + word!.width).toBeLessThanOrEqual(390);
  expect(word!.x).toBeGreaterThan(195);
  expect(word!.pagePx).toBeGreaterThanOrEqual(12);
  expect(game.errors).toEqual([]);
});
