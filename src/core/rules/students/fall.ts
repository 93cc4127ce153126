/**
 * A student falls: they go down where they stand, drop everything they carry on their tile, and
 * every living friend grieves (less with the class president close by). One who fell (not turned)
 * starts to bleed out: a friend can help them up until it runs out (help-up.ts). Used by every rule that
 * can bring a student down: zombie hits, starving, freezing, turning.
 */

import { dropAll } from '../items/inventory';
import { HELP_UP, NEEDS } from '../../kernel/tuning';
import type { TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';
import { distanceBetween } from '../world/move-body';
import { changeStudentState } from './student-state';

/** Whether a living leader (the class president) stands within reach of `student` (or is them). */
export function nearLeader(world: World, student: Student): boolean {
  for (const other of world.students) {
    if (other.down || other.role !== 'leader') continue;
    if (other === student || distanceBetween(other, student) <= NEEDS.leaderTiles) return true;
  }
  return false;
}

/** `how`: they fell (health ran out) or turned into a zombie (infection.ts). */
export function downStudent(context: TickContext, student: Student, how: 'fell' | 'turned' = 'fell'): void {
  if (student.down) return;
  const { world } = context;
  if (!changeStudentState(context, student, how)) return;
  student.health = 0;
  student.bleedTicks = how === 'fell' ? HELP_UP.bleedOutTicks : 0;
  student.path = [];
  student.moving = false;
  dropAll(world, context.events, student);
  context.events.push({ type: 'studentDowned', studentId: student.id });
  for (const friend of world.students) {
    if (friend.down) continue;
    const loss = NEEDS.griefMorale * (nearLeader(world, friend) ? 1 / NEEDS.leaderFactor : 1);
    friend.morale = Math.max(0, friend.morale - loss);
    context.events.push({ type: 'studentGrieved', studentId: friend.id, forId: student.id });
  }
}
