/**
 * The grab (rules/zombies/bite.ts): on Normal a zombie's first grab of a hunt is a lunge the
 * student sees coming and can step out of; it is given once a hunt, never to a running student,
 * and not at all where the horde is keener than Normal. Without it a bite on the student the player
 * leads still has the kind's short wind-up, unless they ran into it.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { difficultyPreset } from '../../../../src/core/kernel/difficulty';
import { ZOMBIE, ZOMBIE_AI } from '../../../../src/core/kernel/tuning';
import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import { levelFromAscii } from '../../level-fixture';

const CORRIDOR = `
  ##################
  #.........S.Z...E#
  ##################`;

interface Run {
  sim: Simulation;
  events: SimEvent[];
  /** Steps with `commands` until `done` holds (or `limit` ticks pass); returns the ticks taken. */
  until(done: (events: SimEvent[]) => boolean, commands?: Command[], limit?: number): number;
}

function run(options: { hard?: boolean } = {}): Run {
  const sim = createSimulation(levelFromAscii(CORRIDOR), { seed: 4, ...(options.hard === true ? { difficulty: difficultyPreset('hard') } : {}) });
  // A swing at the air: the walker hears it, turns and comes.
  const events: SimEvent[] = [...sim.step([{ type: 'attack' }])];
  return {
    sim,
    events,
    until(done, commands = [], limit = 200) {
      for (let t = 1; t <= limit; t++) {
        const now = sim.step(commands);
        events.push(...now);
        if (done(now)) return t;
      }
      return -1;
    },
  };
}

/** A bite with no grab warning still has a walker's short wind-up, shown the same way (rules/zombies/bite.ts). */
const SHORT_WINDUP = ZOMBIE.walker.biteWindupTicks;

const reached = (sim: Simulation) => (): boolean => sim.snapshot().zombies[0]!.mode === 'attack';
const bitten = (events: SimEvent[]): boolean => events.some((e) => e.type === 'studentHit');

describe('a zombie grab on Normal', () => {
  it('winds up for a second, shown as the ticks to its bite, before it bites a student who stands', () => {
    const { sim, events, until } = run();
    expect(until(reached(sim))).toBeGreaterThan(0);
    expect(sim.snapshot().zombies[0]!.biteIn).toBe(ZOMBIE_AI.grabWarningTicks);
    expect(events.filter((e) => e.type === 'studentHit')).toEqual([]);
    expect(until(bitten)).toBe(ZOMBIE_AI.grabWarningTicks);
    expect(ZOMBIE_AI.grabWarningTicks).toBeGreaterThanOrEqual(15);
  });

  it('misses a student who steps out of reach during the wind-up, and bites after only the short wind-up when it reaches them again', () => {
    const { sim, until } = run();
    until(reached(sim));
    // Five ticks to see it coming, then walk away (a walker is slower than a walking student).
    expect(until(bitten, [], 5)).toBe(-1);
    expect(until(bitten, [{ type: 'move', dx: -1, dy: 0, gait: 'walk' }], 60)).toBe(-1);
    expect(sim.snapshot().zombies[0]!.mode).toBe('chase');
    // Standing again: it catches up and bites without a second warning.
    const caught = until(reached(sim), [{ type: 'move', dx: 0, dy: 0 }]);
    expect(caught).toBeGreaterThan(0);
    expect(until(bitten)).toBe(SHORT_WINDUP);
  });

  it('grabs a running student at once', () => {
    const { sim, until } = run();
    sim.step([{ type: 'move', dx: 0, dy: 0, gait: 'run' }]);
    until(reached(sim), [{ type: 'move', dx: 0, dy: 0, gait: 'run' }]);
    expect(until(bitten)).toBeLessThanOrEqual(2);
  });

  it('gives no grab warning on Hard, only the short wind-up', () => {
    const { sim, until } = run({ hard: true });
    until(reached(sim));
    expect(until(bitten)).toBe(SHORT_WINDUP);
  });
});

describe('a zombie grab on Normal, on students who cannot read it', () => {
  it('grabs a student with their back to it after only the short wind-up', () => {
    const { sim, until } = run();
    // A step west turns her back on the walker to the east; then she stands.
    sim.step([{ type: 'move', dx: -1, dy: 0, gait: 'walk' }]);
    until(reached(sim), [{ type: 'move', dx: 0, dy: 0 }]);
    expect(sim.snapshot().students[0]!.facingX).toBeLessThan(0);
    expect(until(bitten)).toBe(SHORT_WINDUP);
  });
});
