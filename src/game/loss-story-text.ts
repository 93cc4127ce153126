/**
 * The words for what got them (core sim/replay/loss-cause.ts): who fell to which zombie, what drew it
 * first, and the short labels of each detection drawn on the replay. English and Korean.
 */

import { clockText, type Detection, type InfectingBite, type LossStory } from '../core';
import { levelTitle } from './level-title';
import type { Snapshot } from '../core';
import type { ZombieKind } from '../core';
import { studentName as nameIn, t } from './i18n/i18n';

export function zombieName(zombieId: number, kind: ZombieKind, name?: string): string {
  if (name !== undefined) return t('whatHappened.turned', { name });
  return t('whatHappened.zombie', { kind: t(`whatHappened.kinds.${kind}`), number: zombieId + 1 });
}

/** The student's name as the HUD writes it in the current language (민준 in Korean). */
function studentName(snapshot: Snapshot, id: number | undefined): string {
  const name = id === undefined ? undefined : snapshot.students[id]?.name;
  return name === undefined ? '?' : nameIn(name);
}

const tilesBetween = (d: Detection): number => Math.max(1, Math.round(Math.hypot(d.tileX - d.fromTileX, d.tileY - d.fromTileY)));

/** The panel's sentences: the fall that ended the level, then what first drew that zombie. */
export function storyLines(story: LossStory, snapshot: Snapshot): string[] {
  const last = story.falls[story.falls.length - 1];
  if (last === undefined) return [t('whatHappened.nobodyFell')];
  const victim = studentName(snapshot, last.studentId);
  if (last.turned === true) return [t('whatHappened.fellInfection', { student: victim }), ...(last.bites ?? []).map(biteLine), t('whatHappened.infectionCure')];
  if (story.culprit === undefined) return [t('whatHappened.fellOther', { student: victim })];
  const lines: string[] = [t('whatHappened.fell', { student: victim, zombie: zombieName(story.culprit.zombieId, story.culprit.kind, story.culprit.name) })];
  const first = story.chain[0];
  if (first !== undefined) lines.push(firstLine(first, snapshot));
  return lines;
}

/** One wound that infected them: "Bitten by a runner in Science wing at 17:42." */
export function biteLine(bite: InfectingBite): string {
  return t(`whatHappened.${bite.wound === 'bite' ? 'bitten' : 'scratched'}`, { kind: t(`whatHappened.kinds.${bite.kind}`), level: levelTitle(bite.levelId), clock: clockText(bite.minute) });
}

function firstLine(d: Detection, snapshot: Snapshot): string {
  const student = studentName(snapshot, d.studentId);
  const tiles = tilesBetween(d);
  switch (d.sense) {
    case 'sight':
      return t('whatHappened.firstSaw', { student, count: tiles });
    case 'sound': {
      const noise = d.noise === undefined ? t('whatHappened.noises.footstep') : t(`whatHappened.noises.${d.noise}`);
      return d.studentId === undefined ? t('whatHappened.firstHeard', { noise, count: tiles }) : t('whatHappened.firstHeardStudent', { student, noise, count: tiles });
    }
    case 'smell':
      return t('whatHappened.firstSmelled');
    case 'struck':
      return t('whatHappened.firstStruck', { student });
  }
}

/** The short label on a detection's line on the map. */
export function markLabel(d: Detection, snapshot: Snapshot): string {
  switch (d.sense) {
    case 'sight':
      return t('whatHappened.markSaw', { student: studentName(snapshot, d.studentId) });
    case 'sound':
      return t('whatHappened.markHeard', { noise: t(`whatHappened.noises.${d.noise ?? 'footstep'}`) });
    case 'smell':
      return t('whatHappened.markSmelled');
    case 'struck':
      return t('whatHappened.markStruck', { student: studentName(snapshot, d.studentId) });
  }
}
