/**
 * Noise: a sound made somewhere on the map this tick, and how far it travels over the tile graph.
 *
 * Words:
 * - radius: how far (tiles) the noise carries through open floor; a running footstep ~9, a
 *   scream ~11, a phone alarm ~22.
 * - sound distance: the length of the quietest-to-travel route from the noise to a tile, in tiles.
 *   Open floor counts its length; a closed door or window counts `doorMuffleTiles` more; sound also
 *   soaks through a wall tile, at `wallMuffleTiles` more. So corridors carry sound around corners,
 *   and walls and doors muffle it instead of simply blocking it.
 * - margin: radius x the listener's hearing, less the sound distance; above 0 the listener hears
 *   it, and a bigger margin means a louder noise to that listener.
 */

import type { NoiseCause } from '../../state/events';
import type { TileGrid } from '../../grid/tile-grid';
import { ZOMBIE_AI } from '../../kernel/tuning';

export interface Noise {
  x: number;
  y: number;
  radius: number;
  cause: NoiseCause;
  by: string;
}

/** Sound distances are kept in tenths of a tile, as integers. */
const STEP = 10;
const DIAGONAL_STEP = 14;

export interface NoiseSpreader {
  /** Floods sound distances from tile (tileX, tileY) out to `reachTiles`. Replaces the last spread. */
  spread(tileX: number, tileY: number, reachTiles: number): void;
  /** Sound distance (tiles) from the last spread's source to `cell`; Infinity if it did not get there. */
  distanceAt(cell: number): number;
}

/**
 * All buffers are allocated once per grid; a spread touches only the cells it reaches.
 * `doorMuffle` (tenths of a tile per cell, -1 where the cell is not a door; see rules/world/doors.ts)
 * overrides what a door or window tile adds: a closed door muffles, an open one does not, even
 * though a closed door is a wall to walkers.
 */
// long because: the spreader is one closure over buffers allocated once per grid; spread and the readers are inner functions that share them
export function createNoiseSpreader(grid: TileGrid, doorMuffle?: Int16Array): NoiseSpreader {
  const { width, height } = grid;
  const size = width * height;
  const distance = new Int32Array(size);
  const stamp = new Uint32Array(size);
  let generation = 0;
  // Binary heap of cells keyed by distance (ties by cell, so spreading is deterministic).
  let heap = new Int32Array(256);
  let heapSize = 0;
  const less = (a: number, b: number): boolean => distance[a]! < distance[b]! || (distance[a] === distance[b] && a < b);
  const push = (cell: number): void => {
    if (heapSize === heap.length) {
      const bigger = new Int32Array(heap.length * 2);
      bigger.set(heap);
      heap = bigger;
    }
    let i = heapSize++;
    heap[i] = cell;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    heap[0] = heap[--heapSize]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heapSize && less(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heapSize && less(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return top;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  };
  const isWall = (cell: number): boolean => grid.cost[cell] === 0;
  /** Extra cost of sound entering a cell, in tenths of a tile. */
  const muffle = (cell: number): number => {
    const door = doorMuffle === undefined ? -1 : doorMuffle[cell]!;
    if (door >= 0) return door;
    if (grid.opaque[cell] !== 1) return 0;
    return (isWall(cell) ? ZOMBIE_AI.wallMuffleTiles : ZOMBIE_AI.doorMuffleTiles) * STEP;
  };

  return {
    spread(tileX, tileY, reachTiles) {
      generation = (generation + 1) >>> 0;
      if (generation === 0) {
        stamp.fill(0);
        generation = 1;
      }
      heapSize = 0;
      if (tileX < 0 || tileY < 0 || tileX >= width || tileY >= height) return;
      const limit = Math.floor(reachTiles * STEP);
      const source = tileY * width + tileX;
      stamp[source] = generation;
      distance[source] = 0;
      push(source);
      while (heapSize > 0) {
        const cell = pop();
        const here = distance[cell]!;
        const x = cell % width;
        const y = (cell - x) / width;
        // Sound leaves a wall tile only into open space: it soaks through a wall, not along it.
        const fromWall = isWall(cell) && cell !== source;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            if (dx === 0 && dy === 0) continue;
            const nx = x + dx;
            const ny = y + dy;
            if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
            const next = ny * width + nx;
            if (fromWall && isWall(next)) continue;
            if (dx !== 0 && dy !== 0) {
              // Around a corner only where both side tiles are open: no leaking through wall joints.
              if (isWall(y * width + nx) || isWall(ny * width + x) || isWall(next)) continue;
            }
            const candidate = here + (dx !== 0 && dy !== 0 ? DIAGONAL_STEP : STEP) + muffle(next);
            if (candidate > limit) continue;
            if (stamp[next] === generation && distance[next]! <= candidate) continue;
            stamp[next] = generation;
            distance[next] = candidate;
            push(next);
          }
        }
      }
    },
    distanceAt(cell) {
      return stamp[cell] === generation ? distance[cell]! / STEP : Infinity;
    },
  };
}
