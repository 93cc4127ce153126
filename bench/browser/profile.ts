/**
 * `npx tsx bench/browser/profile.ts [zombies] [seconds]`: where a frame's script time goes with a
 * horde in the bench hall. Runs the same scene as the frame bench (the hall's zoom, fog off, lighting on),
 * records a CPU profile through CDP (`Profiler.start`/`stop`) for a few seconds, and prints the
 * functions with the most self time and the game's own code by total time. Needs `npx vite build`
 * first; figures, not a test. Set PROFILE_OUT=file.cpuprofile to keep the profile for DevTools, and
 * PROFILE_SHOT=file.png for a screenshot of the hall (to see that every zombie is on screen).
 */

import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startGameHarness } from '../../tests/browser/harness';
import { HALL, hallLevelText } from '../../tools/horde-floor';
import { openBenchPage } from './game-page';
import { percentile } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const zombies = Number(process.argv[2] ?? '500');
const seconds = Number(process.argv[3] ?? '6');
const harness = await startGameHarness();
try {
  const page = await openBenchPage(harness);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; bench hall with ${zombies} zombies, ${seconds} s`,
  );
  await page.loadLevel(`levels/bench-hall-${zombies}.json`, hallLevelText(zombies), 1);
  await page.page.evaluate((zoom) => window.hyosan.perf.view({ zoom, fog: false, light: true }), HALL.zoom);
  await page.page.evaluate(() => window.hyosan.perf.startFrames(true));
  await page.page.waitForTimeout(3000);
  await page.cdp.send('Profiler.enable');
  await page.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.page.evaluate(() => window.hyosan.perf.startFrames(true));
  await page.cdp.send('Profiler.start');
  await page.page.waitForTimeout(seconds * 1000);
  const { profile } = (await page.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const frames = await page.page.evaluate(() => window.hyosan.perf.stopFrames());
  const script = frames.map((f) => f.scriptMs);
  console.log(`${frames.length} frames: median ${percentile(script, 50).toFixed(2)} ms, p95 ${percentile(script, 95).toFixed(2)} ms (with the profiler running)`);
  if (process.env['PROFILE_SHOT'] !== undefined) await page.page.screenshot({ path: process.env['PROFILE_SHOT'] });
  if (process.env['PROFILE_OUT'] !== undefined) writeFileSync(process.env['PROFILE_OUT'], JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = (profile.endTime - profile.startTime) / 1000;
  const name = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  const selfByName = new Map<string, number>();
  const totalByName = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    selfByName.set(name(node), (selfByName.get(name(node)) ?? 0) + ms);
    // inclusive time: count each ancestor name once per sample stack
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      totalByName.set(key, (totalByName.get(key) ?? 0) + ms);
    }
  }
  const perFrame = (ms: number): string => `${(ms / Math.max(1, frames.length)).toFixed(3)} ms/frame`;
  const top = (map: Map<string, number>, n: number): void => {
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${perFrame(ms)}  ${key}`);
  };
  console.log(`\nself time (profile ${total.toFixed(0)} ms):`);
  top(selfByName, 40);
  console.log('\ntotal time:');
  top(totalByName, 60);
  await page.close();
} finally {
  await harness.close();
}
