/**
 * The maps the pathfinding bench and the true-distance tests share, all seeded: random 25%-wall
 * floors, open floors with a few pillars, and school floors (corridors, classrooms, doors, desks),
 * plus the largest walkable area of a map and random start/goal pairs in it. Unit costs (floor 1,
 * wall 0), so every library compared optimises the same thing.
 */

import { createTileGrid } from '../src/core/grid/tile-grid';
import type { TileGrid } from '../src/core/grid/tile-grid';
import { createRng } from '../src/core/kernel/rng';

export type MapKind = 'random25' | 'open' | 'school';

export const MAP_KINDS: readonly MapKind[] = ['random25', 'open', 'school'];

/** Seeded floats in [0, 1): the core's generator started from a raw 32-bit state (the same maps and pairs as ever). */
export function seededRandom(seed: number): () => number {
  const rng = createRng(0);
  rng.restore(seed);
  return rng.next;
}

/** A floor where each cell is a wall with probability `wallShare`. */
export function randomMap(size: number, random: () => number, wallShare = 0.25): TileGrid {
  const grid = createTileGrid(size, size);
  for (let c = 0; c < size * size; c++) grid.cost[c] = random() < wallShare ? 0 : 1;
  return grid;
}

/** The map of `kind` at `size`², from the bench's seed for that kind and size. */
export function benchMap(kind: MapKind, size: number): { grid: TileGrid; random: () => number } {
  const random = seededRandom(size * 31 + (kind === 'school' ? 7 : kind === 'open' ? 5 : 3));
  const grid = kind === 'school' ? schoolMap(size, random) : randomMap(size, random, kind === 'open' ? 0.02 : 0.25);
  return { grid, random };
}

/**
 * A school floor: 3-wide corridors on a lattice, the blocks between them split into two rows of
 * classrooms (1-thick walls), each room with a door onto its corridor and sometimes one into the
 * next room, plus a few desks.
 */
export function schoolMap(size: number, random: () => number): TileGrid {
  const grid = createTileGrid(size, size);
  const cost = grid.cost;
  const set = (x: number, y: number, value: number) => {
    if (x >= 0 && y >= 0 && x < size && y < size) cost[y * size + x] = value;
  };
  cost.fill(0);
  const blockW = 26;
  const blockH = 20;
  const corridor = 3;
  for (let y = 1; y < size - 1; y++) {
    for (let x = 1; x < size - 1; x++) {
      const inCorridor = (x - 1) % blockW < corridor || (y - 1) % blockH < corridor;
      if (inCorridor) set(x, y, 1);
    }
  }
  for (let by = 1; by + corridor < size - 1; by += blockH) {
    for (let bx = 1; bx + corridor < size - 1; bx += blockW) {
      // Block interior, inside its surrounding wall ring.
      const x0 = bx + corridor + 1;
      const y0 = by + corridor + 1;
      const x1 = Math.min(bx + blockW - 2, size - 3);
      const y1 = Math.min(by + blockH - 2, size - 3);
      if (x1 - x0 < 4 || y1 - y0 < 4) continue;
      const midY = (y0 + y1) >> 1;
      let roomX = x0;
      while (roomX <= x1) {
        const roomW = Math.min(x1 - roomX + 1, 6 + Math.floor(random() * 5));
        const roomEnd = roomX + roomW - 1;
        for (const [top, bottom, doorY] of [
          [y0, midY - 1, y0 - 1],
          [midY + 1, y1, y1 + 1],
        ] as const) {
          for (let y = top; y <= bottom; y++) for (let x = roomX; x <= roomEnd; x++) set(x, y, 1);
          // Door onto the corridor beyond the block wall.
          const doorX = roomX + Math.floor(random() * roomW);
          set(doorX, doorY, 1);
          // Sometimes a door into the next room along.
          if (roomEnd + 2 <= x1 && random() < 0.35) set(roomEnd + 1, top + Math.floor(random() * (bottom - top + 1)), 1);
          // Desks.
          for (let y = top + 1; y < bottom; y += 2) {
            for (let x = roomX + 1; x < roomEnd; x += 2) if (random() < 0.15) set(x, y, 0);
          }
        }
        roomX = roomEnd + 2;
      }
    }
  }
  return grid;
}

/** Cells of the largest 4-connected walkable component (8-dir without corner cutting is the same). */
export function largestComponent(grid: TileGrid): number[] {
  const size = grid.width * grid.height;
  const label = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let best: number[] = [];
  for (let seed = 0; seed < size; seed++) {
    if (grid.cost[seed] === 0 || label[seed] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = seed;
    label[seed] = seed;
    while (head < tail) {
      const c = queue[head++]!;
      const x = c % grid.width;
      for (const n of [c - grid.width, c + grid.width, x > 0 ? c - 1 : -1, x < grid.width - 1 ? c + 1 : -1]) {
        if (n < 0 || n >= size || grid.cost[n] === 0 || label[n] !== -1) continue;
        label[n] = seed;
        queue[tail++] = n;
      }
    }
    if (tail > best.length) best = Array.from(queue.subarray(0, tail));
  }
  return best;
}

export function makePairs(cells: number[], count: number, random: () => number): [number, number][] {
  const pairs: [number, number][] = [];
  while (pairs.length < count) {
    const a = cells[Math.floor(random() * cells.length)]!;
    const b = cells[Math.floor(random() * cells.length)]!;
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}
