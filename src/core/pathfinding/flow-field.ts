/**
 * Flow field: one shared Dijkstra map towards the nearest of several source cells (students,
 * noise sources), read by any number of zombies in O(1) each.
 *
 * Words:
 * - source: a cell agents head for; its distance is 0. Sources on impassable cells are ignored.
 * - distance: the cheapest cost of walking from a cell to its nearest source, in the cost model of
 *   `astar.ts` (10 or 10√2 × the cost of each cell entered, no corner cutting), so a zombie
 *   following the field walks a path A* would call optimal: the shortest in true distance.
 * - downhill: `nextCell(c)` is a neighbour of `c` whose distance plus the step into it equals the
 *   distance of `c`; following it from any reachable cell ends on a source.
 *
 * The map is computed with a bucket queue (Dial's algorithm on real-valued distances): bucket `k`
 * holds the cells whose distance lies in [10k, 10k + 10). Every step costs at least 10 (the
 * cheapest straight step), so no cell of a bucket can lower another cell of the same bucket: when
 * the lowest bucket is reached, all its cells are final, in any order, and the distances are
 * exact. Steps cost at most 10√2 × 255 < 3,610, so a ring of 512 buckets covers every queued
 * distance. Deletion is lazy: a cell whose distance drops is pushed again (newest first in its
 * bucket) and the entry reached after it was settled is skipped.
 *
 * A 4-way field over a grid whose walkable cells all cost the same is a plain breadth-first
 * search instead: every step costs the same, so a first-in-first-out queue (the entry pool, one
 * entry per cell) meets cells in order of distance and the first distance a cell gets is final.
 */

import type { TileGrid } from '../grid/tile-grid';
import { DIAGONAL_STEP, MAX_GRID_CELLS, STRAIGHT_STEP, uniformCost } from './path-types';
import type { Connectivity } from '../grid/tile-grid';

/** Distance of a cell no source can be reached from (also: outside the field's `maxDistance`). */
export const UNREACHABLE = 0x7fffffff;

export interface FlowFieldOptions {
  connectivity: Connectivity;
  /**
   * Cells farther than this (in cost units, 10 per plain orthogonal step) are left UNREACHABLE,
   * which bounds the work for a local field such as a noise heard only nearby. Default: no limit.
   */
  maxDistance?: number;
  /**
   * Time-slicing: settle at most this many cells per `update` call. While a recomputation is under
   * way the previous field stays readable (agents keep following it), and the new one replaces it
   * when complete; a source that moves meanwhile is picked up by the next recomputation, which
   * starts as soon as the current one ends. Default: no limit (every change is applied at once).
   */
  maxSettledPerUpdate?: number;
}

export interface FlowField {
  /**
   * Points the field at `sources` (cell indices; order and duplicates do not matter). Recomputes
   * only when the set of sources differs from the one the field was last computed for, or
   * `grid.version` changed since; returns true when a new field became readable in this call.
   * Cost of a recomputation: O(reached cells) plus a fill of the whole map; with
   * `maxSettledPerUpdate` it is spread over calls (a field then lags its sources by a few calls).
   */
  update(sources: readonly number[]): boolean;
  /** True while a time-sliced recomputation is under way. */
  readonly isUpdating: boolean;
  /** Distance from `cell` to its nearest source; UNREACHABLE for walls, sealed or outside cells. */
  distanceAt(cell: number): number;
  /**
   * The neighbour to step into from `cell` to go downhill, `cell` itself on a source, and -1 when
   * `cell` is unreachable or outside the grid. O(1); ties are broken the same way on every run.
   */
  nextCell(cell: number): number;
  /** Distances per cell: the current field (read-only; the object changes when a new field is swapped in). */
  readonly distances: Float64Array;
  /**
   * `nextCell` per cell, as an array (read-only; the object changes when a new field is swapped
   * in): -1 where unreachable. For loops over many agents, which then need no call per agent.
   */
  readonly nextCells: Int32Array;
  /** Bumped on every recomputation, so readers can tell the field changed. */
  readonly version: number;
}

const BUCKETS = 512;
const BUCKET_MASK = BUCKETS - 1;
/** Width of a bucket: the cheapest step. */
const BUCKET_WIDTH = STRAIGHT_STEP;

