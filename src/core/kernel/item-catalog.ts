/**
 * The item catalog: what each kind weighs, whether it is eaten, applied or swung, how long a
 * weapon lasts and how hard it hits. Words:
 * - weight: kilograms; a student carries up to their carry limit (roles.ts, tuning NEEDS).
 * - durability: hits (or sprays, or shots) a weapon has left before it breaks.
 * - charge: the phone's battery, 0..100; the flashlight, the alarm lure and messages all draw on it.
 */

import { ticks } from './tuning';
import type { ItemKind } from './item-kinds';

export type ItemCategory = 'food' | 'drink' | 'medicine' | 'phone' | 'power' | 'material' | 'warmth' | 'weapon' | 'ammo';

/** How a weapon is used: swung in reach, sprayed in a cone (stuns), or shot (needs an arrow). */
export type WeaponStyle = 'melee' | 'spray' | 'bow';

export interface WeaponStats {
  style: WeaponStyle;
  damage: number;
  rangeTiles: number;
  cooldownTicks: number;
  /** Noise radius (tiles) of one use. */
  noiseRadius: number;
  knockbackTiles: number;
  /** Uses before it breaks. */
  durability: number;
}

export interface ItemSpec {
  category: ItemCategory;
  weightKg: number;
  weapon?: WeaponStats;
  /** Barricade health one piece adds to a door or window. */
  barricadeHealth?: number;
}

/** Bare hands: what a student fights with when no weapon is held. */
export const BARE_HANDS: WeaponStats = { style: 'melee', damage: 1, rangeTiles: 1.25, cooldownTicks: ticks(0.45), noiseRadius: 6, knockbackTiles: 0.45, durability: Infinity };

const melee = (damage: number, rangeTiles: number, seconds: number, noiseRadius: number, knockbackTiles: number, durability: number): WeaponStats => ({
  style: 'melee',
  damage,
  rangeTiles,
  cooldownTicks: ticks(seconds),
  noiseRadius,
  knockbackTiles,
  durability,
});

export const CATALOG: Record<ItemKind, ItemSpec> = {
  food: { category: 'food', weightKg: 0.4 },
  water: { category: 'drink', weightKg: 0.5 },
  bandage: { category: 'medicine', weightKg: 0.1 },
  painkillers: { category: 'medicine', weightKg: 0.1 },
  antiseptic: { category: 'medicine', weightKg: 0.3 },
  phone: { category: 'phone', weightKg: 0.2 },
  battery: { category: 'power', weightKg: 0.1 },
  cloth: { category: 'material', weightKg: 0.2 },
  blanket: { category: 'warmth', weightKg: 1.2 },
  plank: { category: 'material', weightKg: 2, barricadeHealth: 30 },
  chair: { category: 'material', weightKg: 4, barricadeHealth: 40 },
  desk: { category: 'material', weightKg: 9, barricadeHealth: 80 },
  broom: { category: 'weapon', weightKg: 1, weapon: melee(1, 1.6, 0.5, 5, 0.75, 20) },
  mop: { category: 'weapon', weightKg: 1.2, weapon: melee(1, 1.6, 0.5, 5, 0.65, 16) },
  bat: { category: 'weapon', weightKg: 1, weapon: melee(2, 1.4, 0.55, 7, 0.7, 30) },
  pipe: { category: 'weapon', weightKg: 1.5, weapon: melee(2, 1.4, 0.6, 8, 0.6, 50) },
  knife: { category: 'weapon', weightKg: 0.3, weapon: melee(2, 1.0, 0.35, 3, 0.2, 25) },
  spear: { category: 'weapon', weightKg: 1.4, weapon: melee(2, 2.0, 0.6, 5, 0.5, 24) },
  extinguisher: { category: 'weapon', weightKg: 4, weapon: { style: 'spray', damage: 0, rangeTiles: 2.5, cooldownTicks: ticks(1.2), noiseRadius: 10, knockbackTiles: 0.3, durability: 6 } },
  bow: { category: 'weapon', weightKg: 1, weapon: { style: 'bow', damage: 3, rangeTiles: 8, cooldownTicks: ticks(0.9), noiseRadius: 1.5, knockbackTiles: 0, durability: 40 } },
  arrow: { category: 'ammo', weightKg: 0.05 },
};

export const weaponOf = (kind: ItemKind): WeaponStats | undefined => CATALOG[kind].weapon;

/** How much a carried item of this kind starts with: a fresh weapon's durability, a phone's charge. */
export function freshItemFields(kind: ItemKind): { durability?: number; charge?: number } {
  const weapon = CATALOG[kind].weapon;
  if (weapon !== undefined) return { durability: weapon.durability };
  if (kind === 'phone') return { charge: 100 };
  return {};
}
