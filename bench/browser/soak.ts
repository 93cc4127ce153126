/**
 * Soak: scripted play of the classroom wing for minutes on end — walking to random tiles, running,
 * attacking, throwing the phone, and a new seed whenever the level is won or lost — with the heap
 * read after a forced GC at regular times. The slope after the first minute is the leak rate.
 */

import { Rng } from '../../tools/seeded-rng';
import type { BenchPage } from './game-page';
import { censusGrowth, heapCensus, type Census } from './heap-census';
import { kb, slope } from './stats';

export interface SoakResult {
  minutes: number;
  levelsPlayed: number;
  commandsSent: number;
  /** [minutes since start, heap KB] after a forced GC. */
  samples: [number, number][];
  /** Heap growth per minute after the first minute (or the first tenth of a short soak), KB. */
  slopeKbPerMinute: number;
  growthKb: number;
  pageErrors: number;
  /** With `census`: what grew on the heap from the end of warm-up to the end, by constructor. */
  growth?: string[];
}

export async function soak(page: BenchPage, minutes: number, census = false): Promise<SoakResult> {
  let warmCensus: Census | undefined;
  const rng = new Rng(9);
  const started = Date.now();
  const end = started + minutes * 60_000;
  const sampleEveryMs = Math.max(10_000, Math.min(30_000, (minutes * 60_000) / 12));
  let nextSample = started;
  const samples: [number, number][] = [];
  let levels = 0;
  let commands = 0;
  while (Date.now() < end) {
    const screen = await page.page.evaluate(() => window.hyosan.screen());
    if (screen !== 'playing') {
      levels++;
      await page.page.evaluate((seed) => window.hyosan.startLevel('01-classroom-wing', { seed }), levels);
    }
    const roll = rng.int(0, 9);
    const command =
      roll < 5
        ? { type: 'walkTo', tileX: rng.int(1, 46), tileY: rng.int(1, 21) }
        : roll < 7
          ? { type: 'move', dx: rng.int(-1, 1), dy: rng.int(-1, 1), gait: rng.chance(0.5) ? 'run' : 'sneak' }
          : roll === 7
            ? { type: 'attack' }
            : roll === 8
              ? { type: 'interact' }
              : { type: 'throwLure' };
    await page.page.evaluate((c) => window.hyosan.send(c), command);
    commands++;
    await page.page.waitForTimeout(1500);
    if (Date.now() >= nextSample) {
      const memory = await page.memory();
      samples.push([(Date.now() - started) / 60_000, kb(memory.heapUsed)]);
      nextSample += sampleEveryMs;
      if (census && warmCensus === undefined && Date.now() - started >= Math.min(1, minutes / 10) * 60_000) warmCensus = await heapCensus(page.cdp);
    }
  }
  const memory = await page.memory();
  samples.push([(Date.now() - started) / 60_000, kb(memory.heapUsed)]);
  const growth = warmCensus === undefined ? undefined : censusGrowth(warmCensus, await heapCensus(page.cdp));
  const warm = Math.min(1, minutes / 10);
  const settled = samples.filter(([m]) => m >= warm);
  return {
    minutes,
    levelsPlayed: levels + 1,
    commandsSent: commands,
    samples,
    slopeKbPerMinute: slope(settled),
    growthKb: settled.length > 0 ? settled[settled.length - 1]![1] - settled[0]![1] : Number.NaN,
    pageErrors: page.errors.length,
    ...(growth === undefined ? {} : { growth }),
  };
}
