/**
 * Level restarts: start the classroom wing again and again; after each, let it run a couple of ticks, force
 * a GC and read the heap and the live counts. Anything a restart forgets to release shows as heap
 * growth and as counts that drift from the first restart's.
 */

import type { LiveCounts } from '../../src/game/perf-probe';
import type { BenchPage, MemorySample } from './game-page';
import { slope } from './stats';

export interface RestartResult {
  restarts: number;
  /** Heap after restart 10 and after the last one, and the difference (bytes). */
  heapAt10: number;
  heapAtEnd: number;
  growth: number;
  /** Least-squares slope over restarts 10..end (bytes per restart). */
  slopePerRestart: number;
  /** Counts after the first restart, and the restarts (if any) after which they differed. */
  baseline: LiveCounts & { jsEventListeners: number; domNodes: number };
  final: LiveCounts & { jsEventListeners: number; domNodes: number };
  drifted: string[];
  samples: number[];
}

const withDom = (sample: MemorySample): RestartResult['baseline'] => ({ ...sample.counts, jsEventListeners: sample.jsEventListeners, domNodes: sample.domNodes });

export async function measureRestarts(page: BenchPage, restarts: number): Promise<RestartResult> {
  const heap: number[] = [];
  let baseline: RestartResult['baseline'] | undefined;
  let final: RestartResult['baseline'] | undefined;
  const drifted = new Set<string>();
  for (let i = 1; i <= restarts; i++) {
    await page.page.evaluate((seed) => window.hyosan.startLevel('01-classroom-wing', { seed }), i);
    await page.waitTicks(2);
    const sample = await page.memory();
    heap.push(sample.heapUsed);
    final = withDom(sample);
    if (baseline === undefined) baseline = final;
    else for (const key of Object.keys(baseline) as (keyof RestartResult['baseline'])[]) if (final[key] !== baseline[key]) drifted.add(`${key} ${baseline[key]} → ${final[key]} (restart ${i})`);
  }
  const from = Math.min(10, restarts) - 1;
  return {
    restarts,
    heapAt10: heap[from]!,
    heapAtEnd: heap[heap.length - 1]!,
    growth: heap[heap.length - 1]! - heap[from]!,
    slopePerRestart: slope(heap.slice(from).map((h, i) => [i, h] as const)),
    baseline: baseline!,
    final: final!,
    drifted: [...drifted],
    samples: heap,
  };
}
