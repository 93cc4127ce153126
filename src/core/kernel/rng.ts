/**
 * Seeded random numbers for the simulation (mulberry32: one 32-bit word of state, fast, good
 * enough for games). The whole state is one number, so it goes into saves and replays as is.
 * Cosmetic randomness in `game/` uses its own generator and never feeds back into the core.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p` (0..1). */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** The current state, to save; `createRng(0).restore(state)` continues the same sequence. */
  state(): number;
  restore(state: number): void;
}

/** Turns any finite number or string into a 32-bit seed (strings hash with FNV-1a). */
export function seedFrom(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 0x9e3779b9;
    return ((Math.trunc(value) >>> 0) ^ 0x9e3779b9) >>> 0; // unsigned, as state() reports it after a restore
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRng(seed: number | string): Rng {
  let s = seedFrom(seed);
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick from an empty array');
      return items[Math.floor(next() * items.length)]!;
    },
    state: () => s,
    restore(state) {
      s = state >>> 0;
    },
  };
}
