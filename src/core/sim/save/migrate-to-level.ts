/**
 * A saved state made for an older version of its level, brought up to the level as it is now, where
 * that can be done without guessing; otherwise refused with the reason. Pure: the input is left as
 * it was, and the result still goes through the full check a load runs (applyState) before use.
 *
 * What identifies a level's object in a save, and what happens to it:
 * - doors and windows: their Tiled object id (`levelObjects.doors`; a save from before the ids were
 *   recorded: the tile they stand on). A saved door the level still has, of the same kind, keeps its
 *   state, health and barricade, on the tile the level now puts it; a door the level added starts as
 *   the level places it; a saved door the level no longer has is dropped (a zombie bashing it
 *   stops). Their cells in the grid follow the doors.
 * - lamps and noise makers: their list in the level's order. Same length: kept; changed: every one
 *   starts as the level places it (the save does not say which was which).
 * - walls: students, zombies, items on the floor and lures on a tile that is no longer walkable are
 *   moved to the nearest walkable tile (none within reach: refused); every path is dropped and
 *   worked out again; a changed cell the save carries onto what is now a wall is dropped.
 * - items: the level's own by their object id (`levelObjects.items`): an item the level added lies
 *   where the level places it; one it removed goes if it is still on the floor, and stays in a pack
 *   that picked it up; the others stay wherever the game moved them. Items made in play are kept. A
 *   save from before the ids were recorded keeps all its items as they are (it cannot tell which
 *   of the level's items were taken).
 * - zombies: the save's own, wherever they are and however many the level now places (they are the
 *   game in progress; a zombie the level added or removed since does not change it). Only a save
 *   with more zombies than the level allows in play (its own, plus every student turned and the
 *   hunter: check-sim-state.ts) is refused, as the horde has no room for them.
 * - refused: another level, objectives or pushable furniture that changed (progress and pushed
 *   pieces cannot be matched up).
 */

import { createDoors, walkCostOf, type Door } from '../../level/doors';
import { freshItemFields } from '../../kernel/item-catalog';
import type { Level } from '../../level/level';
import { initialLampsOn } from '../../state/world';
import { createMindsState } from '../../state/minds-state';
import type { SimState } from './sim-state-format';
import { SimStateError } from './sim-state-error';

/** How far (in tiles, square rings) a body or item in a new wall may be moved to open floor. */
export const MIGRATE_MOVE_TILES = 8;

export interface LevelMigration {
  state: SimState;
  /** What was changed, for the log (e.g. `door at 26,11 added`); the player is told only that it was brought up to date. */
  changes: string[];
}

const refuse = (path: string, reason: string): never => {
  throw new SimStateError(path, `cannot be brought up to the current level: ${reason}`, true);
};

/** Walk cost of each cell as the level is now, with the changed cells the save keeps and the migrated doors. */
function costsOf(level: Level, state: SimState): Uint8Array {
  const cost = Uint8Array.from(level.grid.cost);
  for (const [cell, value] of state.changedCells) cost[cell] = value;
  for (const door of state.doors) cost[door.tileY * level.grid.width + door.tileX] = walkCostOf(door);
  return cost;
}

/** The centre of the nearest tile with `cost > 0`, searching square rings up to MIGRATE_MOVE_TILES; undefined when none. */
function nearestOpen(cost: Uint8Array, width: number, height: number, tileX: number, tileY: number): { tileX: number; tileY: number } | undefined {
  const open = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height && cost[y * width + x]! > 0;
  for (let ring = 0; ring <= MIGRATE_MOVE_TILES; ring++) {
    let best: { tileX: number; tileY: number; d: number } | undefined;
    for (let y = tileY - ring; y <= tileY + ring; y++) {
      for (let x = tileX - ring; x <= tileX + ring; x++) {
        if (Math.max(Math.abs(x - tileX), Math.abs(y - tileY)) !== ring || !open(x, y)) continue;
        const d = (x - tileX) * (x - tileX) + (y - tileY) * (y - tileY);
        // Ties go to the first in reading order: the same save always migrates the same way.
        if (best === undefined || d < best.d) best = { tileX: x, tileY: y, d };
      }
    }
    if (best !== undefined) return { tileX: best.tileX, tileY: best.tileY };
  }
  return undefined;
}

