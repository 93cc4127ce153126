/**
 * Fixed-step clock: turns variable frame deltas (ms) into whole simulation ticks.
 *
 * The simulation always advances in ticks of `tickMs`; leftover time carries to the next frame and
 * `alpha` (0..1) says how far the renderer is between the last two ticks, for interpolation.
 * A frame never runs more than `maxTicksPerFrame` ticks, so a tab that comes back after an hour, a
 * debugger pause, or a garbage delta (NaN, negative, Infinity) cannot make the game spiral.
 */

export interface FixedStep {
  /** How many ticks to run for a frame that took `deltaMs`. */
  ticksFor(deltaMs: number): number;
  /** Fraction of a tick accumulated but not yet run, 0..1. */
  readonly alpha: number;
  /** Forget any accumulated time (after a pause, a level load). */
  reset(): void;
}

export interface FixedStepOptions {
  tickMs: number;
  maxTicksPerFrame: number;
}

export function createFixedStep({ tickMs, maxTicksPerFrame }: FixedStepOptions): FixedStep {
  let accumulatedMs = 0;
  return {
    ticksFor(deltaMs) {
      if (!Number.isFinite(deltaMs) || deltaMs <= 0) return 0;
      accumulatedMs += Math.min(deltaMs, tickMs * maxTicksPerFrame);
      const ticks = Math.min(maxTicksPerFrame, Math.floor(accumulatedMs / tickMs));
      accumulatedMs -= ticks * tickMs;
      // Time beyond the cap is dropped, not owed: the game slows down instead of spiralling.
      if (accumulatedMs >= tickMs) accumulatedMs = accumulatedMs % tickMs;
      return ticks;
    },
    get alpha() {
      return accumulatedMs / tickMs;
    },
    reset() {
      accumulatedMs = 0;
    },
  };
}
