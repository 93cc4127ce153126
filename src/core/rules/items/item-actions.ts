/**
 * What students do with things: pick up (the nearest in reach, or by id; light things also by
 * walking over them), drop, give to a friend in reach, throw ahead (a thud zombies hear), hold a
 * weapon ready, throw the phone as a ringing alarm, read messages on it. Weight limits decide what
 * fits in a pack. Every move keeps the item's id; nothing is made or lost here.
 */

import { ITEM_EFFECTS, ITEMS, PHONE, THROW } from '../../kernel/tuning';
import { ROLE } from '../../kernel/roles';
import { distanceBetween } from '../world/move-body';
import { makeNoise, type TickContext } from '../tick-context';
import type { CarriedItem, Student, World } from '../../state/world';
import { CATALOG } from '../../kernel/item-catalog';
import { canCarry, findCarried, takeFromPack } from './inventory';
import { throwLanding, throwNoiseRadius, thrownWeight, type ThrowTarget } from './throw-aim';

/** Things at or under this weight are picked up by walking over them; heavier ones need the command. */
const AUTO_PICKUP_KG = 2;

export function pickUp(context: TickContext, student: Student, itemId: number | undefined): string | undefined {
  const { world } = context;
  let best = -1;
  let bestDistance: number = ITEMS.interactRadiusTiles;
  world.items.forEach((item, index) => {
    if (itemId !== undefined && item.id !== itemId) return;
    const distance = distanceBetween(student, { x: item.tileX + 0.5, y: item.tileY + 0.5 });
    if (distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  if (best < 0) return itemId === undefined ? 'nothing to pick up here' : `item ${itemId} is not in reach`;
  const kind = world.items[best]!.kind;
  if (!canCarry(student, kind)) return `${student.name} cannot carry a ${kind} as well (too heavy)`;
  takeFloorItem(context, student, best);
  return undefined;
}

/** Picks up the light things a student walks over, while they fit. */
export function autoPickUp(context: TickContext, student: Student): void {
  const items = context.world.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (CATALOG[item.kind].weightKg > AUTO_PICKUP_KG || !canCarry(student, item.kind)) continue;
    if (distanceBetween(student, { x: item.tileX + 0.5, y: item.tileY + 0.5 }) <= ITEMS.pickupRadiusTiles) takeFloorItem(context, student, i);
  }
}

function takeFloorItem(context: TickContext, student: Student, index: number): void {
  const [item] = context.world.items.splice(index, 1);
  if (item === undefined) return;
  const carried: CarriedItem = { id: item.id, kind: item.kind };
  if (item.durability !== undefined) carried.durability = item.durability;
  if (item.charge !== undefined) carried.charge = item.charge;
  student.pack.push(carried);
  context.events.push({ type: 'itemPickedUp', itemId: item.id, item: item.kind, studentId: student.id });
}

/** Puts a carried item on the floor at a tile. */
export function placeOnFloor(world: World, item: CarriedItem, tileX: number, tileY: number): void {
  world.items.push({ ...item, tileX, tileY });
}

export function drop(context: TickContext, student: Student, itemId: number): string | undefined {
  const item = takeFromPack(student, itemId);
  if (item === undefined) return `${student.name} does not carry item ${itemId}`;
  const tileX = Math.floor(student.x);
  const tileY = Math.floor(student.y);
  placeOnFloor(context.world, item, tileX, tileY);
  context.events.push({ type: 'itemDropped', itemId, item: item.kind, studentId: student.id, tileX, tileY });
  return undefined;
}

export function give(context: TickContext, student: Student, itemId: number, toId: number): string | undefined {
  const friend = context.world.students[toId];
  if (friend === undefined || friend.down || friend === student) return `student ${toId} cannot take it`;
  if (distanceBetween(friend, student) > ITEM_EFFECTS.reachTiles) return `${friend.name} is out of reach`;
  const carried = student.pack.find((item) => item.id === itemId);
  if (carried === undefined) return `${student.name} does not carry item ${itemId}`;
  if (!canCarry(friend, carried.kind)) return `${friend.name} cannot carry a ${carried.kind} as well (too heavy)`;
  takeFromPack(student, itemId);
  friend.pack.push(carried);
  context.events.push({ type: 'itemGiven', itemId, item: carried.kind, studentId: student.id, toId });
  return undefined;
}

export function throwItem(context: TickContext, student: Student, itemId: number, target?: ThrowTarget): string | undefined {
  const item = takeFromPack(student, itemId);
  if (item === undefined) return `${student.name} does not carry item ${itemId}`;
  const { x, y } = throwLanding(context.world, student, THROW.tiles, target);
  const tileX = Math.floor(x);
  const tileY = Math.floor(y);
  placeOnFloor(context.world, item, tileX, tileY);
  context.events.push({ type: 'itemThrown', itemId, item: item.kind, studentId: student.id, tileX, tileY });
  makeNoise(context, x, y, throwNoiseRadius(thrownWeight(item.kind)), 'thud', `item:${itemId}`);
  return undefined;
}

export function equip(context: TickContext, student: Student, itemId: number): string | undefined {
  if (itemId === -1) {
    student.weaponId = -1;
    context.events.push({ type: 'itemEquipped', itemId: -1, studentId: student.id });
    return undefined;
  }
  const item = student.pack.find((carried) => carried.id === itemId);
  if (item === undefined) return `${student.name} does not carry item ${itemId}`;
  if (CATALOG[item.kind].weapon === undefined) return `a ${item.kind} is not a weapon`;
  student.weaponId = itemId;
  context.events.push({ type: 'itemEquipped', itemId, studentId: student.id });
  return undefined;
}

/** Throws a phone as a ringing alarm toward `target` (or along the student's facing); it drops back on the floor when it stops. */
export function throwLure(context: TickContext, student: Student, target?: ThrowTarget): string | undefined {
  const { world } = context;
  const phone = findCarried(student, 'phone');
  if (phone === undefined) return 'no phone to throw';
  if ((phone.charge ?? 0) < PHONE.alarmCharge) return 'the phone battery is too low to ring';
  takeFromPack(student, phone.id);
  phone.charge = (phone.charge ?? 0) - PHONE.alarmCharge;
  const { x, y } = throwLanding(world, student, ITEMS.lure.throwTiles, target);
  const lure = { id: world.luresThrown++, x, y, ticksLeft: ITEMS.lure.ringTicks, nextNoiseIn: 0, phone };
  world.lures.push(lure);
  context.events.push({ type: 'lureThrown', lureId: lure.id, studentId: student.id, tileX: Math.floor(x), tileY: Math.floor(y) });
  return undefined;
}

/** Every ringing phone makes an alarm noise on its beat (each ring costs battery) and falls silent when its time or battery is up. */
export function updateLures(context: TickContext): void {
  const { world } = context;
  for (const lure of world.lures) {
    if (--lure.nextNoiseIn <= 0) {
      lure.nextNoiseIn = ITEMS.lure.noiseEveryTicks;
      makeNoise(context, lure.x, lure.y, throwNoiseRadius('lure'), 'alarm', `lure:${lure.id}`);
      if (lure.phone !== undefined) lure.phone.charge = Math.max(0, (lure.phone.charge ?? 0) - PHONE.ringCharge);
    }
    if (lure.phone !== undefined && (lure.phone.charge ?? 0) <= 0) lure.ticksLeft = 0;
    if (--lure.ticksLeft <= 0) {
      context.events.push({ type: 'lureEnded', lureId: lure.id });
      if (lure.phone !== undefined) {
        const tileX = Math.floor(lure.x);
        const tileY = Math.floor(lure.y);
        placeOnFloor(world, lure.phone, tileX, tileY);
        context.events.push({ type: 'itemDropped', itemId: lure.phone.id, item: 'phone', studentId: -1, tileX, tileY });
      }
    }
  }
  world.lures = world.lures.filter((lure) => lure.ticksLeft > 0);
}

/** Reads messages: battery for a little hope, for everyone close enough to read along. */
export function checkPhone(context: TickContext, student: Student): string | undefined {
  const phone = findCarried(student, 'phone');
  if (phone === undefined) return 'no phone';
  const cost = PHONE.messageCharge * ROLE[student.role].phoneDrainFactor;
  if ((phone.charge ?? 0) < cost) return 'the phone battery is flat';
  phone.charge = (phone.charge ?? 0) - cost;
  for (const friend of context.world.students) {
    if (friend.down || distanceBetween(friend, student) > PHONE.messageTiles) continue;
    friend.morale = Math.min(100, friend.morale + PHONE.messageMorale);
  }
  context.events.push({ type: 'phoneChecked', studentId: student.id, charge: phone.charge });
  return undefined;
}

/** The group panics once when its best phone runs down to a few percent. */
export function updatePhones(context: TickContext): void {
  const { world } = context;
  if (world.phonePanicked) return;
  let best = -1;
  for (const student of world.students) {
    if (student.down) continue;
    for (const item of student.pack) if (item.kind === 'phone') best = Math.max(best, item.charge ?? 0);
  }
  if (best < 0 || best > PHONE.panicCharge) return;
  world.phonePanicked = true;
  for (const student of world.students) if (!student.down) student.morale = Math.max(0, student.morale - PHONE.panicMorale);
  context.events.push({ type: 'phonePanic' });
}
