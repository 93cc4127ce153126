/**
 * The ending, after the last level of the campaign is won: who got off the roof, who was lost on
 * the way and how, the day and time the rescue came, and a short epilogue. In the player's language.
 */

import { campClock, groupOf, type CampaignState } from '../core';
import { loadCampaign } from './level-library';
import { studentName, t } from './i18n/i18n';

/** Whether `levelId` is the campaign's last level (levels/campaign.json): winning it ends the story. */
export function isFinalLevel(levelId: string): boolean {
  const campaign = loadCampaign();
  return campaign.ok && campaign.campaign.levels[campaign.campaign.levels.length - 1]?.id === levelId;
}

const names = (list: readonly string[]): string => list.map(studentName).join(', ');

/** The ending's heading and lines, top to bottom. */
export function endingLines(campaign: CampaignState): { heading: string; lines: string[] } {
  const saved = groupOf(campaign).map((s) => s.name);
  const lost = campaign.students.filter((s) => s.status !== 'with');
  const { day, time } = campClock(campaign);
  const lines: string[] = [saved.length === 0 ? t('ending.nobody') : t('ending.saved', { count: saved.length, names: names(saved) })];
  if (lost.length > 0) lines.push(t('ending.lost', { names: names(lost.map((s) => s.name)) }));
  lines.push(t('ending.when', { day, time }));
  lines.push(t(lost.length === 0 ? 'ending.epilogueAll' : 'ending.epilogue'));
  return { heading: t('ending.heading'), lines };
}
