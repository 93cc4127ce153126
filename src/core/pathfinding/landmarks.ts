/**
 * Landmark ("ALT") lower bounds for A*: a few whole-map distance tables, computed once per grid
 * version by each search engine for its grid (astar.ts), that give a much stronger admissible and
 * consistent heuristic than the octile distance on maps with walls and rooms.
 *
 * The bound, and why it is safe with the project's directed cost model (entering cell `c` costs
 * `10 * cost[c]` or `14 * cost[c]`, so the cost of a step depends on its direction):
 * - the tables are distances in the SYMMETRIC relaxation of the grid: the same steps as A* uses
 *   (same walls, same no-corner-cutting rule, which is symmetric), each costing
 *   `10 or 14 * min(cost[a], cost[b])` in both directions. Every real step costs at least that, so
 *   `sym(a, b) <= d(a, b)` for the real (directed) cheapest cost `d`.
 * - `sym` is a metric on each connected component, so for a landmark L:
 *   `|sym(L, goal) - sym(L, n)| <= sym(n, goal) <= d(n, goal)`  (admissible), and for a step n -> m
 *   `|sym(L, goal) - sym(L, n)| - |sym(L, goal) - sym(L, m)| <= sym(n, m) <= cost of the step`
 *   (consistent). The max of consistent heuristics is consistent, so it may be combined with the
 *   octile distance.
 * - a landmark that does not reach both the start and the goal of a query is left out of it
 *   (cells of one component are all reached or none are, so this is fixed for the whole query).
 *
 * Heuristic jump per step: at most the step cost plus `sym(n, m)` <= 2 * 14 * 255, which the A*
 * bucket ring must cover.
 *
 * Words:
 * - landmark: a walkable cell whose `sym` distance to every cell is tabulated.
 * - table: `distance[cell * count + i]` is `sym(landmark i, cell)`, UNREACHED when not connected.
 *
 * Landmarks are picked deterministically in the largest walkable component (farthest-point: each
 * new landmark is the reached cell farthest from all landmarks so far, ties by lowest index), so a
 * table depends only on the grid. Queries elsewhere (another component) fall back to the octile
 * bound alone.
 */

import type { TileGrid } from '../grid/tile-grid';
import type { Connectivity } from '../grid/tile-grid';

/** Table value for a cell the landmark cannot reach (or a wall). */
export const UNREACHED = 0x7fffffff;

export interface LandmarkTable {
  /** `grid.version` the table was computed for. */
  readonly gridVersion: number;
  /** Number of landmarks (0 when the grid has no walkable cell). */
  readonly count: number;
  /** The landmark cells, in the order they were picked. */
  readonly cells: Int32Array;
  /** `distance[cell * count + i]`: symmetric distance from landmark i to `cell`, or UNREACHED. */
  readonly distance: Int32Array;
}

/** How many landmarks a grid of `size` cells gets: none for tiny grids, 8 for large ones. */
export function landmarkCountFor(size: number): number {
  if (size < 64) return 0;
  if (size < 1024) return 4;
  return 8;
}

const BUCKETS = 4096;
const BUCKET_MASK = BUCKETS - 1;

/**
 * Dijkstra over the symmetric relaxation from `source`, writing distances into `out` (length =
 * cells; UNREACHED where not reached). Dial's bucket queue with lazy deletion: every step costs at
 * most 14 * 255 < 4096, so a ring of 4096 buckets holds every queued distance; a cell is pushed
 * again when its distance drops and the outdated entry is skipped when popped.
 */
// long because: one bucket-queue Dijkstra with its neighbour expansion written out for 4 and 8 directions, run once per landmark at level load
function symmetricDistances(grid: TileGrid, diagonal: boolean, source: number, out: Int32Array, scratch: Scratch): void {
  const width = grid.width;
  const height = grid.height;
  const cost = grid.cost;
  const bucketHead = scratch.bucketHead;
  out.fill(UNREACHED);
  bucketHead.fill(-1);
  if (cost[source] === 0) return;
  let entryCell = scratch.entryCell;
  let entryNext = scratch.entryNext;
  let current = 0;
  out[source] = 0;
  entryCell[0] = source;
  entryNext[0] = -1;
  bucketHead[0] = 0;
  let entries = 1;
  let pending = 1;
  while (pending > 0) {
    const bucket = current & BUCKET_MASK;
    const entry = bucketHead[bucket]!;
    if (entry === -1) {
      current++;
      continue;
    }
    bucketHead[bucket] = entryNext[entry]!;
    pending--;
    const cell = entryCell[entry]!;
    if (out[cell] !== current) continue;
    // Up to 8 pushes per settled cell: grow the entry pool before its neighbours are offered.
    if (entries + 8 > entryCell.length) {
      const grownCell = new Int32Array(entryCell.length * 2);
      const grownNext = new Int32Array(entryCell.length * 2);
      grownCell.set(entryCell);
      grownNext.set(entryNext);
      entryCell = scratch.entryCell = grownCell;
      entryNext = scratch.entryNext = grownNext;
    }
    const here = cost[cell]!;
    const y = (cell / width) | 0;
    const x = cell - y * width;
    const north = y > 0 ? cost[cell - width]! : 0;
    const south = y < height - 1 ? cost[cell + width]! : 0;
    const west = x > 0 ? cost[cell - 1]! : 0;
    const east = x < width - 1 ? cost[cell + 1]! : 0;
    for (let k = 0; k < (diagonal ? 8 : 4); k++) {
      let to: number;
      let c: number;
      let unit: number;
      if (k === 0) {
        if (north === 0) continue;
        to = cell - width;
        c = north;
        unit = 10;
      } else if (k === 1) {
        if (east === 0) continue;
        to = cell + 1;
        c = east;
        unit = 10;
      } else if (k === 2) {
        if (south === 0) continue;
        to = cell + width;
        c = south;
        unit = 10;
      } else if (k === 3) {
        if (west === 0) continue;
        to = cell - 1;
        c = west;
        unit = 10;
      } else {
        // Diagonals: only when both orthogonal neighbours on the way are open.
        const dy = k === 4 || k === 7 ? -1 : 1;
        const dx = k === 4 || k === 5 ? 1 : -1;
        if ((dy < 0 ? north : south) === 0 || (dx > 0 ? east : west) === 0) continue;
        to = cell + dy * width + dx;
        c = cost[to]!;
        if (c === 0) continue;
        unit = 14;
      }
      const distance = current + unit * (c < here ? c : here);
      if (distance >= out[to]!) continue;
      out[to] = distance;
      const slot = distance & BUCKET_MASK;
      entryCell[entries] = to;
      entryNext[entries] = bucketHead[slot]!;
      bucketHead[slot] = entries;
      entries++;
      pending++;
    }
  }
}

