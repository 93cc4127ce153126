/**
 * Helping a fallen friend up (rules/students/help-up.ts): Use beside them within the time they
 * take to bleed out brings them back with a little health and a noise; after it, or from further
 * than reach, or for one who turned, nothing.
 */

import { describe, expect, it } from 'vitest';
import { HELP_UP } from '../../../../src/core/kernel/tuning';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { levelFromAscii } from '../../level-fixture';
import { edited, run } from '../survival/helpers';

const PAIR = `
  ##########
  #SS.....E#
  ##########`;

/** Two students side by side; the second starving and parched at 1 health, so they fall within a few ticks. */
function withFaller(ascii = PAIR, edit: (state: SimState) => void = () => {}) {
  return edited(levelFromAscii(ascii), { seed: 1 }, (state) => {
    const faller = state.students[1]!;
    Object.assign(faller, { health: 1, hunger: 100, thirst: 100, order: 'hold' });
    edit(state);
  });
}

describe('helping a fallen student up', () => {
  it('brings a friend who fell back to their feet with Use beside them, with a little health and a noise', () => {
    const sim = withFaller();
    const fall = run(sim, 60);
    expect(fall.filter((e) => e.type === 'studentDowned').map((e) => e.studentId)).toEqual([1]);
    const fallen = sim.snapshot().students[1]!;
    expect(fallen.down).toBe(true);
    expect(fallen.helpUpTicks).toBeGreaterThan(HELP_UP.bleedOutTicks - 60);
    const events = run(sim, 1, [{ type: 'interact' }]);
    expect(events).toContainEqual({ type: 'studentHelpedUp', studentId: 1, byId: 0 });
    expect(events.some((e) => e.type === 'noiseMade' && e.radius === HELP_UP.noiseRadius)).toBe(true);
    const up = sim.snapshot().students[1]!;
    expect(up.down).toBe(false);
    expect(up.helpUpTicks).toBeNull();
    expect(up.health).toBeGreaterThan(HELP_UP.health - 1);
  });

  it('helps a friend up before picking up what lies on their tile, though their body lies further than the things', () => {
    // The helper at the east side of their tile, the fallen friend near the far side of the next but one
    // (1.8 tiles off, their food 1.3 off): Use picked up the food, and only a step closer helped them.
    const sim = withFaller(
      `
  ##########
  #S.S.f..E#
  ##########`,
      (state) => {
        state.students[1]!.x = 3.9;
        state.students[0]!.x = 2.1;
        state.items[0]!.tileX = 3;
      },
    );
    run(sim, 60);
    expect(sim.snapshot().students[1]!.down).toBe(true);
    const events = run(sim, 1, [{ type: 'interact' }]);
    expect(events).toContainEqual({ type: 'studentHelpedUp', studentId: 1, byId: 0 });
    // (Back on their feet over their food, the friend takes it up again; the helper took nothing.)
    expect(events.some((e) => e.type === 'itemPickedUp' && e.studentId === 0)).toBe(false);
  });

  it('cannot help one who has bled out', () => {
    const sim = withFaller();
    run(sim, HELP_UP.bleedOutTicks + 60);
    expect(sim.snapshot().students[1]!.helpUpTicks).toBeNull();
    const events = run(sim, 1, [{ type: 'interact' }]);
    expect(events.some((e) => e.type === 'studentHelpedUp')).toBe(false);
    expect(sim.snapshot().students[1]!.down).toBe(true);
  });

  it('cannot reach one lying further than two tiles away', () => {
    const sim = withFaller(`
  ##########
  #S..S...E#
  ##########`);
    run(sim, 60);
    expect(sim.snapshot().students[1]!.down).toBe(true);
    expect(run(sim, 1, [{ type: 'interact' }]).some((e) => e.type === 'studentHelpedUp')).toBe(false);
  });

  it('cannot bring back one who turned', () => {
    const sim = withFaller(PAIR, (state) => Object.assign(state.students[1]!, { down: true, turned: true, health: 0, bleedTicks: HELP_UP.bleedOutTicks }));
    expect(sim.snapshot().students[1]!.helpUpTicks).toBeNull();
    expect(run(sim, 1, [{ type: 'interact' }]).some((e) => e.type === 'studentHelpedUp')).toBe(false);
  });
});
