/**
 * When the game may autosave (src/core/sim/save/save-safety.ts): never while the group is in
 * danger, so Continue after a loss starts from the last safe moment. The rule on its own, then a
 * student walked into a walker until the level is lost, with the autosaver's checkpoints taken as
 * the game takes them (due every tick here, written when the rule allows): the last autosave before
 * the loss is one the student walks away from alive, where a checkpoint taken without the rule
 * leaves them a second from the end.
 */

import { describe, expect, it } from 'vitest';
import { SAVE_SAFETY, saveDanger, type SafetyView } from '../../../../src/core/sim/save/save-safety';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { levelFromAscii } from '../../level-fixture';

type ViewStudent = SafetyView['students'][number];
type ViewZombie = SafetyView['zombies'][number];
const student = (x: number, extra: Partial<ViewStudent> = {}): ViewStudent => ({ name: 'Min-jun', x, y: 5, down: false, waiting: false, bleedTicks: 0, hurtTicks: 0, ...extra });
const zombie = (x: number, mode: ViewZombie['mode'], id = 1): ViewZombie => ({ id, x, y: 5, mode });

describe('the rule', () => {
  it('is safe with zombies far away or only wandering beyond reach', () => {
    expect(saveDanger({ students: [student(0)], zombies: [] })).toBeUndefined();
    expect(saveDanger({ students: [student(0)], zombies: [zombie(SAVE_SAFETY.nearTiles + 0.5, 'wander'), zombie(40, 'idle', 2)] })).toBeUndefined();
  });

  it('is a danger with a zombie hunting, however far, or any standing zombie close by', () => {
    // A runner chasing from across a long corridor (it was 12 tiles off when a new player's autosave ran) is a fight seconds away.
    for (const mode of ['chase', 'attack', 'search'] as const)
      for (const tiles of [SAVE_SAFETY.nearTiles + 0.5, 12, 40]) expect(saveDanger({ students: [student(0)], zombies: [zombie(tiles, mode)] })).toMatchObject({ kind: 'hunted', zombieId: 1 });
    for (const mode of ['idle', 'wander', 'investigate', 'bash'] as const) {
      expect(saveDanger({ students: [student(0)], zombies: [zombie(12, mode)] })).toBeUndefined();
      expect(saveDanger({ students: [student(0)], zombies: [zombie(SAVE_SAFETY.nearTiles - 0.5, mode)] })).toMatchObject({ kind: 'near', student: 'Min-jun' });
    }
    expect(saveDanger({ students: [student(0)], zombies: [zombie(1, 'down')] })).toBeUndefined();
  });

  it('is a danger while a student bleeds or was just hit; students down or waiting to be rescued do not count', () => {
    expect(saveDanger({ students: [student(0, { bleedTicks: 3 })], zombies: [] })).toEqual({ kind: 'bleeding', student: 'Min-jun' });
    expect(saveDanger({ students: [student(0, { hurtTicks: 1 })], zombies: [] })).toEqual({ kind: 'hurt', student: 'Min-jun' });
    expect(saveDanger({ students: [student(0, { down: true, bleedTicks: 3 }), student(1, { waiting: true })], zombies: [zombie(2, 'chase')] })).toBeUndefined();
  });
});

// A corridor: the student starts next to the exit and walks right, into the walker at its far end.
const LEVEL = levelFromAscii(`
  ################################
  #ES...........................Z#
  ################################`);
const SEED = 4;

/** Walks right into the walker until the level is lost; returns the autosaves a checkpoint would have written (with `safe` asked as the game asks). */
function walkIntoTheWalker(safe: (danger: ReturnType<typeof saveDanger>) => boolean): { saves: SimState[]; lostAt: number } {
  const sim = createSimulation(LEVEL, { seed: SEED });
  const saves: SimState[] = [sim.saveState()];
  while (sim.status === 'playing' && sim.tick < 4000) {
    sim.step([{ type: 'move', dx: 1, dy: 0, gait: 'walk' }]);
    if (sim.status === 'playing' && safe(sim.saveDanger())) saves.push(sim.saveState());
  }
  expect(sim.status).toBe('lost');
  return { saves, lostAt: sim.tick };
}

/** Loads `state` and walks back to the exit: how it ends. */
function walkAway(state: SimState): { status: string; ticks: number } {
  const sim = createSimulation(LEVEL, { seed: SEED, state });
  const from = sim.tick;
  while (sim.status === 'playing' && sim.tick - from < 2000) sim.step([{ type: 'move', dx: -1, dy: 0, gait: 'run' }]);
  return { status: sim.status, ticks: sim.tick - from };
}

describe('Continue after a loss', () => {
  it('opens the last safe autosave, from which the student gets away; without the rule it is a second before the end', () => {
    const careful = walkIntoTheWalker((danger) => danger === undefined);
    const last = careful.saves[careful.saves.length - 1]!;
    const lastSim = createSimulation(LEVEL, { seed: SEED, state: last });
    expect(lastSim.saveDanger()).toBeUndefined();
    expect(walkAway(last).status).toBe('won');

    const careless = walkIntoTheWalker(() => true);
    const end = careless.saves[careless.saves.length - 1]!;
    expect(careless.lostAt - end.tick).toBeLessThan(3);
    expect(createSimulation(LEVEL, { seed: SEED, state: end }).saveDanger()).toBeDefined();
    expect(walkAway(end).status).toBe('lost');
    console.log(`lost at tick ${careful.lostAt}; last safe autosave at tick ${last.tick}`);
  });
});
