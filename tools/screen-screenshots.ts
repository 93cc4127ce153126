/**
 * Screenshots of the game's screens for the README (docs/screenshots/<screen>-<size>.png), taken from
 * the built game (`npx vite build` first) in headless Chromium: the title, the pause menu, the
 * settings and the first level, on a phone held upright (390x844, touch), the same phone on its side
 * (844x390, touch) and a desktop window (1280x720, keyboard and mouse).
 *
 *   npx tsx tools/screen-screenshots.ts [outDir] [screen]      (default docs/screenshots)
 */

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startGameHarness, type GamePage } from '../tests/browser/harness';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
const only = process.argv[3];

const SIZES = [
  { width: 390, height: 844, touch: true },
  { width: 844, height: 390, touch: true },
  { width: 1280, height: 720, touch: false },
] as const;

async function playLevel(game: GamePage): Promise<void> {
  await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 7 }));
  const start = await game.page.evaluate(() => window.hyosan.snapshot().tick);
  await game.page.waitForFunction((t) => window.hyosan.snapshot().tick >= t + 12, start, { timeout: 120_000 });
}

async function menuItem(game: GamePage, id: string): Promise<{ x: number; y: number }> {
  await game.page.waitForFunction((want) => window.hyosan.menu()?.items.some((item) => item.id === want && item.at !== null) ?? false, id, { timeout: 60_000 });
  const at = await game.page.evaluate((want) => window.hyosan.menu()!.items.find((item) => item.id === want)!.at!, id);
  return at;
}

const SCREENS: Record<string, (game: GamePage) => Promise<void>> = {
  async title() {
    // the title as a first visit sees it
  },
  async level(game) {
    await playLevel(game);
  },
  async pause(game) {
    await playLevel(game);
    await game.page.evaluate(() => window.hyosan.pause(true));
    await game.page.waitForFunction(() => window.hyosan.menu()?.scene === 'pause', undefined, { timeout: 60_000 });
  },
  async settings(game) {
    await playLevel(game);
    await game.page.evaluate(() => window.hyosan.pause(true));
    const at = await menuItem(game, 'settings');
    await game.page.mouse.click(at.x, at.y);
    await game.page.waitForFunction(() => window.hyosan.menu()?.scene === 'settings', undefined, { timeout: 60_000 });
  },
};

mkdirSync(outDir, { recursive: true });
const harness = await startGameHarness();
try {
  for (const [screen, setUp] of Object.entries(SCREENS)) {
    if (only !== undefined && only !== screen) continue;
    for (const { width, height, touch } of SIZES) {
      const game = await harness.open({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
      await setUp(game);
      // a moment for tweens and the camera to settle
      await game.page.waitForTimeout(600);
      const file = `${outDir}/${screen}-${width}x${height}.png`;
      await game.page.screenshot({ path: file });
      if (game.errors.length > 0) throw new Error(`${screen} ${width}x${height}: ${game.errors.join('; ')}`);
      console.log(`wrote ${file}`);
      await game.close();
    }
  }
} finally {
  await harness.close();
}
