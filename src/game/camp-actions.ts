/**
 * The camp rules as the game asks for them: one action applied to the app's campaign by the
 * core (src/core/sim/campaign/camp.ts). Used by the camp scene's buttons and by the testing hook.
 */

import { CAMP_REST_HOURS, campHoursToTurn, decide, infectionDanger, playMinutesToTurn, rest, shareOut, treat, type CampaignStudent, type CampLine, type CampResult, type TurnWarning } from '../core';
import type { CampaignState } from '../core';
import type { AppState } from './app-state';
import { studentName, t } from './i18n/i18n';
import { css, infectionColour } from './settings/palette';
import { palette } from './scenes/menu/text-style';

export type CampAction = { type: 'share' } | { type: 'rest' } | { type: 'treat'; name: string } | { type: 'decide'; name: string; decision: 'quarantine' | 'leave' | 'keep' };

/** A camp begins with `campaign` (the group as it arrives): its log starts empty, not with the last camp's lines. */
export function arriveAtCamp(app: AppState, campaign: CampaignState | undefined): void {
  app.campaign = campaign;
  app.campLog = [];
}

/** Applies one camp action to the app's campaign; returns what happened (none without a campaign). */
export function campAct(app: AppState, action: CampAction): CampLine[] {
  const campaign = app.campaign;
  if (campaign === undefined) return [];
  let result: CampResult;
  if (action.type === 'share') result = shareOut(campaign);
  else if (action.type === 'rest') result = rest(campaign, CAMP_REST_HOURS);
  else if (action.type === 'treat') result = treat(campaign, action.name);
  else result = decide(campaign, action.name, action.decision);
  app.campaign = result.campaign;
  app.campLog = [...result.log, ...app.campLog].slice(0, 6);
  return result.log;
}

/** A student's conditions the core tracks beyond the need bars, for their camp card: "Wound: bite · treated 1×", or "" when there are none. */
export function studentConditions(student: Pick<CampaignStudent, 'wound' | 'treatments'>): string {
  const parts: string[] = [];
  if (student.wound !== 'none') parts.push(t('camp.wound', { wound: t(`camp.wounds.${student.wound}`) }));
  if (student.treatments > 0) parts.push(t('camp.treated', { count: student.treatments }));
  return parts.join(' · ');
}

/**
 * A running infection's line on a student's camp card and its colour, by its danger (core
 * needs-read.ts infectionDanger): one that turns the student within the next level is marked ⚠ and
 * drawn in the danger colour (it was calm green under 75%); null when the infection does not run.
 */
export function infectionLine(student: Pick<CampaignStudent, 'infection' | 'infectionRate' | 'halfbie'>): { text: string; colour: string } | null {
  const hours = campHoursToTurn(student);
  if (hours === null) return null;
  const minutes = playMinutesToTurn(student);
  const danger = infectionDanger(student.infection, minutes);
  const text = t('camp.infection', { percent: Math.round(student.infection), hours, minutes: minutes ?? 0 });
  return { text: danger === 'deadly' ? `⚠ ${text}` : text, colour: css(infectionColour(danger, palette())) };
}

/** One line of the camp's log in the player's language, names as the language spells them. */
export function campLineText(line: CampLine): string {
  switch (line.kind) {
    case 'ate':
    case 'drank':
      return t(`camp.log.${line.kind}`, { name: studentName(line.name), need: t(`camp.log.needs.${line.need}`), value: line.value });
    case 'nobodyNeeded':
      return t('camp.log.nobodyNeeded');
    case 'rested':
      return t('camp.log.rested', { hours: line.hours });
    case 'thingsStayed':
      return t('camp.log.thingsStayed', { name: studentName(line.name), count: line.count });
    default:
      return t(`camp.log.${line.kind}`, { name: studentName(line.name) });
  }
}

/** The camp's warning, before resting, that a student would turn during the rest, with what can be done first. */
export function turnWarningText(warning: TurnWarning): string {
  return t(`camp.turnWarning.${warning.remedy}`, { name: studentName(warning.name), hours: warning.hours });
}