interface Scratch {
  bucketHead: Int32Array;
  entryCell: Int32Array;
  entryNext: Int32Array;
}

/**
 * The lowest-index cell of the largest walkable component (4-neighbour flood fill, which is also
 * 8-way connectivity without corner cutting), or -1 when nothing is walkable. Landmarks are picked
 * from there, so a small walled-off pocket early in the grid does not take them all.
 */
function largestComponentCell(grid: TileGrid): number {
  const width = grid.width;
  const size = width * grid.height;
  const cost = grid.cost;
  const seen = new Uint8Array(size);
  const queue = new Int32Array(size);
  let best = -1;
  let bestSize = 0;
  for (let seed = 0; seed < size; seed++) {
    if (cost[seed] === 0 || seen[seed] === 1) continue;
    seen[seed] = 1;
    queue[0] = seed;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const cell = queue[head++]!;
      const x = cell % width;
      if (cell >= width && cost[cell - width] !== 0 && seen[cell - width] === 0) {
        seen[cell - width] = 1;
        queue[tail++] = cell - width;
      }
      if (cell + width < size && cost[cell + width] !== 0 && seen[cell + width] === 0) {
        seen[cell + width] = 1;
        queue[tail++] = cell + width;
      }
      if (x > 0 && cost[cell - 1] !== 0 && seen[cell - 1] === 0) {
        seen[cell - 1] = 1;
        queue[tail++] = cell - 1;
      }
      if (x < width - 1 && cost[cell + 1] !== 0 && seen[cell + 1] === 0) {
        seen[cell + 1] = 1;
        queue[tail++] = cell + 1;
      }
    }
    if (tail > bestSize) {
      bestSize = tail;
      best = seed;
    }
  }
  return best;
}

/**
 * Computes a landmark table for the grid as it is now (O(count × cells) time, 4 × count bytes per
 * cell). `count` defaults to `landmarkCountFor(cells)`.
 */
export function buildLandmarkTable(grid: TileGrid, connectivity: Connectivity, count = landmarkCountFor(grid.width * grid.height)): LandmarkTable {
  const size = grid.width * grid.height;
  const diagonal = connectivity === 8;
  const first = largestComponentCell(grid);
  if (first === -1 || count <= 0) {
    return { gridVersion: grid.version, count: 0, cells: new Int32Array(0), distance: new Int32Array(0) };
  }
  const scratch: Scratch = {
    bucketHead: new Int32Array(BUCKETS),
    entryCell: new Int32Array(2 * size + 16),
    entryNext: new Int32Array(2 * size + 16),
  };
  const one = new Int32Array(size);
  // Smallest distance to any landmark picked so far (to the seed cell before the first pick).
  const nearest = new Int32Array(size);
  symmetricDistances(grid, diagonal, first, nearest, scratch);
  const cells: number[] = [];
  const rows: Int32Array[] = [];
  for (let k = 0; k < count; k++) {
    let pick = -1;
    let farthest = 0;
    for (let c = 0; c < size; c++) {
      const d = nearest[c]!;
      if (d !== UNREACHED && d > farthest) {
        farthest = d;
        pick = c;
      }
    }
    // Everything reached is already a landmark (a tiny component): stop early.
    if (pick === -1) break;
    symmetricDistances(grid, diagonal, pick, one, scratch);
    cells.push(pick);
    rows.push(one.slice());
    for (let c = 0; c < size; c++) {
      const d = one[c]!;
      if (k === 0 || d < nearest[c]!) nearest[c] = d;
    }
  }
  const n = cells.length;
  const distance = new Int32Array(size * n);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    for (let c = 0; c < size; c++) distance[c * n + i] = row[c]!;
  }
  return { gridVersion: grid.version, count: n, cells: Int32Array.from(cells), distance };
}
