/**
 * The words every search in this folder shares: a query's result, the options, the face of the
 * A* engine and of a pathfinder, the largest grid a search accepts, and the grid distance that
 * bounds a path's cost from below (the cost model is described in astar.ts).
 */

import type { Connectivity, TileGrid } from '../grid/tile-grid';

/**
 * The answer to one query.
 * - 'found': `cells` runs from the start to the goal inclusive; `cost` is its exact cost.
 * - 'partial': the goal cannot be reached (a wall, sealed off, or the expansion budget ran out);
 *   `cells` runs from the start to the expanded cell closest to the goal by the heuristic (ties:
 *   the cheaper one to reach), which may be the start itself (`cells.length === 1`).
 * - 'none': the start is outside the grid or not walkable, or the goal is not a cell of the grid;
 *   `cells` is empty and `cost` is 0.
 */
export interface PathResult {
  status: 'found' | 'partial' | 'none';
  /** Cell indices (`tileY * width + tileX`), consecutive cells are 4/8-neighbours. */
  cells: number[];
  /** Sum of the step costs along `cells` (10 or 10√2 per unit of cell cost; see astar.ts). */
  cost: number;
  /** Cells expanded by this query (work done, for budgets and benchmarks). */
  expanded: number;
}

/** Options of one query. */
export interface FindPathOptions {
  /**
   * Stop after this many expansions and return 'partial' towards the goal. Default: no limit
   * (a query never expands more cells than the grid has, so it always ends).
   */
  maxExpansions?: number;
}

export interface Pathfinder {
  /**
   * Finds the cheapest path from `startCell` to `goalCell`. Reads `grid.cost` live, so door and
   * barricade changes between queries are honoured. Same grid and inputs -> same path.
   */
  findPath(startCell: number, goalCell: number, options?: FindPathOptions): PathResult;
  /**
   * Builds the landmark table for the grid as it is now, or brings it up to date after a
   * `grid.version` change (else the first query does). Call before changing costs without
   * bumping `grid.version`, so the table comes from the real costs.
   */
  prepare(): void;
}

/** Options shared by the searches in this folder. */
export interface PathfinderOptions {
  connectivity: Connectivity;
  /**
   * How the landmark table follows the grid's changes. 'update' (the default): only cells that got
   * cheaper are touched (landmark-update.ts), so the table keeps what the grid once was. 'rebuild':
   * it is built afresh for the grid as it is, as a save loaded now would build it; the simulation
   * needs this, since ties between equally short paths break by the table, and a game must go on the
   * same after a save is loaded (a door shut after being open left the table weaker than a loaded
   * game's, and a wandering walker took the other of two equal routes: "What happened?" drifted).
   */
  table?: 'update' | 'rebuild';
}

/** What one slice of work ended with; used by the resumable search engine. */
export type SearchProgress = 'found' | 'exhausted' | 'out-of-budget';

/**
 * The resumable A* engine behind `createPathfinder` and time-sliced searches. Internal to the
 * pathfinding folder: prefer `createPathfinder` or `createPathSearch`.
 */
export interface AStarEngine {
  /** Starts a new query; returns false (and does nothing) when the query is 'none'. */
  begin(startCell: number, goalCell: number): boolean;
  /** Expands at most `budget` cells of the current query. */
  run(budget: number): SearchProgress;
  /** Builds the result of the current query after `run` ended with `progress`. */
  result(progress: SearchProgress): PathResult;
  /** Expansions done by the current query so far. */
  expandedSoFar(): number;
  /** See `Pathfinder.prepare`. */
  prepare(): void;
}

/**
 * Largest grid (in cells) the searches accept: 1024 × 1024. Landmark tables (landmarks.ts) keep
 * their lower-bound distances as 32-bit integers, which stay below 2^31 even if every cell of the
 * largest grid costs 255.
 */
export const MAX_GRID_CELLS = 1 << 20;

/** Cost of an orthogonal step into a cell of cost 1. */
export const STRAIGHT_STEP = 10;
/**
 * Cost of a diagonal step into a cell of cost 1: 10√2, the true length, as a double (`Math.sqrt`
 * and products are exact to the last bit on every engine, so sums of these are deterministic).
 */
export const DIAGONAL_STEP = STRAIGHT_STEP * Math.SQRT2;

const NONE: PathResult = Object.freeze({ status: 'none', cells: [], cost: 0, expanded: 0 }) as PathResult;

/** A fresh 'none' result (callers may mutate the arrays they get back). */
export function noPath(expanded = 0): PathResult {
  return { ...NONE, cells: [], expanded };
}

/** The cells from the search's start to `end`, read back through `parentOf` (-1 ends the chain). */
function tracePath(parentOf: (cell: number) => number, end: number): number[] {
  let length = 0;
  for (let c = end; c !== -1; c = parentOf(c)) length++;
  const cells = new Array<number>(length);
  let c = end;
  for (let i = length - 1; i >= 0; i--) {
    cells[i] = c;
    c = parentOf(c);
  }
  return cells;
}

/**
 * What a search engine answers once it stops: the path to the goal when found, else the path to the
 * nearest cell it reached (`best`, or the start itself), with its cost (`costOf`, the cell's g).
 */
export function searchResult(
  progress: SearchProgress,
  search: { start: number; goal: number; best: number; expanded: number },
  parentOf: (cell: number) => number,
  costOf: (cell: number) => number,
): PathResult {
  const { start, goal, best, expanded } = search;
  if (start < 0) return noPath();
  const end = progress === 'found' ? goal : best >= 0 ? best : start;
  return { status: progress === 'found' ? 'found' : 'partial', cells: tracePath(parentOf, end), cost: costOf(end), expanded };
}

/**
 * The octile (8-way) or Manhattan (4-way) distance between two tiles, in cost units (10 per
 * orthogonal step, 10√2 per diagonal step). A lower bound on any path cost between them.
 */
export function gridDistance(connectivity: Connectivity, dx: number, dy: number): number {
  const ax = dx < 0 ? -dx : dx;
  const ay = dy < 0 ? -dy : dy;
  if (connectivity === 4) return STRAIGHT_STEP * (ax + ay);
  return ax > ay ? STRAIGHT_STEP * (ax - ay) + DIAGONAL_STEP * ay : STRAIGHT_STEP * (ay - ax) + DIAGONAL_STEP * ax;
}

/** The one cost every walkable cell of `grid` has, or 0 when they differ (or none is walkable). */
export function uniformCost(grid: TileGrid): number {
  const cost = grid.cost;
  let common = 0;
  for (let c = 0; c < cost.length; c++) {
    const here = cost[c]!;
    if (here === 0 || here === common) continue;
    if (common !== 0) return 0;
    common = here;
  }
  return common;
}