/** The saved door each of the level's doors continues, if any: by object id when the save has them, else by tile. */
function matchDoors(state: SimState, level: Level): (Door | undefined)[] {
  const width = level.grid.width;
  const ids = state.levelObjects.doors;
  if (ids !== null && ids.length !== state.doors.length) throw new SimStateError('levelObjects.doors', `names ${ids.length} doors; the state has ${state.doors.length}`);
  if (ids !== null) {
    const byObject = new Map(state.doors.map((door, i) => [ids[i], door]));
    return level.doors.map((placed) => byObject.get(placed.objectId));
  }
  const byTile = new Map(state.doors.map((door) => [door.tileY * width + door.tileX, door]));
  return level.doors.map((placed) => byTile.get(placed.tileY * width + placed.tileX));
}

function migrateDoors(state: SimState, level: Level, changes: string[]): void {
  const width = level.grid.width;
  const fresh = createDoors(level.doors);
  const matched = matchDoors(state, level);
  const newId = new Map<number, number>();
  // Door cells take their cost from the doors (refreshed when the state is applied): drop what the save carried on any door's cell, old or new.
  const doorCells = new Set(fresh.map((door) => door.tileY * width + door.tileX));
  const doors = fresh.map((start, id) => {
    const saved = matched[id];
    if (saved === undefined || saved.kind !== start.kind) {
      changes.push(`${start.kind} at ${start.tileX},${start.tileY} added`);
      return start;
    }
    newId.set(saved.id, id);
    if (saved.tileX !== start.tileX || saved.tileY !== start.tileY) {
      changes.push(`${start.kind} moved from ${saved.tileX},${saved.tileY} to ${start.tileX},${start.tileY}`);
      doorCells.add(saved.tileY * width + saved.tileX);
    }
    return { ...saved, id, tileX: start.tileX, tileY: start.tileY };
  });
  for (const door of state.doors) {
    if (newId.has(door.id)) continue;
    changes.push(`${door.kind} at ${door.tileX},${door.tileY} removed`);
    doorCells.add(door.tileY * width + door.tileX);
  }
  state.changedCells = state.changedCells.filter(([cell]) => !doorCells.has(cell));
  state.doors = doors;
  state.levelObjects.doors = level.doors.map((door) => door.objectId);
  for (const zombie of state.zombies) {
    if (zombie.bashDoorId < 0) continue;
    const id = newId.get(zombie.bashDoorId);
    if (id !== undefined) {
      zombie.bashDoorId = id;
      continue;
    }
    // No door in its way any more: the bash rule (rules/zombies/bash.ts) ends the bash on the next tick.
    zombie.bashDoorId = -1;
  }
}

/**
 * The level's items by object id, when the save records them: one the level added is put where the
 * level places it (a new item id); one it removed goes if it still lies on the floor; one picked up
 * stays in its pack (and is no longer the level's); the rest are left as they are.
 */
function migrateItems(state: SimState, level: Level, changes: string[]): void {
  const saved = state.levelObjects.items;
  if (saved === null) return;
  const placed = new Map(level.items.map((item) => [item.objectId, item]));
  const onFloor = new Set(state.items.map((item) => item.id));
  const removed = new Set<number>();
  const kept: [number, number][] = [];
  for (const [itemId, objectId] of saved) {
    if (placed.has(objectId)) {
      kept.push([itemId, objectId]);
      continue;
    }
    if (onFloor.has(itemId)) {
      removed.add(itemId);
      changes.push(`item ${itemId} (object ${objectId}) removed`);
    }
  }
  state.items = state.items.filter((item) => !removed.has(item.id));
  const known = new Set(saved.map(([, objectId]) => objectId));
  for (const item of level.items) {
    if (known.has(item.objectId)) continue;
    const id = state.nextItemId++;
    state.items.push({ id, kind: item.kind, tileX: item.tileX, tileY: item.tileY, ...freshItemFields(item.kind) });
    kept.push([id, item.objectId]);
    changes.push(`${item.kind} at ${item.tileX},${item.tileY} (object ${item.objectId}) added`);
  }
  state.levelObjects.items = kept;
}

