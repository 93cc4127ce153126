/**
 * Camp: the rules of the short stop between levels. Each is a pure function from a campaign to a
 * new campaign and what happened, in words for the camp screen:
 * - shareOut: the group's food and water go to whoever needs them most (the hungriest eats first);
 * - treat: bandage and antiseptic from anyone's pack on one student (better with the nurse's helper);
 * - rest: hours pass; fatigue falls, wounds heal a little, hunger and thirst grow, an infection runs
 *   on — and may finish (turned, or rarely a halfbie: a seeded roll on the name and time);
 * - decide: about an infected friend — quarantine (they start the next level holding position),
 *   leave them behind (what they carry stays with the group if it fits), or keep them.
 * Every item used up is told in the log, so the camp, like a level, makes or loses nothing silently.
 */

import { CATALOG } from '../../kernel/item-catalog';
import type { ItemKind } from '../../kernel/item-kinds';
import { createRng } from '../../kernel/rng';
import { ROLE } from '../../kernel/roles';
import { antisepticRateShare, infectionRateFor } from '../../rules/survival/infection';
import { INFECTION, ITEM_EFFECTS, NEEDS, STUDENT } from '../../kernel/tuning';
import { CLOCK } from '../../kernel/tuning-world';
import type { CarriedItem } from '../../state/world';
import { groupOf, type CampaignState, type CampaignStudent } from './campaign-state';

/**
 * One thing that happened at camp, for the camp screen to word in the player's language
 * (src/game/camp-actions.ts). `name` is a student's name as the level spells it.
 */
export type CampLine =
  | { kind: 'ate' | 'drank'; name: string; need: 'hunger' | 'thirst'; value: number }
  | { kind: 'nobodyNeeded' }
  | { kind: 'rested'; hours: number }
  | { kind: 'thingsStayed'; name: string; count: number }
  | { kind: 'notWithGroup' | 'bandaged' | 'scratchCleaned' | 'infectionSlowed' | 'noMedicine' | 'halfbie' | 'turned' | 'leftBehind' | 'keptApart' | 'stays'; name: string };

export interface CampResult {
  campaign: CampaignState;
  /** What happened, one line each. */
  log: CampLine[];
}

export type CampDecision = 'quarantine' | 'leave' | 'keep';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const clamp = (value: number, max: number = NEEDS.max): number => Math.min(max, Math.max(0, value));
const weightOf = (student: CampaignStudent): number => student.pack.reduce((kg, item) => kg + CATALOG[item.kind].weightKg, 0);

/** Takes one item of a kind from anyone in the group (the first who has one). */
function takeFromGroup(group: CampaignStudent[], kind: ItemKind): CarriedItem | undefined {
  for (const student of group) {
    const index = student.pack.findIndex((item) => item.kind === kind);
    if (index < 0) continue;
    const [item] = student.pack.splice(index, 1);
    if (student.weaponId === item!.id) student.weaponId = -1;
    return item;
  }
  return undefined;
}

export function shareOut(campaign: CampaignState): CampResult {
  const next = copy(campaign);
  const group = groupOf(next);
  const log: CampLine[] = [];
  const share = (kind: 'food' | 'water', need: 'hunger' | 'thirst', eases: number): void => {
    for (;;) {
      const neediest = [...group].sort((a, b) => b[need] - a[need])[0];
      if (neediest === undefined || neediest[need] < eases / 2) return;
      if (takeFromGroup(group, kind) === undefined) return;
      neediest[need] = clamp(neediest[need] - eases);
      if (kind === 'food') neediest.health = clamp(neediest.health + ITEM_EFFECTS.food.health, STUDENT.maxHealth);
      log.push({ kind: kind === 'food' ? 'ate' : 'drank', name: neediest.name, need, value: Math.round(neediest[need]) });
    }
  };
  share('food', 'hunger', ITEM_EFFECTS.food.hunger);
  share('water', 'thirst', ITEM_EFFECTS.water.thirst);
  if (log.length === 0) log.push({ kind: 'nobodyNeeded' });
  return { campaign: next, log };
}

export function treat(campaign: CampaignState, name: string): CampResult {
  const next = copy(campaign);
  const group = groupOf(next);
  const patient = group.find((s) => s.name === name);
  if (patient === undefined) return { campaign: next, log: [{ kind: 'notWithGroup', name }] };
  const factor = group.some((s) => s.role === 'nurse') ? ROLE.nurse.medicineFactor : 1;
  const log: CampLine[] = [];
  if (patient.health < STUDENT.maxHealth && takeFromGroup(group, 'bandage') !== undefined) {
    patient.health = clamp(patient.health + ITEM_EFFECTS.bandage.health * factor, STUDENT.maxHealth);
    log.push({ kind: 'bandaged', name });
  }
  if ((patient.infectionRate > 0 || patient.wound !== 'none') && takeFromGroup(group, 'antiseptic') !== undefined) {
    const tuning = ITEM_EFFECTS.antiseptic;
    patient.treatments++;
    patient.infection = clamp(patient.infection - tuning.infection * factor);
    const floor = patient.wound === 'none' ? 0 : infectionRateFor(patient.wound, next.difficulty.infectionSpeed) * tuning.minRateFactor;
    patient.infectionRate = patient.infectionRate > 0 ? Math.max(floor, patient.infectionRate * antisepticRateShare(factor)) : 0;
    if (patient.wound === 'scratch' && patient.infection < tuning.cureBelow * factor) {
      patient.infection = 0;
      patient.infectionRate = 0;
      patient.wound = 'none';
      log.push({ kind: 'scratchCleaned', name });
    } else {
      log.push({ kind: 'infectionSlowed', name });
    }
  }
  if (log.length === 0) log.push({ kind: 'noMedicine', name });
  return { campaign: next, log };
}

