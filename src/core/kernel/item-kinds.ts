/**
 * Item kinds: every thing that can lie on the floor or be carried. Level files name them as the
 * object type in the `items` layer; the catalog (catalog.ts) says what each one weighs and does.
 * Kept apart from the catalog so commands, the level schema and the catalog can all import it.
 */

export const ITEM_KINDS = [
  'food',
  'water',
  'bandage',
  'painkillers',
  'antiseptic',
  'phone',
  'battery',
  'cloth',
  'blanket',
  'plank',
  'chair',
  'desk',
  'broom',
  'mop',
  'bat',
  'pipe',
  'extinguisher',
  'knife',
  'spear',
  'bow',
  'arrow',
] as const;

/** What can lie on the floor and be carried. */
export type ItemKind = (typeof ITEM_KINDS)[number];

export const isItemKind = (value: unknown): value is ItemKind => typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);

/** Recipes a student can craft (rules/items/crafting.ts). */
export const RECIPE_IDS = ['bandage', 'spear', 'planks', 'arrows'] as const;
export type RecipeId = (typeof RECIPE_IDS)[number];
