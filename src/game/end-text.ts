/** What the end screen says about the level just played, in the player's language. */

import type { InfectingBite } from '../core';
import { studentName, t } from './i18n/i18n';
import { biteLine } from './loss-story-text';

export interface EndData {
  outcome: 'won' | 'lost';
  levelId: string;
  survivors: number;
  total: number;
  seconds: number;
  /** The game clock when the level ended, as the HUD showed it ("18:35"): the line names it, so the two agree. */
  clock: string;
  /** Students the level needs standing (a loss with some still standing was one too few). */
  needed?: number;
  /** The level was a siege (an objective held until dawn): winning it is holding out, not getting out. */
  siege?: boolean;
  /** Students who turned in the level, with the wounds that infected them (on this level or before). */
  turned?: { name: string; bites: readonly InfectingBite[] }[];
}

/** The heading: "YOU GOT OUT", "EVERYONE FELL", or "TOO FEW LEFT" when some still stand but fewer than the level needs. */
export function endHeading(data: EndData): string {
  if (data.outcome === 'won') return t('end.won');
  return data.survivors > 0 ? t('end.lostTooFew') : t('end.lost');
}

/** The line under the heading. */
export function endDetail(data: EndData): string {
  const seconds = data.seconds.toFixed(0);
  const clock = data.clock;
  if (data.outcome === 'lost') {
    const line = data.survivors > 0 ? t('end.tooFewDetail', { count: data.survivors, needed: data.needed ?? data.survivors + 1, seconds, clock }) : t('end.lostDetail', { seconds, clock });
    return [line, ...turnedLines(data)].join('\n');
  }
  // Everyone out is said so ("All 3", "Both", "You" for one alone), not counted as "1 of 1".
  const which = data.survivors < data.total ? 'Detail' : data.total === 1 ? 'Alone' : data.total === 2 ? 'Both' : 'All';
  const values = { survivors: data.survivors, total: data.total, seconds, clock };
  return t(data.siege === true ? `end.wonSiege${which}` : `end.won${which}`, values);
}

/** For each student who turned: "Min-jun turned, from:" and each wound that infected them (loss-story-text.ts biteLine). */
function turnedLines(data: EndData): string[] {
  return (data.turned ?? []).flatMap((student) => (student.bites.length === 0 ? [] : [t('end.turnedFrom', { name: studentName(student.name) }), ...student.bites.map(biteLine)]));
}
