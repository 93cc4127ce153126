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
