/**
 * Landmark ("ALT") lower bounds for A*: a few whole-map distance tables, computed once per grid
 * version by each search engine for its grid (astar.ts), that give a much stronger admissible and
 * consistent heuristic than the octile distance on maps with walls and rooms.
 *
 * The bound, and why it is safe with the project's directed cost model (entering cell `c` costs
 * `10 * cost[c]` or `10√2 * cost[c]`, so the cost of a step depends on its direction):
 * - the tables are distances in the SYMMETRIC relaxation of the grid: the same steps as A* uses
 *   (same walls, same no-corner-cutting rule, which is symmetric), each costing
 *   `10 or 10√2 * min(cost[a], cost[b])` in both directions. Every real step costs at least that,
 *   so `sym(a, b) <= d(a, b)` for the real (directed) cheapest cost `d`.
 * - `sym` is a metric on each connected component, so for a landmark L:
 *   `|sym(L, goal) - sym(L, n)| <= sym(n, goal) <= d(n, goal)`  (admissible), and for a step n -> m
 *   `|sym(L, goal) - sym(L, n)| - |sym(L, goal) - sym(L, m)| <= sym(n, m) <= cost of the step`
 *   (consistent). The max of consistent heuristics is consistent, so it may be combined with the
 *   octile distance.
 * - a landmark that does not reach both the start and the goal of a query is left out of it
 *   (cells of one component are all reached or none are, so this is fixed for the whole query).
 * - exact: a distance is kept as two integers, the summed (min) cell costs of its straight steps
 *   and of its diagonal steps, worth `10 * straight + 10√2 * diagonal`; a difference of two is
 *   again two integers, so A* compares bounds and costs without rounding ties apart (astar.ts).
 *
 * Words:
 * - landmark: a walkable cell whose `sym` distance to every cell is tabulated.
 * - table: `straight[cell * count + i]` and `diagonal[cell * count + i]` are the two parts of
 *   `sym(landmark i, cell)`; `straight` is UNREACHED when not connected.
 *
 * Landmarks are picked deterministically in the largest walkable component (farthest-point: the
 * first is the component's cell nearest the grid's top-left corner, each next one the reached cell
 * farthest from all landmarks so far, ties by lowest index), so a table depends only on the grid.
 * Queries elsewhere (another component) fall back to the octile bound alone.
 */

import type { TileGrid } from '../grid/tile-grid';
import type { Connectivity } from '../grid/tile-grid';
import { uniformCost } from './path-types';

/** Table value for a cell the landmark cannot reach (or a wall). */
export const UNREACHED = 0x7fffffff;

export interface LandmarkTable {
  /** `grid.version` the table was computed or last updated for (landmark-update.ts). */
  gridVersion: number;
  /** The connectivity its distances were computed with. */
  readonly connectivity: Connectivity;
  /**
   * The cell costs its distances are exact for: the grid's costs when built; after updates, a
   * relaxation of them (a cell's cost here is never dearer than in the grid, 0 counting as the
   * dearest), which keeps every bound admissible and consistent.
   */
  readonly cost: Uint8Array;
  /** Number of landmarks (0 when the grid has no walkable cell). */
  readonly count: number;
  /** The landmark cells, in the order they were picked. */
  readonly cells: Int32Array;
  /** `straight[cell * count + i]`: straight part of sym(landmark i, cell), or UNREACHED. */
  readonly straight: Int32Array;
  /** `diagonal[cell * count + i]`: diagonal part of sym(landmark i, cell). */
  readonly diagonal: Int32Array;
}

/**
 * How many landmarks a grid of `size` cells gets: none for tiny grids; 8 for level-sized ones
 * (up to 32,768 cells, set-up a few ms); up to 256 × 256, 2 for 4-way grids and 4 for 8-way
 * ones, so set-up stays small at the largest size a level is (each landmark is one search over
 * the grid) — and none for an 8-way grid whose walkable cells all cost the same (`uniform`),
 * where jump point search answers as fast without them at that size (npm run bench); 8 beyond,
 * where queries are long enough to repay them.
 */
export function landmarkCountFor(size: number, connectivity: Connectivity = 8, uniform = false): number {
  if (size < 64) return 0;
  if (size < 1024) return 4;
  if (size <= 32768) return 8;
  if (size <= 65536) return connectivity === 4 ? 2 : uniform ? 0 : 4;
  return 8;
}

/** Ring of buckets one tile-step wide: a step costs at most √2 × 255 < 512 tile-steps. */
const BUCKETS = 512;
const BUCKET_MASK = BUCKETS - 1;

