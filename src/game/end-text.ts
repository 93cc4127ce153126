/** What the end screen says about the level just played, in the player's language. */

import { t } from './i18n/i18n';

export interface EndData {
  outcome: 'won' | 'lost';
  levelId: string;
  survivors: number;
  total: number;
  seconds: number;
  /** The level was a siege (an objective held until dawn): winning it is holding out, not getting out. */
  siege?: boolean;
}

/** The line under "YOU GOT OUT" / "EVERYONE FELL". */
export function endDetail(data: EndData): string {
  const seconds = data.seconds.toFixed(0);
  if (data.outcome === 'lost') return t('end.lostDetail', { seconds });
  if (data.siege === true) return t('end.wonSiegeDetail', { survivors: data.survivors, total: data.total });
  return t('end.wonDetail', { survivors: data.survivors, total: data.total, seconds });
}
