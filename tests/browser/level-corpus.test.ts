/**
 * One rule for levels: anything `levels:check` accepts, the game loads and draws. Every level of
 * the corpus in `tests/fixtures/levels/accepted/` (mutants of the shipped levels, made by
 * `tools/level-corpus.ts`) is first checked to be accepted by the checker's parser here in Node,
 * then played in the real game with lighting and fog off: no page error, the play screen is up, and
 * the picture round the students is a drawn level, not a blank one. The crashes found before,
 * kept in `tests/fixtures/levels/crashes/`, are refused by the checker and get the error screen
 * with the reason, never a black page.
 */

import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/level/parse-level';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';

const ACCEPTED = 'tests/fixtures/levels/accepted';
const CRASHES = 'tests/fixtures/levels/crashes';
const SHOTS = 'test-results/screenshots/level-corpus';
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'recipes.json')
    .sort();

let harness: GameHarness;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Distinct colours and the share of pixels that are not near-black, in a box round the screen's centre. */
async function picture(game: GamePage, name: string): Promise<{ colours: number; lit: number }> {
  const png = PNG.sync.read(await game.page.screenshot({ path: `${SHOTS}/${name}.png`, clip: { x: 440, y: 210, width: 400, height: 300 } }));
  const colours = new Set<number>();
  let lit = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    colours.add((r << 16) | (g << 8) | b);
    if (r + g + b > 60) lit++;
  }
  return { colours: colours.size, lit: lit / (png.width * png.height) };
}

describe('levels the checker accepts', () => {
  it('every level of the corpus loads, plays and draws, with no page error', async () => {
    const files = jsonFiles(ACCEPTED);
    expect(files.length).toBeGreaterThanOrEqual(20);
    const game = await harness.open();
    await game.page.evaluate(() => window.hyosan.look({ light: false, fog: false }));
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(`${ACCEPTED}/${file}`, 'utf8');
      const checked = parseLevel(text, file);
      expect(checked.ok, `${file} is no longer accepted by the checker: regenerate the corpus (npx tsx tools/level-corpus.ts)`).toBe(true);
      const loaded = await game.page.evaluate(([f, t]) => window.hyosan.loadLevelText(f, t, { seed: 3 }), [file, text] as const);
      if (!loaded.ok) {
        problems.push(`${file}: the game refused it: ${loaded.errors.join('; ')}`);
        continue;
      }
      await game.page.waitForFunction((start) => window.hyosan.snapshot().tick >= start + 5, loaded.snapshot.tick, { timeout: 60_000, polling: 50 });
      await game.page.evaluate(() => window.hyosan.look({ light: false, fog: false }));
      await nextFrames(game, 3);
      const screen = await game.page.evaluate(() => window.hyosan.screen());
      const shown = await picture(game, file.replace(/\.json$/, ''));
      if (screen !== 'playing' && screen !== 'won' && screen !== 'lost') problems.push(`${file}: screen ${screen}`);
      if (shown.colours < 12 || shown.lit < 0.2) problems.push(`${file}: looks blank (${shown.colours} colours, ${(shown.lit * 100).toFixed(0)}% lit)`);
      if (game.errors.length > 0) problems.push(`${file}: ${game.errors.splice(0).join(' | ')}`);
    }
    expect(problems).toEqual([]);
    await game.close();
  }, 600_000);

  it('a crash found before is refused by the checker and shown on the error screen, never a black page', async () => {
    const game = await harness.open();
    for (const file of jsonFiles(CRASHES)) {
      const text = readFileSync(`${CRASHES}/${file}`, 'utf8');
      const checked = parseLevel(text, file);
      expect(checked.ok, `${file} must be refused by the checker`).toBe(false);
      const loaded = await game.page.evaluate(([f, t]) => window.hyosan.loadLevelText(f, t), [file, text] as const);
      expect(loaded.ok).toBe(false);
      await game.page.waitForFunction(() => window.hyosan.screen() === 'error', undefined, { timeout: 30_000 });
      const first = checked.ok ? '' : checked.errors[0]!.message;
      await game.page.waitForFunction((m) => window.hyosan.texts().some((t) => t.includes(m)), first.slice(0, 40), { timeout: 30_000 });
      expect(game.errors).toEqual([]);
    }
    await game.close();
  }, 300_000);
});
