/**
 * What a save keeps besides the bodies: the cells the group has explored (the fog of war's memory)
 * and the halfbie hunter's memory of a lure it fell for. Saved mid-level and loaded, both are as
 * they were, and the game plays on tick for tick as the run that was never interrupted.
 */

import { describe, expect, it } from 'vitest';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import type { Command } from '../../../../src/core/state/commands';
import { levelFromAscii } from '../../level-fixture';

// The student picks up the phone and throws it into the hall, where the hunter hears it ring, goes, finds nobody and remembers the place.
const LEVEL = levelFromAscii(`
  ##############################
  #.H..........................#
  #............................#
  #............................#
  #####################.########
  #####################.########
  #####################.########
  ##E..................Sp.......#
  ##############################`);

const SEED = 3;
const commandsAt = (tick: number): Command[] => {
  if (tick === 2) return [{ type: 'pickUp' }];
  if (tick === 5) return [{ type: 'throwLure', tileX: 21, tileY: 2 }];
  if (tick > 5 && tick < 80) return [{ type: 'move', dx: 1, dy: 0 }];
  return [];
};

function runTo(sim: Simulation, from: number, to: number): void {
  for (let tick = from + 1; tick <= to && sim.status === 'playing'; tick++) sim.step(commandsAt(tick));
}

const explored = (sim: Simulation): number[] => [...sim.explored().keys()].filter((cell) => sim.explored()[cell] === 1);

describe('a save keeps the explored cells and the hunter’s memory of a lure', () => {
  it('saved mid-level and loaded: both as they were, and the game plays on identically', () => {
    const straight = createSimulation(LEVEL, { seed: SEED });
    let saveTick = 0;
    for (let tick = 1; tick <= 1500 && saveTick === 0; tick++) {
      straight.step(commandsAt(tick));
      if (straight.saveState().minds.lureMemory.length > 0) saveTick = tick;
    }
    expect(saveTick, 'the hunter remembered the lure').toBeGreaterThan(0);
    const saved = JSON.parse(JSON.stringify(straight.saveState())) as SimState;
    expect(saved.explored.length).toBeGreaterThan(0);

    const loaded = createSimulation(LEVEL, { seed: SEED, state: saved });
    expect(explored(loaded)).toEqual(explored(straight));
    expect(explored(loaded).length).toBeGreaterThan(20);
    expect(loaded.saveState().minds.lureMemory).toEqual(saved.minds.lureMemory);
    expect(loaded.stateHash()).toBe(straight.stateHash());

    runTo(straight, saveTick, saveTick + 600);
    runTo(loaded, saveTick, saveTick + 600);
    expect(loaded.tick).toBe(straight.tick);
    expect(loaded.stateHash()).toBe(straight.stateHash());
    expect(explored(loaded)).toEqual(explored(straight));
  });

  it('the explored cells are only added to, and a student walking on explores more', () => {
    const sim = createSimulation(LEVEL, { seed: SEED });
    const start = explored(sim);
    expect(start.length).toBeGreaterThan(0);
    for (let tick = 1; tick <= 60; tick++) sim.step([{ type: 'move', dx: 0, dy: -1 }]);
    const later = explored(sim);
    expect(later.length).toBeGreaterThan(start.length);
    expect(start.every((cell) => later.includes(cell))).toBe(true);
  });
});
