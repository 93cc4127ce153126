/**
 * How far along a hold objective is, for the HUD and the markers: the share of the time held so
 * far and the seconds still to hold. A hold "until dawn" runs on the world clock; any other hold
 * counts the ticks the group stood inside. Pure: reads the world, changes nothing.
 */

import type { Objective } from '../../level/level';
import type { ObjectiveState } from '../../state/objective-state';
import { TICKS_PER_SECOND } from '../../kernel/tuning';
import { ticksUntilDawn } from '../world/clock';
import type { Student, World } from '../../state/world';

export interface HoldProgress {
  /** 0..1 */
  progress: number;
  secondsLeft: number;
}

export function holdProgress(world: World, objective: Objective, state: ObjectiveState): HoldProgress {
  if (state.done) return { progress: 1, secondsLeft: 0 };
  if (objective.untilDawn === true) {
    const left = ticksUntilDawn(world);
    return { progress: Math.min(1, world.tick / Math.max(1, world.tick + left)), secondsLeft: Math.ceil(left / TICKS_PER_SECOND) };
  }
  const need = objective.holdTicks ?? 1;
  return { progress: Math.min(1, state.heldTicks / need), secondsLeft: Math.ceil((need - state.heldTicks) / TICKS_PER_SECOND) };
}

/**
 * The student a rescue objective is about: the one named on its place in the level. A group that
 * came from the campaign takes the level's places by its own names and leaves empty places out, so
 * the place's index alone can name someone else; without the campaign the index is theirs.
 */
export function rescueTarget(world: World, objective: Objective): Student | undefined {
  const place = world.level.students[objective.studentIndex ?? -1];
  if (place === undefined) return undefined;
  const atIndex = world.students[objective.studentIndex!];
  return atIndex?.name === place.name ? atIndex : world.students.find((student) => student.name === place.name);
}
