/**
 * Source maps of the production build (written next to the code, not named in it: `sourcemap:
 * 'hidden'`) lead from positions in the shipped JavaScript back to real files and lines, including
 * inside the lean Phaser (tools/phaser-lean.ts edits Phaser's files and hands its own maps on).
 * Reads dist/ as built by `vite build`; no browser.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor, type SourceMapInput } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';

const assets = 'dist/assets';
const entry = readdirSync(assets).find((name) => /^index-[\w-]+\.js$/.test(name));
if (entry === undefined) throw new Error('dist/ has no entry chunk: run `npx vite build` first');
const code = readFileSync(join(assets, entry), 'utf8');

/** Line and column (1-based line, 0-based column, as source maps count) of the first `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" is not in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, at + 1), `"${needle}" is in the text twice`).toBe(-1);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length };
}

/** Where the shipped code's `needle` comes from, by the build's map. */
function traced(needle: string): { source: string | null; line: number | null } {
  const map = new TraceMap(JSON.parse(readFileSync(join(assets, `${entry}.map`), 'utf8')) as SourceMapInput);
  const { source, line } = originalPositionFor(map, positionOf(code, needle));
  return { source, line };
}

describe('source maps of the build', () => {
  it('are not named in the shipped code (browsers never fetch them)', () => {
    expect(code).not.toMatch(/\/\/# sourceMappingURL=/);
    expect(readdirSync(assets)).toContain(`${entry}.map`);
  });

  it("lead from the lean Phaser back to the lines of Phaser's own files", () => {
    // A file the lean build edits (its renderer flags), and the entry, whose last line it rewrites.
    for (const [file, original, shipped] of [
      ['core/CreateRenderer.js', "'Cannot create Canvas context, aborting.'", 'Cannot create Canvas context, aborting.'],
      ['phaser-no-physics.js', 'global.Phaser = Phaser;', 'globalThis.Phaser='],
    ] as const) {
      const real = readFileSync(join('node_modules/phaser/src', file), 'utf8');
      const where = traced(shipped);
      expect(where.source, file).toMatch(new RegExp(`node_modules/phaser/src/${file.replace('.', '\\.')}$`));
      expect(where.line, file).toBe(positionOf(real, original).line);
    }
  });

  it("lead from the game's own code back to its TypeScript", () => {
    const real = readFileSync('src/game/testing-hook/play-hook.ts', 'utf8');
    const where = traced('no level to leave for camp');
    expect(where.source).toMatch(/src\/game\/testing-hook\/play-hook\.ts$/);
    expect(where.line).toBe(positionOf(real, 'no level to leave for camp').line);
  });
});
