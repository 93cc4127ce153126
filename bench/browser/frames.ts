/**
 * Frame script time with a whole horde on screen: the bench hall (tools/horde-floor.ts) with 0 to
 * 2,000 wandering infected, at the hall's zoom (0.8: the whole hall on one screen) and fog off so every one of them is drawn (lighting on unless
 * asked), sampled for a few seconds after a warm-up, with the simulation kept at real time (20 ticks
 * a second, so at a few frames a second most frames run several ticks).
 */

import type { FrameSample } from '../../src/game/perf-probe';
import { HALL, hallLevelText } from '../../tools/horde-floor';
import type { BenchPage } from './game-page';
import { percentile } from './stats';

export interface FrameResult {
  zombies: number;
  frames: number;
  fps: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Frames whose script time went over 16.7 ms (a missed 60 Hz frame) and over 50 ms (a long frame). */
  over16: number;
  over50: number;
  ticksPerSecond: number;
  /** Median and p95 of the script time's parts: scene updates (with the ticks), the ticks alone, the render submission. */
  parts: { updateMedianMs: number; updateP95Ms: number; simMedianMs: number; simP95Ms: number; renderMedianMs: number; renderP95Ms: number };
  /** Median script time of the frames that ran 0, 1, 2 and 3 or more simulation ticks, and how many there were. */
  byTicks: { ticks: string; frames: number; medianMs: number }[];
}

export function summarize(zombies: number, samples: readonly FrameSample[], ticks: number, seconds: number): FrameResult {
  const script = samples.map((s) => s.scriptMs);
  return {
    zombies,
    frames: samples.length,
    fps: samples.length / seconds,
    medianMs: percentile(script, 50),
    p95Ms: percentile(script, 95),
    p99Ms: percentile(script, 99),
    maxMs: Math.max(...script),
    over16: script.filter((ms) => ms > 1000 / 60).length,
    over50: script.filter((ms) => ms > 50).length,
    ticksPerSecond: ticks / seconds,
    parts: {
      updateMedianMs: percentile(
        samples.map((s) => s.updateMs),
        50,
      ),
      updateP95Ms: percentile(
        samples.map((s) => s.updateMs),
        95,
      ),
      simMedianMs: percentile(
        samples.map((s) => s.simMs),
        50,
      ),
      simP95Ms: percentile(
        samples.map((s) => s.simMs),
        95,
      ),
      renderMedianMs: percentile(
        samples.map((s) => s.renderMs),
        50,
      ),
      renderP95Ms: percentile(
        samples.map((s) => s.renderMs),
        95,
      ),
    },
    byTicks: ['0', '1', '2', '3+'].map((label, n) => {
      const these = samples.filter((s) => (n === 3 ? s.ticks >= 3 : s.ticks === n)).map((s) => s.scriptMs);
      return { ticks: label, frames: these.length, medianMs: percentile(these, 50) };
    }),
  };
}

export async function measureFrames(page: BenchPage, zombies: number, options: { seconds: number; warmupSeconds: number; fog?: boolean; light?: boolean }): Promise<FrameResult> {
  await page.loadLevel(`levels/bench-hall-${zombies}.json`, hallLevelText(zombies), 1);
  await page.page.evaluate(([zoom, fog, light]) => window.hyosan.perf.view({ zoom, fog, light }), [HALL.zoom, options.fog ?? false, options.light ?? true] as const);
  // Real frame deltas from the warm-up on: the simulation keeps 20 ticks a second at any frame rate.
  await page.page.evaluate(() => window.hyosan.perf.startFrames(true));
  await page.page.waitForTimeout(options.warmupSeconds * 1000);
  const startTick = await page.page.evaluate(() => {
    window.hyosan.perf.startFrames(true);
    return window.hyosan.snapshot().tick;
  });
  await page.page.waitForTimeout(options.seconds * 1000);
  const { samples, tick, status } = await page.page.evaluate(() => ({ samples: window.hyosan.perf.stopFrames(), tick: window.hyosan.snapshot().tick, status: window.hyosan.screen() }));
  if (status !== 'playing') throw new Error(`bench hall with ${zombies} zombies ended (${status}) during the measurement`);
  return summarize(zombies, samples, tick - startTick, options.seconds);
}
