/**
 * The step lock: a test's hold on the level's clock (`hyosan.stepLock`, `hyosan.advance`). Locked,
 * the play scene and the "What happened?" replay run no ticks of real time; a test runs them with
 * `advance`, at once, each tick as a frame of one tick would run it (the player's input read
 * first), stopping early after the first tick on which the test's condition holds or when the level
 * stops ticking; the next real frame draws the result. Input stays real: keys, clicks and touches
 * sent between two runs are read before the next tick. So a scripted player reacts on the very
 * tick it means to, and a level takes as long as its ticks take to compute rather than its real
 * seconds, however slowly the machine draws. Unlocked (the default, and always for players) the
 * fixed step alone decides. Pure: no Phaser, no DOM.
 */

import type { FixedStep } from '../core';

/** The scene that ticks a level: runs one tick as a frame of one tick would and returns its snapshot, or undefined when it is not ticking (the level ended or was left, or is paused). */
export interface StepDriver<S> {
  lockedTick(): S | undefined;
}

export interface AdvanceOptions<S> {
  /** Stop after the first tick on which this holds (given that tick's snapshot). */
  until?: (snapshot: S) => boolean;
}

export interface AdvanceResult {
  /** Ticks run. */
  ran: number;
  /** Why the run stopped: all its ticks ran, its condition held, or nothing ticks the level (it ended, was left or is paused). */
  stopped: 'ticks' | 'until' | 'ended';
}

export interface StepLock<S> {
  readonly locked: boolean;
  set(locked: boolean): void;
  /** Ticks a frame runs from real time: the fixed step's share unlocked; none while locked (and none owed after). */
  ticksFor(step: FixedStep, deltaMs: number): number;
  /** `driver` ticks the level from now on (a level started, a replay opened). */
  drive(driver: StepDriver<S>): void;
  /** Under the lock: runs up to `ticks` ticks now (throws when unlocked or given a bad count). */
  advance(ticks: number, options?: AdvanceOptions<S>): AdvanceResult;
}

export function createStepLock<S>(): StepLock<S> {
  let locked = false;
  let driver: StepDriver<S> | undefined;
  return {
    get locked() {
      return locked;
    },
    set(next) {
      locked = next;
    },
    ticksFor(step, deltaMs) {
      if (!locked) return step.ticksFor(deltaMs);
      step.reset();
      return 0;
    },
    drive(next) {
      driver = next;
    },
    advance(ticks, options = {}) {
      if (!locked) throw new Error('the clock is not locked: call hyosan.stepLock(true) first');
      if (!Number.isInteger(ticks) || ticks < 0) throw new Error(`ticks must be a whole number of 0 or more (got ${ticks})`);
      let ran = 0;
      while (ran < ticks) {
        const snapshot = driver?.lockedTick();
        // Nothing ticks the level: it ended, was left or is paused.
        if (snapshot === undefined) return { ran, stopped: 'ended' };
        ran++;
        if (options.until?.(snapshot) === true) return { ran, stopped: 'until' };
      }
      return { ran, stopped: 'ticks' };
    },
  };
}
