/**
 * A horde on screen costs one game object per zombie while no ?/! shows: the bench hall's wandering
 * infected notice nobody, and a hidden marker image per zombie doubled the display list that every
 * depth sort and render walk goes through (2,000 zombies made 4,000 objects).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameHarness, type GameHarness } from './harness';
import { HALL, hallLevelText } from '../../tools/horde-floor';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a horde on screen', () => {
  it('draws each zombie with one object while none shows a marker', async () => {
    const game = await harness.open({ viewport: { width: 1280, height: 720 } });
    const empty = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/bench-hall-0.json', text, { seed: 1 }), hallLevelText(0));
    expect(empty.ok).toBe(true);
    await game.page.evaluate((zoom) => window.hyosan.perf.view({ zoom, fog: false }), HALL.zoom);
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 5);
    const without = await game.page.evaluate(() => window.hyosan.perf.counts().gameObjects);

    const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/bench-hall-600.json', text, { seed: 1 }), hallLevelText(600));
    expect(loaded.ok).toBe(true);
    await game.page.evaluate((zoom) => window.hyosan.perf.view({ zoom, fog: false }), HALL.zoom);
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 5);
    const { objects, marked } = await game.page.evaluate(() => ({
      objects: window.hyosan.perf.counts().gameObjects,
      marked: window.hyosan.snapshot().zombies.filter((z) => z.awareness !== 'unaware').length,
    }));
    expect(marked).toBe(0);
    expect(objects - without).toBe(600);
  }, 60_000);
});
