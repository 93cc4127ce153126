/**
 * Placement rules a level must keep beyond its shape: doors and windows stand in wall openings, and
 * the zombie population stays within the limits below. The limits live here and nowhere else; the
 * designers' manual (levels/README.md, "Doors and windows in walls" and "Limits") quotes them.
 */

import type { TileGrid } from '../grid/tile-grid';
import type { DoorPlacement, ItemPlacement, ZombieSpawn } from './level';
import type { JsonPath } from './level-error';

/** How many zombies a level may hold. */
export const ZOMBIE_LIMITS = {
  /** In all, on one level. */
  perLevel: 5000,
  /** Per walkable tile (floor with nothing solid on it): 0.5 is one zombie to every two tiles. */
  perWalkableTile: 0.5,
} as const;

/** How many objects a level may hold besides zombies, and how many items may lie on one tile. */
export const OBJECT_LIMITS = {
  /** Items in all, on one level. */
  itemsPerLevel: 1000,
  /** Items on one tile: a pile a student can still see and pick from. */
  itemsPerTile: 8,
  /** Objects of every kind on one level, zombies included. */
  objectsPerLevel: 8000,
} as const;

type AddError = (path: JsonPath, message: string, fix?: string) => void;

/** What the rules need to know about each cell, built with the grid. */
export interface CellFacts {
  width: number;
  height: number;
  /** 1 where the floor layer has a tile. */
  hasFloor: Uint8Array;
  /** 1 where the walls layer has a solid tile. */
  solidWall: Uint8Array;
}

const SIDES = [
  ['north', 0, -1],
  ['south', 0, 1],
  ['west', -1, 0],
  ['east', 1, 0],
] as const;

/**
 * A door or window fills a gap in a wall: the tiles on two opposite sides of it (west and east, or
 * north and south) are wall — no floor, a solid tile on the walls layer, or another door or window
 * (double doors) — and the tiles on the other two sides are open, inside the map, so it leads from
 * somewhere to somewhere. A door on open floor, in a corner, at the end of a wall or against the
 * map's edge breaks the rule.
 */
export function checkDoorsInWalls(cells: CellFacts, doors: readonly DoorPlacement[], doorPaths: readonly JsonPath[], add: AddError): void {
  const doorAt = new Set(doors.map((door) => door.tileY * cells.width + door.tileX));
  const inside = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < cells.width && y < cells.height;
  const isWall = (x: number, y: number): boolean => {
    if (!inside(x, y)) return false;
    const cell = y * cells.width + x;
    return cells.hasFloor[cell] === 0 || cells.solidWall[cell] === 1 || doorAt.has(cell);
  };
  const isOpen = (x: number, y: number): boolean => inside(x, y) && !isWall(x, y);
  doors.forEach((door, d) => {
    const { tileX: x, tileY: y } = door;
    const wall = SIDES.map(([, dx, dy]) => isWall(x + dx, y + dy));
    const open = SIDES.map(([, dx, dy]) => isOpen(x + dx, y + dy));
    const acrossNorthSouth = wall[2] && wall[3] && open[0] && open[1];
    const acrossWestEast = wall[0] && wall[1] && open[2] && open[3];
    if (acrossNorthSouth || acrossWestEast) return;
    const walls = SIDES.filter((_, i) => wall[i]).map(([name]) => name);
    const edges = SIDES.filter(([, dx, dy]) => !inside(x + dx, y + dy)).map(([name]) => name);
    const got = walls.length === 0 ? 'no wall beside it' : `walls to the ${listWords(walls)}`;
    const edge = edges.length === 0 ? '' : `, the map's edge to the ${listWords(edges)}`;
    const where = walls.length === 0 ? 'stands in the open' : 'is not in a wall opening';
    add(
      [...doorPaths[d]!, 'x'],
      `${door.kind} ${where} (got tile ${x},${y} with ${got}${edge}; expected walls on two opposite sides, west and east or north and south, and open tiles on the other two)`,
    );
  });
}

/** The zombie count against ZOMBIE_LIMITS: in all, and per walkable tile of the level. */
export function checkZombiePopulation(grid: TileGrid, zombies: readonly ZombieSpawn[], layerPath: JsonPath, add: AddError): void {
  const count = zombies.length;
  if (count > ZOMBIE_LIMITS.perLevel) {
    add(layerPath, `too many zombies (got ${count}; expected at most ${ZOMBIE_LIMITS.perLevel})`);
  }
  let walkable = 0;
  for (let cell = 0; cell < grid.cost.length; cell++) if (grid.cost[cell]! > 0) walkable++;
  const allowed = Math.floor(walkable * ZOMBIE_LIMITS.perWalkableTile);
  if (count > allowed) {
    const density = walkable === 0 ? 'no walkable tiles' : `${(count / walkable).toFixed(2)} per walkable tile`;
    add(
      layerPath,
      `too many zombies for the floor space (got ${count} on ${walkable} walkable tiles, ${density}; expected at most ${ZOMBIE_LIMITS.perWalkableTile} per walkable tile, here ${allowed})`,
    );
  }
}

/** Item counts against OBJECT_LIMITS: in all, and piled on one tile (the first tile over the limit is named). */
export function checkItemPlacement(items: readonly ItemPlacement[], layerPath: JsonPath, add: AddError): void {
  if (items.length > OBJECT_LIMITS.itemsPerLevel) {
    add(layerPath, `too many items (got ${items.length}; expected at most ${OBJECT_LIMITS.itemsPerLevel})`, 'remove items: a level needs a few dozen at most.');
  }
  const perTile = new Map<string, number>();
  for (const item of items) {
    const key = `${item.tileX},${item.tileY}`;
    const count = (perTile.get(key) ?? 0) + 1;
    perTile.set(key, count);
    if (count === OBJECT_LIMITS.itemsPerTile + 1) {
      const total = items.filter((other) => other.tileX === item.tileX && other.tileY === item.tileY).length;
      add(layerPath, `too many items on one tile (got ${total} on tile ${key}; expected at most ${OBJECT_LIMITS.itemsPerTile})`, `spread the items at tile ${key} over nearby tiles, or remove some.`);
    }
  }
}

/** All objects against OBJECT_LIMITS.objectsPerLevel, counted before any is read. */
export function checkObjectCount(count: number, add: AddError): void {
  if (count > OBJECT_LIMITS.objectsPerLevel) {
    add(
      ['layers'],
      `too many objects (got ${count} in all object layers; expected at most ${OBJECT_LIMITS.objectsPerLevel})`,
      `remove objects: zombies count too (at most ${ZOMBIE_LIMITS.perLevel}), and items, doors, lights and the rest share the remainder.`,
    );
  }
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
