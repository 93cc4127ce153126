/**
 * Doors, windows and barricades: world entities, one tile each, read from the level's `doors`
 * layer. Their state decides what the tile is to everybody else:
 *
 *   state        walk        sight       sound            zombie route
 *   open         yes (1)     clear       as floor         as floor
 *   closed       no          door: no    muffled          bash through (DOORS.bashCost)
 *                            window: yes (glass)
 *   locked       no          no          muffled          bash through, dearer
 *   broken       yes (3)     clear       as floor         as floor
 *   barricaded   no          no          muffled more     bash through, dearest
 *
 * "Barricaded" is not stored: it is any door or window with barricade health above 0; the
 * barricade is hit first, then the door. A door with health 0 is broken for good.
 *
 * Grids: `world.grid` is the walking grid (blocked doors cost 0, so nobody walks or paths through
 * them). Zombies route on `doorGrids.nav`, where a blocked door costs a bash instead, so a horde
 * heads for the door in its way and bashes it; the halfbie hunter routes on `doorGrids.hunter`,
 * where closed doors it can open are passable and locked or barricaded ones are not. Both are
 * copies of the walking grid rebuilt when its version changes (rare: a door, a barricade).
 * `doorGrids.muffle` gives the noise spreader each door tile's extra sound distance.
 *
 * This module holds the doors as data and what their state does to the grids; the level reads it
 * when it is checked, the world when it is made. Rules change doors only through
 * rules/world/doors.ts (open/close, lock, build or repair a barricade, damage), which reports
 * events and makes the noise.
 */

import type { DoorKind } from './level-words';
import type { DoorPlacement } from './level';
import { createTileGrid, setCellCost, setCellOpaque, type TileGrid } from '../grid/tile-grid';
import { DOORS } from '../kernel/tuning-world';

/** What the door grids are made from: the walking grid and the doors on it (a world, or a level being checked). */
export interface DoorsOnGrid {
  grid: TileGrid;
  doors: readonly Door[];
}

export type DoorBaseState = 'open' | 'closed' | 'locked' | 'broken';
export type DoorState = DoorBaseState | 'barricaded';

export interface Door {
  id: number;
  kind: DoorKind;
  tileX: number;
  tileY: number;
  /** Open, closed, locked or broken; a barricade on top makes it `barricaded` (see `doorStateOf`). */
  state: DoorBaseState;
  health: number;
  maxHealth: number;
  barricade: number;
  lockable: boolean;
}

export interface DoorGrids {
  /** Zombie routing: blocked doors cost a bash instead of being walls. */
  nav: TileGrid;
  /** The hunter's routing: closed doors it can open are passable, locked and barricaded are not. */
  hunter: TileGrid;
  /** Extra sound distance of each cell in tenths of a tile; -1 where the cell is not a door. */
  muffle: Int16Array;
  /** Door index on each cell, -1 elsewhere. */
  doorAt: Int32Array;
  /** `world.grid.version` the copies were made from. */
  syncedVersion: number;
}

export function createDoors(placements: readonly DoorPlacement[]): Door[] {
  return placements.map((p, id) => ({
    id,
    kind: p.kind,
    tileX: p.tileX,
    tileY: p.tileY,
    state: p.open ? 'open' : p.locked && p.kind === 'door' ? 'locked' : 'closed',
    health: p.strength,
    maxHealth: p.strength,
    barricade: Math.min(p.barricade, DOORS.barricadeMax),
    lockable: p.kind === 'door' && p.lockable,
  }));
}

export function doorStateOf(door: Door): DoorState {
  return door.barricade > 0 ? 'barricaded' : door.state;
}

/** True when nobody can walk through: closed, locked or barricaded. */
export function isDoorBlocking(door: Door): boolean {
  return door.barricade > 0 || door.state === 'closed' || door.state === 'locked';
}

function isDoorOpaque(door: Door): boolean {
  if (door.barricade > 0) return true;
  return door.kind === 'door' && (door.state === 'closed' || door.state === 'locked');
}

/** Walking cost of the door's tile (0 = blocked). */
export function walkCostOf(door: Door): number {
  if (isDoorBlocking(door)) return 0;
  if (door.state === 'broken') return DOORS.brokenCost;
  return door.kind === 'window' ? DOORS.openWindowCost : 1;
}

function bashCostOf(door: Door): number {
  if (!isDoorBlocking(door)) return walkCostOf(door);
  if (door.barricade > 0) return DOORS.bashCost.barricade;
  if (door.kind === 'window') return DOORS.bashCost.pane;
  return door.state === 'locked' ? DOORS.bashCost.locked : DOORS.bashCost.door;
}

function hunterCostOf(door: Door): number {
  if (door.kind === 'door' && door.state === 'closed' && door.barricade === 0) return 2;
  return walkCostOf(door);
}

function muffleOf(door: Door): number {
  if (door.barricade > 0) return DOORS.muffleTiles.barricade * 10;
  if (door.state === 'open' || door.state === 'broken') return 0;
  return (door.kind === 'window' ? DOORS.muffleTiles.pane : DOORS.muffleTiles.door) * 10;
}

/** Writes the doors' walking cost and opacity into a grid (the level's, at load, or the world's). */
export function applyDoorsToGrid(grid: TileGrid, doors: readonly Door[]): void {
  for (const door of doors) {
    const cell = door.tileY * grid.width + door.tileX;
    setCellCost(grid, cell, walkCostOf(door));
    setCellOpaque(grid, cell, isDoorOpaque(door));
  }
}

export function createDoorGrids(world: DoorsOnGrid): DoorGrids {
  const { grid } = world;
  const copy = (): TileGrid => createTileGrid(grid.width, grid.height);
  const doorAt = new Int32Array(grid.width * grid.height).fill(-1);
  const muffle = new Int16Array(grid.width * grid.height).fill(-1);
  world.doors.forEach((door, index) => {
    doorAt[door.tileY * grid.width + door.tileX] = index;
  });
  const grids: DoorGrids = { nav: copy(), hunter: copy(), muffle, doorAt, syncedVersion: -1 };
  syncDoorGrids(world, grids);
  return grids;
}

/** Brings the routing copies and the muffle map up to date with the walking grid and the doors. */
export function syncDoorGrids(world: DoorsOnGrid, grids: DoorGrids): void {
  const { grid, doors } = world;
  if (grids.syncedVersion === grid.version) return;
  grids.syncedVersion = grid.version;
  for (const target of [grids.nav, grids.hunter]) {
    target.cost.set(grid.cost);
    target.opaque.set(grid.opaque);
    target.version++;
  }
  for (const door of doors) {
    const cell = door.tileY * grid.width + door.tileX;
    grids.nav.cost[cell] = bashCostOf(door);
    grids.hunter.cost[cell] = hunterCostOf(door);
    grids.muffle[cell] = muffleOf(door);
  }
}

/** Re-applies one door to the walking grid and its copies after its state changed. */
export function refreshDoor(world: DoorsOnGrid & { doorGrids: DoorGrids }, door: Door): void {
  applyDoorsToGrid(world.grid, [door]);
  const grids = world.doorGrids;
  if (grids.syncedVersion !== world.grid.version) {
    syncDoorGrids(world, grids);
    return;
  }
  // The walking grid did not change (a barricade worn down to the closed door under it), but
  // what the door costs zombies or muffles may have.
  const cell = door.tileY * world.grid.width + door.tileX;
  setCellCost(grids.nav, cell, bashCostOf(door));
  setCellCost(grids.hunter, cell, hunterCostOf(door));
  grids.muffle[cell] = muffleOf(door);
}
