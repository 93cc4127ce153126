/**
 * Loot amount (difficulty): decided once when a level starts, with the seeded RNG. Below 1 each
 * supply on the floor (food, water, medicine, batteries, cloth, arrows) is missing with chance
 * 1 - amount; above 1 each is doubled up on its tile with chance amount - 1. Weapons, the phone and
 * barricade material are never touched. At Normal (1) nothing changes and the RNG is not drawn.
 */

import type { World } from '../../state/world';
import { CATALOG, type ItemCategory } from '../../kernel/item-catalog';

const SUPPLIES: readonly ItemCategory[] = ['food', 'drink', 'medicine', 'power', 'ammo'];

export function applyLootAmount(world: World): void {
  const amount = world.difficulty.lootAmount;
  if (amount === 1) return;
  const kept = [];
  for (const item of world.items) {
    const supply = SUPPLIES.includes(CATALOG[item.kind].category) || item.kind === 'cloth';
    if (!supply) {
      kept.push(item);
      continue;
    }
    if (amount < 1) {
      if (!world.rng.chance(1 - amount)) kept.push(item);
      continue;
    }
    kept.push(item);
    if (world.rng.chance(Math.min(1, amount - 1))) kept.push({ ...item, id: world.nextItemId++ });
  }
  world.items = kept;
}
