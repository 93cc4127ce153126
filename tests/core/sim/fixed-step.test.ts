import { describe, expect, it } from 'vitest';
import { createFixedStep } from '../../../src/core/sim/fixed-step';
import { createRng } from '../../../src/core/kernel/rng';

describe('fixed step', () => {
  it('runs whole ticks and carries the remainder', () => {
    const step = createFixedStep({ tickMs: 50, maxTicksPerFrame: 5 });
    expect(step.ticksFor(16)).toBe(0);
    expect(step.ticksFor(16)).toBe(0);
    expect(step.ticksFor(20)).toBe(1);
    expect(step.alpha).toBeCloseTo(2 / 50);
  });

  it('never runs more than the cap, whatever the delta', () => {
    const step = createFixedStep({ tickMs: 50, maxTicksPerFrame: 5 });
    for (const delta of [3_600_000, Number.POSITIVE_INFINITY, Number.NaN, -100, 0]) {
      expect(step.ticksFor(delta)).toBeLessThanOrEqual(5);
    }
    expect(step.ticksFor(Number.NaN)).toBe(0);
    expect(step.ticksFor(-5)).toBe(0);
  });

  it('gives the same number of ticks however the same time is chunked', () => {
    const chunked = createFixedStep({ tickMs: 50, maxTicksPerFrame: 5 });
    const whole = createFixedStep({ tickMs: 50, maxTicksPerFrame: 5 });
    let total = 0;
    for (let i = 0; i < 60; i++) total += chunked.ticksFor(1000 / 60);
    let wholeTotal = 0;
    for (let i = 0; i < 4; i++) wholeTotal += whole.ticksFor(250);
    expect(total).toBe(20);
    expect(wholeTotal).toBe(20);
  });
});

describe('rng', () => {
  it('repeats its sequence from a saved state', () => {
    const rng = createRng(42);
    rng.next();
    const saved = rng.state();
    const first = [rng.next(), rng.next(), rng.int(1, 6)];
    rng.restore(saved);
    expect([rng.next(), rng.next(), rng.int(1, 6)]).toEqual(first);
  });

  it('stays in range', () => {
    const rng = createRng('seed');
    for (let i = 0; i < 1000; i++) {
      const value = rng.int(-3, 3);
      expect(value).toBeGreaterThanOrEqual(-3);
      expect(value).toBeLessThanOrEqual(3);
    }
  });
});
