/**
 * A save that records which level object each door and item came from (version 3) brought up to
 * a changed level by those ids: a door moved to another tile keeps its state there; an item the
 * level added appears where the level places it; one it removed goes from the floor but stays in
 * the pack that picked it up. A save without the ids (version 2) falls back to matching doors by
 * their tile and keeping its items.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { Level } from '../../../../src/core/level/level';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { checkStateFits, createSimulation, migrateStateToLevel } from '../../../../src/core/sim/simulation';

const FILE = 'levels/01-classroom-wing.json';
const LEVEL_TEXT = readFileSync(FILE, 'utf8');
const SEED = 5;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function edited(edit: (map: Json) => void): Level {
  const map = JSON.parse(LEVEL_TEXT) as Json;
  edit(map);
  const parsed = parseLevel(JSON.stringify(map), FILE);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.level;
}
const objects = (map: Json, name: string): Json[] => (map['layers'] as Json[]).find((l) => l['name'] === name)!['objects'] as Json[];
const shipped = edited(() => undefined);

/**
 * A game 200 ticks into the shipped level, then: the first door (object 25, at 4,11) barricaded and
 * broken open; the water at 13,3 (object 47) and the food at 18,2 (object 46) in the first student's pack.
 */
function savedGame(): SimState {
  const sim = createSimulation(shipped, { seed: SEED });
  for (let i = 0; i < 200; i++) sim.step([]);
  const state = JSON.parse(JSON.stringify(sim.saveState())) as SimState;
  Object.assign(state.doors[0]!, { state: 'broken', health: 0, barricade: 40 });
  for (const objectId of [46, 47]) {
    const itemId = state.levelObjects.items!.find(([, object]) => object === objectId)![0];
    const at = state.items.findIndex((item) => item.id === itemId);
    const [item] = state.items.splice(at, 1);
    state.students[0]!.pack.push({ id: item!.id, kind: item!.kind, ...('durability' in item! ? { durability: item.durability } : {}) });
  }
  checkStateFits(shipped, SEED, state);
  return state;
}

/** The first door (object 25) moved to the first wall cell between two floor cells that the checker takes. */
function doorMoved(): { level: Level; tileX: number; tileY: number } {
  const { width, height, cost } = shipped.grid;
  const floor = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height && cost[y * width + x]! > 0;
  const nearDoor = (x: number, y: number): boolean => shipped.doors.some((d) => Math.abs(d.tileX - x) + Math.abs(d.tileY - y) <= 2);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      if (floor(x, y) || nearDoor(x, y) || !((floor(x - 1, y) && floor(x + 1, y)) || (floor(x, y - 1) && floor(x, y + 1)))) continue;
      try {
        const level = edited((map) => Object.assign(objects(map, 'doors')[0]!, { x: x * 16 + 8, y: y * 16 + 8 }));
        if (level.doors.length === shipped.doors.length && level.doors[0]!.tileX === x) return { level, tileX: x, tileY: y };
      } catch {
        // not a place the checker takes: try the next
      }
    }
  }
  throw new Error('no place to move the door to');
}

/** Migrated, loaded, played 300 ticks, saved and loaded again to the same game. */
function migrated(level: Level, state: SimState): { state: SimState; changes: string[] } {
  const before = JSON.stringify(state);
  const result = migrateStateToLevel(level, SEED, state);
  expect(JSON.stringify(state), 'the save itself is left as it was').toBe(before);
  const sim = createSimulation(level, { seed: SEED, state: result.state });
  for (let i = 0; i < 300 && sim.status === 'playing'; i++) sim.step(i % 40 < 15 ? [{ type: 'move', dx: 1, dy: 0 }] : []);
  const again = createSimulation(level, { seed: SEED, state: JSON.parse(JSON.stringify(sim.saveState())) as SimState });
  expect(again.stateHash()).toBe(sim.stateHash());
  return result;
}

describe('a save brought up to a changed level by its objects’ ids', () => {
  it('records the level object of every door and of every item the level placed', () => {
    const state = savedGame();
    expect(state.levelObjects.doors).toEqual([25, 26, 28, 30, 32, 33]);
    expect(state.levelObjects.items).toEqual(shipped.items.map((item, id) => [id, item.objectId]));
  });

  it('a door moved to another tile keeps its state, barricade and health there', () => {
    const { level, tileX, tileY } = doorMoved();
    const { state, changes } = migrated(level, savedGame());
    expect(changes).toContain(`door moved from 4,11 to ${tileX},${tileY}`);
    expect(state.doors[0]).toMatchObject({ id: 0, tileX, tileY, state: 'broken', health: 0, barricade: 40 });
    expect(state.levelObjects.doors).toEqual([25, 26, 28, 30, 32, 33]);
  });

  it('without recorded ids (an older save), the moved door is matched by its tile: a new door there, the old one gone', () => {
    const { level, tileX, tileY } = doorMoved();
    const old = { ...savedGame(), levelObjects: { doors: null, items: null } };
    const { state, changes } = migrated(level, old);
    expect(changes).toEqual(expect.arrayContaining([`door at ${tileX},${tileY} added`, 'door at 4,11 removed']));
    expect(state.doors[0]).toMatchObject({ tileX, tileY, state: level.doors[0]!.open ? 'open' : 'closed', barricade: 0 });
  });

  it('items the level added appear where it places them; removed ones leave the floor but stay in packs', () => {
    const level = edited((map) => {
      const items = objects(map, 'items');
      // Removed: the food at 18,2 (in the pack) and the water at 10,2 (object 49, on the floor). Added: a bandage at 14,2.
      map['layers'].find((l: Json) => l['name'] === 'items')['objects'] = items.filter((o) => o['id'] !== 46 && o['id'] !== 49);
      objects(map, 'items').push({ ...items[0], id: map['nextobjectid'], type: 'bandage', x: 14 * 16 + 8, y: 2 * 16 + 8 });
      map['nextobjectid'] += 1;
    });
    const saved = savedGame();
    expect(() => checkStateFits(level, SEED, saved)).toThrow(/levelObjects\.items/);
    const { state, changes } = migrated(level, saved);
    const idOf = (objectId: number): number => saved.levelObjects.items!.find(([, object]) => object === objectId)![0];
    expect(
      state.items.some((item) => item.id === idOf(49)),
      'the removed water on the floor',
    ).toBe(false);
    expect(state.students[0]!.pack.map((item) => item.id)).toEqual(expect.arrayContaining([idOf(46), idOf(47)]));
    const added = state.items.find((item) => item.kind === 'bandage' && item.tileX === 14 && item.tileY === 2);
    expect(added, 'the added bandage').toBeDefined();
    expect(added!.id).toBe(saved.nextItemId);
    expect(state.nextItemId).toBe(saved.nextItemId + 1);
    expect(state.levelObjects.items!.map(([, object]) => object).sort()).toEqual(level.items.map((item) => item.objectId).sort());
    expect(changes).toEqual(expect.arrayContaining([`item ${idOf(49)} (object 49) removed`, 'bandage at 14,2 (object 58) added']));
    // Loaded again on the same level: nothing more to change.
    expect(() => checkStateFits(level, SEED, state)).not.toThrow();
  });

  it('without recorded item ids (an older save), the items are kept as they are', () => {
    const level = edited((map) => {
      map['layers'].find((l: Json) => l['name'] === 'items')['objects'] = objects(map, 'items').filter((o) => o['id'] !== 49);
    });
    const saved = { ...savedGame(), levelObjects: { doors: null, items: null } };
    expect(() => checkStateFits(level, SEED, saved)).not.toThrow();
  });
});
