/**
 * Quick slots: what the keys 1–6 (and the HUD's slot bar) stand for. Slot 1 is always food and
 * slot 2 water (the keys every player learns first); slots 3–6 are the first four other kinds the
 * student carries, in the order they were picked up, each kind once. Arrows go with the bow and
 * take no slot.
 */

import type { ItemKind } from '../../kernel/item-kinds';

export const QUICK_SLOT_COUNT = 6;

export function quickSlotKinds(pack: readonly { kind: ItemKind }[]): ItemKind[] {
  const kinds: ItemKind[] = ['food', 'water'];
  for (const item of pack) {
    if (item.kind === 'arrow' || kinds.includes(item.kind)) continue;
    kinds.push(item.kind);
    if (kinds.length === QUICK_SLOT_COUNT) break;
  }
  return kinds;
}
