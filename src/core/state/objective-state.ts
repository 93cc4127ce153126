/**
 * Objective state: the progress of each of a level's objectives, as plain JSON kept in the world
 * (and in saves). The rules that change it are in objectives.ts.
 */

import type { Level } from '../level/level';

export interface ObjectiveState {
  done: boolean;
  /** The tick it was done on, or -1. */
  doneAtTick: number;
  /** hold: ticks spent inside the area so far. */
  heldTicks: number;
  /** activate: ticks the device keeps sounding, and ticks to its next noise. */
  soundTicksLeft: number;
  nextNoiseIn: number;
}

export function createObjectiveStates(level: Level): ObjectiveState[] {
  return level.objectives.map(() => ({ done: false, doneAtTick: -1, heldTicks: 0, soundTicksLeft: 0, nextNoiseIn: 0 }));
}
