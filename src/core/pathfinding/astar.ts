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
 *   Each engine keeps the landmark table of its grid, built on its first query after each
 *   `grid.version` change (O(8 × cells) once) or by `prepare`.
 *
 * Words:
 * - expansion: taking the best open cell off the open list and relaxing its neighbours; the unit of
 *   work that `maxExpansions` and time-sliced budgets count.
 * - generation: a per-query stamp, so per-cell arrays never need resetting between queries.
 */

import type { TileGrid } from '../grid/tile-grid';
import { buildLandmarkTable, UNREACHED, type LandmarkTable } from './landmarks';
import { gridDistance, MAX_GRID_CELLS, noPath, type AStarEngine, type PathResult, type Pathfinder, type PathfinderOptions, type SearchProgress } from './path-types';

const BUCKETS = 8192;
const BUCKET_MASK = BUCKETS - 1;

/** Creates the engine; all per-cell memory is allocated here, once. */
// long because: the engine is one closure over typed arrays allocated once per grid; its parts (begin, run, result) are inner functions that share them
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
  /** Smallest and largest key pushed by the current query: open keys all lie between them. */
  let lowestKey = 0;
  let highestKey = 0;
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

  /** This engine's landmark table, for the grid at `table.gridVersion`. */
  let landmarks: LandmarkTable | undefined;
  function landmarkTable(): LandmarkTable {
    if (landmarks === undefined || landmarks.gridVersion !== grid.version) landmarks = buildLandmarkTable(grid, options.connectivity);
    return landmarks;
  }

  /** Picks the landmarks that reach both ends of the query (the others bound nothing there). */
  function chooseLandmarks(start: number, goal: number): void {
    const table = landmarkTable();
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

  function begin(start: number, goal: number): boolean {
    // Empty the buckets a previous (finished or abandoned) query left behind.
    if (openCount > 0) {
      // (lowestKey is lowestF unless the grid changed without a version bump, which can make the
      // heuristic inconsistent: the buckets are emptied correctly either way.)
      if (highestKey - lowestKey >= BUCKETS - 1) bucketHead.fill(-1);
      else for (let key = lowestKey; key <= highestKey; key++) bucketHead[key & BUCKET_MASK] = -1;
    }
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
    lowestKey = startF;
    highestKey = startF;
    pushOpen(start, startF);
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
    const fOf = f;
    const parentOf = parent;
    const heads = bucketHead;
    const nextOf = linkNext;
    const prevOf = linkPrev;
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
    const table = landmarkDistance;
    const active = activeLandmark;
    const atGoal = goalDistance;
    const openStamp = openMark;
    const closedStamp = openMark + 1;
    let open = openCount;
    let low = lowestF;
    let high = highestKey;
    let lowKey = lowestKey;
    let done = expanded;
    let best = bestCell;
    let bestHere = bestH;
    let bestCost = bestG;
    let left = budget;
    let progress: SearchProgress = 'exhausted';

    while (open > 0) {
      // The newest cell of the lowest non-empty bucket.
      let cell = heads[low & BUCKET_MASK]!;
      while (cell === -1) {
        low++;
        cell = heads[low & BUCKET_MASK]!;
      }
      if (cell === goal) {
        progress = 'found';
        break;
      }
      if (left <= 0) {
        progress = 'out-of-budget';
        break;
      }
      // It heads its bucket: unlink it from the front.
      const following = nextOf[cell]!;
      heads[low & BUCKET_MASK] = following;
      if (following !== -1) prevOf[following] = -1;
      open--;
      stampOf[cell] = closedStamp;
      done++;
      left--;

      const gCell = gOf[cell]!;
      const y = (cell / w) | 0;
      const x = cell - y * w;
      // 'partial' heads for the cell closest to the goal by plain grid distance, not by landmarks.
      const ax = x > gx ? x - gx : gx - x;
      const ay = y > gy ? y - gy : gy - y;
      const plain = !octile ? 10 * (ax + ay) : ax > ay ? 10 * ax + 4 * ay : 10 * ay + 4 * ax;
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
        let step: number;
        if (k === 0) {
          if (north === 0) continue;
          to = cell - w;
          step = 10 * north;
        } else if (k === 1) {
          if (east === 0) continue;
          to = cell + 1;
          step = 10 * east;
        } else if (k === 2) {
          if (south === 0) continue;
          to = cell + w;
          step = 10 * south;
        } else if (k === 3) {
          if (west === 0) continue;
          to = cell - 1;
          step = 10 * west;
        } else {
          // No corner cutting: both orthogonal cells on the way must be open.
          const up = k === 4 || k === 7;
          const right = k === 4 || k === 5;
          if ((up ? north : south) === 0 || (right ? east : west) === 0) continue;
          to = cell + (up ? -w : w) + (right ? 1 : -1);
          const c = costOf[to]!;
          if (c === 0) continue;
          step = 14 * c;
        }

        const mark = stampOf[to]!;
        // A closed cell is final: the heuristic is consistent.
        if (mark === closedStamp) continue;
        const tentative = gCell + step;
        let key: number;
        if (mark === openStamp) {
          const old = gOf[to]!;
          if (tentative >= old) continue;
          const oldKey = fOf[to]!;
          const before = prevOf[to]!;
          const after = nextOf[to]!;
          if (before === -1) heads[oldKey & BUCKET_MASK] = after;
          else nextOf[before] = after;
          if (after !== -1) prevOf[after] = before;
          key = oldKey - old + tentative;
        } else {
          stampOf[to] = openStamp;
          const ty = (to / w) | 0;
          const tx = to - ty * w;
          const dx = tx > gx ? tx - gx : gx - tx;
          const dy = ty > gy ? ty - gy : gy - ty;
          let h = !octile ? 10 * (dx + dy) : dx > dy ? 10 * dx + 4 * dy : 10 * dy + 4 * dx;
          const base = to * stride;
          for (let i = 0; i < landmarks; i++) {
            const d = Math.abs(atGoal[i]! - table[base + active[i]!]!);
            h = d > h ? d : h;
          }
          key = tentative + h;
          open++;
        }
        gOf[to] = tentative;
        fOf[to] = key;
        parentOf[to] = cell;
        if (key > high) high = key;
        else if (key < lowKey) lowKey = key;
        const slot = key & BUCKET_MASK;
        const head = heads[slot]!;
        nextOf[to] = head;
        prevOf[to] = -1;
        if (head !== -1) prevOf[head] = to;
        heads[slot] = to;
      }
    }

    openCount = open;
    lowestF = low;
    highestKey = high;
    lowestKey = lowKey;
    expanded = done;
    bestCell = best;
    bestH = bestHere;
    bestG = bestCost;
    return progress;
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

  return { begin, run, result, expandedSoFar: () => expanded, prepare: () => void landmarkTable() };
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
    prepare: engine.prepare,
  };
}
