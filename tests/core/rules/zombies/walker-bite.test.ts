/**
 * One walker is a threat a student can see and get away from (rules/zombies/bite.ts): on Normal it
 * winds up a second before its bite, on any student, and its bite throws the two apart, so it must
 * close in and wind up again; a student left standing by one walker lasts several seconds. Runners,
 * brutes and a crowd of walkers stay deadly. (Before, a follower was bitten the tick a walker came
 * into reach and every 0.9 s after, down in about five seconds.)
 */

import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { ticks, ZOMBIE, ZOMBIE_AI } from '../../../../src/core/kernel/tuning';
import { levelFromAscii } from '../../level-fixture';

/** A student (the one the player leads, far off) and a follower, with `kind` a few steps from the follower. */
const PAIR = (kind: string): string => `
  ##################
  #.......S.S.${kind}...E#
  ##################`;
/** A student standing in a room with three walkers round them. */
const CROWD = `
  ##################
  #.........Z.....E#
  #........ZS.....##
  #.........Z.....##
  ##################`;

interface Contact {
  /** Tick the first zombie came into reach, of each bite on `studentId`, and of their fall (-1: still up). */
  reached: number;
  bites: number[];
  down: number;
  /** Whether every bite of a walker left the two out of its reach the next tick. */
  thrownClear: boolean;
}

/** Wakes the zombies with a swing at the air and lets them at `studentId`, who stands still, for up to 30 s. */
function standStill(sim: Simulation, studentId: number): Contact {
  sim.step([{ type: 'attack' }]);
  const contact: Contact = { reached: -1, bites: [], down: -1, thrownClear: true };
  let checkAfter = -1;
  for (let t = 0; t < ticks(30) && contact.down < 0; t++) {
    const events = sim.step([]);
    const snapshot = sim.snapshot();
    if (checkAfter >= 0) {
      const biter = snapshot.zombies.find((z) => z.id === checkAfter)!;
      if (biter.mode === 'attack') contact.thrownClear = false;
      checkAfter = -1;
    }
    if (contact.reached < 0 && snapshot.zombies.some((z) => z.mode === 'attack')) contact.reached = sim.tick;
    for (const event of events) {
      if (event.type === 'studentHit' && event.studentId === studentId) {
        contact.bites.push(sim.tick);
        if (snapshot.zombies.find((z) => z.id === event.zombieId)!.kind === 'walker') checkAfter = event.zombieId;
      }
      if (event.type === 'studentDowned' && event.studentId === studentId) contact.down = sim.tick;
    }
  }
  return contact;
}

describe('one walker', () => {
  it('winds its bite up a second on a follower too, throws them clear with each bite, and leaves them standing for several seconds', () => {
    for (const seed of [1, 2, 3]) {
      const contact = standStill(createSimulation(levelFromAscii(PAIR('Z')), { seed }), 1);
      expect(contact.bites[0]! - contact.reached, `seed ${seed}: first bite after contact`).toBeGreaterThanOrEqual(ticks(1));
      expect(contact.thrownClear, `seed ${seed}`).toBe(true);
      expect(contact.down - contact.reached, `seed ${seed}: down after contact`).toBeGreaterThanOrEqual(ticks(7));
    }
  });

  it('bites the student the player leads no sooner, seen coming or not', () => {
    const contact = standStill(createSimulation(levelFromAscii(PAIR('Z')), { seed: 4 }), 0);
    expect(contact.bites[0]! - contact.reached).toBeGreaterThanOrEqual(Math.min(ZOMBIE.walker.biteWindupTicks, ZOMBIE_AI.grabWarningTicks));
    expect(contact.down - contact.reached).toBeGreaterThanOrEqual(ticks(7));
  });

  it('lets a bitten student walk away untouched', () => {
    const sim = createSimulation(
      levelFromAscii(`
        ##############
        #E......S.Z..#
        ##############`),
      { seed: 5 },
    );
    sim.step([{ type: 'attack' }]);
    // Stands until bitten, then walks away west, as fast as a walker chases.
    let waited = 0;
    while (!sim.step().some((e) => e.type === 'studentHit')) expect(++waited).toBeLessThan(ticks(10));
    let later = 0;
    for (let t = 0; t < ticks(1.5); t++) later += sim.step([{ type: 'move', dx: -1, dy: 0, gait: 'walk' }]).filter((e) => e.type === 'studentHit').length;
    expect(later).toBe(0);
  });
});

describe('what stays deadly', () => {
  it('a runner, a brute or three walkers fell a student who stands still within six seconds of contact', () => {
    for (const [what, sim, studentId] of [
      ['runner', createSimulation(levelFromAscii(PAIR('R')), { seed: 2 }), 1],
      ['brute', createSimulation(levelFromAscii(PAIR('B')), { seed: 2 }), 1],
      ['three walkers', createSimulation(levelFromAscii(CROWD), { seed: 2 }), 0],
    ] as const) {
      const contact = standStill(sim, studentId);
      expect(contact.down, what).toBeGreaterThan(0);
      expect(contact.down - contact.reached, what).toBeLessThan(ticks(6));
    }
  });

  it('a runner and a brute throw nobody clear', () => {
    expect(ZOMBIE.runner.biteKnockbackTiles).toBe(0);
    expect(ZOMBIE.brute.biteKnockbackTiles).toBe(0);
  });
});
