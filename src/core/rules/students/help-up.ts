/**
 * Helping a fallen friend up. A group member who fell (health ran out; not one who turned) lies
 * bleeding out for `HELP_UP.bleedOutTicks`, leaving blood the horde can follow; until then a
 * standing friend within `HELP_UP.reachTiles` helps them to their feet with Use (E): at once, with
 * `HELP_UP.health` health, making a noise heard `HELP_UP.noiseRadius` tiles away. Once bled out
 * they are beyond help for this level. What they dropped stays on the floor to pick up again; the
 * grief their friends felt is not undone.
 */

import { HELP_UP } from '../../kernel/tuning';
import type { Student } from '../../state/world';
import { makeNoise, type TickContext } from '../tick-context';
import { distanceBetween } from '../world/move-body';
import { changeStudentState } from './student-state';

/** Whether `student` lies fallen and can still be helped up. */
export function canBeHelpedUp(student: Student): boolean {
  return student.down && !student.turned && !student.waiting && student.bleedTicks > 0;
}

/** Ticks left to help a fallen student up, or null when they cannot be (standing, turned, bled out). */
export function helpUpTicks(student: Student): number | null {
  return canBeHelpedUp(student) ? student.bleedTicks : null;
}

/** One tick of a fallen student bleeding out where they lie. */
export function bleedOut(context: TickContext, student: Student): void {
  if (!canBeHelpedUp(student)) return;
  student.bleedTicks--;
  if (!student.halfbie) context.world.scent.lay(Math.floor(student.y) * context.world.grid.width + Math.floor(student.x), context.world.tick);
}

/** `helper` helps the nearest fallen friend in reach up; false when there is none. */
export function helpUp(context: TickContext, helper: Student): boolean {
  let fallen: Student | undefined;
  let nearest: number = HELP_UP.reachTiles;
  for (const other of context.world.students) {
    if (other === helper || !canBeHelpedUp(other)) continue;
    const distance = distanceBetween(other, helper);
    if (distance > nearest) continue;
    nearest = distance;
    fallen = other;
  }
  if (fallen === undefined || !changeStudentState(context, fallen, 'helpedUp')) return false;
  fallen.health = HELP_UP.health;
  fallen.hurtTicks = 0;
  context.events.push({ type: 'studentHelpedUp', studentId: fallen.id, byId: helper.id });
  makeNoise(context, fallen.x, fallen.y, HELP_UP.noiseRadius, 'fight', `student:${helper.id}`);
  return true;
}
