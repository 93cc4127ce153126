/**
 * Level hot reload in the dev server, as a designer lives it: open a level with `?level=`, save the
 * file with an item moved and see it in `hyosan.snapshot()` without a page reload (the camera stays
 * where it was), save a broken file and see the error screen, fix it and get the level back.
 *
 * The test edits the real levels/01-classroom-wing.json and always restores it byte for byte.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevHarness, type DevHarness, type GamePage } from './harness';

const FILE = 'levels/01-classroom-wing.json';
const ORIGINAL = readFileSync(FILE, 'utf8');
let harness: DevHarness;

beforeAll(async () => {
  harness = await startDevHarness();
});
afterAll(async () => {
  writeFileSync(FILE, ORIGINAL);
  await harness?.close();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The shipped level with its first item moved onto the first zombie's spawn: always walkable, and
 * far from the students. Not onto a student's tile: a student picks up a light thing it stands on
 * in the very first tick, so the moved item would be in a pack by the time the test looks.
 */
function withMovedItem(): { text: string; tileX: number; tileY: number } {
  const map = JSON.parse(ORIGINAL) as Json;
  const layer = (name: string): Json => (map['layers'] as Json[]).find((l) => l['name'] === name)!;
  const spot = layer('zombies')['objects'][0] as Json;
  const item = layer('items')['objects'][0] as Json;
  item['x'] = spot['x'];
  item['y'] = spot['y'];
  return { text: JSON.stringify(map, null, 1), tileX: Math.floor(spot['x'] / 16), tileY: Math.floor(spot['y'] / 16) };
}

/**
 * Where tile 10,10 is drawn once the student has stopped and the camera's follow has come to rest.
 * "At rest" means unchanged across several game ticks, since frames are slow in a headless dev build.
 */
async function settledTilePosition(game: GamePage): Promise<{ x: number; y: number }> {
  const read = () =>
    game.page.evaluate(() => {
      const snapshot = window.hyosan.snapshot();
      const student = snapshot.students[0]!;
      return { tick: snapshot.tick, at: `${student.x},${student.y}`, tile: window.hyosan.tileToScreen(10, 10)! };
    });
  let last = await read();
  for (let i = 0; i < 60; i++) {
    const before = (await read()).tick;
    await game.page.waitForFunction((t) => window.hyosan.snapshot().tick >= t + 10, before, { timeout: 60_000, polling: 50 });
    const now = await read();
    const still = now.at === last.at && Math.abs(now.tile.x - last.tile.x) < 0.5 && Math.abs(now.tile.y - last.tile.y) < 0.5;
    if (still && now.tick >= last.tick + 5) return now.tile;
    if (!still) last = now;
  }
  throw new Error('the camera never came to rest');
}

const screenOf = (game: GamePage): Promise<string> => game.page.evaluate(() => window.hyosan.screen());

