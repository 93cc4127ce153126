/**
 * A walk to a tapped or clicked tile: the way a player means, through the doors in it. The walk is
 * planned round the zombies near the student on the open ground (orders.ts `planAround`); a route
 * through a closed door the student can open is taken instead when there is no open way or the door
 * saves more than `DOOR_SAVES_TILES` tiles (a player who taps the room beyond a door wants that
 * door, not a tour of the wing). On the way, a closed door next on the path is opened (a tick of
 * its own, with the door's noise); a locked or barricaded one ends the walk there.
 */

import { isDoorBlocking } from '../../level/doors';
import { routeOnDoorGrid, type TickContext } from '../tick-context';
import type { Student } from '../../state/world';
import { openDoor } from '../world/doors';
import { planAround } from './orders';

/** Search budget of a tapped walk (cells expanded). */
export const WALK_TO_BUDGET = 6000;
/** A route through a closed door is taken when it is this many tiles shorter than the open way. */
export const DOOR_SAVES_TILES = 4;

/** Plans the controlled student's walk to a tile; false when there is no way there. */
export function planTappedWalk(context: TickContext, student: Student, tileX: number, tileY: number): boolean {
  const { grid } = context.world;
  const open = planAround(context, student, tileX, tileY, WALK_TO_BUDGET);
  const openPath = student.path;
  const start = Math.floor(student.y) * grid.width + Math.floor(student.x);
  const route = routeOnDoorGrid(context, 'hunter').findPath(start, tileY * grid.width + tileX, { maxExpansions: WALK_TO_BUDGET });
  if (route.status !== 'found' || route.cells.length < 2 || !route.cells.some((cell) => blockingDoorOn(context, cell))) return open;
  // The open way's length in tiles: a smoothed path skips cells, so count its corners' distances.
  if (open && routeTiles(grid.width, start, openPath) <= routeTiles(grid.width, start, route.cells.slice(1)) + DOOR_SAVES_TILES) return true;
  student.path = route.cells.slice(1);
  return true;
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

function routeTiles(width: number, start: number, cells: readonly number[]): number {
  let tiles = 0;
  let from = start;
  for (const cell of cells) {
    const dx = (cell % width) - (from % width);
    const dy = Math.floor(cell / width) - Math.floor(from / width);
    tiles += Math.sqrt(dx * dx + dy * dy);
    from = cell;
  }
  return tiles;
}
