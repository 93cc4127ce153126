/**
 * What `interact` (E) does when there is nothing to pick up: a noise maker in reach is used (a
 * piano beside a door is played, not the door slammed); otherwise the nearer of the nearest lamp
 * (switched) and the nearest door or window (opened or closed).
 */

import { DOORS } from '../../kernel/tuning-world';
import { closeDoor, nearestDoor, openDoor, setDoorLocked } from './doors';
import { doorStateOf } from '../../level/doors';
import type { TickContext } from '../tick-context';
import { useNoiseMaker } from '../noise/noise-makers';
import type { Student } from '../../state/world';
import { nearestLamp, switchLamp } from './lamps';

/** Nothing in reach to use: said when no door is near either. */
export const NOTHING_TO_USE = 'nothing to use here';
/** How much further than reach a door may be for E to say "step up to it" rather than "nothing here". */
const NEAR_DOOR_TILES = 1.6;

/** Uses the nearest thing in reach; returns why nothing happened, or undefined. */
export function interactWithWorld(context: TickContext, student: Student): string | undefined {
  if (useNoiseMaker(context, student)) return undefined;
  const door = nearestDoor(context.world, student.x, student.y, DOORS.interactRangeTiles);
  const lamp = nearestLamp(context.world, student);
  const doorX = door === undefined ? 0 : door.tileX + 0.5 - student.x;
  const doorY = door === undefined ? 0 : door.tileY + 0.5 - student.y;
  if (lamp !== undefined && (door === undefined || lamp[1] < Math.sqrt(doorX * doorX + doorY * doorY))) {
    switchLamp(context, lamp[0], student);
    return undefined;
  }
  if (door === undefined) {
    // A player who pressed E "at" a door a step away is told so, not that nothing is there.
    const near = nearestDoor(context.world, student.x, student.y, DOORS.interactRangeTiles + NEAR_DOOR_TILES);
    return near === undefined ? NOTHING_TO_USE : `the ${near.kind} is out of reach`;
  }
  const by = `student:${student.id}`;
  return door.state === 'open' ? closeDoor(context, door, by) : openDoor(context, door, by);
}

/** `lock` (L): locks the nearest closed door, or unlocks it when it is locked. */
export function toggleLock(context: TickContext, student: Student): string | undefined {
  const door = nearestDoor(context.world, student.x, student.y, DOORS.interactRangeTiles);
  if (door === undefined) return 'no door in reach';
  const by = `student:${student.id}`;
  if (doorStateOf(door) === 'barricaded') return 'the door is barricaded';
  return setDoorLocked(context, door, door.state !== 'locked', by);
}
