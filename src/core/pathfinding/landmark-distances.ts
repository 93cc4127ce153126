/**
 * The whole-map distance searches that fill a landmark table's lanes (landmarks.ts): a bucket-queue
 * Dijkstra over the symmetric relaxation of any grid, and a two-queue one for grids whose walkable
 * cells all cost the same. Each writes one landmark's distances, as the two integer parts of
 * landmarks.ts, into its lane of the interleaved table.
 */

import type { TileGrid } from '../grid/tile-grid';

/** Table value for a cell the landmark cannot reach (or a wall). */
export const UNREACHED = 0x7fffffff;

/** Ring of buckets one tile-step wide: a step costs at most √2 × 255 < 512 tile-steps. */
export const BUCKETS = 512;
const BUCKET_MASK = BUCKETS - 1;

/** Where one landmark's distances go: lane `lane` of tables `stride` entries per cell (landmarks.ts). */
export interface Lane {
  straight: Int32Array;
  diagonal: Int32Array;
  stride: number;
  lane: number;
}

export interface Scratch {
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
 * `outValue` (UNREACHED / Infinity where not reached); returns the number of cells reached. Dial's bucket queue on real distances with
 * lazy deletion, as in flow-field.ts: bucket k holds values in [k, k + 1), every step is worth at
 * least 1, so a bucket's cells are final when it is reached.
 */
// long because: one bucket-queue Dijkstra with its neighbour expansion on locals, run once per landmark at level load
export function symmetricDistances(grid: TileGrid, diagonal: boolean, source: number, out: Lane, outValue: Float64Array, scratch: Scratch): number {
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
  if (cost[source] === 0) return 0;
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
  let reached = 0;
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
    reached++;
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
  return reached;
}

/**
 * `symmetricDistances` for a grid whose walkable cells all cost `unit`: a step is then worth 1 or
 * √2 units, so two first-in-first-out queues, one of cells reached by a straight step and one by a
 * diagonal step, each stay in increasing order, and taking the smaller of their heads (by the
 * cell's current value, which for an unsettled head is its key or the other head's) is Dijkstra's
 * order without a priority queue; a cell already settled is skipped when it comes up again.
 */
// long because: one two-queue Dijkstra with its neighbour expansion on locals, as symmetricDistances
export function uniformDistances(grid: TileGrid, diagonal: boolean, source: number, unit: number, out: Lane, outValue: Float64Array, scratch: Scratch): number {
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
  if (cost[source] === 0) return 0;
  outStraight[source * stride + lane] = 0;
  outDiagonal[source * stride + lane] = 0;
  outValue[source] = 0;
  if (!diagonal) {
    // One step length: a breadth-first search, each cell final when first reached (neighbours
    // written out, as in flow-field.ts's breadth-first field).
    const size = cost.length;
    const southmost = size - w;
    straightQueue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const cell = straightQueue[head++]!;
      const next = outValue[cell]! + unit;
      const x = cell % w;
      if (cell >= w && cost[cell - w] !== 0 && outValue[cell - w] === Infinity) {
        outValue[cell - w] = next;
        outStraight[(cell - w) * stride + lane] = next;
        straightQueue[tail++] = cell - w;
      }
      if (x < lastColumn && cost[cell + 1] !== 0 && outValue[cell + 1] === Infinity) {
        outValue[cell + 1] = next;
        outStraight[(cell + 1) * stride + lane] = next;
        straightQueue[tail++] = cell + 1;
      }
      if (cell < southmost && cost[cell + w] !== 0 && outValue[cell + w] === Infinity) {
        outValue[cell + w] = next;
        outStraight[(cell + w) * stride + lane] = next;
        straightQueue[tail++] = cell + w;
      }
      if (x > 0 && cost[cell - 1] !== 0 && outValue[cell - 1] === Infinity) {
        outValue[cell - 1] = next;
        outStraight[(cell - 1) * stride + lane] = next;
        straightQueue[tail++] = cell - 1;
      }
    }
    return tail;
  }
  straightQueue[0] = source;
  let straightHead = 0;
  let straightTail = 1;
  let diagonalHead = 0;
  let diagonalTail = 0;
  const slantWorth = Math.SQRT2 * unit;
  let reached = 0;
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
    reached++;
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
  return reached;
}
