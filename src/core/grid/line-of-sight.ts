/**
 * Straight lines over the tile grid: who can see whom, and where a mover can walk straight.
 *
 * Both tests walk the segment from the centre of one tile to the centre of another and visit every
 * tile whose interior the segment crosses (a supercover walk in exact integer arithmetic, so
 * swapping the endpoints visits the same tiles and gives the same answer).
 *
 * Words:
 * - corner crossing: the segment passes exactly through the shared corner of four tiles, moving
 *   diagonally from one tile to the next without entering the two side tiles. Sight squeezes
 *   through unless BOTH side tiles are opaque; walking needs both side tiles walkable (the same
 *   no-corner-cutting rule as a diagonal path step).
 */

import type { TileGrid } from './tile-grid';
import { MAX_CELL_COST } from './tile-grid';

function isTileInside(grid: TileGrid, tileX: number, tileY: number): boolean {
  return Number.isInteger(tileX) && Number.isInteger(tileY) && tileX >= 0 && tileY >= 0 && tileX < grid.width && tileY < grid.height;
}

/**
 * True when nothing opaque lies strictly between the two tiles. The endpoint tiles never block
 * (a zombie in a doorway can be seen), a corner crossing is blocked only when both side tiles are
 * opaque. A tile always sees itself. False when either endpoint is outside the grid.
 * Symmetric: `hasLineOfSight(g, a, b) === hasLineOfSight(g, b, a)`.
 */
export function hasLineOfSight(grid: TileGrid, x0: number, y0: number, x1: number, y1: number): boolean {
  if (!isTileInside(grid, x0, y0) || !isTileInside(grid, x1, y1)) return false;
  const width = grid.width;
  const opaque = grid.opaque;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const nx = dx < 0 ? -dx : dx;
  const ny = dy < 0 ? -dy : dy;
  const sx = dx < 0 ? -1 : 1;
  const sy = dy < 0 ? -1 : 1;
  let x = x0;
  let y = y0;
  let ix = 0;
  let iy = 0;
  while (ix < nx || iy < ny) {
    // Compare where the segment crosses the next vertical vs the next horizontal grid line.
    const decision = (1 + 2 * ix) * ny - (1 + 2 * iy) * nx;
    if (decision === 0) {
      if (opaque[y * width + x + sx] === 1 && opaque[(y + sy) * width + x] === 1) return false;
      x += sx;
      y += sy;
      ix++;
      iy++;
    } else if (decision < 0) {
      x += sx;
      ix++;
    } else {
      y += sy;
      iy++;
    }
    if ((ix < nx || iy < ny) && opaque[y * width + x] === 1) return false;
  }
  return true;
}

/**
 * True when a mover can go in a straight line from the centre of tile (x0, y0) to the centre of
 * tile (x1, y1): the start tile is walkable, every other tile the segment crosses (the end tile
 * included) has a cost in `1..maxCost`, and at every corner crossing both side tiles are walkable
 * (no squeezing past a wall corner). Side tiles are passed, not entered, so their cost does not
 * count against `maxCost`.
 * False when either endpoint is outside the grid. `maxCost` defaults to any passable cost.
 */
export function isStraightWalkable(grid: TileGrid, x0: number, y0: number, x1: number, y1: number, maxCost: number = MAX_CELL_COST): boolean {
  if (!isTileInside(grid, x0, y0) || !isTileInside(grid, x1, y1)) return false;
  const width = grid.width;
  const cost = grid.cost;
  if (cost[y0 * width + x0] === 0) return false;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const nx = dx < 0 ? -dx : dx;
  const ny = dy < 0 ? -dy : dy;
  const sx = dx < 0 ? -1 : 1;
  const sy = dy < 0 ? -1 : 1;
  let x = x0;
  let y = y0;
  let ix = 0;
  let iy = 0;
  while (ix < nx || iy < ny) {
    const decision = (1 + 2 * ix) * ny - (1 + 2 * iy) * nx;
    if (decision === 0) {
      if (cost[y * width + x + sx] === 0 || cost[(y + sy) * width + x] === 0) return false;
      x += sx;
      y += sy;
      ix++;
      iy++;
    } else if (decision < 0) {
      x += sx;
      ix++;
    } else {
      y += sy;
      iy++;
    }
    const entered = cost[y * width + x]!;
    if (entered === 0 || entered > maxCost) return false;
  }
  return true;
}
