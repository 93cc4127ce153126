/**
 * No hidden state in the core: nothing at the top level of a src/core module keeps state between
 * simulations (caches and scratch buffers live in the tick context or the level, created with the
 * simulation). The checker (module-state.ts) is fed examples it must catch and examples it must let
 * pass, then run over src/core.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findModuleState } from './module-state';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** One probe module at src/core/probe.ts (and, for cross-module cases, a second one beside it). */
function findingsFor(code: string, other?: string): string[] {
  const sources = new Map([[resolve('src/core/probe.ts'), code]]);
  if (other !== undefined) sources.set(resolve('src/core/other.ts'), other);
  return findModuleState(sources).map((f) => `${f.name}: ${f.why}`);
}

/**
 * Module-level values that are not state, each with why. Keep this short: a cache belongs in the
 * tick context (rules/tick-context.ts) or the level.
 */
const ALLOW: readonly { file: string; name: string; why: string }[] = [
  {
    file: 'src/core/sim/save/check-sim-state.ts',
    name: 'schema',
    why: "the zod schema of a saved state, built on first use to keep 10 ms off the game's start: a constant, the same whoever builds it",
  },
];

const CAUGHT: [string, string, string?][] = [
  ['a top-level let', 'let count = 0;\nexport const next = (): number => ++count;'],
  ['an exported let', 'export let current: string | undefined;'],
  ['a top-level var', 'var legacy = 1;\nexport const read = (): number => legacy;'],
  ['a WeakMap cache', 'const cache = new WeakMap<object, number>();\nexport const get = (key: object): number | undefined => cache.get(key);'],
  ['a Set', 'const seen = new Set<number>();\nexport const has = (n: number): boolean => seen.has(n);'],
  ['a scratch buffer', 'const scratch = new DataView(new ArrayBuffer(8));\nexport const bits = (x: number): number => scratch.getUint32(0);'],
  ['a typed array', 'const heads = new Int32Array(64);\nexport const head = (i: number): number => heads[i]!;'],
  ['an object literal written to', 'const table: Record<string, number> = {};\nexport function remember(key: string): void {\n  table[key] = 1;\n}'],
  ['an array literal pushed to', 'const log: string[] = [];\nexport const note = (line: string): void => {\n  log.push(line);\n};'],
  ['a counter in an object', 'const counts = { calls: 0 };\nexport const call = (): number => counts.calls++;'],
  ['Object.assign onto a constant', 'const settings = { speed: 1 };\nexport const tune = (speed: number): void => {\n  Object.assign(settings, { speed });\n};'],
  ['a delete', 'const registry: Record<string, number> = { a: 1 };\nexport const drop = (key: string): void => {\n  delete registry[key];\n};'],
  ['a nested write', 'export const TUNING = { zombie: { speed: 1 } };\nexport const faster = (): void => {\n  TUNING.zombie.speed *= 2;\n};'],
  ['a write from the module that imports it', 'export const TUNING = { speed: 1 };', "import { TUNING } from './probe';\nexport const faster = (): void => {\n  TUNING.speed = 2;\n};"],
];

const ALLOWED: [string, string][] = [
  ['a frozen table', 'const TABLE = Object.freeze({ a: 1, b: 2 });\nexport const a = (): number => TABLE.a;'],
  ['a frozen array built once', 'const SQUARES: readonly number[] = Object.freeze(Array.from({ length: 8 }, (_, i) => i * i));\nexport const square = (i: number): number => SQUARES[i]!;'],
  ['a read-only set', "const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__']);\nexport const forbidden = (key: string): boolean => FORBIDDEN.has(key);"],
  ['a tuning object that is only read', 'export const TUNING = { speed: 1, range: 5 } as const;\nexport const reach = (): number => TUNING.speed * TUNING.range;'],
  [
    'state inside a function',
    'export function count(items: readonly number[]): number {\n  let n = 0;\n  const seen = new Set<number>();\n  for (const item of items) if (!seen.has(item)) {\n    seen.add(item);\n    n++;\n  }\n  return n;\n}',
  ],
  ['a parameter named like a constant', 'const table = { a: 1 };\nexport const read = (): number => table.a;\nexport function write(table: { a: number }): void {\n  table.a = 2;\n}'],
  ['a factory whose state belongs to what it makes', 'export function createCounter(): { next(): number } {\n  let n = 0;\n  return { next: () => ++n };\n}'],
];

describe('no module-level mutable state in the core', () => {
  it.each(CAUGHT)('catches %s', (_what, code, other) => {
    expect(findingsFor(code, other)).toHaveLength(1);
  });

  it.each(ALLOWED)('lets %s pass', (_what, code) => {
    expect(findingsFor(code)).toEqual([]);
  });

  it('finds none in src/core', () => {
    const files = sourceFiles('src/core');
    expect(files.length).toBeGreaterThan(50);
    const findings = findModuleState(new Map(files.map((file) => [resolve(file), readFileSync(file, 'utf8')]))).map((f) => ({ ...f, file: f.file.slice(resolve('.').length + 1) }));
    const allowed = (f: { file: string; name: string }): boolean => ALLOW.some((a) => a.file === f.file && a.name === f.name);
    expect(findings.filter((f) => !allowed(f)).map((f) => `${f.file}:${f.line} ${f.name}: ${f.why}`)).toEqual([]);
    // Every allowance is still needed (a stale one would let a new cache of that name through).
    for (const allowance of ALLOW)
      expect(
        findings.some((f) => f.file === allowance.file && f.name === allowance.name),
        allowance.file,
      ).toBe(true);
  });
});
