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
 * Landmarks are picked deterministically in the largest walkable component, so a table depends only
 * on the grid. The first is the component's cell nearest the grid's top-left corner. On grids up to
 * EDGE_PLACEMENT_ABOVE cells (every level) each next one is the reached cell farthest from all
 * landmarks so far (farthest-point, ties by lowest index); on larger ones they are spread evenly
 * along the grid's edge (`edgePoint`, each the reached cell nearest its point): a bound is strong
 * where a landmark lies behind an end of the query, and on big floors farthest-point also fills
 * the middle, where it seldom does (on the bench's 1024² floors, 8-way, jump point search expands
 * a quarter to a half fewer cells with 16 edge landmarks). Queries elsewhere (another component)
 * fall back to the octile bound alone.
 */

import type { TileGrid } from '../grid/tile-grid';
import type { Connectivity } from '../grid/tile-grid';
import { BUCKETS, symmetricDistances, uniformDistances, UNREACHED, type Lane, type Scratch } from './landmark-distances';
import { uniformCost } from './path-types';

export { UNREACHED };

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
  /**
   * Entries from one cell to the next in `straight` and `diagonal`: `2 * count` for an 8-way
   * table, whose two parts are views of one buffer, a cell's straight parts followed by its
   * diagonal parts (reading a cell's bounds then touches one run of memory, not two far apart);
   * `count` for a 4-way one.
   */
  readonly stride: number;
  /** The landmark cells, in the order they were picked. */
  readonly cells: Int32Array;
  /** `straight[cell * stride + i]`: straight part of sym(landmark i, cell), or UNREACHED. */
  readonly straight: Int32Array;
  /** `diagonal[cell * stride + i]`: diagonal part of sym(landmark i, cell) (0 in a 4-way table). */
  readonly diagonal: Int32Array;
}

/** The two parts of a table of `count` landmarks over `size` cells, straight parts UNREACHED (see `LandmarkTable.stride`). */
function allocateParts(size: number, count: number, connectivity: Connectivity): { straight: Int32Array; diagonal: Int32Array; stride: number } {
  if (connectivity === 4) return { straight: new Int32Array(size * count).fill(UNREACHED), diagonal: new Int32Array(size * count), stride: count };
  const stride = 2 * count;
  const both = new Int32Array(size * stride);
  for (let at = 0; at < both.length; at += stride) both.fill(UNREACHED, at, at + count);
  return { straight: both, diagonal: both.subarray(count), stride };
}

/**
 * How many landmarks a grid of `size` cells gets: none for tiny grids; 8 for level-sized ones
 * (up to 32,768 cells, set-up a few ms); up to 256 × 256, 2 for 4-way grids and 4 for 8-way
 * ones, so set-up stays small at the largest size a level is (each landmark is one search over
 * the grid) — and none for an 8-way grid whose walkable cells all cost the same (`uniform`),
 * where jump point search answers as fast without them at that size (npm run bench), and one
 * for such a 4-way grid (a second made queries no faster on 25%-wall and open floors, 7% faster
 * on school floors, and doubled the set-up, 5 ms warm at 256²); 8 beyond,
 * where queries are long enough to repay them, and 16 for such a uniform grid (jump point
 * search on a 1024² 25%-wall floor expanded a third fewer cells than with 8 farthest-point ones,
 * and answered about a quarter sooner; 4-way A* on the 512² and 1024² 25%-wall floors expands
 * 38% and 46% fewer than with 8 edge landmarks; set-up takes twice as long, about 2 s at 1024²).
 */
export function landmarkCountFor(size: number, connectivity: Connectivity = 8, uniform = false): number {
  if (size < 64) return 0;
  if (size < 1024) return 4;
  if (size <= 32768) return 8;
  if (size <= 65536) return connectivity === 4 ? (uniform ? 1 : 2) : uniform ? 0 : 4;
  return uniform ? 16 : 8;
}

