/**
 * What the pathfinding property tests share: the cost model written out plainly (one legal step,
 * its cost), the neighbours of a cell, and random weighted maps with start and goal cells.
 * Each test file keeps its own reference search, so no two suites lean on the same shortcut.
 */

import fc from 'fast-check';
import type { Connectivity } from '../../../src/core/grid/tile-grid';
import { createTileGrid, type TileGrid } from '../../../src/core/grid/tile-grid';

/**
 * Cost of stepping from `from` into the neighbouring `to` (10 or 10√2 times the cost of `to`), or
 * null when the step is illegal: off the grid, not a neighbour, out of or into a wall, diagonal in
 * 4-way mode, or cutting a wall corner.
 */
export function stepCost(grid: TileGrid, connectivity: Connectivity, from: number, to: number): number | null {
  const w = grid.width;
  const fx = from % w,
    fy = Math.floor(from / w),
    tx = to % w,
    ty = Math.floor(to / w);
  const dx = tx - fx,
    dy = ty - fy;
  if (to < 0 || to >= w * grid.height || Math.abs(dx) > 1 || Math.abs(dy) > 1 || (dx === 0 && dy === 0)) return null;
  const c = grid.cost[to]!;
  if (c === 0 || grid.cost[from] === 0) return null;
  if (dx !== 0 && dy !== 0) {
    if (connectivity === 4) return null;
    if (grid.cost[fy * w + tx] === 0 || grid.cost[ty * w + fx] === 0) return null;
    return 10 * Math.SQRT2 * c;
  }
  return 10 * c;
}

/** The up-to-eight cells around `cell` that are inside the grid. */
export function neighbours(grid: TileGrid, cell: number): number[] {
  const w = grid.width;
  const x = cell % w,
    y = Math.floor(cell / w);
  const out: number[] = [];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx,
        ny = y + dy;
      if ((dx !== 0 || dy !== 0) && nx >= 0 && ny >= 0 && nx < w && ny < grid.height) out.push(ny * w + nx);
    }
  }
  return out;
}

/** Cell costs as maps really have them: mostly floor, walls, some dearer tiles, the odd barricade. */
export const cellCost = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.constant(1), weight: 8 },
  { arbitrary: fc.integer({ min: 2, max: 5 }), weight: 2 },
  { arbitrary: fc.constant(255), weight: 1 },
);

/** A random map between `minSide` and `maxSide` tiles a side, with a start, a goal and a connectivity. */
export function mapQuery(minSide: number, maxSide: number) {
  return fc.record({ width: fc.integer({ min: minSide, max: maxSide }), height: fc.integer({ min: minSide, max: maxSide }) }).chain(({ width, height }) =>
    fc.record({
      width: fc.constant(width),
      height: fc.constant(height),
      costs: fc.array(cellCost, { minLength: width * height, maxLength: width * height }),
      start: fc.nat({ max: width * height - 1 }),
      goal: fc.nat({ max: width * height - 1 }),
      connectivity: fc.constantFrom<Connectivity>(4, 8),
    }),
  );
}

export function gridOf(width: number, height: number, costs: number[]): TileGrid {
  const grid = createTileGrid(width, height);
  grid.cost.set(costs);
  return grid;
}

/** True when `actual` equals `expected` to a relative 1e-9 (sums of 10√2 steps taken in another order differ in the last bits). */
export function sameCost(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}
