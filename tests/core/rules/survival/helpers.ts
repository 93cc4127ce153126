/** Helpers for survival rule tests: change a running simulation's state through a save/load round trip. */

import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import type { Level } from '../../../../src/core/level/level';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation, type Simulation, type SimulationOptions } from '../../../../src/core/sim/simulation';

/** A simulation whose saved state was changed by `edit` first. */
export function edited(level: Level, options: SimulationOptions, edit: (state: SimState) => void): Simulation {
  const state = createSimulation(level, options).saveState();
  edit(state);
  return createSimulation(level, { seed: options.seed, state });
}

/** Steps `ticks` times (commands on the first), returning every event. */
export function run(sim: Simulation, ticks: number, commands: Command[] = []): SimEvent[] {
  const events: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) events.push(...sim.step(t === 0 ? commands : []));
  return events;
}

export const rejections = (events: SimEvent[]): string[] => events.flatMap((e) => (e.type === 'commandRejected' ? [e.reason] : []));