/** Where one landmark's distances go: lane `lane` of tables interleaved `stride` landmarks per cell. */
interface Lane {
  straight: Int32Array;
  diagonal: Int32Array;
  stride: number;
  lane: number;
}

interface Scratch {
  bucketHead: Int32Array;
  entryCell: Int32Array;
  entryNext: Int32Array;
  settled: Uint8Array;
  /** Cell offsets of the neighbours N, E, S, W, NE, SE, SW, NW. */
  offsets: Int32Array;
  /** The two queues of `uniformDistances` (each cell enters each at most 4 times). */
  straightQueue: Int32Array;
  diagonalQueue: Int32Array;
}

/**
 * Dijkstra over the symmetric relaxation from `source`, writing the two parts of each distance
 * into `outStraight`/`outDiagonal` and its worth in tile steps (`straight + √2 diagonal`) into
 * `outValue` (UNREACHED / Infinity where not reached). Dial's bucket queue on real distances with
 * lazy deletion, as in flow-field.ts: bucket k holds values in [k, k + 1), every step is worth at
 * least 1, so a bucket's cells are final when it is reached.
 */
// long because: one bucket-queue Dijkstra with its neighbour expansion on locals, run once per landmark at level load
function symmetricDistances(grid: TileGrid, diagonal: boolean, source: number, out: Lane, outValue: Float64Array, scratch: Scratch): void {
  const { straight: outStraight, diagonal: outDiagonal, stride, lane } = out;
  const w = grid.width;
  const lastRow = grid.height - 1;
  const lastColumn = w - 1;
  const cost = grid.cost;
  const heads = scratch.bucketHead;
  const settled = scratch.settled;
  const offsets = scratch.offsets;
  outValue.fill(Infinity);
  settled.fill(0);
  heads.fill(-1);
  if (cost[source] === 0) return;
  let cellOf = scratch.entryCell;
  let nextOf = scratch.entryNext;
  let current = 0;
  outStraight[source * stride + lane] = 0;
  outDiagonal[source * stride + lane] = 0;
  outValue[source] = 0;
  cellOf[0] = source;
  nextOf[0] = -1;
  heads[0] = 0;
  let entries = 1;
  let pending = 1;
  while (pending > 0) {
    const bucket = current & BUCKET_MASK;
    const entry = heads[bucket]!;
    if (entry === -1) {
      current++;
      continue;
    }
    heads[bucket] = nextOf[entry]!;
    const cell = cellOf[entry]!;
    if (settled[cell] === 1) continue;
    settled[cell] = 1;
    pending--;
    // Up to 8 pushes per settled cell: grow the entry pool before its neighbours are offered.
    if (entries + 8 > cellOf.length) {
      const grownCell = new Int32Array(cellOf.length * 2);
      const grownNext = new Int32Array(cellOf.length * 2);
      grownCell.set(cellOf);
      grownNext.set(nextOf);
      cellOf = scratch.entryCell = grownCell;
      nextOf = scratch.entryNext = grownNext;
    }
    const here = cost[cell]!;
    const straightHere = outStraight[cell * stride + lane]!;
    const diagonalHere = outDiagonal[cell * stride + lane]!;
    const y = (cell / w) | 0;
    const x = cell - y * w;
    const north = y > 0 ? cost[cell - w]! : 0;
    const south = y < lastRow ? cost[cell + w]! : 0;
    const west = x > 0 ? cost[cell - 1]! : 0;
    const east = x < lastColumn ? cost[cell + 1]! : 0;
    // Open neighbours as bits N, E, S, W, NE, SE, SW, NW (diagonals only past two open sides).
    let open = (north !== 0 ? 1 : 0) | (east !== 0 ? 2 : 0) | (south !== 0 ? 4 : 0) | (west !== 0 ? 8 : 0);
    if (diagonal) {
      if ((open & 3) === 3 && cost[cell - w + 1] !== 0) open |= 16;
      if ((open & 6) === 6 && cost[cell + w + 1] !== 0) open |= 32;
      if ((open & 12) === 12 && cost[cell + w - 1] !== 0) open |= 64;
      if ((open & 9) === 9 && cost[cell - w - 1] !== 0) open |= 128;
    }
    while (open !== 0) {
      const bit = open & -open;
      open ^= bit;
      const k = 31 - Math.clz32(bit);
      const to = cell + offsets[k]!;
      if (settled[to] === 1) continue;
      const c = cost[to]!;
      const step = c < here ? c : here;
      const straight = k < 4 ? straightHere + step : straightHere;
      const slanted = k < 4 ? diagonalHere : diagonalHere + step;
      const value = straight + Math.SQRT2 * slanted;
      const old = outValue[to]!;
      if (value >= old) continue;
      if (old === Infinity) pending++;
      outValue[to] = value;
      outStraight[to * stride + lane] = straight;
      outDiagonal[to * stride + lane] = slanted;
      const slot = Math.floor(value) & BUCKET_MASK;
      cellOf[entries] = to;
      nextOf[entries] = heads[slot]!;
      heads[slot] = entries;
      entries++;
    }
  }
}

