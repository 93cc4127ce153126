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
 * Other rules change doors only through the functions here (open/close, lock, build or repair a
 * barricade, damage); each reports events and makes its noise.
 */

import type { DoorKind } from '../../level/level-schema';
import type { DoorPlacement } from '../../level/level';
import { createTileGrid, setCellCost, setCellOpaque, type TileGrid } from '../../grid/tile-grid';
import { DOORS } from '../../kernel/tuning';
import { makeNoise, type TickContext } from '../tick-context';
import type { World } from '../../state/world';

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

export function createDoorGrids(world: Pick<World, 'grid' | 'doors'>): DoorGrids {
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
export function syncDoorGrids(world: Pick<World, 'grid' | 'doors'>, grids: DoorGrids): void {
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

/** The door on a tile, or undefined. */
export function doorOnCell(world: World, cell: number): Door | undefined {
  const index = world.doorGrids.doorAt[cell] ?? -1;
  return index < 0 ? undefined : world.doors[index];
}

/** The nearest door or window within `range` tiles of (x, y), or undefined. */
export function nearestDoor(world: World, x: number, y: number, range: number = DOORS.interactRangeTiles): Door | undefined {
  let best: Door | undefined;
  let bestDistance = range;
  for (const door of world.doors) {
    const dx = door.tileX + 0.5 - x;
    const dy = door.tileY + 0.5 - y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance <= bestDistance) {
      best = door;
      bestDistance = distance;
    }
  }
  return best;
}

/** Re-applies one door to the walking grid and its copies after its state changed. */
function refresh(world: World, door: Door): void {
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

function isOccupied(world: World, door: Door): boolean {
  const inCell = (b: { x: number; y: number }): boolean => Math.floor(b.x) === door.tileX && Math.floor(b.y) === door.tileY;
  return world.students.some((s) => !s.down && inCell(s)) || world.zombies.some((z) => z.mode !== 'down' && inCell(z));
}

const centre = (door: Door): [number, number] => [door.tileX + 0.5, door.tileY + 0.5];

/**
 * Opens a closed door or window. Returns why not (locked, barricaded, broken, already open), or
 * undefined when it opened.
 */
export function openDoor(context: TickContext, door: Door, by: string): string | undefined {
  if (door.barricade > 0) return `the ${door.kind} is barricaded`;
  if (door.state === 'locked') return `the ${door.kind} is locked`;
  if (door.state !== 'closed') return `the ${door.kind} is ${door.state}`;
  door.state = 'open';
  refresh(context.world, door);
  context.events.push({ type: 'doorOpened', doorId: door.id, by });
  makeNoise(context, ...centre(door), DOORS.noise.open, 'door', by);
  return undefined;
}

/** Closes an open door or window; not while somebody stands in it. */
export function closeDoor(context: TickContext, door: Door, by: string): string | undefined {
  if (door.state !== 'open') return `the ${door.kind} is ${doorStateOf(door)}`;
  if (isOccupied(context.world, door)) return `somebody is in the ${door.kind}way`;
  door.state = 'closed';
  refresh(context.world, door);
  context.events.push({ type: 'doorClosed', doorId: door.id, by });
  makeNoise(context, ...centre(door), DOORS.noise.close, 'door', by);
  return undefined;
}

/** Locks a closed, lockable door (`locked = true`) or unlocks a locked one. */
export function setDoorLocked(context: TickContext, door: Door, locked: boolean, by: string): string | undefined {
  if (!door.lockable) return `the ${door.kind} has no lock`;
  if (locked && door.state !== 'closed') return door.state === 'locked' ? 'the door is already locked' : `close the door first (it is ${door.state})`;
  if (!locked && door.state !== 'locked') return 'the door is not locked';
  door.state = locked ? 'locked' : 'closed';
  refresh(context.world, door);
  context.events.push({ type: locked ? 'doorLocked' : 'doorUnlocked', doorId: door.id, by });
  makeNoise(context, ...centre(door), DOORS.noise.lock, 'door', by);
  return undefined;
}

/**
 * Builds a barricade over a door or window, or repairs one: adds `amount` health up to
 * `DOORS.barricadeMax`. An open door is shut first (not while somebody stands in it). Loud.
 */
export function buildBarricade(context: TickContext, door: Door, amount: number, by: string): string | undefined {
  if (!(amount > 0)) return 'nothing to build with';
  if (door.barricade >= DOORS.barricadeMax) return 'the barricade is as strong as it gets';
  if (door.state === 'open' && isOccupied(context.world, door)) return `somebody is in the ${door.kind}way`;
  if (door.state === 'open') door.state = 'closed';
  door.barricade = Math.min(DOORS.barricadeMax, door.barricade + amount);
  refresh(context.world, door);
  context.events.push({ type: 'barricadeBuilt', doorId: door.id, barricade: door.barricade, by });
  makeNoise(context, ...centre(door), DOORS.noise.build, 'hammer', by);
  return undefined;
}

/**
 * Hits a door or window for `amount` points: its barricade first, then the door itself. A door
 * at 0 breaks for good (a window shatters, loudly). Hitting an open or broken door does nothing.
 */
export function damageDoor(context: TickContext, door: Door, amount: number, by: string): void {
  if (!isDoorBlocking(door) || !(amount > 0)) return;
  let left = amount;
  if (door.barricade > 0) {
    const taken = Math.min(door.barricade, left);
    door.barricade -= taken;
    left -= taken;
    if (door.barricade === 0) {
      context.events.push({ type: 'barricadeBroken', doorId: door.id, by });
      makeNoise(context, ...centre(door), DOORS.noise.barricadeBreak, 'barricade', by);
    }
  }
  if (left > 0) door.health = Math.max(0, door.health - left);
  context.events.push({ type: 'doorHit', doorId: door.id, damage: amount, barricade: door.barricade, health: door.health, by });
  makeNoise(context, ...centre(door), DOORS.noise.bash, 'bash', by);
  if (door.health === 0) {
    door.state = 'broken';
    context.events.push({ type: 'doorBroken', doorId: door.id, kind: door.kind, by });
    makeNoise(context, ...centre(door), door.kind === 'window' ? DOORS.noise.glassBreak : DOORS.noise.doorBreak, door.kind === 'window' ? 'glass' : 'bash', by);
  }
  refresh(context.world, door);
}
