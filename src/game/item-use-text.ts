/**
 * What an item's use did, in the player's language, for the HUD's banner: every use says so (an
 * antiseptic was used without a word). Read from the core's events: `itemUsed` (food, water,
 * bandage, painkillers, battery), `studentTreated` (antiseptic: the infection slowed, or a wound
 * cleaned) and `itemEquipped` (a weapon held ready).
 */

import type { SimEvent, StudentView } from '../core';
import { itemName, studentName, t } from './i18n/i18n';

/** The words for one event, or undefined when it is not an item's use; `students`: the latest snapshot's, for names and packs. */
export function itemUseText(event: SimEvent, students: readonly Pick<StudentView, 'id' | 'name' | 'pack'>[]): string | undefined {
  const nameOf = (id: number): string => studentName(students.find((s) => s.id === id)?.name ?? '');
  switch (event.type) {
    case 'itemUsed': {
      const name = nameOf(event.targetId ?? event.studentId);
      switch (event.item) {
        case 'food':
        case 'water':
        case 'bandage':
        case 'painkillers':
        case 'battery':
          return t(`used.${event.item}`, { name });
        // Antiseptic says what it did by its studentTreated event.
        default:
          return undefined;
      }
    }
    case 'studentTreated':
      return t(event.cured ? 'used.antisepticCured' : 'used.antisepticSlowed', { name: nameOf(event.studentId) });
    case 'itemEquipped': {
      // itemId -1: the weapon put away, which says nothing.
      const kind = students.find((s) => s.id === event.studentId)?.pack.find((item) => item.id === event.itemId)?.kind;
      return kind === undefined ? undefined : t('used.equipped', { name: nameOf(event.studentId), item: itemName(kind) });
    }
    default:
      return undefined;
  }
}
