/**
 * Barricades: a student builds or repairs one on the nearest door or window from a carried plank,
 * chair or desk (a loud, hammering action; doors.ts makes the noise). The material is used up: it
 * leaves the pack with an `itemSpent` event (reason `built`) and its health goes into the barricade.
 * The lightest material goes first, so desks are kept for last.
 */

import { CATALOG } from '../../kernel/item-catalog';
import { spendItem } from '../items/inventory';
import { DOORS } from '../../kernel/tuning-world';
import { buildBarricade as buildOnDoor, nearestDoor } from '../world/doors';
import type { TickContext } from '../tick-context';
import type { CarriedItem, Student } from '../../state/world';

/** Barricade material in the pack, lightest first (ties: the older item). */
function pickMaterial(student: Student): CarriedItem | undefined {
  let best: CarriedItem | undefined;
  for (const item of student.pack) {
    if (CATALOG[item.kind].barricadeHealth === undefined) continue;
    if (best === undefined || CATALOG[item.kind].weightKg < CATALOG[best.kind].weightKg) best = item;
  }
  return best;
}

/** Builds or repairs a barricade on the nearest door or window; returns why not, or undefined. */
export function buildBarricade(context: TickContext, student: Student): string | undefined {
  const door = nearestDoor(context.world, student.x, student.y, DOORS.interactRangeTiles);
  if (door === undefined) return 'no door or window in reach to barricade';
  const material = pickMaterial(student);
  if (material === undefined) return 'nothing to barricade with: carry a plank, a chair or a desk';
  const amount = CATALOG[material.kind].barricadeHealth ?? 0;
  const refused = buildOnDoor(context, door, amount, `student:${student.id}`);
  if (refused !== undefined) return refused;
  spendItem(context.events, student, material.id, 'built');
  return undefined;
}
