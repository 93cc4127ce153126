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
 *
 * Words:
 * - expansion: taking the best open cell off the open list and relaxing its neighbours; the unit of
 *   work that `maxExpansions` and time-sliced budgets count.
 * - generation: a per-query stamp, so per-cell arrays never need resetting between queries.
 */

import type { TileGrid } from '../grid/tile-grid';
import { UNREACHED } from './landmarks';
import { keepLandmarkTable } from './landmark-update';
import type { LandmarkTable } from './landmarks';
import { createFourWayEngine } from './astar-four-way';
import { createJumpEngine } from './jump-points';
import { popFirst, siftUp } from './open-heap';
import {
  DIAGONAL_STEP,
  MAX_GRID_CELLS,
  noPath,
  searchResult,
  STRAIGHT_STEP,
  type AStarEngine,
  type PathResult,
  type Pathfinder,
  type PathfinderOptions,
  type SearchProgress,
  uniformCost,
} from './path-types';

/**
 * Creates the engine for `grid`; all per-cell memory is allocated here, once. 4-way searches get
 * the bucket-queue engine of astar-four-way.ts (whole-number costs), 8-way ones this one.
 */
export function createAStarEngine(grid: TileGrid, options: PathfinderOptions, landmarkTable = keepLandmarkTable(grid, options.connectivity)): AStarEngine {
  return options.connectivity === 4 ? createFourWayEngine(grid) : createEightWayEngine(grid, options, landmarkTable);
}

