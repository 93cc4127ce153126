/**
 * A* over a `TileGrid`, optimal under the project's cost model, with all memory allocated once.
 *
 * Cost model (shared by every search in `pathfinding/`):
 * - stepping into a neighbouring cell `c` costs `10 * cost[c]` orthogonally and `10√2 * cost[c]`
 *   diagonally (`STRAIGHT_STEP`, `DIAGONAL_STEP`: the true lengths, so an 8-way path is the
 *   shortest in real distance); `cost[c] === 0` means `c` cannot be entered;
 * - diagonal steps exist only with 8-way connectivity, and only when BOTH orthogonally adjacent
 *   cells are walkable (no corner cutting);
 * - the heuristic is the larger of the octile distance (4-way: Manhattan) times the smallest
 *   possible cell cost (1) and the landmark bounds of `landmarks.ts`; both are admissible and
 *   consistent, so every 'found' path is optimal and no cell is expanded twice.
 * - exact ties: a cost is kept as two integers, the summed cell costs of its straight steps and
 *   of its diagonal steps, and turned into a double as `10 * straight + 10√2 * diagonal` (f the
 *   same way, with the heuristic's own two parts). Equal costs are then equal doubles (√2 is
 *   irrational, so two costs are equal only when both parts are), and A*'s preference for the
 *   deeper of equal-f cells works as on integers: on open floors it walks straight to the goal
 *   instead of opening every cell of the equally short band of paths.
 *   Each engine builds the landmark table of its grid on its first query (or `prepare`), and
 *   after a `grid.version` change brings it up to date in place (landmark-update.ts: only
 *   where a cell got cheaper, and only as far as distances drop).
 *
 * - 8-way queries without a budget on a grid whose walkable cells all cost the same go by jump
 *   point search (jump-points.ts): the same optimal cost, far fewer cells expanded.
 * - the 8-way engine and jump point search share their records, open list, heuristic and result
 *   (search-nodes.ts); they differ only in a cell's successors.
 *
 * Words:
 * - expansion: taking the best open cell off the open list and relaxing its neighbours; the unit of
 *   work that `maxExpansions` and time-sliced budgets count.
 */

import type { TileGrid } from '../grid/tile-grid';
import { keepLandmarkTable } from './landmark-update';
import type { LandmarkTable } from './landmarks';
import { createFourWayEngine } from './astar-four-way';
import { createJumpEngine } from './jump-points';
import { MAX_GRID_CELLS, noPath, type AStarEngine, type PathResult, type Pathfinder, type PathfinderOptions, type SearchProgress, uniformCost } from './path-types';
import { beginSearch, createSearch, G_DIAGONAL, G_STRAIGHT, NODE_FIELDS, offer, searchAnswer, stopOf, takeBest, type Search } from './search-nodes';

/**
 * Creates the engine for `grid`; all per-cell memory is allocated here, once. 4-way searches get
 * the bucket-queue engine of astar-four-way.ts (whole-number costs), 8-way ones this one.
 */
export function createAStarEngine(grid: TileGrid, options: PathfinderOptions, landmarkTable = keepLandmarkTable(grid, options.connectivity, options.table)): AStarEngine {
  return options.connectivity === 4 ? createFourWayEngine(grid) : createEightWayEngine(grid, landmarkTable);
}

/**
 * The 8-way expansion loop, one function for every engine (see jump-points.ts's `runJumps` for why
 * not a closure per engine). Out-of-grid neighbours read as cost 0, which also guards the
 * diagonals; neighbours are offered in the order N, E, S, W, then NE, SE, SW, NW.
 */
