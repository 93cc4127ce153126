/**
 * Fuzzing saved simulation states: random JSON, mutated real states (wrong types, extremes, missing
 * and extra keys, `__proto__` payloads, huge arrays) and corrupted save text (cut, bit-flipped,
 * deeply nested). Each case must be refused with a `SimStateError` naming the field, or load
 * into a simulation that then runs, saves and loads again cleanly: 0 other exceptions, 0 cases
 * slower than `SLOW_CASE_MS`, 0 prototype pollution. Failing seeds stay in regressions.json.
 */

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Level } from '../../../../src/core/level/level';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { MAX_SAVE_BYTES, readSimState } from '../../../../src/core/sim/save/check-sim-state';
import { SimStateError } from '../../../../src/core/sim/save/sim-state-error';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { hordeLevelText } from '../../../../tools/horde-floor';
import { shippedLevel } from '../../level-fixture';
import { mutateValue, mutation, oddValue, type Json } from '../../fuzz/json-mutation';
import { expectNoPollution, prototypeFingerprint } from '../../fuzz/pollution';
import { assertNamed, regressionRuns } from '../../fuzz/regressions';
import { cpuMs } from '../../fuzz/cpu-clock';

/** A case over this much processor time is a hang or a blow-up (cases take a few ms; the slowest tens). */
const SLOW_CASE_MS = 2000;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 500);

const classroom = shippedLevel();
const horde = (() => {
  const parsed = parseLevel(hordeLevelText(60), 'levels/horde-floor-60.json');
  if (!parsed.ok) throw new Error('horde floor does not load');
  return parsed.level;
})();

/** Real states to mutate: the start, mid-fight with a lure ringing and blood on the floor, and a horde. */
function realStates(): { level: Level; state: SimState }[] {
  const out: { level: Level; state: SimState }[] = [];
  const sim = createSimulation(classroom, { seed: 21 });
  out.push({ level: classroom, state: sim.saveState() });
  const script: Record<number, object[]> = {
    1: [{ type: 'walkTo', tileX: 20, tileY: 3 }],
    80: [{ type: 'throwLure' }],
    90: [{ type: 'walkTo', tileX: 12, tileY: 12 }],
    200: [{ type: 'move', dx: -1, dy: 0, gait: 'run' }],
  };
  for (let t = 1; t <= 240; t++) {
    sim.step((script[t] ?? []) as never[]);
    if (t === 120 || t === 240) out.push({ level: classroom, state: sim.saveState() });
  }
  const hordeSim = createSimulation(horde, { seed: 5 });
  hordeSim.step([{ type: 'interact' }]);
  hordeSim.step([{ type: 'throwLure' }]);
  for (let t = 0; t < 60; t++) hordeSim.step();
  out.push({ level: horde, state: hordeSim.saveState() });
  return out;
}
const REAL = realStates();

let cases = 0;
let refused = 0;
let loaded = 0;
let slowest = 0;
const before = prototypeFingerprint();
afterAll(() => {
  console.log(`save fuzz: ${cases} cases (${refused} refused with a clear error, ${loaded} loaded and ran), slowest ${slowest.toFixed(0)} ms of processor time`);
});

/** One case: `text` (or a value) into the loader; refuse clearly, or load and keep running. */
function check(level: Level, input: { text: string } | { value: unknown }): void {
  cases++;
  const start = cpuMs();
  try {
    let state: SimState;
    try {
      state = 'text' in input ? readSimState(input.text, level) : (input.value as SimState);
      const sim = createSimulation(level, { seed: 3, state });
      loaded++;
      // A loaded state must keep working: run, save, load, and agree.
      for (let t = 0; t < 20; t++) sim.step(t === 0 ? [{ type: 'walkTo', tileX: 2, tileY: 2 }] : t === 5 ? [{ type: 'throwLure' }] : []);
      const saved = JSON.stringify(sim.saveState());
      // A number gone NaN or infinite is written as null. The only nulls a state holds: "no stalker on
      // its way in", and "the level objects its items came from are not known" (a save from before
      // state version 3, kept so until the level's own ids can be matched).
      expect(saved.replace('"stalker":null', '').replace(/("levelObjects":\{"doors":\[[\d,]*\],"items"):null\}/, '$1:[]}')).not.toMatch(/null|NaN|Infinity/);
      const again = createSimulation(level, { seed: 3, state: JSON.parse(saved) as SimState });
      expect(again.stateHash()).toBe(sim.stateHash());
    } catch (error) {
      if (!(error instanceof SimStateError)) throw error;
      refused++;
      expect(error.message).toMatch(/^simulation state /);
      expect(error.message.length).toBeLessThan(400);
    }
  } finally {
    const elapsed = cpuMs() - start;
    slowest = Math.max(slowest, elapsed);
    expectNoPollution(before);
    expect(elapsed).toBeLessThan(SLOW_CASE_MS);
  }
}

