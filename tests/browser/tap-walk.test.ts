/**
 * A tap on a phone walks to the tile that was under the finger when it landed, even when the
 * camera moved on before the finger lifted (the student walking by keys while the finger is down),
 * real touch events through the DevTools protocol.
 */

import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { LESSONS } from '../../src/game/tutorial/lessons';
import { startGameHarness, type GameHarness, type GamePage } from './harness';
import { tapAround } from './taps';

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
