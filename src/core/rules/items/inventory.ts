/**
 * Inventory: what each student carries (their pack), its weight against their carry limit, and the
 * group's totals for the HUD. Items keep their id from floor to pack to floor; only a rule (eating,
 * crafting, breaking, a lost arrow) ends one, and only a rule (crafting, loot) makes one: every such
 * change is an `itemSpent` or `itemMade` event.
 */

import type { SimEvent } from '../../state/events';
import { ITEM_EFFECTS, NEEDS } from '../../kernel/tuning';
import { ROLE } from '../../kernel/roles';
import type { CarriedItem, Student, World } from '../../state/world';
import { CATALOG } from '../../kernel/item-catalog';
import { ITEM_KINDS, type ItemKind } from '../../kernel/item-kinds';
import type { SpendReason } from '../../state/events';

/** Total weight carried, kilograms. */
export function packWeight(student: Pick<Student, 'pack'>): number {
  let kg = 0;
  for (const item of student.pack) kg += CATALOG[item.kind].weightKg;
  return Math.round(kg * 100) / 100;
}

/** Most a student can carry: the role's limit, less when exhausted. */
export function carryLimit(student: Pick<Student, 'role' | 'fatigue'>): number {
  return ROLE[student.role].carryKg - (student.fatigue >= NEEDS.hurtHigh ? 2 : 0);
}

export function canCarry(student: Pick<Student, 'pack' | 'role' | 'fatigue'>, kind: ItemKind): boolean {
  return packWeight(student) + CATALOG[kind].weightKg <= carryLimit(student) + 1e-9;
}

export function findCarried(student: Pick<Student, 'pack'>, kind: ItemKind): CarriedItem | undefined {
  return student.pack.find((item) => item.kind === kind);
}

export function countCarried(student: Pick<Student, 'pack'>, kind: ItemKind): number {
  let count = 0;
  for (const item of student.pack) if (item.kind === kind) count++;
  return count;
}

/** A student as far as lending goes: their pack, where they stand, whether they are down. */
type Holder = { pack: readonly { kind: ItemKind }[]; x: number; y: number; down: boolean };

/**
 * Whose pack an item of `kind` is used from when `student` uses one: their own, else the nearest
 * standing friend's within `reach` tiles (0: their own only); undefined when nobody's.
 */
export function lenderOf<S extends Holder>(students: readonly S[], student: S, kind: ItemKind, reach: number): S | undefined {
  if (student.pack.some((item) => item.kind === kind)) return student;
  let best: S | undefined;
  let bestDistance = reach;
  for (const friend of students) {
    if (friend === student || friend.down || !friend.pack.some((item) => item.kind === kind)) continue;
    const dx = friend.x - student.x;
    const dy = friend.y - student.y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance <= bestDistance) {
      best = friend;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * How many of an item the student can use now by its button, as the rules take them: food and water
 * from their own pack, else a friend's in reach (useItem); a phone to throw only from their own
 * (throwLure). What the touch buttons' counts show, so a count never offers what is refused.
 */
export function usableCount<S extends Holder>(students: readonly S[], student: S, kind: 'food' | 'water' | 'phone'): number {
  const lender = lenderOf(students, student, kind, kind === 'phone' ? 0 : ITEM_EFFECTS.reachTiles);
  return lender === undefined ? 0 : lender.pack.filter((item) => item.kind === kind).length;
}

/** Takes an item out of a pack (unequips it if held). */
export function takeFromPack(student: Student, itemId: number): CarriedItem | undefined {
  const index = student.pack.findIndex((item) => item.id === itemId);
  if (index < 0) return undefined;
  const [item] = student.pack.splice(index, 1);
  if (student.weaponId === itemId) student.weaponId = -1;
  return item;
}

/** Ends an item by a rule, with the event that says why. */
export function spendItem(events: SimEvent[], student: Student, itemId: number, reason: SpendReason): void {
  const item = takeFromPack(student, itemId);
  if (item !== undefined) events.push({ type: 'itemSpent', itemId: item.id, item: item.kind, studentId: student.id, reason });
}

/** Makes a new item by a rule into a pack (the caller checked the weight), with its event. */
export function makeItem(world: World, events: SimEvent[], student: Student, kind: ItemKind, fields: Omit<CarriedItem, 'id' | 'kind'> = {}): CarriedItem {
  const item: CarriedItem = { id: world.nextItemId++, kind, ...fields };
  student.pack.push(item);
  events.push({ type: 'itemMade', itemId: item.id, item: kind, studentId: student.id });
  return item;
}

/** What the whole group carries, by kind (the living students' packs). */
export function groupTotals(world: World): Record<ItemKind, number> {
  const totals = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])) as Record<ItemKind, number>;
  for (const student of world.students) {
    if (student.down) continue;
    for (const item of student.pack) totals[item.kind]++;
  }
  return totals;
}

/** Drops everything a student carries on their tile (when they fall or turn). */
export function dropAll(world: World, events: SimEvent[], student: Student): void {
  const tileX = Math.floor(student.x);
  const tileY = Math.floor(student.y);
  for (const item of student.pack) {
    world.items.push({ ...item, tileX, tileY });
    events.push({ type: 'itemDropped', itemId: item.id, item: item.kind, studentId: student.id, tileX, tileY });
  }
  student.pack = [];
  student.weaponId = -1;
}
