/**
 * The phone light: a student with a charged phone can switch its flashlight on and off
 * (`toggleLight`). While on it lights a cone ahead (rules/senses/light.ts), lets zombies see them from
 * far, and drains the phone's battery (`PHONE.lightDrainPerTick`); when the battery is flat, the
 * phone leaves the pack or the student goes down, it switches off with an event saying why.
 */

import type { CarriedItem, Student } from '../../state/world';
import type { TickContext } from '../tick-context';
import { PHONE } from '../../kernel/tuning';

/** The carried phone with the most charge, or undefined when none has any. */
function chargedPhone(student: Student): CarriedItem | undefined {
  let best: CarriedItem | undefined;
  for (const item of student.pack) {
    if (item.kind === 'phone' && (item.charge ?? 0) > 0 && (best === undefined || (item.charge ?? 0) > (best.charge ?? 0))) best = item;
  }
  return best;
}

/** Switches the student's phone light; returns why not when it cannot be switched on. */
export function toggleLight(context: TickContext, student: Student): string | undefined {
  if (student.lightOn) {
    student.lightOn = false;
    context.events.push({ type: 'phoneLight', studentId: student.id, on: false, reason: 'switched' });
    return undefined;
  }
  if (!student.pack.some((item) => item.kind === 'phone')) return 'no phone for a light';
  if (chargedPhone(student) === undefined) return 'the phone battery is flat';
  student.lightOn = true;
  context.events.push({ type: 'phoneLight', studentId: student.id, on: true, reason: 'switched' });
  return undefined;
}

/** Each tick: lit phones drain; a light with no charged phone behind it goes out. */
export function drainPhoneLights(context: TickContext): void {
  for (const student of context.world.students) {
    if (!student.lightOn) continue;
    const phone = student.down ? undefined : chargedPhone(student);
    if (phone === undefined) {
      student.lightOn = false;
      const reason = student.down ? 'down' : student.pack.some((item) => item.kind === 'phone') ? 'flat' : 'noPhone';
      context.events.push({ type: 'phoneLight', studentId: student.id, on: false, reason });
      continue;
    }
    phone.charge = Math.max(0, (phone.charge ?? 0) - PHONE.lightDrainPerTick);
    if (phone.charge === 0 && chargedPhone(student) === undefined) {
      student.lightOn = false;
      context.events.push({ type: 'phoneLight', studentId: student.id, on: false, reason: 'flat' });
    }
  }
}
