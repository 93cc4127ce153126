/**
 * Loop stats: how many simulation ticks the play scene ran per frame, for tests and diagnostics —
 * the proof that a long pause or a huge frame delta never makes the game catch up in one go.
 *
 * Page-wide state: the frame loop is the page's; its stats count frames across plays until reset
 * (`hyosan.resetLoopStats`).
 */

export interface LoopStats {
  /** Frames the play scene updated since the last reset. */
  frames: number;
  /** Ticks run since the last reset. */
  ticks: number;
  /** The most ticks any one frame ran since the last reset. */
  maxTicksPerFrame: number;
  /** The longest frame delta (ms) seen since the last reset. */
  maxDeltaMs: number;
  /** Wall-clock time spent in the simulation's ticks since the last reset (ms; for the browser bench). */
  simMs: number;
}

export const loopStats: LoopStats = { frames: 0, ticks: 0, maxTicksPerFrame: 0, maxDeltaMs: 0, simMs: 0 };

export function noteFrame(deltaMs: number, ticks: number): void {
  loopStats.frames += 1;
  loopStats.ticks += ticks;
  loopStats.maxTicksPerFrame = Math.max(loopStats.maxTicksPerFrame, ticks);
  if (Number.isFinite(deltaMs)) loopStats.maxDeltaMs = Math.max(loopStats.maxDeltaMs, deltaMs);
}

export function resetLoopStats(): void {
  loopStats.frames = 0;
  loopStats.ticks = 0;
  loopStats.maxTicksPerFrame = 0;
  loopStats.maxDeltaMs = 0;
  loopStats.simMs = 0;
}

/** Adds the time one tick of the simulation took (ms). */
export function noteTickTime(ms: number): void {
  loopStats.simMs += ms;
}
