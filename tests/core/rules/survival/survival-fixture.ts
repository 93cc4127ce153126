/**
 * Survival test levels: an ASCII level (tests/core/level-fixture.ts) with extra items of any kind
 * placed by tile, and student roles, through the real parser.
 */

import type { ItemKind } from '../../../../src/core/kernel/item-kinds';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { Level } from '../../../../src/core/level/level';
import type { Role } from '../../../../src/core/kernel/roles';
import { tiledFromAscii } from '../../level-fixture';

export interface ExtraItem {
  kind: ItemKind;
  tileX: number;
  tileY: number;
}

export function survivalLevel(ascii: string, items: readonly ExtraItem[] = [], roles: readonly Role[] = [], file = 'survival.json'): Level {
  const tiled = tiledFromAscii(ascii);
  const layer = (name: string) => tiled.layers.find((l) => l['name'] === name) as { objects: Record<string, unknown>[] };
  let id = 10_000;
  for (const item of items) {
    layer('items').objects.push({ id: id++, name: '', type: item.kind, x: item.tileX * 16 + 8, y: item.tileY * 16 + 8, width: 0, height: 0, point: true });
  }
  layer('students').objects.forEach((student, index) => {
    const role = roles[index];
    if (role === undefined) return;
    const properties = (student['properties'] as object[] | undefined) ?? [];
    student['properties'] = [...properties, { name: 'role', type: 'string', value: role }];
  });
  const result = parseLevel(JSON.stringify(tiled), file);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('\n'));
  return result.level;
}

/** Every item id alive in a state, where it is: floor, a student's pack, or a ringing phone. */
export function liveItems(state: {
  items: { id: number; kind: ItemKind }[];
  students: { pack: { id: number; kind: ItemKind }[] }[];
  lures: { phone?: { id: number; kind: ItemKind } }[];
}): Map<number, ItemKind> {
  const live = new Map<number, ItemKind>();
  const add = (item: { id: number; kind: ItemKind }): void => {
    if (live.has(item.id)) throw new Error(`item ${item.id} is in two places at once`);
    live.set(item.id, item.kind);
  };
  state.items.forEach(add);
  for (const student of state.students) student.pack.forEach(add);
  for (const lure of state.lures) if (lure.phone !== undefined) add(lure.phone);
  return live;
}
