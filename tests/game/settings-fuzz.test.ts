/**
 * Fuzzing the settings reader and the settings change the testing hook and menus apply: stored
 * text that is random, cut, bit-flipped or mutated (wrong types, extremes, `__proto__` payloads),
 * and random changes. Reading always gives valid settings plus a line per problem; a change is
 * applied whole or refused with a message; nothing throws, nothing pollutes a prototype.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeSettings, checkSettings, defaultSettings, readSettings, settingsSchema } from '../../src/game/settings/schema';
import { mutateValue, mutation, oddValue, type Json } from '../core/fuzz/json-mutation';
import { expectNoPollution, prototypeFingerprint } from '../core/fuzz/pollution';
import { assertNamed, regressionRuns } from '../core/fuzz/regressions';

const before = prototypeFingerprint();
const DEFAULTS = defaultSettings();
const STORED = JSON.stringify(DEFAULTS);

function expectValid(result: { settings: unknown; problems: string[] }): void {
  expect(() => settingsSchema.parse(result.settings)).not.toThrow();
  for (const problem of result.problems) expect(typeof problem).toBe('string');
  expectNoPollution(before);
}

export const settingsProperties = {
  mutatedStored: fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
    const text = JSON.stringify(mutateValue(JSON.parse(STORED) as Json, mutations));
    expectValid(readSettings(text));
  }),
  cutAndFlipped: fc.property(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 7 }), (cut, flip, bit) => {
    expectValid(readSettings(STORED.slice(0, cut % (STORED.length + 1))));
    const at = flip % STORED.length;
    expectValid(readSettings(STORED.slice(0, at) + String.fromCharCode(STORED.charCodeAt(at) ^ (1 << bit)) + STORED.slice(at + 1)));
  }),
  randomValue: fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withBigInt: true }), oddValue, fc.string()), (value) => {
    expectValid(checkSettings(value));
    if (typeof value === 'string') expectValid(readSettings(value));
  }),
  change: fc.property(
    fc.oneof(
      oddValue,
      fc.array(mutation, { maxLength: 3 }).map((m) => mutateValue(JSON.parse(STORED) as Json, m)),
      fc.dictionary(fc.constantFrom('volume', 'difficulty', 'controls', 'accessibility', 'language', '__proto__', 'version'), oddValue),
    ),
    (change) => {
      const result = changeSettings(DEFAULTS, change);
      if (result.ok) expect(() => settingsSchema.parse(result.settings)).not.toThrow();
      else expect(result.error.length).toBeGreaterThan(0);
      expectNoPollution(before);
    },
  ),
};

describe('fuzzing settings', () => {
  it('reads its own defaults back with no problems', () => {
    expect(readSettings(STORED)).toEqual({ settings: DEFAULTS, problems: [] });
  });

  it.each(Object.keys(settingsProperties))('%s: valid settings or a clear message, never a crash or pollution', (name) => {
    assertNamed(settingsProperties, name, { numRuns: 1000 });
  });

  it.each(regressionRuns('settings'))('regression: $note', ({ property, seed, path }) => {
    assertNamed(settingsProperties, property, { seed, path });
  });
});
