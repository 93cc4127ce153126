/**
 * The grace after a bite (rules/zombies/bite.ts): a bitten student who moves off is not bitten
 * again, by that zombie or another, for `ZOMBIE_AI.biteGraceTicks`, so one mistake among walkers
 * costs one bite and the moment to break away, not a student. One who stands there gets no grace.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { ZOMBIE_AI } from '../../../../src/core/kernel/tuning';
import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import { levelFromAscii } from '../../level-fixture';

/** A student between two walkers, each a step away, woken by a swing at the air. */
function between(): Simulation {
  const sim = createSimulation(
    levelFromAscii(`
      ###########
      #E...ZSZ..#
      ###########`),
    { seed: 5 },
  );
  sim.step([{ type: 'attack' }]);
  return sim;
}

function bitesOver(sim: Simulation, ticks: number, commands: Command[] = []): { tick: number; events: SimEvent[] }[] {
  const bites: { tick: number; events: SimEvent[] }[] = [];
  for (let t = 0; t < ticks; t++) {
    const events = sim.step(commands).filter((e) => e.type === 'studentHit');
    if (events.length > 0) bites.push({ tick: sim.tick, events });
  }
  return bites;
}

describe('the grace after a bite', () => {
  it('is for a student who breaks away: one who stands between two walkers is bitten again within it', () => {
    const bites = bitesOver(between(), 120);
    expect(bites.length).toBeGreaterThan(2);
    const gaps = bites.slice(1).map((bite, i) => bite.tick - bites[i]!.tick);
    expect(Math.min(...gaps)).toBeLessThanOrEqual(ZOMBIE_AI.biteGraceTicks);
  });

  it('lets a student caught between two walkers break away having taken one bite', () => {
    const sim = createSimulation(
      levelFromAscii(`
        ###########
        #E.....SZ.#
        #......Z..#
        ###########`),
      { seed: 5 },
    );
    sim.step([{ type: 'attack' }]);
    // Stands until bitten (the mistake), then walks away west.
    let waited = 0;
    while (!sim.step().some((e) => e.type === 'studentHit')) expect(++waited).toBeLessThan(60);
    const later = bitesOver(sim, 80, [{ type: 'move', dx: -1, dy: 0, gait: 'walk' }]);
    expect(later).toEqual([]);
    expect(sim.snapshot().students[0]!.down).toBe(false);
  });
});
