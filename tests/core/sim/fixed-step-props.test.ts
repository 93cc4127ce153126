/**
 * The frame loop's clock, as properties: however the same stretch of time is cut into frames, the
 * simulation runs the same ticks with the same commands and ends in the same state; and no single
 * frame delta, however strange, runs more than the cap or breaks the clock.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/core/state/commands';
import { createFixedStep } from '../../../src/core/sim/fixed-step';
import { createSimulation } from '../../../src/core/sim/simulation';
import { MAX_TICKS_PER_FRAME, TICK_MS } from '../../../src/core/kernel/tuning';
import { shippedLevel } from '../level-fixture';

const level = shippedLevel();
const SCRIPT: Record<number, Command[]> = {
  1: [{ type: 'walkTo', tileX: 20, tileY: 3 }],
  25: [{ type: 'move', dx: 1, dy: 0, gait: 'run' }],
  40: [{ type: 'attack' }, { type: 'move', dx: 0, dy: 0 }],
  55: [{ type: 'switchStudent' }, { type: 'walkTo', tileX: 30, tileY: 13 }],
};

/** Drives a simulation the way the play scene does: frames of `deltas` ms, whole ticks each. */
function playFrames(deltas: readonly number[]): { ticks: number; hash: string } {
  const simulation = createSimulation(level, { seed: 4 });
  const clock = createFixedStep({ tickMs: TICK_MS, maxTicksPerFrame: MAX_TICKS_PER_FRAME });
  for (const delta of deltas) {
    const ticks = clock.ticksFor(delta);
    expect(ticks).toBeLessThanOrEqual(MAX_TICKS_PER_FRAME);
    for (let i = 0; i < ticks; i++) simulation.step(SCRIPT[simulation.tick + 1] ?? []);
  }
  return { ticks: simulation.tick, hash: simulation.stateHash() };
}

function stepped(ticks: number): string {
  const simulation = createSimulation(level, { seed: 4 });
  while (simulation.tick < ticks) simulation.step(SCRIPT[simulation.tick + 1] ?? []);
  return simulation.stateHash();
}

/** Frame deltas in whole milliseconds (exact in binary), never above what one frame may run. */
const frames = fc.array(fc.integer({ min: 0, max: TICK_MS * MAX_TICKS_PER_FRAME }), { minLength: 1, maxLength: 120 });
const weird = fc.constantFrom(0, -0, -5, -1e9, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 3_600_000, Number.MAX_VALUE, Number.MIN_VALUE, 1e-300);

describe('frame-delta chunking', () => {
  it('never changes the result: any cut of the same time runs the same ticks to the same state hash', () => {
    fc.assert(
      fc.property(frames, (deltas) => {
        const total = deltas.reduce((a, b) => a + b, 0);
        const run = playFrames(deltas);
        expect(run.ticks).toBe(Math.floor(total / TICK_MS));
        expect(run.hash).toBe(stepped(run.ticks));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same state for 60 Hz, 144 Hz, 30 Hz and one-tick frames over the same 3 seconds', () => {
    const hashes = [1000 / 60, 1000 / 144, 1000 / 30, TICK_MS].map((frame) => {
      const deltas = Array.from({ length: Math.round(3000 / frame) }, () => frame);
      return playFrames(deltas);
    });
    // Float frame lengths may leave the last tick a hair short: compare at the common tick count.
    const ticks = Math.min(...hashes.map((h) => h.ticks));
    expect(ticks).toBeGreaterThanOrEqual(59);
    for (const h of hashes) expect(h.ticks - ticks).toBeLessThanOrEqual(1);
    expect(new Set(hashes.filter((h) => h.ticks === ticks).map((h) => h.hash))).toEqual(new Set([stepped(ticks)]));
  });

  it('runs at most the cap for any single huge, zero, negative or NaN delta, after any history, and keeps alpha in [0, 1)', () => {
    fc.assert(
      fc.property(frames, fc.oneof(weird, fc.double()), (history, delta) => {
        const clock = createFixedStep({ tickMs: TICK_MS, maxTicksPerFrame: MAX_TICKS_PER_FRAME });
        for (const d of history) clock.ticksFor(d);
        const ticks = clock.ticksFor(delta);
        expect(ticks).toBeGreaterThanOrEqual(0);
        expect(ticks).toBeLessThanOrEqual(MAX_TICKS_PER_FRAME);
        if (!(delta > 0) || !Number.isFinite(delta)) expect(ticks).toBe(0);
        expect(clock.alpha).toBeGreaterThanOrEqual(0);
        expect(clock.alpha).toBeLessThan(1);
        // And the clock still works afterwards.
        expect(clock.ticksFor(TICK_MS)).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});
