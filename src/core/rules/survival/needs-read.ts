/**
 * Reading a student's needs: the questions the HUD and the camp screen ask of a student's levels,
 * answered once here so that no screen keeps its own thresholds. Pure: they read numbers and
 * decide nothing in the simulation (survival/needs.ts does that, with the same levels).
 *
 * Every need is 0..`NEEDS.max`; hunger, thirst and fatigue are bad when high, warmth, morale and
 * health when low. A need's "share" is how good it is, 0..1 (1 = fine), whichever way it runs.
 */

import type { NeedName } from '../../state/events';
import { INFECTION, NEEDS, STUDENT, TICKS_PER_SECOND } from '../../kernel/tuning';

/** A student's need levels, as the world, a snapshot or a campaign keeps them. */
export type NeedLevels = Readonly<Record<NeedName, number>>;

/** Every need, worst-first order for warnings (also the order of the warning bits, survival/needs.ts). */
export const NEED_ORDER: readonly NeedName[] = ['hunger', 'thirst', 'fatigue', 'warmth', 'morale', 'health'];

/** Needs that are bad when high (the others are bad when low). */
const RISING: ReadonlySet<NeedName> = new Set<NeedName>(['hunger', 'thirst', 'fatigue']);

/** Below this share of its full level a bar counts as low: health in play, every need at camp. */
export const LOW_SHARE = 0.3;

/** A pack heavier than this share of what its carrier can take is near the limit. */
export const HEAVY_PACK_SHARE = 0.85;

/** How good a need is, 0..1 (1 = fine): a full stomach, rested, warm, steady, unhurt. */
export function needShare(levels: NeedLevels, need: NeedName): number {
  const full = need === 'health' ? STUDENT.maxHealth : NEEDS.max;
  const share = RISING.has(need) ? 1 - levels[need] / full : levels[need] / full;
  return Math.min(1, Math.max(0, share));
}

/** Whether a need is at or past its warning level (the HUD shows it amber, the game warns once). */
export function needWarns(levels: NeedLevels, need: NeedName): boolean {
  return RISING.has(need) ? levels[need] >= NEEDS.warnHigh : levels[need] <= NEEDS.warnLow;
}

/** The needs at or past their warning level, in `NEED_ORDER`; none for a student who is down. */
export function needWarnings(student: NeedLevels & { readonly down: boolean }): NeedName[] {
  return student.down ? [] : NEED_ORDER.filter((need) => needWarns(student, need));
}

/** Whether a need hurts already: past the level where it slows, weakens or wounds (red in the HUD). */
export function needHurts(levels: NeedLevels, need: NeedName): boolean {
  return RISING.has(need) ? levels[need] >= NEEDS.hurtHigh : levels[need] <= NEEDS.hurtLow;
}

/** Whether a share (`needShare`, or health over its maximum) is low enough to alarm. */
export const shareLow = (share: number): boolean => share < LOW_SHARE;

/** The infection meter is past the level called "turning" (red on the HUD and at camp). */
export const infectionTurning = (infection: number): boolean => infection >= INFECTION.turningAt;

/**
 * How alarming an infection is, from its meter and the minutes of play before the student turns
 * (null when it does not run): `deadly` when they turn within a level's play
 * (`INFECTION.levelPlayMinutes`) or are past the line called turning; `running` when it runs slower;
 * `held` when a meter stands still (a halfbie, or nothing left of it: `none`). A bite at 10% turns in
 * minutes: it was drawn in the calm green of a healthy bar, as was every meter under "turning".
 */
export type InfectionDanger = 'none' | 'held' | 'running' | 'deadly';

export function infectionDanger(infection: number, minutesToTurn: number | null): InfectionDanger {
  if (minutesToTurn === null) return infection > 0 ? 'held' : 'none';
  return infectionTurning(infection) || minutesToTurn <= INFECTION.levelPlayMinutes ? 'deadly' : 'running';
}

/** Minutes of play from ticks (a snapshot's `ticksToTurn`), for `infectionDanger`. */
export const playMinutes = (ticks: number | null): number | null => (ticks === null ? null : ticks / (TICKS_PER_SECOND * 60));

/** The pack is close to what its carrier can take. */
export const packNearLimit = (packKg: number, carryKg: number): boolean => packKg > carryKg * HEAVY_PACK_SHARE;
