/**
 * The camp screen's questions, answered by the camp's own rules (campaign/camp.ts): how long an
 * infected student has before they turn while the group rests, who would turn during the next rest
 * and whether treating them first would stop it, whether treating a student would do anything, how
 * long the rest button rests, and which level comes next. Pure queries.
 */

import { groupOf, type CampaignState, type CampaignStudent } from './campaign-state';
import { restInfectionPerHour, shareOut, treat } from './camp';
import { INFECTION, TICKS_PER_SECOND } from '../../kernel/tuning';
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
  const perHour = restInfectionPerHour(student);
  return perHour <= 0 ? null : Math.ceil((100 - student.infection) / perHour);
}

/** Whole minutes of play (in a level, at the infection's full rate) before an infected student turns; null when it does not run. */
export function playMinutesToTurn(student: Pick<CampaignStudent, 'infection' | 'infectionRate' | 'halfbie'>): number | null {
  if (student.infectionRate <= 0 || student.halfbie) return null;
  return Math.ceil((100 - student.infection) / student.infectionRate / (TICKS_PER_SECOND * 60));
}

/**
 * What a rest of `hours` does to a running infection, said before it is taken: the meter before
 * and after, and the worst line it crosses (the HUD's fever and turning, or turning itself).
 */
export interface RestInfection {
  name: string;
  from: number;
  to: number;
  crosses?: 'fever' | 'turning' | 'turns';
}

export function restInfection(campaign: CampaignState, hours: number = CAMP_REST_HOURS): RestInfection[] {
  return groupOf(campaign).flatMap((student) => {
    const perHour = restInfectionPerHour(student);
    if (perHour <= 0) return [];
    const from = student.infection;
    const to = Math.min(100, from + perHour * hours);
    const crosses = to >= 100 ? 'turns' : from < INFECTION.turningAt && to >= INFECTION.turningAt ? 'turning' : from < INFECTION.feverAt && to >= INFECTION.feverAt ? 'fever' : undefined;
    return [{ name: student.name, from, to, ...(crosses === undefined ? {} : { crosses }) }];
  });
}

/** A student treated with every antiseptic the group carries (camp.ts treat, until it does no more). */
function treatedToTheEnd(campaign: CampaignState, name: string): CampaignStudent | undefined {
  let state = campaign;
  for (let dose = 0; dose < 12; dose++) {
    const result = treat(state, name);
    if (!result.log.some((line) => line.kind === 'infectionSlowed' || line.kind === 'scratchCleaned')) break;
    state = result.campaign;
  }
  return groupOf(state).find((s) => s.name === name);
}

/**
 * Who would turn within the next level (`INFECTION.levelPlayMinutes` of play) even if the group
 * spent all its antiseptic on them, with the minutes they would last; `doomed` when that is
 * everyone in the group: no one can get through the next level, and the camp says so.
 */
export function nextLevelOutlook(campaign: CampaignState): { turning: { name: string; minutes: number }[]; doomed: boolean } {
  const group = groupOf(campaign);
  const turning = group.flatMap((student) => {
    const best = treatedToTheEnd(campaign, student.name) ?? student;
    const minutes = playMinutesToTurn(best);
    return minutes !== null && minutes < INFECTION.levelPlayMinutes ? [{ name: student.name, minutes }] : [];
  });
  return { turning, doomed: group.length > 0 && turning.length === group.length };
}

/**
 * An infected student who turns if the group rests `hours` now (camp.ts rest), said before the
 * rest is taken, with what the group can do first: `treat` when the antiseptic it carries keeps
 * them from turning during that rest, `slow` when it only slows the infection, `none` when there is
 * no antiseptic. Leaving them behind, or going on without resting, are always open.
 */
export interface TurnWarning {
  name: string;
  /** Whole hours of rest before they turn (1 to `hours`). */
  hours: number;
  remedy: 'treat' | 'slow' | 'none';
}

/** Who in the group turns during a rest of `hours` taken now, soonest first. */
export function turnsDuringRest(campaign: CampaignState, hours: number = CAMP_REST_HOURS): TurnWarning[] {
  const warnings: TurnWarning[] = [];
  for (const student of groupOf(campaign)) {
    const left = campHoursToTurn(student);
    if (left === null || left > hours) continue;
    const treated = treat(campaign, student.name);
    const slowed = treated.log.some((line) => line.kind === 'infectionSlowed' || line.kind === 'scratchCleaned');
    const after = groupOf(treated.campaign).find((s) => s.name === student.name);
    const hoursAfter = after === undefined ? null : campHoursToTurn(after);
    const remedy = !slowed ? 'none' : hoursAfter === null || hoursAfter > hours ? 'treat' : 'slow';
    warnings.push({ name: student.name, hours: Math.max(1, left), remedy });
  }
  return warnings.sort((a, b) => a.hours - b.hours);
}

/**
 * Whether the camp's buttons would do anything, asked of the camp's own rules: sharing out feeds or
 * waters someone (the group carries food or water someone needs), treating a student uses a bandage
 * or antiseptic on them (they need it and the group carries it). "Share food & water" was offered
 * with nothing carried, and "Treat" with nothing to treat with.
 */
export function shareHelps(campaign: CampaignState): boolean {
  return shareOut(campaign).log.some((line) => line.kind === 'ate' || line.kind === 'drank');
}

export function treatHelps(campaign: CampaignState, name: string): boolean {
  return treat(campaign, name).log.some((line) => line.kind === 'bandaged' || line.kind === 'infectionSlowed' || line.kind === 'scratchCleaned');
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
