/**
 * What the camp says before the player acts, from the camp's own rules (core camp-read.ts): when no
 * one can get through the next level (with the way out: play the level just won again from its
 * start), who turns within the next level even treated, who turns during a rest, and what a rest
 * does to every running infection. In the player's language, worst first.
 */

import { CAMP_REST_HOURS, nextLevelOutlook, restInfection, turnsDuringRest, type CampaignState } from '../core';
import { turnWarningText } from './camp-actions';
import { studentName, t } from './i18n/i18n';
import { levelTitle } from './level-title';

export interface CampAdvice {
  text: string;
  /** A warning (drawn in red), not a plain forecast. */
  warn: boolean;
}

/** The level the camp can go back to when no one can get through the next, and its title. */
export interface CampRetry {
  levelId: string;
  title: string;
}

export function campAdvice(campaign: CampaignState): { lines: CampAdvice[]; retry?: CampRetry } {
  const lines: CampAdvice[] = [];
  const outlook = nextLevelOutlook(campaign);
  const lastLevel = campaign.levelsDone[campaign.levelsDone.length - 1];
  const retry = outlook.doomed && lastLevel !== undefined && campaign.levelStart !== undefined ? { levelId: lastLevel, title: levelTitle(lastLevel) } : undefined;
  if (outlook.doomed) {
    const minutes = Math.max(...outlook.turning.map((s) => s.minutes));
    lines.push({ text: t('camp.doomed', { minutes, level: retry?.title ?? '' }), warn: true });
  } else {
    for (const student of outlook.turning) lines.push({ text: t('camp.turnsNextLevel', { name: studentName(student.name), minutes: student.minutes }), warn: true });
  }
  for (const warning of turnsDuringRest(campaign)) lines.push({ text: turnWarningText(warning), warn: true });
  for (const change of restInfection(campaign)) {
    if (change.crosses === 'turns') continue; // said above, with what to do
    const key = change.crosses === undefined ? 'none' : change.crosses;
    const text = t(`camp.restInfection.${key}`, { name: studentName(change.name), hours: CAMP_REST_HOURS, from: Math.round(change.from), to: Math.round(change.to) });
    lines.push({ text, warn: change.crosses !== undefined });
  }
  return retry === undefined ? { lines } : { lines, retry };
}
