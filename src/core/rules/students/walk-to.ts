/**
 * A walk to a tapped or clicked tile: the way a player means. One search on the door-aware grid
 * (`doorGrids.hunter`: a closed door the student can open is a way, a locked or barricaded one is
 * not) with some tiles made dearer for that search only:
 * - ground the group has not explored costs `UNKNOWN_EXTRA_COST` more a tile, so the walk keeps to
 *   rooms the player has seen and enters the unknown only where it must or saves a long way;
 * - a closed door costs `DOOR_SAVES_TILES` tiles, so the open way is taken unless the door saves
 *   more than that (a player who taps the room beyond a door wants that door, not a tour of the wing);
 * - the tiles round the zombies near the student cost more (orders.ts `raiseNearZombies`).
 * A goal that cannot be reached is walked towards as far as the way goes (up to a locked door).
 * On the way, a closed door next on the path is opened (a tick of its own, with the door's noise);
 * a locked or barricaded one ends the walk there. walk-watch.ts stops the walk when a zombie comes
 * into sight.
 */

import { isDoorBlocking, syncDoorGrids } from '../../level/doors';
import type { TileGrid } from '../../grid/tile-grid';
import { smoothPath } from '../../pathfinding/smooth-path';
import { routeOnDoorGrid, type TickContext } from '../tick-context';
import type { Student } from '../../state/world';
import { openDoor } from '../world/doors';
import { raiseNearZombies, restoreCosts } from './orders';
import { startWalkWatch } from './walk-watch';

/** Search budget of a tapped walk (cells expanded). */
export const WALK_TO_BUDGET = 6000;
/** A route through a closed door is taken when it is this many tiles shorter than the open way. */
export const DOOR_SAVES_TILES = 4;
/** Extra cost of a tile the group has not explored (a known tile costs 1). */
export const UNKNOWN_EXTRA_COST = 2;

/** Plans the controlled student's walk to a tile and starts watching for zombies; false when there is no step to make. */
export function planTappedWalk(context: TickContext, student: Student, tileX: number, tileY: number): boolean {
  const planned = planWalk(context, student, tileX, tileY);
  if (planned) startWalkWatch(context.world);
  return planned;
}

/** Plans (or plans again) the walk to a tile, as the module header says; false, with no path, when no step can be made. */
export function planWalk(context: TickContext, student: Student, tileX: number, tileY: number): boolean {
  const { world } = context;
  syncDoorGrids(world, world.doorGrids);
  const grid = world.doorGrids.hunter;
  const search = routeOnDoorGrid(context, 'hunter');
  // The search's landmark table must come from the real costs: build (or reuse) it before raising any.
  search.prepare();
  const goal = tileY * grid.width + tileX;
  const raised: number[] = [];
  raiseForWalk(context, grid, goal, raised);
  raiseNearZombies(world, grid, student, goal, raised);
  const start = Math.floor(student.y) * grid.width + Math.floor(student.x);
  const result = search.findPath(start, goal, { maxExpansions: WALK_TO_BUDGET });
  const found = result.status !== 'none' && result.cells.length >= 2;
  // Smoothed on the raised costs, so a shortcut never crosses the unknown or a zombie's side that the path went round.
  student.path = found ? waypoints(context, grid, result.cells).slice(1) : [];
  restoreCosts(grid, raised);
  return found;
}

/** Raises the unexplored tiles and the closed doors of `grid` (not the goal) for one walk's search. */
function raiseForWalk(context: TickContext, grid: TileGrid, goal: number, raised: number[]): void {
  const { explored } = context.world;
  const cost = grid.cost;
  for (let cell = 0; cell < cost.length; cell++) {
    const old = cost[cell]!;
    if (old === 0 || old === 255 || cell === goal) continue;
    const door = blockingDoorOn(context, cell);
    const extra = (door ? DOOR_SAVES_TILES : 0) + (explored[cell] === 1 ? 0 : UNKNOWN_EXTRA_COST);
    if (extra === 0) continue;
    raised.push(cell, old);
    cost[cell] = Math.min(254, old + extra);
  }
}

/** The waypoints of a searched path: smoothed between the closed doors on it, each door a waypoint of its own (openDoorAhead opens it). */
function waypoints(context: TickContext, grid: TileGrid, cells: readonly number[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (let i = 0; i <= cells.length; i++) {
    if (i < cells.length && !blockingDoorOn(context, cells[i]!)) continue;
    if (i > from) out.push(...smoothPath(grid, cells.slice(from, i)));
    if (i < cells.length) out.push(cells[i]!);
    from = i + 1;
  }
  return out;
}

/**
 * Before a step along a walk: opens the closed door that is the next cell of the path. Returns
 * true when the student may walk on this tick (nothing to open), false when this tick went on the
 * door (opened, or the walk ends at a door that will not open).
 */
export function openDoorAhead(context: TickContext, student: Student): boolean {
  const next = student.path[0];
  if (next === undefined || !blockingDoorOn(context, next)) return true;
  const door = context.world.doors[context.world.doorGrids.doorAt[next]!]!;
  if (openDoor(context, door, `student:${student.id}`) !== undefined) student.path = [];
  return false;
}

function blockingDoorOn(context: TickContext, cell: number): boolean {
  const index = context.world.doorGrids.doorAt[cell]!;
  return index >= 0 && isDoorBlocking(context.world.doors[index]!);
}
