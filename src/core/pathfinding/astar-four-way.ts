/**
 * The 4-way A* engine (`createAStarEngine` in astar.ts picks it for 4-way connectivity): the same
 * cost model, heuristic and results, but 4-way costs are whole numbers (10 × the cost of each cell
 * entered, landmark bounds 10 × whole tile-steps), so its open list is a ring of buckets by f,
 * O(1) per push and pop, instead of the 8-way engine's heap on doubles.
 *
 * Layout: a cell's stamp, parent and bucket links are one record of RECORD integers in `records`,
 * and its g and f two neighbouring doubles in `keys`, so opening a cell touches two runs of memory
 * instead of one array per field (on a 1024² grid each was a cache miss of its own).
 */

import type { TileGrid } from '../grid/tile-grid';
import { UNREACHED } from './landmarks';
import { keepLandmarkTable } from './landmark-update';
import { MAX_GRID_CELLS, searchResult, STRAIGHT_STEP, type AStarEngine, type PathResult, type SearchProgress } from './path-types';

const BUCKETS = 8192;
const BUCKET_MASK = BUCKETS - 1;

/** Integers per cell record, and the fields' offsets: the stamp, the parent, the next and previous cell in the bucket. */
const RECORD = 4;
const STAMP = 0;
const PARENT = 1;
const NEXT = 2;
const PREVIOUS = 3;

