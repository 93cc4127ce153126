import { describe, expect, it } from 'vitest';
import { createFixedStep, MAX_TICKS_PER_FRAME, TICK_MS } from '../../src/core';
import { createStepLock, type StepDriver } from '../../src/game/step-lock';

/** A scene ticking a level as the play scene does; its snapshot is the tick; it ends at `endAt` and can be paused. */
function level(endAt = Infinity): StepDriver<number> & { tick: number; paused: boolean } {
  return {
    tick: 0,
    paused: false,
    lockedTick() {
      if (this.paused || this.tick >= endAt) return undefined;
      this.tick++;
      return this.tick;
    },
  };
}

describe('the step lock', () => {
  it('leaves real time alone while unlocked, and refuses to run', () => {
    const lock = createStepLock<number>();
    const step = createFixedStep({ tickMs: TICK_MS, maxTicksPerFrame: MAX_TICKS_PER_FRAME });
    expect(lock.ticksFor(step, 100)).toBe(2);
    expect(lock.ticksFor(step, 1000)).toBe(MAX_TICKS_PER_FRAME);
    expect(() => lock.advance(5)).toThrow(/stepLock\(true\)/);
  });

  it('locked, runs no tick of real time, and owes none when it lets go', () => {
    const lock = createStepLock<number>();
    const step = createFixedStep({ tickMs: TICK_MS, maxTicksPerFrame: MAX_TICKS_PER_FRAME });
    lock.set(true);
    for (let i = 0; i < 10; i++) expect(lock.ticksFor(step, 1000)).toBe(0);
    lock.set(false);
    expect(lock.ticksFor(step, 16)).toBe(0);
    expect(lock.ticksFor(step, 50)).toBe(1);
  });

  it('runs the ticks asked for at once, and stops after the first tick the condition holds on', () => {
    const lock = createStepLock<number>();
    const driver = level();
    lock.set(true);
    lock.drive(driver);
    expect(lock.advance(25)).toEqual({ ran: 25, stopped: 'ticks' });
    expect(driver.tick).toBe(25);
    expect(lock.advance(100, { until: (t) => t === 32 })).toEqual({ ran: 7, stopped: 'until' });
    expect(driver.tick).toBe(32);
    expect(lock.advance(0)).toEqual({ ran: 0, stopped: 'ticks' });
  });

  it('stops when the level ends or is paused, and answers at once with nothing to tick', () => {
    const lock = createStepLock<number>();
    lock.set(true);
    expect(lock.advance(5)).toEqual({ ran: 0, stopped: 'ended' });
    const driver = level(10);
    lock.drive(driver);
    expect(lock.advance(100)).toEqual({ ran: 10, stopped: 'ended' });
    const next = level();
    lock.drive(next);
    next.paused = true;
    expect(lock.advance(3)).toEqual({ ran: 0, stopped: 'ended' });
    next.paused = false;
    expect(lock.advance(3)).toEqual({ ran: 3, stopped: 'ticks' });
  });

  it('refuses bad counts, and a condition that throws fails the run, not the level', () => {
    const lock = createStepLock<number>();
    const driver = level();
    lock.set(true);
    lock.drive(driver);
    expect(() => lock.advance(1.5)).toThrow(/whole number/);
    expect(() => lock.advance(-1)).toThrow(/whole number/);
    expect(() =>
      lock.advance(10, {
        until: (t) => {
          if (t === 2) throw new Error('broken condition');
          return false;
        },
      }),
    ).toThrow('broken condition');
    expect(lock.advance(1)).toEqual({ ran: 1, stopped: 'ticks' });
    expect(driver.tick).toBe(3);
  });
});
