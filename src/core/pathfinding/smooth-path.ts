/**
 * String-pulling: turns a cell-by-cell path into the few waypoints a mover steers between.
 *
 * A waypoint is dropped when the straight walk from the previous kept waypoint to the next cell is
 * walkable (no corner squeezing) and crosses no cell costlier than the dearest cell of the stretch
 * of path it replaces, so a shortcut never drags a zombie through rubble or a barricade that the
 * path went around.
 */

import { isStraightWalkable } from '../grid/line-of-sight';
import type { TileGrid } from '../grid/tile-grid';

/**
 * Returns the waypoints of `cells` (a connected path such as `findPath(...).cells`): its first and
 * last cell always, plus every cell where the straight line has to bend. Consecutive waypoints
 * are joined by a straight walk between tile centres (see `isStraightWalkable`).
 * Paths of 0, 1 or 2 cells are returned as a copy. Deterministic; O(path length × segment length).
 */
export function smoothPath(grid: TileGrid, cells: readonly number[]): number[] {
  const count = cells.length;
  if (count <= 2) return cells.slice();
  const width = grid.width;
  const cost = grid.cost;
  const waypoints: number[] = [cells[0]!];
  let anchor = cells[0]!;
  let anchorX = anchor % width;
  let anchorY = (anchor - anchorX) / width;
  let stretchMaxCost = cost[cells[1]!]!;
  for (let i = 2; i < count; i++) {
    const cell = cells[i]!;
    const withCell = Math.max(stretchMaxCost, cost[cell]!);
    const x = cell % width;
    const y = (cell - x) / width;
    if (isStraightWalkable(grid, anchorX, anchorY, x, y, withCell)) {
      stretchMaxCost = withCell;
      continue;
    }
    anchor = cells[i - 1]!;
    waypoints.push(anchor);
    anchorX = anchor % width;
    anchorY = (anchor - anchorX) / width;
    stretchMaxCost = cost[cell]!;
  }
  waypoints.push(cells[count - 1]!);
  return waypoints;
}
