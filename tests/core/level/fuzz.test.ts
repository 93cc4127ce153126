/**
 * Fuzzing the level parser: 10,000 mutated and random level files. Each must give a level or a
 * list of errors whose JSON paths exist in the input (or name a missing key of an existing
 * parent, or the root for text that is not JSON) — with no exception, no case slower than
 * `SLOW_CASE_MS`, and no change to `Object.prototype`.
 *
 * Cases: mutations of the shipped level and of a small ASCII level (replace a value, delete or add
 * a key such as `__proto__`, duplicate an entry, nest deeply), cut or corrupted text, random JSON,
 * and random map-shaped records that reach the semantic checks.
 */

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLevelError, type JsonPath } from '../../../src/core/level/level-error';
import { parseLevel } from '../../../src/core/level/parse-level';
import { shippedLevelText, tiledFromAscii } from '../level-fixture';
import { deepNest, mutate, mutation, type Json } from '../fuzz/json-mutation';
import { cpuMs } from '../fuzz/cpu-clock';

/** A case over this much processor time is a hang or a blow-up (cases take a few ms; the slowest tens). */
const SLOW_CASE_MS = 2000;
const SHIPPED = shippedLevelText();
const SMALL = JSON.stringify(
  tiledFromAscii(`
    ########
    #S..d.E#
    #..Z...#
    #f..w.R#
    ########`),
  null,
  1,
);

