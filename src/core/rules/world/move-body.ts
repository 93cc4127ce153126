/**
 * Moving bodies over the grid: sliding collision against walls and steering along waypoints.
 * A body is a square of half-size `BODY_RADIUS` centred on (x, y); it may not overlap a cell
 * that cannot be entered. Speeds stay below one tile per tick, so nothing tunnels through walls.
 */

import type { TileGrid } from '../../grid/tile-grid';
import { BODY_RADIUS, CORNER_SLIDE_TILES } from '../../kernel/tuning';
import type { Body } from '../../state/world';

function blockedAt(grid: TileGrid, x: number, y: number): boolean {
  const minX = Math.floor(x - BODY_RADIUS);
  const maxX = Math.floor(x + BODY_RADIUS);
  const minY = Math.floor(y - BODY_RADIUS);
  const maxY = Math.floor(y + BODY_RADIUS);
  for (let ty = minY; ty <= maxY; ty++) {
    for (let tx = minX; tx <= maxX; tx++) {
      if (tx < 0 || ty < 0 || tx >= grid.width || ty >= grid.height) return true;
      if (grid.cost[ty * grid.width + tx] === 0) return true;
    }
  }
  return false;
}

/** Speed multiplier of the cell under a body: chairs and rubble (cost > 1) slow it down. */
export function terrainFactor(grid: TileGrid, x: number, y: number): number {
  const cost = grid.cost[Math.floor(y) * grid.width + Math.floor(x)] ?? 1;
  return cost > 1 ? 1 / Math.min(cost, 4) : 1;
}

/**
 * Moves a body by (dx, dy) tiles, axis by axis, stopping flush against walls; with `roundCorners`
 * (a student steered by hand), a body going straight that a corner stops slides round it into the
 * opening beside (see `roundCorner`). Returns the distance actually moved.
 */
export function moveBody(grid: TileGrid, body: Body, dx: number, dy: number, roundCorners = false): number {
  const startX = body.x;
  const startY = body.y;
  body.x = slide(grid, body.x, body.y, dx, true);
  body.y = slide(grid, body.x, body.y, dy, false);
  if (roundCorners && (dx === 0) !== (dy === 0) && body.x === startX && body.y === startY) roundCorner(grid, body, dx, dy);
  const movedX = body.x - startX;
  const movedY = body.y - startY;
  return Math.sqrt(movedX * movedX + movedY * movedY);
}

/**
 * Corner rounding: a body pushing straight ahead (along one axis) and stopped by the corner of a
 * door frame or a wall end slides sideways, at the same speed, toward the nearest lane ahead that is
 * open, when that lane's middle is at most `CORNER_SLIDE_TILES` to the side and the body can stand
 * there. A student aimed a little off a doorway goes through instead of stopping against the frame;
 * one pushing flat against a wall, or square on a desk in the middle of its lane, stays put.
 *
 *    ##|##        the body (o) is 0.3 tile below the doorway's middle: going up, it meets the
 *    ## o#        frame's corner and slides left into the doorway's lane, then on through it
 */
function roundCorner(grid: TileGrid, body: Body, dx: number, dy: number): void {
  const alongX = dx !== 0;
  const step = Math.abs(alongX ? dx : dy);
  const side = alongX ? body.y : body.x;
  let best: number | undefined;
  for (let lane = Math.floor(side) - 1; lane <= Math.floor(side) + 1; lane++) {
    const middle = lane + 0.5;
    const offset = Math.abs(middle - side);
    if (offset > CORNER_SLIDE_TILES || (best !== undefined && offset >= Math.abs(best - side))) continue;
    const aheadClear = alongX ? !blockedAt(grid, body.x + dx, middle) : !blockedAt(grid, middle, body.y + dy);
    const standClear = alongX ? !blockedAt(grid, body.x, middle) : !blockedAt(grid, middle, body.y);
    if (aheadClear && standClear) best = middle;
  }
  if (best === undefined) return;
  const shift = Math.sign(best - side) * Math.min(step, Math.abs(best - side));
  if (alongX) body.y = slide(grid, body.x, body.y, shift, false);
  else body.x = slide(grid, body.x, body.y, shift, true);
}

/** The furthest position along one axis, up to `delta`, that stays clear (halving the step). */
function slide(grid: TileGrid, x: number, y: number, delta: number, alongX: boolean): number {
  let position = alongX ? x : y;
  let step = delta;
  for (let attempt = 0; attempt < 6 && step !== 0; attempt++) {
    const next = position + step;
    if (!(alongX ? blockedAt(grid, next, y) : blockedAt(grid, x, next))) {
      position = next;
      if (attempt === 0) break;
    }
    step /= 2;
  }
  return position;
}

export function face(body: Body, dx: number, dy: number): void {
  const length = Math.sqrt(dx * dx + dy * dy);
  if (length < 1e-6) return;
  body.facingX = dx / length;
  body.facingY = dy / length;
}

/**
 * Steers a body along its waypoints at `speed` tiles per tick. Returns true while it still has
 * somewhere to go, false once the path is used up.
 */
export function followPath(grid: TileGrid, body: Body, speed: number): boolean {
  let budget = speed;
  while (budget > 1e-6 && body.path.length > 0) {
    const cell = body.path[0]!;
    const targetX = (cell % grid.width) + 0.5;
    const targetY = Math.floor(cell / grid.width) + 0.5;
    const dx = targetX - body.x;
    const dy = targetY - body.y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance <= budget) {
      const moved = moveBody(grid, body, dx, dy);
      face(body, dx, dy);
      budget -= distance;
      body.path.shift();
      if (moved + 1e-3 < distance) return body.path.length > 0; // pushed aside; carry on next tick
    } else {
      moveBody(grid, body, (dx / distance) * budget, (dy / distance) * budget);
      face(body, dx, dy);
      budget = 0;
    }
  }
  return body.path.length > 0;
}

export function tileOf(body: Body): { tileX: number; tileY: number } {
  return { tileX: Math.floor(body.x), tileY: Math.floor(body.y) };
}

export function cellOfBody(grid: TileGrid, body: Body): number {
  return Math.floor(body.y) * grid.width + Math.floor(body.x);
}

export function distanceBetween(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}
