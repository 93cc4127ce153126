/**
 * Lamps at night: in the siege (midnight) a student walks under the hold room's ceiling lamp by a
 * mouse click, presses E, and the room goes dark on screen — the core's lamp state, the light layer
 * and the lamp sprite all follow. Pixels are read from real screenshots.
 */

import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Mean brightness (0..255) of a square of the screen centred on tile (x, y), from a screenshot. */
async function brightnessAt(game: GamePage, tiles: [number, number][]): Promise<number> {
  const png = PNG.sync.read(await game.page.screenshot());
  let sum = 0;
  let count = 0;
  for (const [tx, ty] of tiles) {
    const at = (await game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [tx, ty]))!;
    for (let y = Math.round(at.y) - 8; y < Math.round(at.y) + 8; y++) {
      for (let x = Math.round(at.x) - 8; x < Math.round(at.x) + 8; x++) {
        const i = (y * png.width + x) * 4;
        sum += (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
        count++;
      }
    }
  }
  return sum / count;
}

describe('lamps', () => {
  it('E under a lit ceiling lamp switches it off and the room goes dark on screen', async () => {
    const game = await harness.open({ viewport: { width: 1280, height: 720 } });
    await game.page.evaluate(() => window.hyosan.startLevel('siege', { seed: 1 }));
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 5, undefined, { timeout: 60_000 });
    expect(await game.page.evaluate(() => window.hyosan.snapshot().lamps[0])).toEqual({ kind: 'lamp', tileX: 7, tileY: 5, on: true });

    const lamp = (await game.page.evaluate(() => window.hyosan.tileToScreen(7, 5)))!;
    await game.page.mouse.click(lamp.x, lamp.y);
    await game.page.waitForFunction(
      () => {
        const s = window.hyosan.snapshot().students[0]!;
        return Math.hypot(s.x - 7.5, s.y - 5.5) < 1;
      },
      undefined,
      { timeout: 120_000 },
    );
    // Desks the lamp lights, away from the students' own glow.
    const room: [number, number][] = [
      [4, 4],
      [10, 4],
      [7, 2],
      [10, 7],
    ];
    const lit = await brightnessAt(game, room);

    await game.page.keyboard.press('e');
    await game.page.waitForFunction(() => window.hyosan.snapshot().lamps[0]!.on === false, undefined, { timeout: 60_000 });
    await nextFrames(game, 5);
    const dark = await brightnessAt(game, room);
    expect(dark).toBeLessThan(lit * 0.75);
    await game.page.screenshot({ path: 'test-results/screenshots/lamp-off-1280x720.png' });

    await game.page.keyboard.press('e');
    await game.page.waitForFunction(() => window.hyosan.snapshot().lamps[0]!.on === true, undefined, { timeout: 60_000 });
    await nextFrames(game, 5);
    expect(await brightnessAt(game, room)).toBeGreaterThan(dark / 0.75);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

/** Pixels within half a tile of tile (x, y) whose colour is within `near` of `rgb`, from a screenshot. */
async function pixelsLike(game: GamePage, tile: [number, number], rgb: number, near = 90): Promise<number> {
  const png = PNG.sync.read(await game.page.screenshot());
  const at = (await game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), tile))!;
  const [r, g, b] = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255];
  let count = 0;
  for (let y = Math.round(at.y) - 24; y < Math.round(at.y) + 24; y++) {
    for (let x = Math.round(at.x) - 24; x < Math.round(at.x) + 24; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) < near) count++;
    }
  }
  return count;
}

describe('doors at night', () => {
  it('a barricade is marked over the darkness, and a plain closed window is not', async () => {
    const game = await harness.open({ viewport: { width: 1280, height: 720 } });
    await game.page.evaluate(() => window.hyosan.startLevel('siege', { seed: 1 }));
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 5, undefined, { timeout: 60_000 });
    await nextFrames(game, 3);
    // The siege's hold room at midnight: its doors at 3,9 and 13,9 and windows at 7,9 and 10,9 are barricaded; the window at 17,9 is only shut.
    expect(await game.page.evaluate(() => window.hyosan.look()?.doorMarks)).toEqual({ closed: 1, locked: 0, barricaded: 4 });
    const BARRICADE = 0xe0a04a;
    expect(await pixelsLike(game, [3, 9], BARRICADE)).toBeGreaterThan(40);
    expect(await pixelsLike(game, [13, 9], BARRICADE)).toBeGreaterThan(40);
    expect(await pixelsLike(game, [17, 9], BARRICADE)).toBeLessThan(5);
    await game.page.screenshot({ path: 'test-results/screenshots/doors-night-1280x720.png' });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