let prototypeKeys: string[];
let cases = 0;
let slowest = 0;
const started = performance.now();
beforeAll(() => {
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => {
  console.log(`level fuzz: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s, slowest ${slowest.toFixed(0)} ms of processor time`);
});

/** Own-keys-only lookup: a `__proto__` key in the file is data, never the prototype. */
function hasPath(root: unknown, path: JsonPath): boolean {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return true;
}

/** An error path must exist, or be a missing key whose parent exists. */
function isValidErrorPath(root: unknown, path: JsonPath): boolean {
  if (path.length === 0 || hasPath(root, path)) return true;
  const parent = path.slice(0, -1);
  if (!hasPath(root, parent)) return false;
  let node = root;
  for (const part of parent) node = (node as Record<string | number, unknown>)[part];
  return typeof node === 'object' && node !== null;
}

/** Every broken promise of one case as a line, asserted once per case (10,000 cases run). */
function check(text: string): void {
  cases++;
  const start = cpuMs();
  const result = parseLevel(text, 'levels/fuzz.json');
  const elapsed = cpuMs() - start;
  slowest = Math.max(slowest, elapsed);
  const broken: string[] = [];
  if (!(elapsed < SLOW_CASE_MS)) broken.push(`took ${elapsed.toFixed(0)} ms (limit ${SLOW_CASE_MS})`);
  if (result.ok) {
    const { level } = result;
    if (level.grid.cost.length !== level.width * level.height) broken.push(`grid has ${level.grid.cost.length} cells, not ${level.width} x ${level.height}`);
    if (!(level.students.length > 0)) broken.push('a level with no students');
    expect(broken).toEqual([]);
    return;
  }
  if (!(result.errors.length > 0)) broken.push('refused with no errors');
  let raw: unknown;
  let isJson = true;
  try {
    raw = JSON.parse(text);
  } catch {
    isJson = false;
  }
  for (const error of result.errors) {
    const formatted = formatLevelError(error);
    if (typeof formatted !== 'string') broken.push(`formatLevelError gave ${typeof formatted}`);
    if (!/\(got .*; expected .*\)|^not valid JSON|^level file is too large|^JSON is nested too deeply/.test(error.message)) broken.push(`message without got/expected: ${error.message}`);
    if (!isJson) {
      if (error.path.length !== 0) broken.push(`text that is not JSON has an error path: ${formatted}`);
    } else if (!isValidErrorPath(raw, error.path)) broken.push(`error path not in the input: ${formatted}`);
  }
  expect(broken).toEqual([]);
}

// ------------------------------------------------------------------------------------------------
// Mutations of a parsed level.

// ------------------------------------------------------------------------------------------------
// Random map-shaped records, so the semantic checks (grid, objects, reachability) see odd input too.

const smallInt = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(0, 1, 16, 512, 600, -100000));
const randomObject = fc.record(
  {
    id: fc.nat(50),
    type: fc.constantFrom('student', 'walker', 'runner', 'brute', 'crawler', 'food', 'water', 'exit', 'ghost', ''),
    x: fc.integer({ min: -64, max: 700 }),
    y: fc.integer({ min: -64, max: 700 }),
    width: fc.constantFrom(0, 16, 32, -16),
    height: fc.constantFrom(0, 16, 32),
    properties: fc.array(
      fc.record({
        name: fc.constantFrom('name', 'look', 'nmae', 'speed'),
        type: fc.constantFrom('string', 'int', 'bool'),
        value: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.string({ maxLength: 30 }), fc.boolean()),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['id', 'type', 'x', 'y'] },
);
const randomLayer = fc.oneof(
  fc.record({
    type: fc.constantFrom('tilelayer', 'objectgroup'),
    name: fc.constantFrom('floor', 'walls', 'furniture', 'decals', 'students', 'zombies', 'items', 'exits', 'flor'),
    width: smallInt,
    height: smallInt,
    data: fc.oneof(fc.array(fc.oneof(fc.nat(30), fc.constant(2 ** 31 + 7)), { maxLength: 120 }), fc.base64String({ maxLength: 64 })),
    encoding: fc.constantFrom('csv', 'base64', undefined),
  }),
  fc.record({ type: fc.constant('objectgroup'), name: fc.constantFrom('students', 'zombies', 'items', 'exits', 'zombie'), objects: fc.array(randomObject, { maxLength: 6 }) }),
);
const shippedTileset = (JSON.parse(SHIPPED) as { tilesets: Json[] }).tilesets[0]!;
const randomMap = fc.record({
  orientation: fc.constantFrom('orthogonal', 'isometric'),
  width: smallInt,
  height: smallInt,
  tilewidth: fc.constantFrom(16, 16, 32),
  tileheight: fc.constant(16),
  tilesets: fc.oneof(
    fc.constant([shippedTileset]),
    fc.array(
      fc.record({
        firstgid: smallInt,
        name: fc.string(),
        image: fc.constantFrom('school.png', 'x.png'),
        imagewidth: smallInt,
        imageheight: smallInt,
        tilewidth: fc.constant(16),
        tileheight: fc.constant(16),
        tilecount: smallInt,
        columns: smallInt,
      }),
      { maxLength: 2 },
    ),
  ),
  layers: fc.array(randomLayer, { maxLength: 9 }),
});

// ------------------------------------------------------------------------------------------------

const CUT_CHARS = ['{', '}', '[', ']', '"', ',', ':', '0', '-', 'e', '\\', ' ', '\n', 'a'];

// A hang is caught per case, in processor time (SLOW_CASE_MS); the wall-clock limit is only a backstop,
// wide enough for a machine shared with other work (the shipped-level mutations took 68 s at load 10).
describe('parseLevel under fuzzing: a level or errors at real paths, never a throw, a hang or a polluted prototype', { timeout: 300_000 }, () => {
  it('survives mutations of the shipped level (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => check(mutate(SHIPPED, changes))),
      { numRuns: 1000, seed: 6001 },
    );
  });

  it('survives mutations of a small level (4,500 cases)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (changes) => check(mutate(SMALL, changes))),
      { numRuns: 4500, seed: 6002 },
    );
  });

  it('survives cut and corrupted text (1,500 cases)', () => {
    const text = fc.oneof(
      fc.tuple(fc.boolean(), fc.nat()).map(([big, cut]) => {
        const source = big ? SHIPPED : SMALL;
        return source.slice(0, cut % source.length);
      }),
      fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CUT_CHARS)), { minLength: 1, maxLength: 5 })).map(([_, edits]) => {
        let source = SMALL;
        for (const [at, ch] of edits) {
          const i = at % source.length;
          source = source.slice(0, i) + ch + source.slice(i + 1);
        }
        return source;
      }),
    );
    fc.assert(fc.property(text, check), { numRuns: 1500, seed: 6003 });
  });

  it('survives random JSON values (1,500 cases)', () => {
    const text = fc.oneof(
      fc.json({ maxDepth: 6 }),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify({ orientation: 'orthogonal', layers: value, tilesets: value, width: value })),
      deepNest.map((value) => JSON.stringify({ layers: [value] })),
    );
    fc.assert(fc.property(text, check), { numRuns: 1500, seed: 6004 });
  });

  it('survives random map-shaped records that reach the semantic checks (1,500 cases)', () => {
    fc.assert(
      fc.property(randomMap, (map) => check(JSON.stringify(map))),
      { numRuns: 1500, seed: 6005 },
    );
  });

  it('ran 10,000 cases and left Object.prototype untouched', () => {
    expect(cases).toBe(10_000);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