describe('level hot reload in the dev server', () => {
  it('opens ?level=, reloads a saved change in place, shows a broken save, and recovers', async () => {
    const game = await harness.open('?level=01-classroom-wing&seed=5');
    try {
      await game.page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 60_000 });
      const before = await game.page.evaluate(() => window.hyosan.snapshot());
      expect(before.levelId).toBe('01-classroom-wing');
      // A marker that a page reload would wipe.
      await game.page.evaluate(() => Object.assign(window, { hotReloadMarker: 'still here' }));

      const initialTilePosition = (await game.page.evaluate(() => window.hyosan.tileToScreen(10, 10)))!;
      // Walk down the corridor so the camera moves away from the spawn, then note where a tile is drawn.
      const start = before.students[0]!;
      // Three tiles up the spawn's own classroom (14,6): no zombie on the way, and short, because the
      // unbundled dev build runs slowly in headless Chromium on a busy machine.
      await game.page.evaluate(() => window.hyosan.send({ type: 'walkTo', tileX: 14, tileY: 6 }));
      await game.page.waitForFunction(() => window.hyosan.snapshot().students[0]!.tileX === 14 && window.hyosan.snapshot().students[0]!.tileY === 6, undefined, { timeout: 60_000, polling: 100 });
      const tileOnScreen = await settledTilePosition(game);
      expect(Math.abs(tileOnScreen.y - initialTilePosition.y)).toBeGreaterThan(20); // the view really moved

      // Save the level with an item moved.
      const beforeSave = await game.page.evaluate(() => window.hyosan.snapshot());
      const moved = withMovedItem();
      const savedAt = Date.now();
      writeFileSync(FILE, moved.text);
      await game.page.waitForFunction(
        ([x, y]) => window.hyosan.screen() === 'playing' && window.hyosan.snapshot().items.some((item) => item.tileX === x && item.tileY === y),
        [moved.tileX, moved.tileY],
        { timeout: 15_000, polling: 50 },
      );
      const reloadMs = Date.now() - savedAt;
      const after = await game.page.evaluate(() => window.hyosan.snapshot());
      expect(await game.page.evaluate(() => (window as unknown as { hotReloadMarker?: string }).hotReloadMarker)).toBe('still here');
      expect(after.seed).toBe(before.seed);
      expect(after.tick).toBeLessThan(beforeSave.tick); // restarted, not carried on
      expect(after.students[0]).toMatchObject({ tileX: start.tileX, tileY: start.tileY });
      // The camera's view is computed when a frame is drawn: wait for two ticks of the new level.
      await game.page.waitForFunction(() => window.hyosan.snapshot().tick >= 2, undefined, { timeout: 15_000, polling: 50 });
      const tileNow = await game.page.evaluate(() => window.hyosan.tileToScreen(10, 10));
      expect(Math.abs(tileNow!.x - tileOnScreen!.x)).toBeLessThan(2);
      expect(Math.abs(tileNow!.y - tileOnScreen!.y)).toBeLessThan(2);
      console.log(`hot reload: saved -> new level in the snapshot in ${reloadMs} ms`);
      expect(reloadMs).toBeLessThan(3000);

      // A broken save shows the error screen...
      writeFileSync(FILE, moved.text.replace('"walker"', '"walkr"'));
      await game.page.waitForFunction(() => window.hyosan.screen() === 'error', undefined, { timeout: 15_000, polling: 50 });
      // ...and fixing the file brings the level back, still without a page reload.
      writeFileSync(FILE, ORIGINAL);
      await game.page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 15_000, polling: 50 });
      const restored = await game.page.evaluate(() => window.hyosan.snapshot());
      expect(restored.items).toEqual(before.items);
      expect(await game.page.evaluate(() => (window as unknown as { hotReloadMarker?: string }).hotReloadMarker)).toBe('still here');
      expect(game.errors).toEqual([]);
      expect(await screenOf(game)).toBe('playing');
    } finally {
      writeFileSync(FILE, ORIGINAL);
      await game.close();
    }
  });

  it('opens a draft by its path under levels/ (not in the campaign) and reports an unknown level and a missing file (not found) on the error screen', async () => {
    // A sub-folder: neither the campaign (levels/*.json) nor levels:check sees it.
    const folder = 'levels/zz-hot-reload-test';
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/draft.json`, ORIGINAL);
    const byPath = await harness.open(`?level=${folder}/draft.json`);
    try {
      await byPath.page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 60_000 });
      expect(await byPath.page.evaluate(() => window.hyosan.snapshot().levelId)).toBe('draft');
      expect(await byPath.page.evaluate(() => window.hyosan.levels())).not.toContain('draft');
    } finally {
      await byPath.close();
      rmSync(folder, { recursive: true, force: true });
    }
    const unknown = await harness.open('?level=no-such-level');
    try {
      await unknown.page.waitForFunction(() => window.hyosan.screen() === 'error', undefined, { timeout: 60_000 });
    } finally {
      await unknown.close();
    }
    // A missing file: the dev server answers with its index.html page, which is "not found", not "not valid JSON".
    const missing = await harness.open('?level=levels/zz-no-such-file.json');
    try {
      await missing.page.waitForFunction(() => window.hyosan.screen() === 'error', undefined, { timeout: 60_000 });
      const texts = (await missing.page.evaluate(() => window.hyosan.texts())).join('\n');
      expect(texts).toContain('level file not found (got a web page instead of levels/zz-no-such-file.json');
      expect(texts).not.toContain('JSON');
    } finally {
      await missing.close();
    }
  });
});