/**
 * The walkable cell nearest the grid's top-left corner (by x + y, then index) in the largest
 * walkable component (4-neighbour flood fill, which is also 8-way connectivity without corner
 * cutting), or -1 when nothing is walkable. Landmarks are picked from there, so a small walled-off
 * pocket early in the grid does not take them all. `seen` (all 0) and `queue` (at least one entry
 * per cell) are scratch. A cell's rank is only worked out (two divisions) in the rows that can
 * still hold a better corner: from `rowsPast` on, every cell's y alone exceeds the best rank.
 */
function largestComponentCorner(grid: TileGrid, seen: Uint8Array, queue: Int32Array): number {
  const width = grid.width;
  const size = width * grid.height;
  const cost = grid.cost;
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
    let rowsPast = (cornerRank + 1) * width;
    while (head < tail) {
      const cell = queue[head++]!;
      const x = cell % width;
      if (cell < rowsPast) {
        const rank = x + ((cell / width) | 0);
        if (rank < cornerRank || (rank === cornerRank && cell < corner)) {
          corner = cell;
          cornerRank = rank;
          rowsPast = (cornerRank + 1) * width;
        }
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

/** The walkable cell nearest the top-left corner (least x + y, then least index), or -1: anti-diagonal by anti-diagonal. */
function firstWalkableByRank(grid: TileGrid): number {
  const { width, height, cost } = grid;
  for (let rank = 0; rank <= width + height - 2; rank++) {
    for (let y = Math.max(0, rank - width + 1); y <= Math.min(rank, height - 1); y++) {
      const cell = y * width + rank - y;
      if (cost[cell] !== 0) return cell;
    }
  }
  return -1;
}

/**
 * Picks the first landmark (`largestComponentCorner`) and writes its distances into lane 0 of
 * `lanes` with `search` (which returns the cells it reached); returns it, or -1 when nothing is
 * walkable. Without a flood fill when it can: the walkable cell nearest the corner is searched
 * from first, and when its search reaches more than half of the walkable cells, its component is
 * the largest and that cell is its corner. Otherwise the flood fill finds the corner (`seen`, the
 * searches' visited flags, cleared first; `queue` one entry per cell) and lane 0 is searched again.
 */
function placeFirstLandmark(grid: TileGrid, lanes: Lane, search: (from: number) => number, seen: Uint8Array, queue: Int32Array): number {
  const guess = firstWalkableByRank(grid);
  if (guess === -1) return -1;
  lanes.lane = 0;
  const reached = search(guess);
  let walkable = 0;
  for (const c of grid.cost) if (c !== 0) walkable++;
  if (2 * reached > walkable) return guess;
  seen.fill(0);
  const corner = largestComponentCorner(grid, seen, queue);
  if (corner === guess) return guess;
  for (let at = 0; at < lanes.straight.length; at += lanes.stride) {
    lanes.straight[at] = UNREACHED;
    lanes.diagonal[at] = 0;
  }
  search(corner);
  return corner;
}

/** Grids with more cells than this get their landmarks along the edge (see the header). */
export const EDGE_PLACEMENT_ABOVE = 65536;

/**
 * Point `i` of `count` spread evenly along the edge of a `width` × `height` grid, clockwise from
 * the top-left corner (point 0): the top row, the right column, the bottom row, the left column.
 */
export function edgePoint(width: number, height: number, i: number, count: number): { x: number; y: number } {
  const across = width - 1;
  const down = height - 1;
  let t = Math.floor((i * 2 * (across + down)) / count);
  if (t < across) return { x: t, y: 0 };
  t -= across;
  if (t < down) return { x: across, y: t };
  t -= down;
  if (t < across) return { x: across - t, y: down };
  return { x: 0, y: down - (t - across) };
}

/**
 * The cell reached by the first landmark (lane 0 of `lanes`, its largest walkable area) nearest to
 * (x, y) in straight-line distance (ties: the lowest index), or -1: ring by ring outwards, until
 * no ring can hold a nearer cell.
 */
function nearestReached(lanes: Lane, width: number, height: number, x: number, y: number): number {
  let best = -1;
  let bestSquare = Infinity;
  const consider = (cx: number, cy: number) => {
    if (cx < 0 || cy < 0 || cx >= width || cy >= height) return;
    const cell = cy * width + cx;
    if (lanes.straight[cell * lanes.stride] === UNREACHED) return;
    const square = (cx - x) * (cx - x) + (cy - y) * (cy - y);
    if (square < bestSquare || (square === bestSquare && cell < best)) {
      best = cell;
      bestSquare = square;
    }
  };
  const reach = Math.max(width, height);
  for (let r = 0; r <= reach && r * r <= bestSquare; r++) {
    if (r === 0) consider(x, y);
    for (let d = -r; d <= r && r > 0; d++) {
      consider(x + d, y - r);
      consider(x + d, y + r);
      if (d !== -r && d !== r) {
        consider(x - r, y + d);
        consider(x + r, y + d);
      }
    }
  }
  return best;
}

/**
 * The landmark after the `picked` ones on a grid above EDGE_PLACEMENT_ABOVE cells: the reached
 * cell nearest the next edge point from `point` on that is not a landmark yet; returns it and the
 * point it came from, or -1 when the points run out.
 */
function nextEdgeLandmark(grid: TileGrid, lanes: Lane, picked: readonly number[], point: number, count: number): { cell: number; point: number } {
  for (let i = point + 1; i < count; i++) {
    const { x, y } = edgePoint(grid.width, grid.height, i, count);
    const cell = nearestReached(lanes, grid.width, grid.height, x, y);
    if (cell !== -1 && !picked.includes(cell)) return { cell, point: i };
  }
  return { cell: -1, point: count };
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
  const empty = (): LandmarkTable => ({
    gridVersion: grid.version,
    connectivity,
    cost: grid.cost.slice(),
    count: 0,
    stride: 0,
    cells: new Int32Array(0),
    straight: new Int32Array(0),
    diagonal: new Int32Array(0),
  });
  if (count <= 0) return empty();
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
  // The tables, `count` landmarks per cell, written in place (compacted if fewer are picked).
  const lanes: Lane = { ...allocateParts(size, count, connectivity), lane: 0 };
  const search = (from: number): number => (unit !== 0 ? uniformDistances(grid, diagonal, from, unit, lanes, value, scratch) : symmetricDistances(grid, diagonal, from, lanes, value, scratch));
  const first = placeFirstLandmark(grid, lanes, search, scratch.settled, unit === 0 ? scratch.entryCell : scratch.straightQueue);
  if (first === -1) return empty();
  const edge = size > EDGE_PLACEMENT_ABOVE;
  // Smallest distance to any landmark picked so far (farthest-point only; none is picked after a single one).
  const nearest = new Float64Array(count > 1 && !edge ? size : 0).fill(Infinity);
  const cells: number[] = [];
  let pick = first;
  let point = 0;
  for (let k = 0; k < count; k++) {
    lanes.lane = k;
    // The first landmark's distances are in lane 0 already.
    if (k > 0) search(pick);
    cells.push(pick);
    // The last landmark needs no next one picked.
    if (k === count - 1) break;
    if (edge) {
      ({ cell: pick, point } = nextEdgeLandmark(grid, lanes, cells, point, count));
      if (pick === -1) break;
      continue;
    }
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
  let parts: { straight: Int32Array; diagonal: Int32Array; stride: number } = lanes;
  if (n < count) {
    parts = allocateParts(size, n, connectivity);
    for (let c = 0; c < size; c++) {
      for (let i = 0; i < n; i++) {
        parts.straight[c * parts.stride + i] = lanes.straight[c * lanes.stride + i]!;
        parts.diagonal[c * parts.stride + i] = lanes.diagonal[c * lanes.stride + i]!;
      }
    }
  }
  return { gridVersion: grid.version, connectivity, cost: grid.cost.slice(), count: n, stride: parts.stride, cells: Int32Array.from(cells), straight: parts.straight, diagonal: parts.diagonal };
}
