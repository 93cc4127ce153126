/**
 * Bundle size and start-up: gzipped size of the built JavaScript and of everything in dist/, the
 * biggest files, and how long a fresh page takes to show the title and then a playable level.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { GameHarness } from '../../tests/browser/harness';
import { percentile } from './stats';

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  jsBytes: number;
  jsGzip: number;
  allBytes: number;
  allGzip: number;
  files: BundleFile[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function bundleReport(dist = 'dist'): BundleReport {
  const files = filesUnder(dist).map((path): BundleFile => {
    const data = readFileSync(path);
    return { file: relative(dist, path), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  files.sort((a, b) => b.gzip - a.gzip);
  const js = files.filter((f) => f.file.endsWith('.js'));
  const sum = (list: BundleFile[], key: 'bytes' | 'gzip'): number => list.reduce((s, f) => s + f[key], 0);
  return { jsBytes: sum(js, 'bytes'), jsGzip: sum(js, 'gzip'), allBytes: sum(files, 'bytes'), allGzip: sum(files, 'gzip'), files };
}

export interface StartupResult {
  runs: number;
  /** Median ms from navigation start to the title screen, and to the first drawn frame of level 1 when started at once. */
  titleMs: number;
  firstPlayableMs: number;
  samples: { titleMs: number; firstPlayableMs: number }[];
}

export async function measureStartup(harness: GameHarness, runs: number): Promise<StartupResult> {
  const samples: StartupResult['samples'] = [];
  for (let i = 0; i < runs; i++) {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, { timeout: 60_000, polling: 'raf' });
    const titleMs = await page.evaluate(() => performance.now());
    const firstPlayableMs = await page.evaluate(async () => {
      await window.hyosan.startLevel('01-classroom-wing', { seed: 1 });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now();
    });
    samples.push({ titleMs, firstPlayableMs });
    await context.close();
  }
  return {
    runs,
    titleMs: percentile(
      samples.map((s) => s.titleMs),
      50,
    ),
    firstPlayableMs: percentile(
      samples.map((s) => s.firstPlayableMs),
      50,
    ),
    samples,
  };
}