function runNeighbours(s: Search, grid: TileGrid, budget: number): SearchProgress {
  const w = grid.width;
  const lastRow = grid.height - 1;
  const lastColumn = w - 1;
  const cost = grid.cost;
  const nodes = s.nodes;
  for (let left = budget; ; left--) {
    const cell = takeBest(s, left);
    if (cell < 0) return stopOf(cell);
    const at = cell * NODE_FIELDS;
    const straight = nodes[at + G_STRAIGHT]!;
    const slanted = nodes[at + G_DIAGONAL]!;
    const y = (cell / w) | 0;
    const x = cell - y * w;
    const north = y > 0 ? cost[cell - w]! : 0;
    const south = y < lastRow ? cost[cell + w]! : 0;
    const west = x > 0 ? cost[cell - 1]! : 0;
    const east = x < lastColumn ? cost[cell + 1]! : 0;
    if (north !== 0) offer(s, cell - w, cell, straight + north, slanted);
    if (east !== 0) offer(s, cell + 1, cell, straight + east, slanted);
    if (south !== 0) offer(s, cell + w, cell, straight + south, slanted);
    if (west !== 0) offer(s, cell - 1, cell, straight + west, slanted);
    // No corner cutting: both orthogonal cells on the way must be open.
    if (north !== 0 && east !== 0 && cost[cell - w + 1] !== 0) offer(s, cell - w + 1, cell, straight, slanted + cost[cell - w + 1]!);
    if (south !== 0 && east !== 0 && cost[cell + w + 1] !== 0) offer(s, cell + w + 1, cell, straight, slanted + cost[cell + w + 1]!);
    if (south !== 0 && west !== 0 && cost[cell + w - 1] !== 0) offer(s, cell + w - 1, cell, straight, slanted + cost[cell + w - 1]!);
    if (north !== 0 && west !== 0 && cost[cell - w - 1] !== 0) offer(s, cell - w - 1, cell, straight, slanted + cost[cell - w - 1]!);
  }
}

/** The 8-way engine (see the header); all its memory is allocated here, once. */
function createEightWayEngine(grid: TileGrid, landmarkTable: () => LandmarkTable): AStarEngine {
  if (grid.width * grid.height > MAX_GRID_CELLS) throw new RangeError(`grid of ${grid.width * grid.height} cells exceeds ${MAX_GRID_CELLS}`);
  const search = createSearch(grid.width, grid.height, true);
  return {
    begin: (start: number, goal: number): boolean => beginSearch(search, grid.cost, start, goal, landmarkTable, 0),
    run: (budget: number): SearchProgress => (search.start < 0 ? 'exhausted' : runNeighbours(search, grid, budget)),
    result: (progress: SearchProgress): PathResult => searchAnswer(search, progress),
    expandedSoFar: () => search.expanded,
    prepare: () => void landmarkTable(),
  };
}

/**
 * Creates a reusable pathfinder for `grid` (at most MAX_GRID_CELLS cells, else RangeError).
 * Allocates about 36 bytes per cell once; after that a
 * query costs only the cells it expands (no per-query reset, no per-cell objects).
 * The grid's size is fixed; its costs are read live at every query.
 */
export function createPathfinder(grid: TileGrid, options: PathfinderOptions): Pathfinder {
  const landmarkTable = keepLandmarkTable(grid, options.connectivity, options.table);
  const engine = createAStarEngine(grid, options, landmarkTable);
  // 8-way queries without a budget, while every walkable cell costs the same, go to jump point
  // search (jump-points.ts; its expansions are not the cells a budget counts). A goal it cannot
  // reach is answered by the A* above, whose 'partial' result names the closest expanded cell.
  let jumps: AStarEngine | undefined;
  let checkedVersion = -1;
  let uniform = false;
  return {
    findPath(startCell, goalCell, queryOptions) {
      const budget = queryOptions?.maxExpansions ?? Infinity;
      if (options.connectivity === 8 && budget === Infinity) {
        if (grid.version !== checkedVersion) {
          checkedVersion = grid.version;
          uniform = uniformCost(grid) !== 0;
        }
        if (uniform) {
          jumps ??= createJumpEngine(grid, landmarkTable);
          if (!jumps.begin(startCell, goalCell)) return noPath();
          const progress = jumps.run(Infinity);
          if (progress === 'found') return jumps.result(progress);
        }
      }
      if (!engine.begin(startCell, goalCell)) return noPath();
      return engine.result(engine.run(budget));
    },
    prepare: engine.prepare,
  };
}
