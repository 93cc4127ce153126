/**
 * Crafting: a recipe turns carried items into others, at once, with some noise. Ingredients are
 * spent (`itemSpent` reason crafted), results made (`itemMade`); a tool (the knife for arrows) is
 * kept but wears by one use. The science club crafts quieter and makes weapons that last longer.
 */

import type { RecipeId } from '../../kernel/item-kinds';
import { CRAFT } from '../../kernel/tuning';
import { ROLE } from '../../kernel/roles';
import { makeNoise, type TickContext } from '../tick-context';
import type { Student } from '../../state/world';
import { CATALOG, freshItemFields } from '../../kernel/item-catalog';
import { carryLimit, countCarried, findCarried, makeItem, packWeight, spendItem } from './inventory';
import type { ItemKind } from '../../kernel/item-kinds';

export interface Recipe {
  /** Spent. */
  needs: Partial<Record<ItemKind, number>>;
  /** Kept, but wears by one use. */
  tool?: ItemKind;
  makes: Partial<Record<ItemKind, number>>;
  loud: boolean;
}

export const RECIPES: Record<RecipeId, Recipe> = {
  bandage: { needs: { cloth: 1 }, makes: { bandage: 1 }, loud: false },
  spear: { needs: { mop: 1, knife: 1 }, makes: { spear: 1 }, loud: false },
  planks: { needs: { chair: 1 }, makes: { plank: 2 }, loud: true },
  arrows: { needs: { plank: 1 }, tool: 'knife', makes: { arrow: 4 }, loud: false },
};

const entries = (counts: Partial<Record<ItemKind, number>>): [ItemKind, number][] => Object.entries(counts) as [ItemKind, number][];

/** Why the student cannot craft this now, or undefined when they can. */
export function craftBlocker(student: Pick<Student, 'pack' | 'role' | 'fatigue'>, recipe: Recipe): string | undefined {
  for (const [kind, count] of entries(recipe.needs)) {
    if (countCarried(student, kind) < count) return `needs ${count} ${kind}`;
  }
  if (recipe.tool !== undefined && findCarried(student, recipe.tool) === undefined) return `needs a ${recipe.tool}`;
  let change = 0;
  for (const [kind, count] of entries(recipe.makes)) change += CATALOG[kind].weightKg * count;
  for (const [kind, count] of entries(recipe.needs)) change -= CATALOG[kind].weightKg * count;
  // Only a result heavier than what it uses can be too heavy: an exhausted student over the limit may still craft.
  if (change > 0 && packWeight(student) + change > carryLimit(student) + 1e-9) return 'the result would be too heavy to carry';
  return undefined;
}

export function craft(context: TickContext, student: Student, recipeId: RecipeId): string | undefined {
  const recipe = RECIPES[recipeId];
  const blocker = craftBlocker(student, recipe);
  if (blocker !== undefined) return `cannot craft ${recipeId}: ${blocker}`;
  const role = ROLE[student.role];
  for (const [kind, count] of entries(recipe.needs)) {
    for (let i = 0; i < count; i++) spendItem(context.events, student, findCarried(student, kind)!.id, 'crafted');
  }
  if (recipe.tool !== undefined) {
    const tool = findCarried(student, recipe.tool)!;
    if (tool.durability !== undefined && --tool.durability <= 0) spendItem(context.events, student, tool.id, 'broke');
  }
  for (const [kind, count] of entries(recipe.makes)) {
    for (let i = 0; i < count; i++) {
      const fields = freshItemFields(kind);
      if (fields.durability !== undefined) fields.durability = Math.round(fields.durability * role.craftedDurabilityFactor);
      makeItem(context.world, context.events, student, kind, fields);
    }
  }
  const radius = (recipe.loud ? CRAFT.loudNoiseRadius : CRAFT.noiseRadius) * role.craftNoiseFactor;
  makeNoise(context, student.x, student.y, radius, 'craft', `student:${student.id}`);
  context.events.push({ type: 'itemCrafted', recipe: recipeId, studentId: student.id });
  return undefined;
}
