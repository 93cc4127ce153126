/**
 * Bundle budget: the built game's JavaScript, gzipped, stays under a set limit, so a new library
 * or an accidental full import shows up as a failing test rather than a slower first load.
 * Figures: `npm run bundle:report`. Raise the limit only on purpose, in the same commit, saying why.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleReport } from '../../bench/browser/bundle';

/**
 * Gzipped JavaScript (gzip -9), in KB. Measured 389 KB when set at 450, with the lean Phaser build.
 * Raised to 480 at 468 KB: the game's own code grew (the per-tile light map, zombie minds with the
 * halfbie hunter, noise makers and the pacing director, pushable furniture, the notice banner and
 * their English and Korean text, nine levels bundled as text); Phaser's lean build is unchanged.
 */
export const JS_GZIP_BUDGET_KB = 480;

/**
 * The designers' level preview (`?edit=`, src/game/edit) is a chunk of its own that only that
 * address downloads: players never fetch it, so it has its own small budget instead.
 */
const DESIGNER_CHUNK = /^assets\/edit-mode-[\w-]+\.js$/;
export const EDIT_CHUNK_GZIP_BUDGET_KB = 8;

describe('bundle budget', () => {
  it(`keeps the gzipped JavaScript players download under ${JS_GZIP_BUDGET_KB} KB`, () => {
    const report = bundleReport();
    const js = report.files.filter((f) => f.file.endsWith('.js') && !DESIGNER_CHUNK.test(f.file));
    expect(js.length).toBeGreaterThan(0);
    const kb = js.reduce((sum, f) => sum + f.gzip, 0) / 1024;
    expect(kb, `JavaScript is ${kb.toFixed(1)} KB gzipped: ${js.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}`).toBeLessThanOrEqual(JS_GZIP_BUDGET_KB);
  });

  it(`keeps the designers' preview chunk separate and under ${EDIT_CHUNK_GZIP_BUDGET_KB} KB`, () => {
    const chunks = bundleReport().files.filter((f) => DESIGNER_CHUNK.test(f.file));
    expect(chunks.map((f) => f.file)).toHaveLength(1);
    expect(chunks[0]!.gzip / 1024).toBeLessThanOrEqual(EDIT_CHUNK_GZIP_BUDGET_KB);
  });

  it('ships Phaser without its physics engines or its sound system (the game uses neither; tools/phaser-lean.ts)', () => {
    const code = readdirSync('dist/assets')
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join('dist/assets', name), 'utf8'))
      .join('\n');
    expect(code).toContain('Phaser');
    // Strings found only in Matter physics, Arcade physics and Phaser's sound manager.
    for (const marker of ['Matter.Runner: missing', 'Bodies.fromVertices', 'collideSpriteVsGroup', 'No cached audio asset']) expect(code, marker).not.toContain(marker);
  });
});