/**
 * `symmetricDistances` for a grid whose walkable cells all cost `unit`: a step is then worth 1 or
 * √2 units, so two first-in-first-out queues, one of cells reached by a straight step and one by a
 * diagonal step, each stay in increasing order, and taking the smaller of their heads (by the
 * cell's current value, which for an unsettled head is its key or the other head's) is Dijkstra's
 * order without a priority queue; a cell already settled is skipped when it comes up again.
 */
// long because: one two-queue Dijkstra with its neighbour expansion on locals, as symmetricDistances
function uniformDistances(grid: TileGrid, diagonal: boolean, source: number, unit: number, out: Lane, outValue: Float64Array, scratch: Scratch): void {
  const { straight: outStraight, diagonal: outDiagonal, stride, lane } = out;
  const w = grid.width;
  const lastRow = grid.height - 1;
  const lastColumn = w - 1;
  const cost = grid.cost;
  const settled = scratch.settled;
  const offsets = scratch.offsets;
  const straightQueue = scratch.straightQueue;
  const diagonalQueue = scratch.diagonalQueue;
  outValue.fill(Infinity);
  settled.fill(0);
  if (cost[source] === 0) return;
  outStraight[source * stride + lane] = 0;
  outDiagonal[source * stride + lane] = 0;
  outValue[source] = 0;
  if (!diagonal) {
    // One step length: a breadth-first search, each cell final when first reached.
    straightQueue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const cell = straightQueue[head++]!;
      const next = outValue[cell]! + unit;
      const y = (cell / w) | 0;
      const x = cell - y * w;
      for (let k = 0; k < 4; k++) {
        if (k === 0 ? y === 0 : k === 1 ? x === lastColumn : k === 2 ? y === lastRow : x === 0) continue;
        const to = cell + offsets[k]!;
        if (cost[to] === 0 || outValue[to] !== Infinity) continue;
        outValue[to] = next;
        outStraight[to * stride + lane] = next;
        straightQueue[tail++] = to;
      }
    }
    return;
  }
  straightQueue[0] = source;
  let straightHead = 0;
  let straightTail = 1;
  let diagonalHead = 0;
  let diagonalTail = 0;
  const slantWorth = Math.SQRT2 * unit;
  for (;;) {
    while (straightHead < straightTail && settled[straightQueue[straightHead]!] === 1) straightHead++;
    while (diagonalHead < diagonalTail && settled[diagonalQueue[diagonalHead]!] === 1) diagonalHead++;
    let cell: number;
    if (straightHead < straightTail) {
      const a = straightQueue[straightHead]!;
      if (diagonalHead < diagonalTail && outValue[diagonalQueue[diagonalHead]!]! < outValue[a]!) cell = diagonalQueue[diagonalHead++]!;
      else cell = straightQueue[straightHead++]!;
    } else if (diagonalHead < diagonalTail) cell = diagonalQueue[diagonalHead++]!;
    else break;
    settled[cell] = 1;
    const at = cell * stride + lane;
    const straightHere = outStraight[at]!;
    const diagonalHere = outDiagonal[at]!;
    const valueHere = outValue[cell]!;
    const y = (cell / w) | 0;
    const x = cell - y * w;
    // Each neighbour written out: a loop over direction bits costs several times more here.
    const straightValue = valueHere + unit;
    const slantValue = valueHere + slantWorth;
    const north = y > 0 && cost[cell - w] !== 0;
    const south = y < lastRow && cost[cell + w] !== 0;
    const west = x > 0 && cost[cell - 1] !== 0;
    const east = x < lastColumn && cost[cell + 1] !== 0;
    for (let k = 0; k < 4; k++) {
      if (!(k === 0 ? north : k === 1 ? east : k === 2 ? south : west)) continue;
      const to = cell + offsets[k]!;
      if (settled[to] === 1 || straightValue >= outValue[to]!) continue;
      outValue[to] = straightValue;
      outStraight[to * stride + lane] = straightHere + unit;
      outDiagonal[to * stride + lane] = diagonalHere;
      straightQueue[straightTail++] = to;
    }
    if (!diagonal) continue;
    for (let k = 4; k < 8; k++) {
      const sides = k === 4 ? north && east : k === 5 ? south && east : k === 6 ? south && west : north && west;
      if (!sides) continue;
      const to = cell + offsets[k]!;
      if (cost[to] === 0 || settled[to] === 1 || slantValue >= outValue[to]!) continue;
      outValue[to] = slantValue;
      outStraight[to * stride + lane] = straightHere;
      outDiagonal[to * stride + lane] = diagonalHere + unit;
      diagonalQueue[diagonalTail++] = to;
    }
  }
}

