/**
 * Why the core refused what the player asked (a `commandRejected` reason, a piece of furniture
 * that will not move), in the player's language. The core's reasons are plain English; the common
 * ones have their own words, the rest are shown as they are in English and as a general "cannot
 * be done now" in other languages.
 */

import type { SimEvent } from '../core';
import { language, studentName, t, type PlainKey } from './i18n/i18n';
import type { PlaySession } from './play-session';
import { itemUseText } from './item-use-text';

const STUCK: Record<string, PlainKey> = {
  'a door is there': 'refused.stuckDoor',
  'another piece is in the way': 'refused.stuckPiece',
  'furniture is in the way': 'refused.stuckFurniture',
  'something solid is in the way': 'refused.stuckSolid',
  'someone is in the way': 'refused.stuckSomeone',
  'something lies in the way': 'refused.stuckItem',
  'the map ends there': 'refused.stuckEdge',
};

/** A refusal's text: plain, or naming the student the pattern's `name` group caught. */
type RefusalKey = PlainKey | 'refused.tooHeavy' | 'refused.outOfReach' | 'refused.noBandage' | 'refused.noAntiseptic';

const KNOWN: readonly [RegExp, RefusalKey][] = [
  [/^nothing to barricade with/, 'refused.nothingToBarricade'],
  [/^no door or window in reach to barricade$/, 'refused.noDoorToBarricade'],
  [/^the barricade is as strong as it gets$/, 'refused.barricadeFull'],
  [/^no phone( to \w+)?$/, 'refused.noPhone'],
  [/^the phone battery is flat$/, 'refused.phoneFlat'],
  [/^the phone battery is too low/, 'refused.phoneLow'],
  [/^no arrows left$/, 'refused.noArrows'],
  [/^(?<name>.+) cannot carry an? \w+ as well \(too heavy\)$/, 'refused.tooHeavy'],
  // Before a student's name out of reach: "the door" is no name.
  [/^the (door|window) is out of reach$/, 'refused.doorTooFar'],
  [/^(?<name>.+) is out of reach$/, 'refused.outOfReach'],
  [/^no bandage to treat (?<name>.+) with$/, 'refused.noBandage'],
  [/^no antiseptic to treat (?<name>.+) with$/, 'refused.noAntiseptic'],
  [/^no way to tile /, 'refused.noWay'],
  [/^no door in reach$/, 'refused.noDoor'],
  [/^the (door|window) is locked$/, 'refused.doorLocked'],
  [/^the (door|window) is barricaded$/, 'refused.doorBarricaded'],
  [/^nothing to pick up here$/, 'refused.nothingHere'],
  [/^nothing to use here$/, 'refused.nothingToUse'],
];

export function refusalText(reason: string): string {
  for (const [pattern, key] of KNOWN) {
    const match = pattern.exec(reason);
    if (match !== null) return t(key, { name: studentName(match.groups?.['name'] ?? '') });
  }
  // English players read the core's own words; other languages get a general line.
  return language() === 'en' ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` : t('refused.generic');
}

export function stuckText(reason: string): string {
  const why = STUCK[reason];
  return t('refused.stuck', { why: why === undefined ? reason : t(why) });
}

/** Keeps the last refusal among a tick's events in the play, for the HUD's banner (which also tells what an item's use did (item-use-text.ts), of the hunter that followed the group coming in, and of a tapped walk stopped by a zombie coming into sight, and of control passing to another student, by a switch or a fall). */
export function noteRefusals(play: PlaySession, events: readonly SimEvent[]): void {
  for (const event of events) {
    const text =
      event.type === 'commandRejected'
        ? refusalText(event.reason)
        : event.type === 'furnitureStuck'
          ? stuckText(event.reason)
          : event.type === 'hunterEntered'
            ? t('refused.hunterEntered')
            : event.type === 'walkStopped'
              ? t('refused.walkStopped', { name: nameOf(play, event.studentId) })
              : event.type === 'studentSwitched'
                ? t('refused.nowPlaying', { name: nameOf(play, event.studentId) })
                : event.type === 'controlPassed'
                  ? t('refused.controlPassed', { fallen: nameOf(play, event.fromId), name: nameOf(play, event.studentId) })
                  : itemUseText(event, play.latest.students);
    if (text !== undefined) play.refusal = { text, serial: (play.refusal?.serial ?? 0) + 1 };
  }
}

/** A student's name as the player's language writes it. */
function nameOf(play: PlaySession, studentId: number): string {
  return studentName(play.latest.students.find((s) => s.id === studentId)?.name ?? '');
}
