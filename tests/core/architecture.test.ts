import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, layerProblems, readModuleGraph } from './layers';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const coreFiles = sourceFiles('src/core');

/** The module specifiers a file imports or re-exports, static or dynamic. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the core stays pure', () => {
  it('has modules to check', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
  });

  it.each(coreFiles)('%s imports no phaser, howler or game code', (file) => {
    for (const source of importsOf(file)) {
      expect(source, `${file} imports ${source}`).not.toMatch(/^(phaser|howler)(\/|$)/);
      expect(source, `${file} imports ${source}`).not.toMatch(/(^|\/)game(\/|$)/);
    }
  });

  it.each(coreFiles)('%s reads no wall clock, global randomness, timers or DOM', (file) => {
    // Comments and quoted strings are not code: a door kind may be called 'window'.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
    expect(code).not.toMatch(/Math\.random\s*\(|Date\.now\s*\(|performance\.now\s*\(|new Date\s*\(/);
    expect(code).not.toMatch(/\b(setTimeout|setInterval|setImmediate|queueMicrotask|requestAnimationFrame|requestIdleCallback|window|document|localStorage)\b/);
  });
});

describe('the core has one door', () => {
  const outside = [...sourceFiles('src/game'), 'src/main.ts', ...sourceFiles('tools')];

  it.each(outside)('%s imports the core only through src/core/index.ts', (file) => {
    for (const source of importsOf(file)) {
      const target = join(dirname(file), source).split(sep).join('/');
      if (!source.startsWith('.') || !target.startsWith('src/core')) continue;
      expect(target, `${file} imports ${source}: import from the core's index instead`).toBe('src/core');
    }
  });
});

describe('the core is built in layers', () => {
  const graph = readModuleGraph('src/core');

  it('reads the whole core, every import resolved', () => {
    expect(graph.size).toBeGreaterThan(80);
    const unresolved = [...graph].flatMap(([file, imports]) => imports.filter((target) => target.startsWith('(unresolved)')).map((target) => `${file}: ${target}`));
    expect(unresolved).toEqual([]);
  });

  it('imports only downward (kernel, grid, pathfinding, level, state, rules, sim, index) and has no cycle', () => {
    expect(layerProblems(graph)).toEqual([]);
  });

  it('fails on an import that goes up a layer', () => {
    const upward = new Map([
      ['kernel/tuning.ts', []],
      ['grid/tile-grid.ts', ['kernel/tuning.ts', 'rules/zombies/hunter.ts']],
      ['rules/zombies/hunter.ts', ['grid/tile-grid.ts']],
    ]);
    expect(layerProblems(upward)).toContain('grid/tile-grid.ts (grid) imports rules/zombies/hunter.ts (rules), a higher layer');
  });

  it('fails on a cycle inside one layer, type imports included', () => {
    const knot = new Map([
      ['rules/zombies/hunter.ts', ['rules/zombies/zombie-update.ts']],
      ['rules/zombies/zombie-update.ts', ['rules/zombies/bite.ts']],
      ['rules/zombies/bite.ts', ['rules/zombies/hunter.ts']],
      ['rules/senses/light.ts', []],
    ]);
    expect(cyclesOf(knot)).toEqual([['rules/zombies/hunter.ts', 'rules/zombies/zombie-update.ts', 'rules/zombies/bite.ts']]);
    expect(layerProblems(knot)).toEqual(['import cycle among rules/zombies/hunter.ts, rules/zombies/zombie-update.ts, rules/zombies/bite.ts']);
  });

  it('fails on a file outside the layers', () => {
    expect(layerProblems(new Map([['helpers/misc.ts', []]]))).toEqual(['helpers/misc.ts is in no layer (kernel, grid, pathfinding, level, state, rules, sim, index)']);
  });
});