function migrateLists(state: SimState, level: Level, changes: string[]): void {
  if (state.objectives.length !== level.objectives.length) refuse('objectives', `the level's objectives changed (${state.objectives.length} saved, ${level.objectives.length} now)`);
  if (state.furniture.length !== level.furniture.pieces.length)
    refuse('furniture', `the level's pushable furniture changed (${state.furniture.length} pieces saved, ${level.furniture.pieces.length} now)`);
  if (state.lampsOn.length !== level.lights.length) {
    changes.push(`lights reset (${state.lampsOn.length} saved, ${level.lights.length} now)`);
    state.lampsOn = initialLampsOn(level.lights);
  }
  if (state.minds.noiseMakers.length !== level.noiseMakers.length) {
    changes.push(`noise makers reset (${state.minds.noiseMakers.length} saved, ${level.noiseMakers.length} now)`);
    state.minds.noiseMakers = createMindsState(level).noiseMakers;
  }
}

/** Bodies, floor items and lures out of the level's new walls; changed cells on new walls dropped; paths dropped. */
function migrateWalls(state: SimState, level: Level, changes: string[]): void {
  const { width, height } = level.grid;
  const bare = level.furniture.bare.cost;
  const doorCells = new Set(state.doors.map((door) => door.tileY * width + door.tileX));
  // Play changes only doors and furniture: a changed cell on what is now a plain wall is left over from the old level.
  state.changedCells = state.changedCells.filter(([cell, cost]) => cost === 0 || bare[cell]! > 0 || doorCells.has(cell) || level.furniture.gids[cell] !== 0);
  const cost = costsOf(level, state);
  const place = (path: string, tileX: number, tileY: number): { tileX: number; tileY: number } | undefined => {
    if (cost[tileY * width + tileX]! > 0) return undefined;
    const to = nearestOpen(cost, width, height, tileX, tileY);
    if (to === undefined) return refuse(path, `(${tileX}, ${tileY}) is now a wall with no open floor within ${MIGRATE_MOVE_TILES} tiles`);
    changes.push(`${path} moved out of a wall from ${tileX},${tileY} to ${to.tileX},${to.tileY}`);
    return to;
  };
  const bodies = [...state.students.map((b, i) => [`students[${i}]`, b] as const), ...state.zombies.map((b, i) => [`zombies[${i}]`, b] as const)];
  for (const [path, body] of bodies) {
    body.path = [];
    body.moving = false;
    body.repathIn = 0;
    const to = place(path, Math.floor(body.x), Math.floor(body.y));
    if (to === undefined) continue;
    body.x = to.tileX + 0.5;
    body.y = to.tileY + 0.5;
  }
  state.items.forEach((item, i) => {
    const to = place(`items[${i}]`, item.tileX, item.tileY);
    if (to !== undefined) Object.assign(item, to);
  });
  state.lures.forEach((lure, i) => {
    const to = place(`lures[${i}]`, Math.floor(lure.x), Math.floor(lure.y));
    if (to === undefined) return;
    lure.x = to.tileX + 0.5;
    lure.y = to.tileY + 0.5;
  });
  // A push under way was worked out on the old grid.
  state.push = { studentId: -1, pieceId: -1, dirX: 0, dirY: 0, ticks: 0 };
}

/**
 * `state` (of the right shape: checkSimShape) brought up to `level`, with what changed; throws a
 * SimStateError (levelChanged) saying why it cannot be. The result must still pass `applyState`.
 */
export function migrateToLevel(state: SimState, level: Level): LevelMigration {
  if (state.levelId !== level.id) throw new SimStateError('', `is for level "${state.levelId}", not "${level.id}"`);
  const next = JSON.parse(JSON.stringify(state)) as SimState;
  const changes: string[] = [];
  migrateLists(next, level, changes);
  migrateDoors(next, level, changes);
  migrateItems(next, level, changes);
  migrateWalls(next, level, changes);
  return { state: next, changes };
}
