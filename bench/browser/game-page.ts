/**
 * The bench's view of one game page: the built game served locally in headless Chromium (the test
 * harness), a CDP session for forced GC, heap size and DOM counters, and the game's `hyosan.perf`.
 */

import type { CDPSession } from 'playwright-core';
import type { LiveCounts } from '../../src/game/perf-probe';
import type { GameHarness, GamePage } from '../../tests/browser/harness';

export interface MemorySample {
  /** JS heap in use after a forced full GC (bytes). */
  heapUsed: number;
  jsEventListeners: number;
  domNodes: number;
  counts: LiveCounts;
}

export interface BenchPage extends GamePage {
  cdp: CDPSession;
  /** Forces a full GC (twice, so finalizers' garbage goes too) and reads the heap, DOM counters and live Phaser counts. */
  memory(): Promise<MemorySample>;
  /** Loads a level from text and waits for it to play. */
  loadLevel(file: string, text: string, seed: number): Promise<void>;
  /** Waits for `ticks` more simulation ticks, or until the level ends. */
  waitTicks(ticks: number, timeoutMs?: number): Promise<void>;
}

export async function openBenchPage(harness: GameHarness, viewport = { width: 1280, height: 720 }): Promise<BenchPage> {
  const game = await harness.open({ viewport });
  const cdp = await game.context.newCDPSession(game.page);
  await cdp.send('HeapProfiler.enable');
  return {
    ...game,
    cdp,
    async memory() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      const counts = await game.page.evaluate(() => window.hyosan.perf.counts());
      return { heapUsed: heap.usedSize, jsEventListeners: dom.jsEventListeners, domNodes: dom.nodes, counts };
    },
    async loadLevel(file, text, seed) {
      const result = await game.page.evaluate(([f, t, s]) => window.hyosan.loadLevelText(f, t, { seed: s }), [file, text, seed] as const);
      if (!result.ok) throw new Error(`${file} does not load:\n${result.errors.join('\n')}`);
    },
    async waitTicks(ticks, timeoutMs = 120_000) {
      const start = await game.page.evaluate(() => window.hyosan.snapshot().tick);
      await game.page.waitForFunction((t) => window.hyosan.snapshot().tick >= t || window.hyosan.screen() !== 'playing', start + ticks, { timeout: timeoutMs });
    },
  };
}
