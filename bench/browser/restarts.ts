/**
 * Level restarts: start the classroom wing again and again — every fifth start another level, so
 * something kept per level shows too — and after each, let it run a couple of ticks, force a GC and
 * read the heap and the live counts. Anything a restart forgets to release shows as heap growth and
 * as counts that drift from the first start of the same level (after one warm-up start of every level).
 */

import type { LiveCounts } from '../../src/game/perf-probe';
import type { BenchPage, MemorySample } from './game-page';
import { slope } from './stats';

export interface RestartResult {
  restarts: number;
  /** Heap after restart `from` (10 in a run of 50) and after the last one, and the difference (bytes). */
  from: number;
  heapAt10: number;
  heapAtEnd: number;
  growth: number;
  /** Least-squares slope over restarts 10..end (bytes per restart). */
  slopePerRestart: number;
  /** Counts after the first restart, and the restarts (if any) after which they differed from the first start of that level. */
  baseline: LiveCounts & { jsEventListeners: number; domNodes: number };
  final: LiveCounts & { jsEventListeners: number; domNodes: number };
  drifted: string[];
  samples: number[];
}

const MAIN_LEVEL = '01-classroom-wing';

const withDom = (sample: MemorySample): RestartResult['baseline'] => ({ ...sample.counts, jsEventListeners: sample.jsEventListeners, domNodes: sample.domNodes });

export async function measureRestarts(page: BenchPage, restarts: number): Promise<RestartResult> {
  const heap: number[] = [];
  const baselines = new Map<string, RestartResult['baseline']>();
  let final: RestartResult['baseline'] | undefined;
  const drifted = new Set<string>();
  const others = (await page.page.evaluate(() => window.hyosan.levels())).filter((id) => id !== MAIN_LEVEL);
  // Warm-up: each level once, so one-time caches and pools (Phaser's canvas pool keeps its
  // high-water mark of canvases as DOM nodes) are full before the baselines are read.
  for (const level of others) {
    await page.page.evaluate((id) => window.hyosan.startLevel(id, { seed: 0 }), level);
    await page.waitTicks(2);
  }
  for (let i = 1; i <= restarts; i++) {
    // the heap is compared on the classroom wing only; the other levels check per-level leftovers
    const level = i % 5 === 0 && others.length > 0 ? others[(i / 5 - 1) % others.length]! : MAIN_LEVEL;
    await page.page.evaluate(([id, seed]) => window.hyosan.startLevel(id, { seed }), [level, i] as const);
    await page.waitTicks(2);
    const sample = await page.memory();
    const counts = withDom(sample);
    const baseline = baselines.get(level);
    if (baseline === undefined) baselines.set(level, counts);
    else
      for (const key of Object.keys(baseline) as (keyof RestartResult['baseline'])[])
        if (counts[key] !== baseline[key]) drifted.add(`${key} ${baseline[key]} → ${counts[key]} (restart ${i}, ${level})`);
    if (level !== MAIN_LEVEL) continue;
    heap.push(sample.heapUsed);
    final = counts;
  }
  const from = Math.min(9, Math.floor(heap.length / 5));
  return {
    restarts,
    from: from + 1,
    heapAt10: heap[from]!,
    heapAtEnd: heap[heap.length - 1]!,
    growth: heap[heap.length - 1]! - heap[from]!,
    slopePerRestart: slope(heap.slice(from).map((h, i) => [i, h] as const)),
    baseline: baselines.get(MAIN_LEVEL)!,
    final: final!,
    drifted: [...drifted],
    samples: heap,
  };
}
