/**
 * A* over a `TileGrid`, optimal under the project's cost model, with all memory allocated once.
 *
 * Cost model (shared by every search in `pathfinding/`):
 * - stepping into a neighbouring cell `c` costs `10 * cost[c]` orthogonally and `14 * cost[c]`
 *   diagonally (exact integers); `cost[c] === 0` means `c` cannot be entered;
 * - diagonal steps exist only with 8-way connectivity, and only when BOTH orthogonally adjacent
 *   cells are walkable (no corner cutting);
 * - the heuristic is the larger of the octile distance (4-way: Manhattan) with weights 10/14 times
 *   the smallest possible cell cost (1) and the landmark bounds of `landmarks.ts`; both are
 *   admissible and consistent, so every 'found' path is optimal and no cell is expanded twice.
 *   The landmark tables are built on the first query after each `grid.version` change
 *   (O(8 × cells) once, shared by all searches on the grid).
 *
 * Words:
 * - expansion: taking the best open cell off the open list and relaxing its neighbours; the unit of
 *   work that `maxExpansions` and time-sliced budgets count.
 * - generation: a per-query stamp, so per-cell arrays never need resetting between queries.
 */

import type { TileGrid } from '../grid/tile-grid';
import { landmarksOf, UNREACHED } from './landmarks';

/** 4 = orthogonal steps only; 8 = orthogonal and diagonal steps (diagonals never cut corners). */
export type Connectivity = 4 | 8;

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
  /** Sum of the step costs along `cells` (10/14 per unit of cell cost). */
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
}

/** Options shared by the searches in this folder. */
export interface PathfinderOptions {
  connectivity: Connectivity;
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
}

const BUCKETS = 8192;
const BUCKET_MASK = BUCKETS - 1;

/**
 * Largest grid (in cells) the searches accept: path costs must stay below 2^31 even if every cell
 * costs 255 (at most 14 * 255 per step).
 */
export const MAX_GRID_CELLS = 600_000;

const NONE: PathResult = Object.freeze({ status: 'none', cells: [], cost: 0, expanded: 0 }) as PathResult;

/** A fresh 'none' result (callers may mutate the arrays they get back). */
export function noPath(expanded = 0): PathResult {
  return { ...NONE, cells: [], expanded };
}

/**
 * The octile (8-way) or Manhattan (4-way) distance between two tiles, in cost units (10 per
 * orthogonal step, 14 per diagonal step). A lower bound on any path cost between them.
 */
export function gridDistance(connectivity: Connectivity, dx: number, dy: number): number {
  const ax = dx < 0 ? -dx : dx;
  const ay = dy < 0 ? -dy : dy;
  if (connectivity === 4) return 10 * (ax + ay);
  return ax > ay ? 10 * ax + 4 * ay : 10 * ay + 4 * ax;
}