/** Creates the 4-way engine; all per-cell memory is allocated here, once. */
// long because: the engine is one closure over typed arrays allocated once per grid; its parts (begin, run, result) are inner functions that share them
export function createFourWayEngine(grid: TileGrid): AStarEngine {
  const width = grid.width;
  const height = grid.height;
  const size = width * height;
  const cost = grid.cost;
  if (size > MAX_GRID_CELLS) throw new RangeError(`grid of ${size} cells exceeds ${MAX_GRID_CELLS}`);

  // Stamp === openMark: the record and keys are valid, the cell is open; === openMark + 1: closed.
  const records = new Int32Array(size * RECORD);
  // g at 2 * cell, f at 2 * cell + 1: whole numbers, exact in doubles (they may pass 2^31 on the
  // largest, dearest grids; a key's bucket, `key & BUCKET_MASK`, is still key mod BUCKETS).
  const keys = new Float64Array(size * 2);
  // Open cells sit in a ring of buckets by f (an integer; with a consistent heuristic every open f
  // lies within one step's cost plus one step's heuristic change, <= 2 * 10 * 255 < 8192, of the
  // smallest), each bucket a doubly linked list (NEXT, PREVIOUS) taken newest-first, which
  // favours the deeper of equal-f cells.
  const bucketHead = new Int32Array(BUCKETS).fill(-1);
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
    records[cell * RECORD + NEXT] = head;
    records[cell * RECORD + PREVIOUS] = -1;
    if (head !== -1) records[head * RECORD + PREVIOUS] = cell;
    bucketHead[bucket] = cell;
    openCount++;
  }

  function heuristic(cell: number): number {
    const y = (cell / width) | 0;
    const x = cell - y * width;
    let h = STRAIGHT_STEP * ((x > goalX ? x - goalX : goalX - x) + (y > goalY ? y - goalY : goalY - y));
    const base = cell * landmarkStride;
    for (let i = 0; i < landmarkCount; i++) {
      const d = STRAIGHT_STEP * Math.abs(goalDistance[i]! - landmarkDistance[base + activeLandmark[i]!]!);
      h = d > h ? d : h;
    }
    return h;
  }

  /** This engine's landmark table (4-way: its distances have no diagonal part). */
  const landmarkTable = keepLandmarkTable(grid, 4);

  /** Picks the landmarks that reach both ends of the query (the others bound nothing there). */
  function chooseLandmarks(start: number, goal: number): void {
    const table = landmarkTable();
    landmarkStride = table.stride;
    landmarkDistance = table.straight;
    landmarkCount = 0;
    for (let i = 0; i < table.count; i++) {
      const atGoal = table.straight[goal * table.stride + i]!;
      const atStart = table.straight[start * table.stride + i]!;
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
    if (openMark >= 0x7ffffffc) {
      for (let c = 0; c < size; c++) records[c * RECORD + STAMP] = 0;
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
    records[start * RECORD + STAMP] = openMark;
    records[start * RECORD + PARENT] = -1;
    const startF = heuristic(start);
    keys[2 * start] = 0;
    keys[2 * start + 1] = startF;
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
    const record = records;
    const key2 = keys;
    const heads = bucketHead;
    const costOf = cost;
    const w = width;
    const lastRow = height - 1;
    const lastColumn = w - 1;
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
      const following = record[cell * RECORD + NEXT]!;
      heads[low & BUCKET_MASK] = following;
      if (following !== -1) record[following * RECORD + PREVIOUS] = -1;
      open--;
      record[cell * RECORD + STAMP] = closedStamp;
      done++;
      left--;

      const gCell = key2[2 * cell]!;
      const y = (cell / w) | 0;
      const x = cell - y * w;
      // 'partial' heads for the cell closest to the goal by plain grid distance, not by landmarks.
      const ax = x > gx ? x - gx : gx - x;
      const ay = y > gy ? y - gy : gy - y;
      const plain = STRAIGHT_STEP * (ax + ay);
      if (plain < bestHere || (plain === bestHere && gCell < bestCost)) {
        best = cell;
        bestHere = plain;
        bestCost = gCell;
      }

      // Out-of-grid neighbours read as cost 0.
      const north = y > 0 ? costOf[cell - w]! : 0;
      const south = y < lastRow ? costOf[cell + w]! : 0;
      const west = x > 0 ? costOf[cell - 1]! : 0;
      const east = x < lastColumn ? costOf[cell + 1]! : 0;
      // Neighbour order: N, E, S, W.
      for (let k = 0; k < 4; k++) {
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
        } else {
          if (west === 0) continue;
          to = cell - 1;
          step = 10 * west;
        }

        const at = to * RECORD;
        const mark = record[at + STAMP]!;
        // A closed cell is final: the heuristic is consistent.
        if (mark === closedStamp) continue;
        const tentative = gCell + step;
        let key: number;
        if (mark === openStamp) {
          const old = key2[2 * to]!;
          if (tentative >= old) continue;
          const oldKey = key2[2 * to + 1]!;
          const before = record[at + PREVIOUS]!;
          const after = record[at + NEXT]!;
          if (before === -1) heads[oldKey & BUCKET_MASK] = after;
          else record[before * RECORD + NEXT] = after;
          if (after !== -1) record[after * RECORD + PREVIOUS] = before;
          key = oldKey - old + tentative;
        } else {
          record[at + STAMP] = openStamp;
          const ty = (to / w) | 0;
          const tx = to - ty * w;
          const dx = tx > gx ? tx - gx : gx - tx;
          const dy = ty > gy ? ty - gy : gy - ty;
          let h = STRAIGHT_STEP * (dx + dy);
          const base = to * stride;
          for (let i = 0; i < landmarks; i++) {
            const d = STRAIGHT_STEP * Math.abs(atGoal[i]! - table[base + active[i]!]!);
            h = d > h ? d : h;
          }
          key = tentative + h;
          open++;
        }
        key2[2 * to] = tentative;
        key2[2 * to + 1] = key;
        record[at + PARENT] = cell;
        if (key > high) high = key;
        else if (key < lowKey) lowKey = key;
        const slot = key & BUCKET_MASK;
        const head = heads[slot]!;
        record[at + NEXT] = head;
        record[at + PREVIOUS] = -1;
        if (head !== -1) record[head * RECORD + PREVIOUS] = to;
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

  function result(progress: SearchProgress): PathResult {
    return searchResult(
      progress,
      { start: startCell, goal: goalCell, best: bestCell, expanded },
      (cell) => records[cell * RECORD + PARENT]!,
      (cell) => keys[2 * cell]!,
    );
  }

  return { begin, run, result, expandedSoFar: () => expanded, prepare: () => void landmarkTable() };
}
