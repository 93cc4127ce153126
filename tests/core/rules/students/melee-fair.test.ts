/**
 * A fair melee (rules/zombies/bite.ts, rules/students/combat.ts): a zombie's every bite is wound up,
 * shown as the ticks to its bite, and a blow that staggers a walker starts its bite over after the
 * stun, so a student who swings at a walker in reach lands the blow first, however late in the
 * wind-up, and a walker knocked back does not bite the moment it is in reach again. A brute is not
 * staggered: it bites through a fight.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { STUDENT, ZOMBIE } from '../../../../src/core/kernel/tuning';
import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import { levelFromAscii } from '../../level-fixture';

const bitten = (events: readonly SimEvent[]): boolean => events.some((e) => e.type === 'studentHit');
const inReach = (sim: Simulation): boolean => sim.snapshot().zombies[0]!.mode === 'attack';

/** Steps with `commands` until `done` holds; returns the ticks taken, or -1 after `limit`. */
function until(sim: Simulation, done: (events: SimEvent[]) => boolean, commands: Command[] = [], limit = 200): number {
  for (let t = 1; t <= limit; t++) if (done(sim.step(commands))) return t;
  return -1;
}

/** A student in a corridor, a zombie of `kind` two tiles east that a swing at the air brings. */
function fightWith(kind: 'Z' | 'B' = 'Z', wallBehind = false): Simulation {
  const sim = createSimulation(
    levelFromAscii(`
      #############
      #E...S.${kind}${wallBehind ? '#' : '.'}...#
      #############`),
    { seed: 4 },
  );
  sim.step([{ type: 'attack' }]);
  return sim;
}

describe('a blow at a walker winding up its bite', () => {
  it('lands first, however late in the wind-up, and the walker winds up again before it bites', () => {
    const sim = fightWith();
    expect(until(sim, () => inReach(sim))).toBeGreaterThan(0);
    // The player waits until the last tick of the grab's wind-up, then swings.
    const warned = sim.snapshot().zombies[0]!.biteIn!;
    expect(until(sim, bitten, [], warned - 2)).toBe(-1);
    expect(bitten(sim.step([{ type: 'attack' }]))).toBe(false);
    expect(sim.snapshot().zombies[0]!.health).toBe(ZOMBIE.walker.health - 1);
    // Knocked back and stunned, it comes into reach again: it shows a wind-up before its bite, not a bite at once.
    expect(until(sim, () => inReach(sim))).toBeGreaterThan(0);
    expect(sim.snapshot().zombies[0]!.biteIn).toBeGreaterThanOrEqual(ZOMBIE.walker.biteWindupTicks);
    expect(until(sim, bitten, [], ZOMBIE.walker.biteWindupTicks - 1)).toBe(-1);
  });

  it('with a wall at its back (no knockback), starts its bite over after each blow', () => {
    const sim = fightWith('Z', true);
    expect(until(sim, () => inReach(sim))).toBeGreaterThan(0);
    const warned = sim.snapshot().zombies[0]!.biteIn!;
    expect(until(sim, bitten, [], warned - 2)).toBe(-1);
    expect(bitten(sim.step([{ type: 'attack' }]))).toBe(false);
    // The blow's stun and a fresh wind-up: the student's next swing is ready, with a moment to spare, before the bite.
    expect(until(sim, bitten, [], STUDENT.attack.cooldownTicks + 6)).toBe(-1);
  });

  it('downs a walker with no bite when the student swings as soon as each swing is ready', () => {
    const sim = fightWith('Z', true);
    let bites = 0;
    const downed = until(
      sim,
      (events) => {
        if (bitten(events)) bites++;
        return events.some((e) => e.type === 'zombieDowned');
      },
      [{ type: 'attack' }],
    );
    expect(downed).toBeGreaterThan(0);
    expect(bites).toBe(0);
  });
});

describe('a brute', () => {
  it('is not staggered by a blow: its bite comes on through the fight', () => {
    expect(ZOMBIE.brute.staggers).toBe(false);
    const sim = fightWith('B', true);
    let bites = 0;
    until(sim, (events) => (bitten(events) ? ++bites > 0 : false), [{ type: 'attack' }], 120);
    expect(bites).toBe(1);
  });
});