const real = fc.constantFrom(...REAL.keys());
const copy = (state: SimState): Json => JSON.parse(JSON.stringify(state)) as Json;

/** Huge arrays in likely places: every tile a path step, millions of scent entries. */
const hugeArray = fc.constantFrom<Json>(
  Array.from({ length: 200_000 }, (_, i) => i % 1000),
  Array.from({ length: 100_000 }, () => [1, 2]),
  Array.from({ length: 5_000 }, () => ({ id: 0, kind: 'food', tileX: 1, tileY: 1 })),
);

export const saveProperties = {
  mutatedState: fc.property(real, fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
    const { level, state } = REAL[which]!;
    check(level, { value: mutateValue(copy(state), mutations) });
  }),
  mutatedText: fc.property(real, fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
    const { level, state } = REAL[which]!;
    check(level, { text: JSON.stringify(mutateValue(copy(state), mutations)) });
  }),
  hugeArrays: fc.property(real, fc.constantFrom('students', 'zombies', 'items', 'lures', 'changedCells', 'scent', 'path'), hugeArray, (which, field, value) => {
    const { level, state } = REAL[which]!;
    const target = copy(state) as { [key: string]: Json };
    if (field === 'path') (target['students'] as { path: Json }[])[0]!.path = value;
    else target[field] = value;
    check(level, { value: target });
  }),
  cutAndFlipped: fc.property(real, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 7 }), (which, cut, flip, bit) => {
    const { level, state } = REAL[which]!;
    const text = JSON.stringify(state);
    check(level, { text: text.slice(0, cut % (text.length + 1)) });
    const at = flip % text.length;
    check(level, { text: text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << bit)) + text.slice(at + 1) });
  }),
  randomJson: fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), oddValue), (value) => {
    check(classroom, { value });
    check(classroom, { text: JSON.stringify(value) ?? '' });
  }),
  shapedRandom: fc.property(
    fc.record(
      {
        version: fc.constantFrom<Json>(1, 2, '1', null),
        levelId: fc.constantFrom<Json>(classroom.id, 'other'),
        tick: oddValue,
        status: oddValue,
        rng: oddValue,
        intent: oddValue,
        controlledId: oddValue,
        luresThrown: oddValue,
        students: oddValue,
        zombies: oddValue,
        items: oddValue,
        lures: oddValue,
        inventory: oddValue,
        changedCells: oddValue,
        scent: oddValue,
        seed: oddValue,
      },
      { requiredKeys: [] },
    ),
    (value) => check(classroom, { value }),
  ),
};

describe('fuzzing saved simulation states', () => {
  it('refuses text over the size limit or nested too deeply before parsing it', () => {
    expect(() => readSimState(' '.repeat(MAX_SAVE_BYTES + 1), classroom)).toThrow(/too large/);
    expect(() => readSimState('['.repeat(100_000), classroom)).toThrow(/nested too deeply/);
    expect(() => readSimState(`{"a":${'{"a":'.repeat(40)}1${'}'.repeat(41)}`, classroom)).toThrow(/nested too deeply/);
  });

  it('refuses a __proto__ key with its path, and pollutes nothing', () => {
    const text = JSON.stringify(REAL[0]!.state).replace('"intent":{', '"intent":{"__proto__":{"polluted":"yes"},');
    expect(() => readSimState(text, classroom)).toThrow(/intent\.__proto__: is a forbidden key/);
    expectNoPollution(before);
  });

  it('names the field and what was expected', () => {
    const state = copy(REAL[1]!.state) as { students: { path: Json[] }[] };
    state.students[0]!.path = [5, 999_999];
    expect(() => createSimulation(classroom, { seed: 1, state: state as unknown as SimState })).toThrow(/students\[0\]\.path\[1\]: cell 999999 is outside the level/);
  });

  it('keeps items whose level objects are not known (null, as a save from before version 3) through a run, a save and a load', () => {
    const state = copy(REAL[0]!.state) as { levelObjects: { items: Json } };
    state.levelObjects.items = null;
    const [refusedBefore, loadedBefore] = [refused, loaded];
    check(REAL[0]!.level, { value: state });
    expect([refused - refusedBefore, loaded - loadedBefore]).toEqual([0, 1]);
  });

  it('loads every real state unchanged', () => {
    for (const { level, state } of REAL) expect(createSimulation(level, { seed: state.seed, state: copy(state) as unknown as SimState }).saveState()).toEqual(state);
  });

  it.each(Object.keys(saveProperties))('%s: a clear error or a state that runs, never a crash, hang or pollution', (name) => {
    assertNamed(saveProperties, name, { numRuns: name === 'hugeArrays' ? 30 : RUNS });
  });

  it.each(regressionRuns('save'))('regression: $note', ({ property, seed, path }) => {
    assertNamed(saveProperties, property, { seed, path });
  });
});
