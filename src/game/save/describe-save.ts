/** One line about a saved game for the slot list and Continue: level title, play time, when saved. */

import { language, t } from '../i18n/i18n';
import { levelTitle } from '../level-title';
import type { SaveContent } from './envelope';
import type { SlotInfo } from './store';

/** "Library · 3 min · 14:05" ("도서관 · 3분 · 14:05" in Korean): the level's title and when, in the player's language; a camp save: "Camp before Library · 14:05". */
export function describeSave(save: SaveContent, now = new Date()): string {
  if (save.camp !== undefined) return t('saves.infoCamp', { level: levelTitle(save.levelId), when: savedWhen(new Date(save.savedAt), now) });
  return t('saves.info', { level: levelTitle(save.levelId), minutes: Math.max(0, Math.round(save.playSeconds / 60)), when: savedWhen(new Date(save.savedAt), now) });
}

/**
 * The time alone for a save made today, else the date; written as the player's language writes it
 * (`Intl.DateTimeFormat`). Korean gets the 24-hour clock: the browsers' Korean data may spell the
 * half of the day as "PM", an English word on a Korean screen.
 */
export function savedWhen(when: Date, now = new Date()): string {
  if (Number.isNaN(when.getTime())) return '?';
  const sameDay = when.toDateString() === now.toDateString();
  const format = sameDay
    ? new Intl.DateTimeFormat(language(), language() === 'ko' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : { hour: 'numeric', minute: '2-digit' })
    : new Intl.DateTimeFormat(language(), { year: 'numeric', month: language() === 'ko' ? 'long' : 'short', day: 'numeric' });
  return format.format(when);
}

/** A slot's row in the save list: empty, its save, or what is wrong with it (and the backup Load would use): `damaged → Library · 3 min · 14:05`; a save made for an older version of its level is kept and named so. */
export function describeSlot(info: SlotInfo | undefined): string {
  if (info === undefined || info.status === 'empty') return t('saves.empty');
  const wrong = t(info.problem?.kind === 'outdated' ? 'saves.outdated' : 'saves.damaged');
  if (info.save === undefined) return wrong;
  return `${info.status === 'damaged' ? `${wrong} → ` : ''}${describeSave(info.save)}`;
}
