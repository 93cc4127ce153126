/**
 * Screenshots of the look of the game for the README (docs/screenshots/look-*.png), taken from the
 * built game (`npx vite build` first) in headless Chromium at 1280x720 and at 390x844 (a phone,
 * with touch):
 *
 *   npx tsx tools/take-screenshots.ts [outDir]      (default docs/screenshots)
 *
 * Each shot is a scene set up through the testing hook: a lit classroom by day, a dark corridor
 * with a phone light, a horde, and the HUD.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startGameHarness, type GamePage } from '../tests/browser/harness';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');

interface Shot {
  name: string;
  query?: string;
  setUp(game: GamePage): Promise<void>;
}

async function startLevel(game: GamePage, levelId: string, seed: number): Promise<void> {
  await game.page.evaluate(([id, s]) => window.hyosan.startLevel(id as string, { seed: s as number }), [levelId, seed]);
}

async function waitTicks(game: GamePage, ticks: number): Promise<void> {
  const start = await game.page.evaluate(() => window.hyosan.snapshot().tick);
  await game.page.waitForFunction((t) => window.hyosan.snapshot().tick >= t, start + ticks, { timeout: 60_000 });
}

const SHOTS: Shot[] = [
  {
    name: 'look-classroom',
    async setUp(game) {
      await startLevel(game, '01-classroom-wing', 7);
      await waitTicks(game, 10);
    },
  },
];

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const harness = await startGameHarness();
  try {
    for (const [width, height, touch] of [[1280, 720, false], [390, 844, true]] as const) {
      for (const shot of SHOTS) {
        const game = await harness.open({ viewport: { width, height }, hasTouch: touch, isMobile: touch, query: shot.query ?? '' });
        await shot.setUp(game);
        await game.page.waitForTimeout(400);
        const file = resolve(outDir, `${shot.name}-${width}x${height}.png`);
        await game.page.screenshot({ path: file });
        if (game.errors.length > 0) console.error(`${shot.name}: ${game.errors.join('\n')}`);
        console.log(`wrote ${file}`);
        await game.close();
      }
    }
  } finally {
    await harness.close();
  }
}

await main();
