/**
 * Bundle budget: the built game's JavaScript, gzipped, stays under a set limit, so a new library
 * or an accidental full import shows up as a failing test rather than a slower first load.
 * Figures: `npm run bundle:report`. Raise the limit only on purpose, in the same commit, saying why.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleReport } from '../../bench/browser/bundle';

/** Gzipped JavaScript (gzip -9), in KB. Measured 389 KB when set, with the lean Phaser build. */
export const JS_GZIP_BUDGET_KB = 450;

describe('bundle budget', () => {
  it(`keeps the gzipped JavaScript under ${JS_GZIP_BUDGET_KB} KB`, () => {
    const report = bundleReport();
    const js = report.files.filter((f) => f.file.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const kb = report.jsGzip / 1024;
    expect(kb, `JavaScript is ${kb.toFixed(1)} KB gzipped: ${js.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}`).toBeLessThanOrEqual(JS_GZIP_BUDGET_KB);
  });

  it('ships Phaser without its physics engines or its sound system (the game uses neither; tools/phaser-lean.ts)', () => {
    const code = readdirSync('dist/assets').filter((name) => name.endsWith('.js')).map((name) => readFileSync(join('dist/assets', name), 'utf8')).join('\n');
    expect(code).toContain('Phaser');
    // Strings found only in Matter physics, Arcade physics and Phaser's sound manager.
    for (const marker of ['Matter.Runner: missing', 'Bodies.fromVertices', 'collideSpriteVsGroup', 'No cached audio asset']) expect(code, marker).not.toContain(marker);
  });
});
