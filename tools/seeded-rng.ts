/**
 * The generators' seeded random numbers, shared by the art, audio and level-corpus tools so every
 * generated picture, sound and level is the same on every run. Never Math.random.
 *
 * The numbers come from the core's generator (src/core/kernel/rng.ts), started from a raw 32-bit state
 * (`restore`, not the simulation's seed mixing, so the generated assets stay as they were); this
 * adds only the draws the generators need besides the core's (`range`, `bipolar`).
 */

import { createRng, seedFrom, type Rng as CoreRng } from '../src/core';

export class Rng {
  private readonly core: CoreRng;

  constructor(seed: number) {
    this.core = createRng(0);
    this.core.restore(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.core.next();
  }

  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return this.core.int(min, max);
  }

  /** A float in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.core.next();
  }

  /** A float in [-1, 1). */
  bipolar(): number {
    return this.core.next() * 2 - 1;
  }

  chance(p: number): boolean {
    return this.core.chance(p);
  }

  pick<T>(items: readonly T[]): T {
    return this.core.pick(items);
  }
}

/** A stable seed from a name (FNV-1a, the core's string seeds), so each tile, sprite or sound gets its own noise. */
export function seedOf(name: string): number {
  return seedFrom(name);
}