/** Creates a field for `grid` (at most MAX_GRID_CELLS cells, else RangeError); no sources yet. */
// long because: the field is one closure over typed arrays allocated once per grid; reset, seed, build and the readers are inner functions that share them
export function createFlowField(grid: TileGrid, options: FlowFieldOptions): FlowField {
  const width = grid.width;
  const height = grid.height;
  const size = width * height;
  const cost = grid.cost;
  const diagonal = options.connectivity === 8;
  const maxDistance = options.maxDistance ?? UNREACHABLE - 1;

  const maxSettledPerUpdate = options.maxSettledPerUpdate ?? Infinity;
  if (size > MAX_GRID_CELLS) throw new RangeError(`grid of ${size} cells exceeds ${MAX_GRID_CELLS}`);

  // Two buffers: `distances`/`next` are read, `building*` is being computed; swapped when done.
  let distances = new Float64Array(size).fill(UNREACHABLE);
  let next = new Int32Array(size).fill(-1);
  let buildingDistances = new Float64Array(size);
  let buildingNext = new Int32Array(size);
  /** 1 once a cell of the field under construction is settled (its distance final). */
  const settled = new Uint8Array(size);
  const bucketHead = new Int32Array(BUCKETS).fill(-1);
  /** Cell offsets of the neighbours N, E, S, W, NE, SE, SW, NW. */
  const neighbourOffsets = Int32Array.from([-width, 1, width, -1, 1 - width, width + 1, width - 1, -width - 1]);
  // Queue entries (cell, next entry in the same bucket), grown when a build needs more.
  let entryCell = new Int32Array(2 * size + 16);
  let entryNext = new Int32Array(2 * size + 16);
  let entries = 0;
  /** Cells with a distance and not yet settled (outdated entries not counted). */
  let queued = 0;
  let current = 0;
  /** The cost of a step in the field under construction when it is a breadth-first search (see the header), else 0. */
  let breadthStep = 0;
  /** The walkable cells' one cost (0: they differ), and the grid version it was read for. */
  let unitCost = 0;
  let unitVersion = -1;
  let building = false;
  let fieldVersion = 0;
  /** What the readable field was computed for (grid version -1: nothing yet). */
  let readySources: number[] = [];
  let readyGridVersion = -1;
  /** What the field under construction is being computed for. */
  let buildingSources: number[] = [];
  let buildingGridVersion = -1;

  /** Makes room for `more` entries. */
  function reserve(more: number): void {
    if (entries + more <= entryCell.length) return;
    const length = Math.max(entries + more, 2 * entryCell.length);
    const grownCell = new Int32Array(length);
    const grownNext = new Int32Array(length);
    grownCell.set(entryCell.subarray(0, entries));
    grownNext.set(entryNext.subarray(0, entries));
    entryCell = grownCell;
    entryNext = grownNext;
  }

  function enqueue(cell: number, distance: number): void {
    const bucket = Math.floor(distance / BUCKET_WIDTH) & BUCKET_MASK;
    entryCell[entries] = cell;
    entryNext[entries] = bucketHead[bucket]!;
    bucketHead[bucket] = entries;
    entries++;
  }

  function beginBuilding(sources: number[]): void {
    buildingSources = sources;
    buildingGridVersion = grid.version;
    if (!diagonal && unitVersion !== grid.version) {
      unitCost = uniformCost(grid);
      unitVersion = grid.version;
    }
    breadthStep = diagonal ? 0 : STRAIGHT_STEP * unitCost;
    buildingDistances.fill(UNREACHABLE);
    buildingNext.fill(-1);
    if (breadthStep === 0) {
      settled.fill(0);
      bucketHead.fill(-1);
    }
    queued = 0;
    entries = 0;
    current = 0;
    building = true;
    reserve(sources.length);
    for (const source of sources) {
      if (!Number.isInteger(source) || source < 0 || source >= size || cost[source] === 0) continue;
      if (buildingDistances[source] === 0) continue;
      buildingDistances[source] = 0;
      buildingNext[source] = source;
      queued++;
      if (breadthStep === 0) enqueue(source, 0);
      else entryCell[entries++] = source;
    }
  }

  /**
   * `build` for a breadth-first field (see the header): the pool's entries from `current` to
   * `entries` are the queue, each cell's distance final when it is queued.
   */
  function buildBreadthFirst(budget: number): boolean {
    const dist = buildingDistances;
    const via = buildingNext;
    const queue = entryCell;
    const costOf = cost;
    const w = width;
    const southmost = size - w;
    const lastColumn = w - 1;
    const step = breadthStep;
    let head = current;
    let tail = entries;
    let left = budget;
    while (head < tail && left > 0) {
      left--;
      const cell = queue[head++]!;
      const distance = dist[cell]! + step;
      // The queue runs in order of distance: past the limit, so is everything after.
      if (distance > maxDistance) {
        head = tail;
        break;
      }
      const x = cell % w;
      // Neighbours N, E, S, W, as in `build`; one not reached yet has no next cell (-1).
      if (cell >= w && costOf[cell - w] !== 0 && via[cell - w] === -1) {
        dist[cell - w] = distance;
        via[cell - w] = cell;
        queue[tail++] = cell - w;
      }
      if (x < lastColumn && costOf[cell + 1] !== 0 && via[cell + 1] === -1) {
        dist[cell + 1] = distance;
        via[cell + 1] = cell;
        queue[tail++] = cell + 1;
      }
      if (cell < southmost && costOf[cell + w] !== 0 && via[cell + w] === -1) {
        dist[cell + w] = distance;
        via[cell + w] = cell;
        queue[tail++] = cell + w;
      }
      if (x > 0 && costOf[cell - 1] !== 0 && via[cell - 1] === -1) {
        dist[cell - 1] = distance;
        via[cell - 1] = cell;
        queue[tail++] = cell - 1;
      }
    }
    current = head;
    entries = tail;
    return head === tail;
  }

  /**
   * Settles up to `budget` cells; returns true when the field under construction is complete.
   * Hot state is copied into locals (and written back on the way out): closures of several fields
   * share optimised code, which would otherwise read every captured variable from its context.
   */
  // long because: the bucket-queue Dijkstra's inner loop in one piece, on locals copied from the closure, as in astar.ts's run
  function build(budget: number): boolean {
    if (breadthStep !== 0) return buildBreadthFirst(budget);
    const dist = buildingDistances;
    const via = buildingNext;
    const final = settled;
    const heads = bucketHead;
    const costOf = cost;
    const w = width;
    const lastRow = height - 1;
    const lastColumn = w - 1;
    const limit = maxDistance;
    const offsets = neighbourOffsets;
    let cellOf = entryCell;
    let nextOf = entryNext;
    let pushed = entries;
    let waiting = queued;
    let at = current;
    let left = budget;
    let complete = true;
    while (waiting > 0) {
      if (left <= 0) {
        complete = false;
        break;
      }
      left--;
      // The next entry of the lowest bucket whose cell is not settled yet. A cell is pushed once
      // per distance it gets; distances only drop, so an entry reached after its cell was settled
      // (from the same or a lower bucket) is outdated.
      let cell: number;
      for (;;) {
        const bucket = at & BUCKET_MASK;
        const entry = heads[bucket]!;
        if (entry === -1) {
          at++;
          continue;
        }
        heads[bucket] = nextOf[entry]!;
        cell = cellOf[entry]!;
        if (final[cell] === 0) break;
      }
      final[cell] = 1;
      waiting--;
      if (pushed + 8 > cellOf.length) {
        entries = pushed;
        reserve(8);
        cellOf = entryCell;
        nextOf = entryNext;
      }
      // Neighbours step INTO `cell`, so every step here costs `cell`'s own entry cost.
      const here = costOf[cell]!;
      const y = (cell / w) | 0;
      const x = cell - y * w;
      const north = y > 0 ? costOf[cell - w]! : 0;
      const south = y < lastRow ? costOf[cell + w]! : 0;
      const west = x > 0 ? costOf[cell - 1]! : 0;
      const east = x < lastColumn ? costOf[cell + 1]! : 0;
      // The open neighbours as bits, in order N, E, S, W, then NE, SE, SW, NW; a diagonal only
      // when both orthogonal cells on the way are open (no corner cutting).
      let open = (north !== 0 ? 1 : 0) | (east !== 0 ? 2 : 0) | (south !== 0 ? 4 : 0) | (west !== 0 ? 8 : 0);
      if (diagonal) {
        if ((open & 3) === 3 && costOf[cell - w + 1] !== 0) open |= 16;
        if ((open & 6) === 6 && costOf[cell + w + 1] !== 0) open |= 32;
        if ((open & 12) === 12 && costOf[cell + w - 1] !== 0) open |= 64;
        if ((open & 9) === 9 && costOf[cell - w - 1] !== 0) open |= 128;
      }
      const base = dist[cell]!;
      const straight = base + STRAIGHT_STEP * here;
      const slanted = base + DIAGONAL_STEP * here;
      while (open !== 0) {
        const bit = open & -open;
        open ^= bit;
        const k = 31 - Math.clz32(bit);
        const to = cell + offsets[k]!;
        const distance = k < 4 ? straight : slanted;
        if (distance > limit) continue;
        const old = dist[to]!;
        if (distance >= old) continue;
        if (old === UNREACHABLE) waiting++;
        dist[to] = distance;
        via[to] = cell;
        const bucket = Math.floor(distance / BUCKET_WIDTH) & BUCKET_MASK;
        cellOf[pushed] = to;
        nextOf[pushed] = heads[bucket]!;
        heads[bucket] = pushed;
        pushed++;
      }
    }
    entries = pushed;
    queued = waiting;
    current = at;
    return complete;
  }

  function swapIn(): void {
    const oldDistances = distances;
    const oldNext = next;
    distances = buildingDistances;
    next = buildingNext;
    buildingDistances = oldDistances;
    buildingNext = oldNext;
    readySources = buildingSources;
    readyGridVersion = buildingGridVersion;
    building = false;
    fieldVersion++;
  }

  function sameSources(a: number[], b: number[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  return {
    update(sources) {
      const wanted = Array.from(new Set(sources)).sort((a, b) => a - b);
      let swapped = false;
      if (building) {
        if (!build(maxSettledPerUpdate)) return false;
        swapIn();
        swapped = true;
      }
      if (grid.version === readyGridVersion && sameSources(wanted, readySources)) return swapped;
      beginBuilding(wanted);
      // A call that already finished one field leaves the next one's work to the next call.
      if (swapped) return true;
      if (!build(maxSettledPerUpdate)) return false;
      swapIn();
      return true;
    },
    distanceAt(cell) {
      return distances[cell] ?? UNREACHABLE;
    },
    nextCell(cell) {
      return next[cell] ?? -1;
    },
    get distances() {
      return distances;
    },
    get nextCells() {
      return next;
    },
    get version() {
      return fieldVersion;
    },
    get isUpdating() {
      return building;
    },
  };
}
