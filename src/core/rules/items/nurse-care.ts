/**
 * The nurse's helper's Use (E / USE): she treats the student in reach who needs it most — herself
 * included — with what the group has at hand: a bandage for bleeding, antiseptic for an infection
 * (or a wound that may still infect). Bleeding goes first (the blood trail draws the horde now),
 * then the highest infection. Nobody in need, or nothing to treat them with, and Use does what it
 * does for anyone else (a door, a lamp); when that finds nothing either, the refusal says why no
 * treatment happened, so the player sees the role exists and what it needs.
 */

import { ITEM_EFFECTS } from '../../kernel/tuning';
import type { ItemKind } from '../../kernel/item-kinds';
import type { TickContext } from '../tick-context';
import type { Student } from '../../state/world';
import { distanceBetween } from '../world/move-body';
import { findCarried } from './inventory';
import { useItem } from './use-item';

/** What a student needs, worst first: a bandage while bleeding, antiseptic while infected or wounded. */
function needsOf(patient: Student): ItemKind[] {
  const needs: ItemKind[] = [];
  if (patient.bleedTicks > 0) needs.push('bandage');
  if (patient.infectionRate > 0 || patient.wound !== 'none') needs.push('antiseptic');
  return needs;
}

/** Whether the nurse or a friend within reach of her carries an item of this kind (use-item.ts takes it from there). */
function atHand(context: TickContext, nurse: Student, kind: ItemKind): boolean {
  return context.world.students.some((s) => !s.down && findCarried(s, kind) !== undefined && (s === nurse || distanceBetween(s, nurse) <= ITEM_EFFECTS.reachTiles));
}

export type CareResult = { treated: true } | { treated: false; why?: string };

/**
 * Treats the neediest student in reach when the group has what they need. `why` (when nothing was
 * treated but someone needed it) names the missing medicine, for the refusal shown on screen.
 */
export function nurseCare(context: TickContext, nurse: Student): CareResult {
  const patients = context.world.students
    .filter((s) => !s.down && !s.waiting && (s === nurse || distanceBetween(s, nurse) <= ITEM_EFFECTS.reachTiles) && needsOf(s).length > 0)
    .sort((a, b) => Number(b.bleedTicks > 0) - Number(a.bleedTicks > 0) || b.infection - a.infection || a.id - b.id);
  let why: string | undefined;
  for (const patient of patients) {
    for (const kind of needsOf(patient)) {
      if (!atHand(context, nurse, kind)) {
        why ??= `no ${kind} to treat ${patient.name} with`;
        continue;
      }
      if (useItem(context, nurse, kind, patient.id) === undefined) return { treated: true };
    }
  }
  return why === undefined ? { treated: false } : { treated: false, why };
}
