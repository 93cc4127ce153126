/**
 * Fuzzing commands as the testing hook and replay files pass them in: any value gives a clean
 * command or a message, never an exception; a clean command checks again to itself; and any
 * stream of values sent into a running simulation leaves it running with a state that passes the
 * save checker. Failing seeds stay in regressions.json.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/core/state/commands';
import { checkSimState } from '../../../src/core/sim/save/check-sim-state';
import { createSimulation } from '../../../src/core/sim/simulation';
import { shippedLevel } from '../level-fixture';
import { mutateValue, mutation, oddValue, type Json } from '../fuzz/json-mutation';
import { expectNoPollution, prototypeFingerprint } from '../fuzz/pollution';
import { assertNamed, regressionRuns } from '../fuzz/regressions';

const level = shippedLevel();
const before = prototypeFingerprint();
const VALID: Json[] = [
  { type: 'move', dx: 1, dy: 0, gait: 'run' },
  { type: 'walkTo', tileX: 39, tileY: 3 },
  { type: 'attack' },
  { type: 'interact' },
  { type: 'useItem', item: 'food' },
  { type: 'throwLure' },
  { type: 'switchStudent', studentId: 1 },
];

/** Values a script or a player poking at the console might send. */
export const commandValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
  oddValue,
  fc.tuple(fc.constantFrom(...VALID.keys()), fc.array(mutation, { maxLength: 3 })).map(([i, m]) => mutateValue(structuredClone(VALID[i]!), m)),
  fc.record(
    {
      type: fc.constantFrom('move', 'walkTo', 'useItem', 'switchStudent', 'attack'),
      dx: oddValue,
      dy: oddValue,
      gait: oddValue,
      tileX: oddValue,
      tileY: oddValue,
      item: oddValue,
      studentId: oddValue,
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('walkTo'), tileX: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), tileY: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }) }),
  fc.record({ type: fc.constant('switchStudent'), studentId: fc.integer() }),
);

export const commandProperties = {
  checked: fc.property(commandValue, (value) => {
    const result = checkCommand(value);
    if (result.ok) {
      expect(checkCommand(result.command)).toEqual(result);
      expect(JSON.parse(JSON.stringify(result.command))).toEqual(result.command);
    } else {
      expect(typeof result.error).toBe('string');
      expect(result.error.length).toBeGreaterThan(0);
      expect(result.error.length).toBeLessThan(300);
    }
    expectNoPollution(before);
  }),
  intoSimulation: fc.property(fc.array(fc.array(commandValue, { maxLength: 3 }), { minLength: 1, maxLength: 40 }), fc.nat(1000), (ticks, seed) => {
    const simulation = createSimulation(level, { seed });
    for (const commands of ticks) {
      const events = simulation.step(commands as never[]);
      for (const e of events) if (e.type === 'commandRejected') expect(e.reason.length).toBeGreaterThan(0);
    }
    expect(simulation.tick).toBe(ticks.length);
    const state = JSON.parse(JSON.stringify(simulation.saveState())) as unknown;
    expect(() => checkSimState(state, level)).not.toThrow();
    expectNoPollution(before);
  }),
};

describe('fuzzing commands', () => {
  it('checks any value into a command or a message', () => {
    fc.assert(commandProperties.checked, { numRuns: 5000 });
  });

  it('gives a move with a -0 direction as 0, as its JSON comes back (a case the property found)', () => {
    const result = checkCommand({ type: 'move', dx: -1, dy: -0 });
    expect(result).toEqual({ ok: true, command: { type: 'move', dx: -1, dy: 0, gait: 'walk' } });
    expect(JSON.parse(JSON.stringify(result.ok ? result.command : null))).toEqual(result.ok ? result.command : null);
  });

  it('keeps a simulation running, with a state the save checker accepts, whatever is sent to it', () => {
    fc.assert(commandProperties.intoSimulation, { numRuns: 300 });
  });

  it('refuses values that throw while being read (getters, proxies) instead of throwing', () => {
    const getter = {
      get type(): string {
        throw new Error('getter says no');
      },
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy says no');
        },
      },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const value of [getter, proxy, revoked.proxy]) {
      const result = checkCommand(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/could not be read|must be an object/);
    }
  });

  it.each(regressionRuns('command'))('regression: $note', ({ property, seed, path }) => {
    assertNamed(commandProperties, property, { seed, path });
  });
});

describe('negative zero', () => {
  it.each([
    { type: 'switchStudent', studentId: -0 },
    { type: 'walkTo', tileX: -0, tileY: 3 },
    { type: 'throwLure', tileX: 2, tileY: -0 },
    { type: 'give', itemId: -0, toId: -0 },
    { type: 'order', order: 'hold', studentId: -0 },
    { type: 'pickUp', itemId: -0 },
  ])('checks %o into a command that survives JSON as itself', (value) => {
    const result = checkCommand(value);
    if (!result.ok) throw new Error(result.error);
    expect(JSON.parse(JSON.stringify(result.command))).toEqual(result.command);
  });
});
