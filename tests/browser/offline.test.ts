/**
 * Offline: the built game is served once, its service worker precaches code, art, sound and
 * levels; then the server stops, and a reload still reaches the title and plays a level.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameHarness, type GameHarness } from './harness';
import { BUDGETS_KB } from '../../tools/size/budgets';

let harness: GameHarness;

beforeAll(async () => {
  harness = await startGameHarness({ ownServer: true });
});
afterAll(async () => {
  await harness?.close();
});

describe('playing offline', () => {
  it('reloads and plays with the server gone, after one visit', async () => {
    const game = await harness.open();
    // The first visit installs the service worker, which precaches the whole build.
    const cached = await game.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const urls: string[] = [];
      const precached: { path: string; bytes: number }[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          urls.push(new URL(request.url).pathname);
          if (name.includes('precache')) precached.push({ path: new URL(request.url).pathname, bytes: (await (await cache.match(request))!.arrayBuffer()).byteLength });
        }
      }
      return { active: registration.active !== null, urls, precached };
    });
    expect(cached.active).toBe(true);
    // The offline cache as the browser holds it after one visit stays within its budget; camp (a
    // chunk of its own) is in it, and neither the MP3 fallback nor the designers' and debugging
    // chunks are (they are kept on first use).
    const precachedBytes = cached.precached.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`offline cache after one visit: ${(precachedBytes / 1000).toFixed(1)} KB in ${cached.precached.length} files`);
    expect(precachedBytes / 1000).toBeLessThanOrEqual(BUDGETS_KB.offlineCache);
    expect(cached.precached.some((f) => /\/camp-scene-[\w-]+\.js$/.test(f.path))).toBe(true);
    expect(cached.precached.filter((f) => /\.mp3$|\/edit-mode-|\/debug-overlay-/.test(f.path))).toEqual([]);
    // Code, the page, art, the Opus sounds, the font and the manifest: what play needs (levels are in the code).
    for (const kind of [
      /\/index-[\w-]+\.js$/,
      /\/index\.html$/,
      /\/atlas-[\w-]+\.png$/,
      /\/school-[\w-]+\.png$/,
      /\/effects-[\w-]+\.ogg$/,
      /\/ambient-[\w-]+\.ogg$/,
      /\.woff2$/,
      /manifest\.webmanifest$/,
    ]) {
      expect(
        cached.urls.some((url) => kind.test(url)),
        String(kind),
      ).toBe(true);
    }

    await harness.stopServer();
    await expect(fetch(harness.url)).rejects.toThrow();

    await game.page.reload({ timeout: 120_000 });
    await game.page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, { timeout: 120_000 });
    expect(await game.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const levels = await game.page.evaluate(() => window.hyosan.levels());
    expect(levels.length).toBeGreaterThanOrEqual(8);
    await game.page.evaluate((id) => window.hyosan.startLevel(id, { seed: 3 }), levels[1]!);
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick >= 20, undefined, { timeout: 120_000, polling: 100 });
    const snapshot = await game.page.evaluate(() => window.hyosan.snapshot());
    expect(snapshot).toMatchObject({ levelId: levels[1], status: 'playing' });
    expect(await game.page.evaluate(() => window.hyosan.audio())).toMatchObject({ loaded: true });
    expect(game.errors).toEqual([]);
  }, 600_000);
});
