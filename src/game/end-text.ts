/** What the end screen says about the level just played, in the player's language. */

import { t } from './i18n/i18n';

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
  if (data.outcome === 'lost' && data.survivors > 0) return t('end.tooFewDetail', { count: data.survivors, needed: data.needed ?? data.survivors + 1, seconds, clock });
  if (data.outcome === 'lost') return t('end.lostDetail', { seconds, clock });
  if (data.siege === true) return t('end.wonSiegeDetail', { survivors: data.survivors, total: data.total });
  return t('end.wonDetail', { survivors: data.survivors, total: data.total, seconds, clock });
}
