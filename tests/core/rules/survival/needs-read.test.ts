/**
 * The needs as the HUD and the camp read them (core rules/needs-read.ts): how good each need is,
 * when it warns and when it hurts, at the tuning's levels and in both directions, and that the
 * snapshot's warnings are these.
 */

import { describe, expect, it } from 'vitest';
import type { NeedName } from '../../../../src/core/state/events';
import { HEAVY_PACK_SHARE, LOW_SHARE, infectionTurning, needHurts, needShare, needWarnings, needWarns, packNearLimit, shareLow, type NeedLevels } from '../../../../src/core/rules/survival/needs-read';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { INFECTION, NEEDS, STUDENT } from '../../../../src/core/kernel/tuning';
import { levelFromAscii } from '../../level-fixture';

const fine: NeedLevels = { hunger: 0, thirst: 0, fatigue: 0, warmth: NEEDS.max, morale: NEEDS.max, health: STUDENT.maxHealth };
const RISING: NeedName[] = ['hunger', 'thirst', 'fatigue'];
const FALLING: NeedName[] = ['warmth', 'morale', 'health'];

describe('reading needs', () => {
  it('gives each need as a share of good, full when fine, whichever way it runs', () => {
    for (const need of [...RISING, ...FALLING]) expect(needShare(fine, need), need).toBe(1);
    expect(needShare({ ...fine, hunger: 25 }, 'hunger')).toBe(0.75);
    expect(needShare({ ...fine, warmth: 25 }, 'warmth')).toBe(0.25);
    expect(needShare({ ...fine, health: 40 }, 'health')).toBeCloseTo(40 / STUDENT.maxHealth);
    expect(needShare({ ...fine, thirst: NEEDS.max + 5 }, 'thirst')).toBe(0);
  });

  it('warns at the warning level and hurts at the hurt level, high for rising needs, low for falling ones', () => {
    for (const need of RISING) {
      expect(needWarns({ ...fine, [need]: NEEDS.warnHigh - 1 }, need), need).toBe(false);
      expect(needWarns({ ...fine, [need]: NEEDS.warnHigh }, need), need).toBe(true);
      expect(needHurts({ ...fine, [need]: NEEDS.warnHigh }, need), need).toBe(false);
      expect(needHurts({ ...fine, [need]: NEEDS.hurtHigh }, need), need).toBe(true);
    }
    for (const need of FALLING) {
      expect(needWarns({ ...fine, [need]: NEEDS.warnLow + 1 }, need), need).toBe(false);
      expect(needWarns({ ...fine, [need]: NEEDS.warnLow }, need), need).toBe(true);
      expect(needHurts({ ...fine, [need]: NEEDS.warnLow }, need), need).toBe(false);
      expect(needHurts({ ...fine, [need]: NEEDS.hurtLow }, need), need).toBe(true);
    }
  });

  it('lists warnings worst-first in a fixed order, and none for a student who is down', () => {
    const worn = { ...fine, morale: NEEDS.warnLow, hunger: NEEDS.hurtHigh, fatigue: NEEDS.warnHigh };
    expect(needWarnings({ ...worn, down: false })).toEqual(['hunger', 'fatigue', 'morale']);
    expect(needWarnings({ ...worn, down: true })).toEqual([]);
  });

  it('puts those warnings in the snapshot', () => {
    const sim = createSimulation(
      levelFromAscii(`
      #####
      #S.E#
      #####`),
      { seed: 1 },
    );
    expect(sim.snapshot().students[0]!.warnings).toEqual([]);
    const state = sim.saveState();
    state.students[0]!.thirst = NEEDS.warnHigh + 1;
    const thirsty = createSimulation(sim.level, { seed: 1, state });
    expect(thirsty.snapshot().students[0]!.warnings).toEqual(['thirst']);
  });

  it('calls a share low under its limit, the infection turning from its level and a pack heavy near the carry limit', () => {
    expect(shareLow(LOW_SHARE - 0.01)).toBe(true);
    expect(shareLow(LOW_SHARE)).toBe(false);
    expect(infectionTurning(INFECTION.turningAt - 1)).toBe(false);
    expect(infectionTurning(INFECTION.turningAt)).toBe(true);
    expect(packNearLimit(10 * HEAVY_PACK_SHARE, 10)).toBe(false);
    expect(packNearLimit(10 * HEAVY_PACK_SHARE + 0.1, 10)).toBe(true);
  });
});
