/**
 * Needs: each tick every living student gets hungrier, thirstier and more tired (faster when
 * running, slower when resting), colder at night unless huddled with a friend or wrapped in a
 * blanket, and more afraid in the dark (less with a friend close) or near a hunting zombie (steadier near the class
 * president). Starving, parched or freezing students lose health. Each need warns once (an event
 * the HUD shows) when it crosses its warning level, before it starts to hurt.
 *
 * `needEffects` says how needs change a student: speed, noise, swing time, hits, stamina and sight.
 */

import type { NeedName } from '../../state/events';
import { findCarried } from '../items/inventory';
import { NEEDS } from '../../kernel/tuning';
import { LIGHT } from '../../kernel/tuning-world';
import { NEED_ORDER, needWarns } from './needs-read';
import { lightAt } from '../senses/light';
import { distanceBetween } from '../world/move-body';
import type { TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';
import { downStudent, nearLeader } from '../students/fall';
import { daylight } from '../world/clock';

export interface NeedEffects {
  speedFactor: number;
  noiseFactor: number;
  cooldownFactor: number;
  /** Added to a hit's damage (never below 1 in all). */
  damageBonus: number;
  staminaRegainFactor: number;
  sightTiles: number;
}

const RESTED: NeedEffects = { speedFactor: 1, noiseFactor: 1, cooldownFactor: 1, damageBonus: 0, staminaRegainFactor: 1, sightTiles: NEEDS.sightTiles };

export function needEffects(student: Student): NeedEffects {
  const tired = student.fatigue >= NEEDS.hurtHigh;
  const cold = student.warmth <= NEEDS.hurtLow;
  const panicking = student.morale <= NEEDS.hurtLow;
  const hungry = student.hunger >= NEEDS.hurtHigh || student.thirst >= NEEDS.hurtHigh;
  if (!tired && !cold && !panicking && !hungry) return RESTED;
  return {
    speedFactor: (tired ? NEEDS.tiredSpeedFactor : 1) * (cold ? NEEDS.coldSpeedFactor : 1),
    noiseFactor: (cold ? NEEDS.coldNoiseFactor : 1) * (panicking ? NEEDS.panicNoiseFactor : 1),
    cooldownFactor: tired ? NEEDS.tiredCooldownFactor : 1,
    damageBonus: hungry ? -1 : 0,
    staminaRegainFactor: hungry ? NEEDS.hungryStaminaRegainFactor : 1,
    sightTiles: tired || panicking ? NEEDS.poorSightTiles : NEEDS.sightTiles,
  };
}

/** The order of the warning bits in `student.warned`. */
export const NEED_BITS: readonly NeedName[] = NEED_ORDER;

/** Whether a need is at or past its warning level. */
export function isWarning(student: Student, need: NeedName): boolean {
  return needWarns(student, need);
}

const clampNeed = (value: number): number => (value < 0 ? 0 : value > NEEDS.max ? NEEDS.max : value);

function huddled(world: World, student: Student): boolean {
  for (const other of world.students) {
    if (other !== student && !other.down && distanceBetween(other, student) <= NEEDS.huddleTiles) return true;
  }
  return false;
}

/** Students within `zombieFearTiles` of a hunting (chasing or attacking) zombie, by id. */
function frightened(world: World): Set<number> {
  const scared = new Set<number>();
  const reach = NEEDS.zombieFearTiles * NEEDS.zombieFearTiles;
  for (const zombie of world.zombies) {
    if (zombie.mode !== 'chase' && zombie.mode !== 'attack') continue;
    for (const student of world.students) {
      if (student.down || scared.has(student.id)) continue;
      const dx = zombie.x - student.x;
      const dy = zombie.y - student.y;
      if (dx * dx + dy * dy <= reach) scared.add(student.id);
    }
  }
  return scared;
}

export function updateNeeds(context: TickContext): void {
  const { world } = context;
  const decay = world.difficulty.needsDecay;
  const light = daylight(world);
  // Hunting zombies nearby are looked for every few ticks; the answer holds until the next look.
  const scanFear = world.tick % NEEDS.fearScanEveryTicks === 0;
  const scared = scanFear ? frightened(world) : undefined;
  for (const student of world.students) {
    if (student.down) continue;
    if (scared !== undefined) student.nearHunter = scared.has(student.id);
    student.hunger = clampNeed(student.hunger + NEEDS.hungerPerTick * decay);
    student.thirst = clampNeed(student.thirst + NEEDS.thirstPerTick * decay);
    let fatigue = NEEDS.fatiguePerTick * decay;
    if (student.moving && student.gait === 'run') fatigue += NEEDS.runFatiguePerTick * decay;
    else if (!student.moving && !student.nearHunter) fatigue -= NEEDS.restFatiguePerTick;
    student.fatigue = clampNeed(student.fatigue + fatigue);

    const cuddled = huddled(world, student);
    let cold = NEEDS.nightColdPerTick * (1 - light) * decay;
    if (cold > 0 && cuddled) cold /= 2;
    if (cold > 0 && findCarried(student, 'blanket') !== undefined) cold /= 4;
    student.warmth = clampNeed(student.warmth + NEEDS.warmthRegainPerTick * light - cold);

    const steady = nearLeader(world, student);
    // Fear of the dark reads the light on the student's own tile (a lit room or a phone light calms).
    const dark = 1 - Math.min(1, lightAt(world, context.light, Math.floor(student.x), Math.floor(student.y)) / LIGHT.fullSightLight);
    let fear = NEEDS.darkFearPerTick * dark * (cuddled ? 0.5 : 1);
    if (student.nearHunter) fear += NEEDS.zombieFearPerTick;
    const recover = fear > 0 ? 0 : NEEDS.moraleRecoverPerTick * (steady ? NEEDS.leaderFactor : 1);
    student.morale = clampNeed(student.morale - fear / (steady ? NEEDS.leaderFactor : 1) + recover);

    let exposure = 0;
    if (student.hunger >= NEEDS.max) exposure += NEEDS.exposureDamagePerTick;
    if (student.thirst >= NEEDS.max) exposure += NEEDS.exposureDamagePerTick;
    if (student.warmth <= 0) exposure += NEEDS.exposureDamagePerTick;
    if (exposure > 0) {
      student.health = Math.max(0, student.health - exposure);
      if (student.health <= 0) {
        downStudent(context, student);
        continue;
      }
    }
    warn(context, student);
  }
}

function warn(context: TickContext, student: Student): void {
  NEED_BITS.forEach((need, bit) => {
    const flag = 1 << bit;
    const now = isWarning(student, need);
    if (now && (student.warned & flag) === 0) {
      student.warned |= flag;
      context.events.push({ type: 'needWarning', studentId: student.id, need });
    } else if (!now && (student.warned & flag) !== 0) {
      student.warned &= ~flag;
    }
  });
}
