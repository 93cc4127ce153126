/**
 * Scent: the blood trail a bleeding student leaves, tile by tile, fading with time. Zombies smell
 * only the tile they stand on and its neighbours, so a trail leads them step by step toward the
 * freshest end; it never tells them where a student is from afar.
 *
 * Strength is 1 when laid and falls by `decayPerTick` each tick after (kept lazily: each tile
 * remembers when it was last laid, so nothing is updated per tick).
 *
 * `decayPerTick` to the power of a trail's age is read from a table made by repeated multiplication
 * (plain IEEE products give the same bits on every JavaScript engine; `Math.pow` need not).
 */

import type { TileGrid } from '../grid/tile-grid';
import { SCENT } from '../kernel/tuning';

export interface ScentMap {
  /** Marks a fresh trail on `cell` at `tick`. */
  lay(cell: number, tick: number): void;
  /** Strength 0..1 of the trail on `cell` at `tick`. */
  strengthAt(cell: number, tick: number): number;
  /** True once any trail was laid (lets zombies skip sniffing on a clean floor). */
  readonly isEmpty: boolean;
  /** Every laid tile and when it was laid, for saves. */
  entries(): [cell: number, tick: number][];
  /** Replaces the whole map with saved entries. */
  restore(entries: readonly (readonly [number, number])[]): void;
  /** Tiles whose trail is still above `minStrength` at `tick`, for debug views. */
  trail(tick: number, minStrength: number): { cell: number; strength: number }[];
}

/** Strength by age in ticks, down to the first below this; older trails count as gone (0). */
const FADED = 1e-6;
const STRENGTH_BY_AGE: readonly number[] = (() => {
  const table = [1];
  while (table[table.length - 1]! >= FADED) table.push(table[table.length - 1]! * SCENT.decayPerTick);
  return Object.freeze(table);
})();

/** Strength of a trail laid `age` ticks ago (age >= 0). */
export function strengthOfAge(age: number): number {
  return STRENGTH_BY_AGE[age] ?? 0;
}

export function createScentMap(grid: TileGrid): ScentMap {
  const laidAt = new Int32Array(grid.width * grid.height).fill(-1);
  let empty = true;
  const laidCells = new Set<number>();
  return {
    lay(cell, tick) {
      laidAt[cell] = tick;
      empty = false;
      laidCells.add(cell);
    },
    entries() {
      const out: [number, number][] = [];
      for (let cell = 0; cell < laidAt.length; cell++) if (laidAt[cell]! >= 0) out.push([cell, laidAt[cell]!]);
      return out;
    },
    restore(entries) {
      laidAt.fill(-1);
      laidCells.clear();
      for (const [cell, tick] of entries) {
        laidAt[cell] = tick;
        laidCells.add(cell);
      }
      empty = entries.length === 0;
    },
    trail(tick, minStrength) {
      const out: { cell: number; strength: number }[] = [];
      for (const cell of laidCells) {
        const strength = strengthOfAge(tick - laidAt[cell]!);
        if (strength >= minStrength) out.push({ cell, strength });
        else laidCells.delete(cell); // faded for good: stop listing it
      }
      return out;
    },
    strengthAt(cell, tick) {
      const at = laidAt[cell]!;
      return at < 0 ? 0 : strengthOfAge(tick - at);
    },
    get isEmpty() {
      return empty;
    },
  };
}

/**
 * The neighbouring (or own) walkable tile with the freshest trail above the smell threshold, or -1.
 * Ties go to the first in a fixed order, so the choice is deterministic.
 */
export function freshestScentNear(grid: TileGrid, scent: ScentMap, tileX: number, tileY: number, tick: number): number {
  let best = -1;
  let bestStrength: number = SCENT.smellThreshold;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const x = tileX + dx;
      const y = tileY + dy;
      if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) continue;
      const cell = y * grid.width + x;
      if (grid.cost[cell] === 0) continue;
      const strength = scent.strengthAt(cell, tick);
      if (strength > bestStrength) {
        best = cell;
        bestStrength = strength;
      }
    }
  }
  return best;
}
