/**
 * Keeping a landmark table (landmarks.ts) right after doors and barricades change, without
 * rebuilding it: only the cells whose distances change are touched.
 *
 * - A cell that got dearer (a door shut, a barricade built, a wall raised) changes nothing: the
 *   table stays exact for its own costs (`table.cost`), which are now a relaxation of the grid's —
 *   every step of the grid costs at least as much as in the table, and the table has every step
 *   the grid has — so its bounds stay admissible and consistent and A* stays exact. It only gets
 *   a little weaker where the grid got dearer.
 * - A cell that got cheaper (a door opened, a barricade broken, a wall knocked through) takes its
 *   new cost in `table.cost`, and each landmark's distances are lowered by a Dijkstra that starts
 *   from that cell and its neighbours (the steps into, out of and around it, diagonals included,
 *   may have become cheaper or newly legal) and spreads only as far as distances improve.
 *
 * Words:
 * - dearer / cheaper: comparing a cell's cost with 0 (a wall) read as infinitely dear.
 */

import type { Connectivity, TileGrid } from '../grid/tile-grid';
import { buildLandmarkTable, UNREACHED, type LandmarkTable } from './landmarks';

/** `cost` as a price: walls infinitely dear. */
function price(cost: number): number {
  return cost === 0 ? Infinity : cost;
}

/**
 * Brings `table` up to date with `grid` (same size) as described above; returns the number of
 * table entries (cell × landmark) lowered, 0 when no cell got cheaper.
 */
export function updateLandmarkTable(table: LandmarkTable, grid: TileGrid): number {
  const size = grid.width * grid.height;
  const tableCost = table.cost;
  const cost = grid.cost;
  const cheaper: number[] = [];
  for (let c = 0; c < size; c++) {
    const now = cost[c]!;
    if (now === tableCost[c]) continue;
    if (price(now) < price(tableCost[c]!)) {
      tableCost[c] = now;
      cheaper.push(c);
    }
  }
  table.gridVersion = grid.version;
  if (cheaper.length === 0 || table.count === 0) return 0;
  // The cells whose distance may drop first: each cheaper cell and its 8 neighbours.
  const seeds = new Set<number>();
  const w = grid.width;
  for (const c of cheaper) {
    const x = c % w;
    const y = (c - x) / w;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx >= 0 && ny >= 0 && nx < w && ny < grid.height) seeds.add(ny * w + nx);
      }
    }
  }
  const ordered = [...seeds].sort((a, b) => a - b);
  let lowered = 0;
  for (let i = 0; i < table.count; i++) lowered += lowerLandmark(table, grid.width, grid.height, i, ordered);
  return lowered;
}

/** The neighbours of `cell` a step may reach in the table's grid, with the step's two parts (symmetric: min of both costs). */
function forEachStep(table: LandmarkTable, width: number, height: number, cell: number, visit: (to: number, straight: number, diagonal: number) => void): void {
  const cost = table.cost;
  const here = cost[cell]!;
  if (here === 0) return;
  const x = cell % width;
  const y = (cell - x) / width;
  const north = y > 0 ? cost[cell - width]! : 0;
  const south = y < height - 1 ? cost[cell + width]! : 0;
  const west = x > 0 ? cost[cell - 1]! : 0;
  const east = x < width - 1 ? cost[cell + 1]! : 0;
  if (north !== 0) visit(cell - width, north < here ? north : here, 0);
  if (east !== 0) visit(cell + 1, east < here ? east : here, 0);
  if (south !== 0) visit(cell + width, south < here ? south : here, 0);
  if (west !== 0) visit(cell - 1, west < here ? west : here, 0);
  if (table.connectivity === 4) return;
  for (const [vertical, horizontal, to] of [
    [north, east, cell - width + 1],
    [south, east, cell + width + 1],
    [south, west, cell + width - 1],
    [north, west, cell - width - 1],
  ] as const) {
    if (vertical === 0 || horizontal === 0) continue;
    const c = cost[to]!;
    if (c !== 0) visit(to, 0, c < here ? c : here);
  }
}

/** Lowers landmark `i`'s distances from `seeds` outwards (a Dijkstra on a small lazy heap); returns the entries lowered. */
// long because: the seeding pass and the Dijkstra that spreads from it share the landmark's row and the heap
function lowerLandmark(table: LandmarkTable, width: number, height: number, i: number, seeds: readonly number[]): number {
  const n = table.stride;
  const straight = table.straight;
  const diagonal = table.diagonal;
  const worth = (cell: number): number => {
    const s = straight[cell * n + i]!;
    return s === UNREACHED ? Infinity : s + Math.SQRT2 * diagonal[cell * n + i]!;
  };
  const heapCell: number[] = [];
  const heapKey: number[] = [];
  const push = (cell: number, key: number) => {
    let at = heapCell.length;
    heapCell.push(cell);
    heapKey.push(key);
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (heapKey[up]! < key || (heapKey[up] === key && heapCell[up]! < cell)) break;
      heapCell[at] = heapCell[up]!;
      heapKey[at] = heapKey[up]!;
      at = up;
    }
    heapCell[at] = cell;
    heapKey[at] = key;
  };
  const pop = (): number => {
    const top = heapCell[0]!;
    const lastCell = heapCell.pop()!;
    const lastKey = heapKey.pop()!;
    const count = heapCell.length;
    if (count === 0) return top;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      if (child + 1 < count && (heapKey[child + 1]! < heapKey[child]! || (heapKey[child + 1] === heapKey[child] && heapCell[child + 1]! < heapCell[child]!))) child++;
      if (heapKey[child]! > lastKey || (heapKey[child] === lastKey && heapCell[child]! > lastCell)) break;
      heapCell[at] = heapCell[child]!;
      heapKey[at] = heapKey[child]!;
      at = child;
    }
    heapCell[at] = lastCell;
    heapKey[at] = lastKey;
    return top;
  };
  let lowered = 0;
  const offer = (to: number, s: number, d: number) => {
    const value = s + Math.SQRT2 * d;
    if (value >= worth(to)) return;
    straight[to * n + i] = s;
    diagonal[to * n + i] = d;
    lowered++;
    push(to, value);
  };
  // Each seed's best distance through any neighbour, in the table's (new) costs.
  for (const seed of seeds) {
    forEachStep(table, width, height, seed, (from, s, d) => {
      const base = straight[from * n + i]!;
      if (base !== UNREACHED) offer(seed, base + s, diagonal[from * n + i]! + d);
    });
  }
  while (heapCell.length > 0) {
    const key = heapKey[0]!;
    const cell = pop();
    if (key !== worth(cell)) continue;
    const s0 = straight[cell * n + i]!;
    const d0 = diagonal[cell * n + i]!;
    forEachStep(table, width, height, cell, (to, s, d) => offer(to, s0 + s, d0 + d));
  }
  return lowered;
}

/**
 * A search engine's landmark table for `grid`: built on first use, then after each `grid.version`
 * change either brought up to date in place (`'update'`, as above: a door or barricade never
 * rebuilds it) or built afresh for the grid as it is (`'rebuild'`: the table, and so the path
 * chosen among equally short ones, depends only on the grid now; see PathfinderOptions.table).
 */
export function keepLandmarkTable(grid: TileGrid, connectivity: Connectivity, follow: 'update' | 'rebuild' = 'update'): () => LandmarkTable {
  let table: LandmarkTable | undefined;
  return () => {
    if (table === undefined || (follow === 'rebuild' && table.gridVersion !== grid.version)) table = buildLandmarkTable(grid, connectivity);
    else if (table.gridVersion !== grid.version) updateLandmarkTable(table, grid);
    return table;
  };
}