/** Per game hour at camp: what resting does. */
const REST_PER_HOUR = { fatigue: 25, health: 5, morale: 6 };

/** Meter points a running infection gains in an hour of camp rest (a share of its rate in play); 0 when it does not run. */
export function restInfectionPerHour(student: Pick<CampaignStudent, 'infectionRate' | 'halfbie'>): number {
  if (student.infectionRate <= 0 || student.halfbie) return 0;
  return student.infectionRate * CLOCK.ticksPerMinute * 60 * INFECTION.campRestShare;
}

export function rest(campaign: CampaignState, hours: number): CampResult {
  const next = copy(campaign);
  const log: CampLine[] = [];
  const whole = Math.max(0, Math.min(12, Math.floor(hours)));
  const ticksPerHour = CLOCK.ticksPerMinute * 60;
  for (let hour = 0; hour < whole; hour++) {
    next.minutes += 60;
    for (const student of groupOf(next)) {
      const decay = next.difficulty.needsDecay;
      student.hunger = clamp(student.hunger + NEEDS.hungerPerTick * ticksPerHour * decay * 0.5);
      student.thirst = clamp(student.thirst + NEEDS.thirstPerTick * ticksPerHour * decay * 0.5);
      student.fatigue = clamp(student.fatigue - REST_PER_HOUR.fatigue);
      student.warmth = NEEDS.max; // the group huddles at camp
      student.stamina = STUDENT.maxStamina;
      if (student.hunger < NEEDS.max && student.thirst < NEEDS.max) student.health = clamp(student.health + REST_PER_HOUR.health, STUDENT.maxHealth);
      student.morale = clamp(student.morale + REST_PER_HOUR.morale);
      if (restInfectionPerHour(student) > 0) {
        student.infection = clamp(student.infection + restInfectionPerHour(student));
        if (student.infection >= 100) turnAtCamp(next, student, log);
      }
    }
  }
  log.unshift({ kind: 'rested', hours: whole });
  return { campaign: next, log };
}

function turnAtCamp(campaign: CampaignState, student: CampaignStudent, log: CampLine[]): void {
  student.infectionRate = 0;
  if (createRng(`${student.name}:${campaign.minutes}`).chance(INFECTION.halfbieChance)) {
    student.halfbie = true;
    log.push({ kind: 'halfbie', name: student.name });
    return;
  }
  student.status = 'turned';
  // What they carried is dropped at camp and picked up by the others where it fits.
  handOver(campaign, student, log);
  for (const friend of groupOf(campaign)) friend.morale = clamp(friend.morale - NEEDS.griefMorale);
  log.push({ kind: 'turned', name: student.name });
}

/** A student's pack goes to the others while it fits; what does not fit stays with them. */
function handOver(campaign: CampaignState, from: CampaignStudent, log: CampLine[]): void {
  const others = groupOf(campaign).filter((s) => s !== from);
  const kept: CarriedItem[] = [];
  for (const item of from.pack) {
    const taker = others.find((s) => weightOf(s) + CATALOG[item.kind].weightKg <= ROLE[s.role].carryKg + 1e-9);
    if (taker === undefined) kept.push(item);
    else taker.pack.push(item);
  }
  if (kept.length > 0) log.push({ kind: 'thingsStayed', name: from.name, count: kept.length });
  from.pack = kept;
  from.weaponId = -1;
}

export function decide(campaign: CampaignState, name: string, decision: CampDecision): CampResult {
  const next = copy(campaign);
  const student = groupOf(next).find((s) => s.name === name);
  if (student === undefined) return { campaign: next, log: [{ kind: 'notWithGroup', name }] };
  const log: CampLine[] = [];
  if (decision === 'leave') {
    handOver(next, student, log);
    student.status = 'left';
    for (const friend of groupOf(next)) friend.morale = clamp(friend.morale - NEEDS.griefMorale / 2);
    log.unshift({ kind: 'leftBehind', name });
  } else {
    student.quarantined = decision === 'quarantine';
    log.push({ kind: decision === 'quarantine' ? 'keptApart' : 'stays', name });
  }
  return { campaign: next, log };
}
