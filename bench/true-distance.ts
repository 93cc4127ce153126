/**
 * The judge of the pathfinding bench and the true-distance tests: a plain Dijkstra over doubles
 * (binary heap, no heuristic, nothing shared with the engine under test) in the true cost model —
 * entering a cell of cost c costs c orthogonally and √2·c diagonally, no corner cutting — and the
 * cost of a given path in that model. Costs here are in tiles (the engine's units are 10 per tile).
 */

import type { Connectivity, TileGrid } from '../src/core/grid/tile-grid';

/** Relative tolerance within which a path counts as optimal. */
export const OPTIMAL_TOLERANCE = 1e-9;

/** True when `cost` is within OPTIMAL_TOLERANCE of `optimum` (relative). */
export function isOptimal(cost: number, optimum: number): boolean {
  return cost - optimum <= OPTIMAL_TOLERANCE * Math.max(1, optimum);
}

/** Cost of a path of cells in tiles, or -1 when a step is illegal (wall, jump, cut corner). */
export function trueCostOfPath(grid: TileGrid, connectivity: Connectivity, cells: readonly number[]): number {
  const w = grid.width;
  let total = 0;
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    const ax = a % w;
    const ay = (a - ax) / w;
    const bx = b % w;
    const by = (b - bx) / w;
    const dx = Math.abs(bx - ax);
    const dy = Math.abs(by - ay);
    if (dx > 1 || dy > 1 || dx + dy === 0 || grid.cost[b] === 0 || b < 0 || b >= grid.cost.length) return -1;
    if (dx + dy === 2) {
      if (connectivity === 4 || grid.cost[ay * w + bx] === 0 || grid.cost[by * w + ax] === 0) return -1;
      total += Math.SQRT2 * grid.cost[b]!;
    } else total += grid.cost[b]!;
  }
  return total;
}

/**
 * True-distance costs (tiles) from `source` to every cell (Infinity where unreachable); with
 * `reverse`, from every cell TO `source` (the distance a flow field holds). Stops early once all
 * of `stopAfter` are settled, when given.
 */
export function trueDistances(grid: TileGrid, connectivity: Connectivity, source: number, options: { reverse?: boolean; stopAfter?: readonly number[] } = {}): Float64Array {
  const w = grid.width;
  const h = grid.height;
  const size = w * h;
  const cost = grid.cost;
  const dist = new Float64Array(size).fill(Infinity);
  const done = new Uint8Array(size);
  let heapCell = new Int32Array(size + 8);
  let heapKey = new Float64Array(size + 8);
  let count = 0;
  const push = (cell: number, key: number) => {
    if (count === heapCell.length) {
      const cells = new Int32Array(2 * count);
      const keys = new Float64Array(2 * count);
      cells.set(heapCell);
      keys.set(heapKey);
      heapCell = cells;
      heapKey = keys;
    }
    let at = count++;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (heapKey[up]! <= key) break;
      heapKey[at] = heapKey[up]!;
      heapCell[at] = heapCell[up]!;
      at = up;
    }
    heapKey[at] = key;
    heapCell[at] = cell;
  };
  const pop = (): number => {
    const top = heapCell[0]!;
    const lastKey = heapKey[--count]!;
    const lastCell = heapCell[count]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      if (child + 1 < count && heapKey[child + 1]! < heapKey[child]!) child++;
      if (heapKey[child]! >= lastKey) break;
      heapKey[at] = heapKey[child]!;
      heapCell[at] = heapCell[child]!;
      at = child;
    }
    heapKey[at] = lastKey;
    heapCell[at] = lastCell;
    return top;
  };
  if (cost[source] === 0) return dist;
  const waitingFor = new Set(options.stopAfter ?? []);
  const stopping = options.stopAfter !== undefined;
  dist[source] = 0;
  push(source, 0);
  while (count > 0) {
    const cell = pop();
    if (done[cell] === 1) continue;
    done[cell] = 1;
    if (stopping) {
      waitingFor.delete(cell);
      if (waitingFor.size === 0) break;
    }
    const x = cell % w;
    const y = (cell - x) / w;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        if (dx === 0 && dy === 0) continue;
        const diagonal = dx !== 0 && dy !== 0;
        if (diagonal && connectivity === 4) continue;
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const other = ny * w + nx;
        if (cost[other] === 0 || done[other] === 1) continue;
        if (diagonal && (cost[y * w + nx] === 0 || cost[ny * w + x] === 0)) continue;
        // Forward: step cell -> other enters `other`; reverse: other -> cell enters `cell`.
        const entered = options.reverse === true ? cost[cell]! : cost[other]!;
        const d = dist[cell]! + (diagonal ? Math.SQRT2 * entered : entered);
        if (d < dist[other]!) {
          dist[other] = d;
          push(other, d);
        }
      }
    }
  }
  return dist;
}