/** The 8-way engine (see the header). */
// long because: the engine is one closure over typed arrays allocated once per grid; its parts (begin, run, result) are inner functions that share them
function createEightWayEngine(grid: TileGrid, options: PathfinderOptions, landmarkTable: () => LandmarkTable): AStarEngine {
  const width = grid.width;
  const height = grid.height;
  const size = width * height;
  const diagonal = options.connectivity === 8;
  const cost = grid.cost;
  if (size > MAX_GRID_CELLS) throw new RangeError(`grid of ${size} cells exceeds ${MAX_GRID_CELLS}`);

  // stamp[c] === openMark: g/parent/f valid, c is open; === openMark + 1: c is closed.
  const stamp = new Uint32Array(size);
  // g = STRAIGHT_STEP * gStraight + DIAGONAL_STEP * gDiagonal; h = hWhole + DIAGONAL_STEP * hDiagonal.
  const gStraight = new Int32Array(size);
  const gDiagonal = new Int32Array(size);
  const g = new Float64Array(size);
  const hWhole = new Float64Array(size);
  const hDiagonal = new Int32Array(size);
  const f = new Float64Array(size);
  const parent = new Int32Array(size);
  // The open list (open-heap.ts).
  const heap = new Int32Array(size);
  const position = new Int32Array(size);
  let openCount = 0;
  let openMark = 0;

  let startCell = -1;
  let goalCell = -1;
  let goalX = 0;
  let goalY = 0;
  let expanded = 0;
  let bestCell = -1;
  let bestH = Infinity;
  let bestG = Infinity;
  // Landmarks of the current query: how many, their table, and their distance to the goal (parts).
  let landmarkCount = 0;
  let landmarkStride = 0;
  let landmarkStraight: Int32Array = new Int32Array(0);
  let landmarkDiagonal: Int32Array = new Int32Array(0);
  const activeLandmark = new Int32Array(16);
  const goalStraight = new Int32Array(16);
  const goalDiagonal = new Int32Array(16);

  /** Writes the heuristic of `cell` as its two parts into hWhole/hDiagonal (see the header). */
  function heuristic(cell: number): void {
    const y = (cell / width) | 0;
    const x = cell - y * width;
    const dx = x > goalX ? x - goalX : goalX - x;
    const dy = y > goalY ? y - goalY : goalY - y;
    let whole = options.connectivity === 4 ? STRAIGHT_STEP * (dx + dy) : STRAIGHT_STEP * (dx > dy ? dx - dy : dy - dx);
    let slanted = options.connectivity === 4 ? 0 : dx > dy ? dy : dx;
    let h = whole + DIAGONAL_STEP * slanted;
    const base = cell * landmarkStride;
    for (let i = 0; i < landmarkCount; i++) {
      const at = base + activeLandmark[i]!;
      let straight = goalStraight[i]! - landmarkStraight[at]!;
      let slant = goalDiagonal[i]! - landmarkDiagonal[at]!;
      let d = STRAIGHT_STEP * straight + DIAGONAL_STEP * slant;
      if (d < 0) {
        d = -d;
        straight = -straight;
        slant = -slant;
      }
      if (d > h) {
        h = d;
        whole = STRAIGHT_STEP * straight;
        slanted = slant;
      }
    }
    hWhole[cell] = whole;
    hDiagonal[cell] = slanted;
  }

  /** Picks the landmarks that reach both ends of the query (the others bound nothing there). */
  function chooseLandmarks(start: number, goal: number): void {
    const table = landmarkTable();
    landmarkStride = table.count;
    landmarkStraight = table.straight;
    landmarkDiagonal = table.diagonal;
    landmarkCount = 0;
    for (let i = 0; i < table.count; i++) {
      const atGoal = table.straight[goal * table.count + i]!;
      const atStart = table.straight[start * table.count + i]!;
      if (atGoal === UNREACHED || atStart === UNREACHED) continue;
      activeLandmark[landmarkCount] = i;
      goalStraight[landmarkCount] = atGoal;
      goalDiagonal[landmarkCount] = table.diagonal[goal * table.count + i]!;
      landmarkCount++;
    }
  }

  function begin(start: number, goal: number): boolean {
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
    gStraight[start] = 0;
    gDiagonal[start] = 0;
    g[start] = 0;
    heuristic(start);
    f[start] = hWhole[start]! + DIAGONAL_STEP * hDiagonal[start]!;
    parent[start] = -1;
    heap[0] = start;
    position[start] = 0;
    openCount = 1;
    return true;
  }

  /**
   * The expansion loop. Hot state is copied into locals first (and written back on the way out):
   * closures from several engines share optimised code, which then reads captured variables from
   * their context on every access.
   */
  // long because: the search's inner loop in one piece, on locals copied from the closure; a call per expansion or per neighbour costs measurable speed (npm run bench)
  function run(budget: number): SearchProgress {
    if (startCell < 0) return 'exhausted';
    const stampOf = stamp;
    const gOf = g;
    const straightOf = gStraight;
    const diagonalOf = gDiagonal;
    const wholeOf = hWhole;
    const slantOf = hDiagonal;
    const fOf = f;
    const parentOf = parent;
    const open = heap;
    const at = position;
    const costOf = cost;
    const w = width;
    const lastRow = height - 1;
    const lastColumn = w - 1;
    const directions = diagonal ? 8 : 4;
    const octile = diagonal;
    const goal = goalCell;
    const gx = goalX;
    const gy = goalY;
    const landmarks = landmarkCount;
    const stride = landmarkStride;
    const tableStraight = landmarkStraight;
    const tableDiagonal = landmarkDiagonal;
    const active = activeLandmark;
    const goalS = goalStraight;
    const goalD = goalDiagonal;
    const openStamp = openMark;
    const closedStamp = openMark + 1;
    let count = openCount;
    let done = expanded;
    let best = bestCell;
    let bestHere = bestH;
    let bestCost = bestG;
    let left = budget;
    let progress: SearchProgress = 'exhausted';

    while (count > 0) {
      const cell = open[0]!;
      if (cell === goal) {
        progress = 'found';
        break;
      }
      if (left <= 0) {
        progress = 'out-of-budget';
        break;
      }
      popFirst(open, at, fOf, gOf, count);
      count--;
      stampOf[cell] = closedStamp;
      done++;
      left--;

      const gCell = gOf[cell]!;
      const straightHere = straightOf[cell]!;
      const diagonalHere = diagonalOf[cell]!;
      const y = (cell / w) | 0;
      const x = cell - y * w;
      // 'partial' heads for the cell closest to the goal by plain grid distance, not by landmarks.
      const ax = x > gx ? x - gx : gx - x;
      const ay = y > gy ? y - gy : gy - y;
      const plain = !octile ? STRAIGHT_STEP * (ax + ay) : ax > ay ? STRAIGHT_STEP * (ax - ay) + DIAGONAL_STEP * ay : STRAIGHT_STEP * (ay - ax) + DIAGONAL_STEP * ax;
      if (plain < bestHere || (plain === bestHere && gCell < bestCost)) {
        best = cell;
        bestHere = plain;
        bestCost = gCell;
      }

      // Out-of-grid neighbours read as cost 0, which also guards the diagonals.
      const north = y > 0 ? costOf[cell - w]! : 0;
      const south = y < lastRow ? costOf[cell + w]! : 0;
      const west = x > 0 ? costOf[cell - 1]! : 0;
      const east = x < lastColumn ? costOf[cell + 1]! : 0;
      // Neighbour order: N, E, S, W, then NE, SE, SW, NW.
      for (let k = 0; k < directions; k++) {
        let to: number;
        let straight = straightHere;
        let slanted = diagonalHere;
        if (k === 0) {
          if (north === 0) continue;
          to = cell - w;
          straight += north;
        } else if (k === 1) {
          if (east === 0) continue;
          to = cell + 1;
          straight += east;
        } else if (k === 2) {
          if (south === 0) continue;
          to = cell + w;
          straight += south;
        } else if (k === 3) {
          if (west === 0) continue;
          to = cell - 1;
          straight += west;
        } else {
          // No corner cutting: both orthogonal cells on the way must be open.
          const up = k === 4 || k === 7;
          const right = k === 4 || k === 5;
          if ((up ? north : south) === 0 || (right ? east : west) === 0) continue;
          to = cell + (up ? -w : w) + (right ? 1 : -1);
          const c = costOf[to]!;
          if (c === 0) continue;
          slanted += c;
        }

        const mark = stampOf[to]!;
        // A closed cell is final: the heuristic is consistent.
        if (mark === closedStamp) continue;
        const tentative = STRAIGHT_STEP * straight + DIAGONAL_STEP * slanted;
        let index: number;
        if (mark === openStamp) {
          if (tentative >= gOf[to]!) continue;
          index = at[to]!;
        } else {
          stampOf[to] = openStamp;
          const ty = (to / w) | 0;
          const tx = to - ty * w;
          const dx = tx > gx ? tx - gx : gx - tx;
          const dy = ty > gy ? ty - gy : gy - ty;
          let whole = !octile ? STRAIGHT_STEP * (dx + dy) : STRAIGHT_STEP * (dx > dy ? dx - dy : dy - dx);
          let slant = !octile ? 0 : dx > dy ? dy : dx;
          let h = whole + DIAGONAL_STEP * slant;
          const base = to * stride;
          for (let i = 0; i < landmarks; i++) {
            const entry = base + active[i]!;
            let ls = goalS[i]! - tableStraight[entry]!;
            let ld = goalD[i]! - tableDiagonal[entry]!;
            let d = STRAIGHT_STEP * ls + DIAGONAL_STEP * ld;
            if (d < 0) {
              d = -d;
              ls = -ls;
              ld = -ld;
            }
            if (d > h) {
              h = d;
              whole = STRAIGHT_STEP * ls;
              slant = ld;
            }
          }
          wholeOf[to] = whole;
          slantOf[to] = slant;
          index = count;
          open[count] = to;
          count++;
        }
        straightOf[to] = straight;
        diagonalOf[to] = slanted;
        gOf[to] = tentative;
        fOf[to] = STRAIGHT_STEP * straight + wholeOf[to]! + DIAGONAL_STEP * (slanted + slantOf[to]!);
        parentOf[to] = cell;
        siftUp(open, at, fOf, gOf, index);
      }
    }

    openCount = count;
    expanded = done;
    bestCell = best;
    bestH = bestHere;
    bestG = bestCost;
    return progress;
  }

  function result(progress: SearchProgress): PathResult {
    return searchResult(progress, { start: startCell, goal: goalCell, best: bestCell, parent, g, expanded });
  }

  return { begin, run, result, expandedSoFar: () => expanded, prepare: () => void landmarkTable() };
}

/**
 * Creates a reusable pathfinder for `grid` (at most MAX_GRID_CELLS cells, else RangeError).
 * Allocates about 36 bytes per cell once; after that a
 * query costs only the cells it expands (no per-query reset, no per-cell objects).
 * The grid's size is fixed; its costs are read live at every query.
 */
export function createPathfinder(grid: TileGrid, options: PathfinderOptions): Pathfinder {
  const landmarkTable = keepLandmarkTable(grid, options.connectivity);
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