/** Creates the engine; all per-cell memory is allocated here, once. */
export function createAStarEngine(grid: TileGrid, options: PathfinderOptions): AStarEngine {
  const width = grid.width;
  const height = grid.height;
  const size = width * height;
  const diagonal = options.connectivity === 8;
  const cost = grid.cost;
  if (size > MAX_GRID_CELLS) throw new RangeError(`grid of ${size} cells exceeds ${MAX_GRID_CELLS}`);

  // stamp[c] === openMark: g/parent/f valid, c is open; === openMark + 1: c is closed.
  const stamp = new Uint32Array(size);
  // Path costs stay below 2^31 (MAX_GRID_CELLS), and f = g + h below 2^32.
  const g = new Int32Array(size);
  const f = new Uint32Array(size);
  const parent = new Int32Array(size);
  // Open cells sit in a ring of buckets by f (an integer; with a consistent heuristic every open f
  // lies within one step's cost plus one step's heuristic change, <= 2 * 14 * 255 < 8192, of the
  // smallest), each bucket a doubly linked list taken newest-first, which favours the deeper of
  // equal-f cells.
  const bucketHead = new Int32Array(BUCKETS).fill(-1);
  const linkNext = new Int32Array(size);
  const linkPrev = new Int32Array(size);
  let openCount = 0;
  let lowestF = 0;
  let openMark = 0;

  let startCell = -1;
  let goalCell = -1;
  let goalX = 0;
  let goalY = 0;
  let expanded = 0;
  let bestCell = -1;
  let bestH = Infinity;
  let bestG = Infinity;
  // Landmarks of the current query: how many, their table, and sym(landmark, goal) for each.
  let landmarkCount = 0;
  let landmarkStride = 0;
  let landmarkDistance: Int32Array = new Int32Array(0);
  const activeLandmark = new Int32Array(16);
  const goalDistance = new Int32Array(16);

  function pushOpen(cell: number, key: number): void {
    const bucket = key & BUCKET_MASK;
    const head = bucketHead[bucket]!;
    linkNext[cell] = head;
    linkPrev[cell] = -1;
    if (head !== -1) linkPrev[head] = cell;
    bucketHead[bucket] = cell;
    openCount++;
  }

  function removeOpen(cell: number, key: number): void {
    const before = linkPrev[cell]!;
    const after = linkNext[cell]!;
    if (before === -1) bucketHead[key & BUCKET_MASK] = after;
    else linkNext[before] = after;
    if (after !== -1) linkPrev[after] = before;
    openCount--;
  }

  /** The open cell to expand next (open set must not be empty); advances `lowestF` to it. */
  function peekOpen(): number {
    let cell = bucketHead[lowestF & BUCKET_MASK]!;
    while (cell === -1) {
      lowestF++;
      cell = bucketHead[lowestF & BUCKET_MASK]!;
    }
    return cell;
  }

  function heuristic(cell: number): number {
    const y = (cell / width) | 0;
    const x = cell - y * width;
    let h = gridDistance(options.connectivity, x - goalX, y - goalY);
    const base = cell * landmarkStride;
    for (let i = 0; i < landmarkCount; i++) {
      const d = Math.abs(goalDistance[i]! - landmarkDistance[base + activeLandmark[i]!]!);
      h = d > h ? d : h;
    }
    return h;
  }

  /** Picks the landmarks that reach both ends of the query (the others bound nothing there). */
  function chooseLandmarks(start: number, goal: number): void {
    const table = landmarksOf(grid, options.connectivity);
    landmarkStride = table.count;
    landmarkDistance = table.distance;
    landmarkCount = 0;
    for (let i = 0; i < table.count; i++) {
      const atGoal = table.distance[goal * table.count + i]!;
      const atStart = table.distance[start * table.count + i]!;
      if (atGoal === UNREACHED || atStart === UNREACHED) continue;
      activeLandmark[landmarkCount] = i;
      goalDistance[landmarkCount] = atGoal;
      landmarkCount++;
    }
  }

  function relax(from: number, to: number, stepCost: number): void {
    const mark = stamp[to]!;
    const tentative = g[from]! + stepCost;
    if (mark === openMark) {
      const old = g[to]!;
      if (tentative >= old) return;
      const oldF = f[to]!;
      removeOpen(to, oldF);
      const newF = oldF - old + tentative;
      f[to] = newF;
      g[to] = tentative;
      parent[to] = from;
      pushOpen(to, newF);
    } else if (mark !== openMark + 1) {
      stamp[to] = openMark;
      g[to] = tentative;
      const newF = tentative + heuristic(to);
      f[to] = newF;
      parent[to] = from;
      pushOpen(to, newF);
    }
    // A closed cell is final: the heuristic is consistent.
  }

  function begin(start: number, goal: number): boolean {
    // Empty the buckets a previous (finished or abandoned) query left behind.
    if (openCount > 0) bucketHead.fill(-1);
    openCount = 0;
    expanded = 0;
    bestCell = -1;
    startCell = -1;
    if (!Number.isInteger(start) || !Number.isInteger(goal)) return false;
    if (start < 0 || start >= size || goal < 0 || goal >= size) return false;
    if (cost[start] === 0) return false;
    if (openMark >= 0xfffffffc) {
      stamp.fill(0);
      openMark = 0;
    }
    openMark += 2;
    startCell = start;
    goalCell = goal;
    goalY = (goal / width) | 0;
    goalX = goal - goalY * width;
    chooseLandmarks(start, goal);
    bestH = Infinity;
    bestG = Infinity;
    stamp[start] = openMark;
    g[start] = 0;
    const startF = heuristic(start);
    f[start] = startF;
    parent[start] = -1;
    lowestF = startF;
    pushOpen(start, startF);
    return true;
  }

  function run(budget: number): SearchProgress {
    if (startCell < 0) return 'exhausted';
    let left = budget;
    const closedMark = openMark + 1;
    while (openCount > 0) {
      const cell = peekOpen();
      if (cell === goalCell) return 'found';
      if (left <= 0) return 'out-of-budget';
      removeOpen(cell, lowestF);
      stamp[cell] = closedMark;
      expanded++;
      left--;
      const gCell = g[cell]!;
      const y = (cell / width) | 0;
      const x = cell - y * width;
      // 'partial' heads for the cell closest to the goal by plain grid distance, not by landmarks.
      const h = gridDistance(options.connectivity, x - goalX, y - goalY);
      if (h < bestH || (h === bestH && gCell < bestG)) {
        bestCell = cell;
        bestH = h;
        bestG = gCell;
      }

      // Out-of-grid neighbours read as cost 0, which also guards the diagonals below.
      const north = y > 0 ? cost[cell - width]! : 0;
      const south = y < height - 1 ? cost[cell + width]! : 0;
      const west = x > 0 ? cost[cell - 1]! : 0;
      const east = x < width - 1 ? cost[cell + 1]! : 0;
      if (north !== 0) relax(cell, cell - width, 10 * north);
      if (east !== 0) relax(cell, cell + 1, 10 * east);
      if (south !== 0) relax(cell, cell + width, 10 * south);
      if (west !== 0) relax(cell, cell - 1, 10 * west);
      if (diagonal) {
        if (north !== 0 && east !== 0) {
          const c = cost[cell - width + 1]!;
          if (c !== 0) relax(cell, cell - width + 1, 14 * c);
        }
        if (south !== 0 && east !== 0) {
          const c = cost[cell + width + 1]!;
          if (c !== 0) relax(cell, cell + width + 1, 14 * c);
        }
        if (south !== 0 && west !== 0) {
          const c = cost[cell + width - 1]!;
          if (c !== 0) relax(cell, cell + width - 1, 14 * c);
        }
        if (north !== 0 && west !== 0) {
          const c = cost[cell - width - 1]!;
          if (c !== 0) relax(cell, cell - width - 1, 14 * c);
        }
      }
    }
    return 'exhausted';
  }

  function trace(end: number): number[] {
    let length = 0;
    for (let c = end; c !== -1; c = parent[c]!) length++;
    const cells = new Array<number>(length);
    let c = end;
    for (let i = length - 1; i >= 0; i--) {
      cells[i] = c;
      c = parent[c]!;
    }
    return cells;
  }

  function result(progress: SearchProgress): PathResult {
    if (startCell < 0) return noPath();
    if (progress === 'found') {
      return { status: 'found', cells: trace(goalCell), cost: g[goalCell]!, expanded };
    }
    const end = bestCell >= 0 ? bestCell : startCell;
    return { status: 'partial', cells: trace(end), cost: g[end]!, expanded };
  }

  return { begin, run, result, expandedSoFar: () => expanded };
}

/**
 * Creates a reusable pathfinder for `grid` (at most MAX_GRID_CELLS cells, else RangeError).
 * Allocates about 32 bytes per cell once; after that a
 * query costs only the cells it expands (no per-query reset, no per-cell objects).
 * The grid's size is fixed; its costs are read live at every query.
 */
export function createPathfinder(grid: TileGrid, options: PathfinderOptions): Pathfinder {
  const engine = createAStarEngine(grid, options);
  return {
    findPath(startCell, goalCell, queryOptions) {
      if (!engine.begin(startCell, goalCell)) return noPath();
      const budget = queryOptions?.maxExpansions ?? Infinity;
      return engine.result(engine.run(budget));
    },
  };
}