/**
 * The walkable cell nearest the grid's top-left corner (by x + y, then index) in the largest
 * walkable component (4-neighbour flood fill, which is also 8-way connectivity without corner
 * cutting), or -1 when nothing is walkable. Landmarks are picked from there, so a small walled-off
 * pocket early in the grid does not take them all.
 */
function largestComponentCorner(grid: TileGrid): number {
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
    let corner = seed;
    let cornerRank = (seed % width) + ((seed / width) | 0);
    while (head < tail) {
      const cell = queue[head++]!;
      const x = cell % width;
      const rank = x + ((cell / width) | 0);
      if (rank < cornerRank || (rank === cornerRank && cell < corner)) {
        corner = cell;
        cornerRank = rank;
      }
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
      best = corner;
    }
  }
  return best;
}

/**
 * Computes a landmark table for the grid as it is now (O(count × cells) time, 8 × count bytes per
 * cell). `count` defaults to `landmarkCountFor(cells)`.
 */
export function buildLandmarkTable(grid: TileGrid, connectivity: Connectivity, wanted?: number): LandmarkTable {
  const size = grid.width * grid.height;
  const diagonal = connectivity === 8;
  const unit = uniformCost(grid);
  const count = wanted ?? landmarkCountFor(size, connectivity, unit !== 0);
  const first = count <= 0 ? -1 : largestComponentCorner(grid);
  if (first === -1 || count <= 0) {
    return { gridVersion: grid.version, connectivity, cost: grid.cost.slice(), count: 0, cells: new Int32Array(0), straight: new Int32Array(0), diagonal: new Int32Array(0) };
  }
  const scratch: Scratch = {
    bucketHead: new Int32Array(unit === 0 ? BUCKETS : 0),
    entryCell: new Int32Array(unit === 0 ? 2 * size + 16 : 0),
    entryNext: new Int32Array(unit === 0 ? 2 * size + 16 : 0),
    settled: new Uint8Array(size),
    offsets: Int32Array.from([-grid.width, 1, grid.width, -1, 1 - grid.width, grid.width + 1, grid.width - 1, -grid.width - 1]),
    straightQueue: new Int32Array(unit === 0 ? 0 : diagonal ? 4 * size + 4 : size),
    diagonalQueue: new Int32Array(unit === 0 || !diagonal ? 0 : 4 * size + 4),
  };
  const value = new Float64Array(size);
  // Smallest distance to any landmark picked so far.
  const nearest = new Float64Array(size).fill(Infinity);
  // The tables, `count` landmarks per cell, written in place (compacted if fewer are picked).
  const lanes: Lane = { straight: new Int32Array(size * count).fill(UNREACHED), diagonal: new Int32Array(size * count), stride: count, lane: 0 };
  const cells: number[] = [];
  let pick = first;
  for (let k = 0; k < count; k++) {
    lanes.lane = k;
    if (unit !== 0) uniformDistances(grid, diagonal, pick, unit, lanes, value, scratch);
    else symmetricDistances(grid, diagonal, pick, lanes, value, scratch);
    cells.push(pick);
    let next = -1;
    let farthest = 0;
    for (let c = 0; c < size; c++) {
      const d = value[c]!;
      if (d < nearest[c]!) nearest[c] = d;
      const n = nearest[c]!;
      if (n !== Infinity && n > farthest) {
        farthest = n;
        next = c;
      }
    }
    // Everything reached is already a landmark (a tiny component): stop early.
    if (next === -1) break;
    pick = next;
  }
  const n = cells.length;
  let straight = lanes.straight;
  let slanted = lanes.diagonal;
  if (n < count) {
    straight = new Int32Array(size * n);
    slanted = new Int32Array(size * n);
    for (let c = 0; c < size; c++) {
      for (let i = 0; i < n; i++) {
        straight[c * n + i] = lanes.straight[c * count + i]!;
        slanted[c * n + i] = lanes.diagonal[c * count + i]!;
      }
    }
  }
  return { gridVersion: grid.version, connectivity, cost: grid.cost.slice(), count: n, cells: Int32Array.from(cells), straight, diagonal: slanted };
}
