/**
 * Using an item from the controlled student's pack — or, when they have none of that kind, from a
 * friend's within reach (the group shares): food eases hunger, water thirst, a bandage stops the
 * bleeding and heals, painkillers steady and rest, antiseptic treats an infection, a battery
 * recharges the phone, a weapon is held ready. Medicine can be used on another student in reach
 * (`targetId`); the nurse's helper's medicine works better.
 */

import type { ItemKind } from '../../kernel/item-kinds';
import { ITEM_EFFECTS, NEEDS, STUDENT } from '../../kernel/tuning';
import { ROLE } from '../../kernel/roles';
import { antisepticRateShare, infectionRateFor } from '../survival/infection';
import { distanceBetween } from '../world/move-body';
import type { TickContext } from '../tick-context';
import type { CarriedItem, Student } from '../../state/world';
import { CATALOG } from '../../kernel/item-catalog';
import { findCarried, lenderOf, spendItem } from './inventory';
import type { SpendReason } from '../../state/events';

const clamp = (value: number, max: number = NEEDS.max): number => Math.min(max, Math.max(0, value));

/** The carried item of a kind the student would use: their own, else the nearest friend's in reach. */
function itemToUse(context: TickContext, student: Student, kind: ItemKind): { owner: Student; item: CarriedItem } | undefined {
  const owner = lenderOf(context.world.students, student, kind, ITEM_EFFECTS.reachTiles);
  return owner === undefined ? undefined : { owner, item: findCarried(owner, kind)! };
}

export function useItem(context: TickContext, student: Student, kind: ItemKind, targetId: number | undefined): string | undefined {
  const { world } = context;
  const target = targetId === undefined ? student : world.students[targetId];
  if (target === undefined || target.down) return `student ${targetId} cannot be treated`;
  if (target !== student && distanceBetween(target, student) > ITEM_EFFECTS.reachTiles) return `${target.name} is out of reach`;
  const category = CATALOG[kind].category;
  if (category === 'weapon') {
    const weapon = findCarried(student, kind);
    if (weapon === undefined) return `no ${kind} carried`;
    student.weaponId = weapon.id;
    context.events.push({ type: 'itemEquipped', itemId: weapon.id, studentId: student.id });
    return undefined;
  }
  const found = itemToUse(context, student, kind);
  if (found === undefined) return `no ${kind} left`;
  const medicine = ROLE[student.role].medicineFactor;
  let reason: SpendReason = 'applied';
  switch (kind) {
    case 'food':
      target.hunger = clamp(target.hunger - ITEM_EFFECTS.food.hunger);
      target.health = clamp(target.health + ITEM_EFFECTS.food.health, STUDENT.maxHealth);
      reason = 'eaten';
      break;
    case 'water':
      target.thirst = clamp(target.thirst - ITEM_EFFECTS.water.thirst);
      target.stamina = clamp(target.stamina + ITEM_EFFECTS.water.stamina, STUDENT.maxStamina);
      reason = 'drunk';
      break;
    case 'bandage':
      target.bleedTicks = 0;
      target.health = clamp(target.health + ITEM_EFFECTS.bandage.health * medicine, STUDENT.maxHealth);
      break;
    case 'painkillers':
      target.morale = clamp(target.morale + ITEM_EFFECTS.painkillers.morale * medicine);
      target.fatigue = clamp(target.fatigue - ITEM_EFFECTS.painkillers.fatigue * medicine);
      break;
    case 'antiseptic':
      treatInfection(context, target, student, medicine);
      break;
    case 'battery': {
      const phone = findCarried(student, 'phone') ?? findCarried(target, 'phone');
      if (phone === undefined) return 'no phone to recharge';
      phone.charge = 100;
      reason = 'recharged';
      break;
    }
    default:
      return `a ${kind} cannot be used like that`;
  }
  spendItem(context.events, found.owner, found.item.id, reason);
  context.events.push(target === student ? { type: 'itemUsed', item: kind, studentId: student.id } : { type: 'itemUsed', item: kind, studentId: student.id, targetId: target.id });
  return undefined;
}

/** Antiseptic on a wound: some meter off, the rate slowed (not below a floor), a fresh scratch cured. */
export function treatInfection(context: TickContext, patient: Student, by: Student, medicineFactor: number): void {
  const tuning = ITEM_EFFECTS.antiseptic;
  patient.treatments++;
  let cured = false;
  if (patient.infectionRate > 0) {
    patient.infection = Math.max(0, patient.infection - tuning.infection * medicineFactor);
    // Treatment slows the infection, but never below a share of a fresh one from the same wound.
    const floor = infectionRateFor(patient.wound === 'bite' ? 'bite' : 'scratch', context.world.difficulty.infectionSpeed) * tuning.minRateFactor;
    patient.infectionRate = Math.max(floor, patient.infectionRate * antisepticRateShare(medicineFactor));
    if (patient.wound === 'scratch' && patient.infection < tuning.cureBelow * medicineFactor) {
      patient.infection = 0;
      patient.infectionRate = 0;
      patient.wound = 'none';
      cured = true;
    }
  } else if (patient.wound !== 'none') {
    patient.wound = 'none';
    cured = true;
  }
  context.events.push({ type: 'studentTreated', studentId: patient.id, byId: by.id, cured });
}
