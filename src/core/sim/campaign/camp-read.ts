/**
 * The camp screen's questions, answered by the camp's own rules (campaign/camp.ts): how long an
 * infected student has before they turn while the group rests, whether treating a student would do
 * anything, how long the rest button rests, and which level comes next. Pure queries.
 */

import type { CampaignState, CampaignStudent } from './campaign-state';
import { STUDENT } from '../../kernel/tuning';
import { CLOCK } from '../../kernel/tuning-world';
import { clockText, DAY_MINUTES } from '../../rules/world/clock';

/** Hours one "rest" at camp lasts (the camp screen's button). */
export const CAMP_REST_HOURS = 2;

/** The camp's day (1 on the first day) and time of day ("HH:MM"), from the campaign's clock. */
export function campClock(campaign: Pick<CampaignState, 'minutes'>): { day: number; time: string } {
  return { day: Math.floor(campaign.minutes / DAY_MINUTES) + 1, time: clockText(campaign.minutes) };
}

/**
 * Whole hours of camp rest before an infected student turns (rest runs the infection on hour by
 * hour, and at 100 they turn); null when their infection does not run (none, or a halfbie).
 */
export function campHoursToTurn(student: Pick<CampaignStudent, 'infection' | 'infectionRate' | 'halfbie'>): number | null {
  if (student.infectionRate <= 0 || student.halfbie) return null;
  const perHour = student.infectionRate * CLOCK.ticksPerMinute * 60;
  return Math.ceil((100 - student.infection) / perHour);
}

/** Whether a student is hurt, wounded or infected: what bandages and antiseptic treat at camp. */
export function wantsTreatment(student: Pick<CampaignStudent, 'health' | 'wound' | 'infectionRate'>): boolean {
  return student.health < STUDENT.maxHealth || student.wound !== 'none' || student.infectionRate > 0;
}

/**
 * The level the campaign goes on to, of the campaign's levels in order: the one after the last one
 * won (the last level again once all are done; the first when none is), and its seed: the next
 * after the seed of the level just played (1 after a seed that is not a number).
 */
export function nextCampaignLevel(levelIds: readonly string[], campaign: CampaignState, seed: number | string): { levelId: string; seed: number } | null {
  if (levelIds.length === 0) return null;
  const last = levelIds.indexOf(campaign.levelsDone[campaign.levelsDone.length - 1] ?? '');
  const levelId = levelIds[Math.min(levelIds.length - 1, last + 1)]!;
  const played = Number(seed);
  return { levelId, seed: ((Number.isFinite(played) ? Math.floor(played) : 0) + 1) % 1_000_000 };
}
