/**
 * `npm run bench:browser`: builds the game, serves dist/ on localhost and measures it in headless
 * Chromium (software WebGL): frame script time with 0-2,000 zombies on screen, heap and live
 * counts over level restarts, a scripted-play soak, bundle size and start-up time. Prints a table
 * with the goals; figures, not a test (it is not part of `npm test`).
 *
 *   --soak-minutes N   soak length (default 10; 0 skips it)
 *   --seconds N        frame sample per horde size (default 8)
 *   --restarts N       level restarts (default 50)
 *   --only a,b         frames, restarts, soak, bundle (default: all)
 *   --zombies a,b      horde sizes for the frame sample (default 0,100,500,1000)
 *   --no-lighting      frames without the lighting + fog comparison at 300 zombies
 *   --no-build         use the dist/ already there
 *   --census           with the soak: heap snapshots after warm-up and at the end, and what grew by constructor
 *   --json             also print every figure as JSON
 */

import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { startGameHarness } from '../../tests/browser/harness';
import { bundleReport, measureStartup } from './bundle';
import { HALL } from '../../tools/horde-floor';
import { measureFrames, type FrameResult } from './frames';
import { openBenchPage } from './game-page';
import { measureRestarts } from './restarts';
import { soak } from './soak';
import { kb } from './stats';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
};
const soakMinutes = Number(option('soak-minutes', '10'));
const seconds = Number(option('seconds', '8'));
const restarts = Number(option('restarts', '50'));
const only = new Set(option('only', 'frames,restarts,soak,bundle').split(','));
const json = args.includes('--json');
const hordeSizes = option('zombies', '0,100,500,1000').split(',').map(Number);

const GOALS = { p95At500Ms: 10, restartGrowthBytes: 1024 * 1024, soakKbPerMinute: 100 };
const verdict = (ok: boolean): string => (ok ? 'meets goal' : 'MISSES goal');
const ms = (value: number): string => value.toFixed(2).padStart(7);

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const chromium = spawnSync(process.env['CHROME_PATH'] ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}, software WebGL (SwiftShader)`;
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(`Hyosan High browser bench — ${machine}\nload average at start: ${load} (1, 5, 15 min; the machine is shared)\n`);
const results: Record<string, unknown> = { machine, loadAverage: load, date: new Date().toISOString() };

const harness = await startGameHarness();
try {
  if (only.has('bundle')) {
    const bundle = bundleReport();
    const startup = await measureStartup(harness, 3);
    results['bundle'] = bundle;
    results['startup'] = startup;
    console.log('Bundle (dist/, gzip -9):');
    console.log(
      `  JavaScript ${kb(bundle.jsGzip).toFixed(1)} KB gzipped (${kb(bundle.jsBytes).toFixed(1)} KB raw); everything ${kb(bundle.allGzip).toFixed(1)} KB gzipped (${kb(bundle.allBytes).toFixed(1)} KB raw)`,
    );
    for (const f of bundle.files.slice(0, 6)) console.log(`    ${f.file.padEnd(48)} ${kb(f.gzip).toFixed(1).padStart(8)} KB gz ${kb(f.bytes).toFixed(1).padStart(8)} KB`);
    console.log(`  start-up on localhost (median of ${startup.runs}): title after ${startup.titleMs.toFixed(0)} ms, first playable frame of level 1 after ${startup.firstPlayableMs.toFixed(0)} ms\n`);
  }

  if (only.has('frames')) {
    const page = await openBenchPage(harness);
    const frames: FrameResult[] = [];
    console.log(`Frame script time, bench hall at zoom ${HALL.zoom} with fog off (every zombie drawn, lighting on), ${seconds} s per size:`);
    console.log('  zombies  frames    fps  median ms  p95 ms  p99 ms  max ms  >16.7ms  >50ms  ticks/s');
    for (const zombies of hordeSizes) {
      const r = await measureFrames(page, zombies, { seconds, warmupSeconds: 3 });
      frames.push(r);
      console.log(
        `  ${String(zombies).padStart(7)}  ${String(r.frames).padStart(6)}  ${r.fps.toFixed(1).padStart(5)}  ${ms(r.medianMs)}  ${ms(r.p95Ms)} ${ms(r.p99Ms)} ${ms(r.maxMs)}  ${String(r.over16).padStart(7)}  ${String(r.over50).padStart(5)}  ${r.ticksPerSecond.toFixed(1).padStart(7)}`,
      );
      console.log(
        `           update median ${r.parts.updateMedianMs.toFixed(2)} ms (p95 ${r.parts.updateP95Ms.toFixed(2)}), of it simulation ticks ${r.parts.simMedianMs.toFixed(2)} ms (p95 ${r.parts.simP95Ms.toFixed(2)}); render median ${r.parts.renderMedianMs.toFixed(2)} ms (p95 ${r.parts.renderP95Ms.toFixed(2)})`,
      );
      console.log(
        `           by ticks in the frame: ${r.byTicks
          .filter((b) => b.frames > 0)
          .map((b) => `${b.ticks}: ${b.frames} frames, median ${b.medianMs.toFixed(2)} ms`)
          .join('; ')}`,
      );
    }
    const at500 = frames.find((f) => f.zombies === 500);
    if (at500 !== undefined) console.log(`  goal: 500 zombies p95 ≤ ${GOALS.p95At500Ms} ms → ${at500.p95Ms.toFixed(2)} ms, ${verdict(at500.p95Ms <= GOALS.p95At500Ms)}`);
    results['frames'] = frames;
    if (page.errors.length > 0) console.log(`  page errors: ${page.errors.join('; ')}`);
    await page.close();
  }
  if (only.has('frames') && !args.includes('--no-lighting')) {
    const page = await openBenchPage(harness);
    const lit = await measureFrames(page, 300, { seconds, warmupSeconds: 3, fog: true, light: true });
    const dark = await measureFrames(page, 300, { seconds, warmupSeconds: 3, fog: false, light: false });
    const ratio = lit.medianMs / dark.medianMs;
    console.log(
      `  300 zombies, lighting + fog on: median ${lit.medianMs.toFixed(2)} ms, p95 ${lit.p95Ms.toFixed(2)} ms; both off: median ${dark.medianMs.toFixed(2)} ms, p95 ${dark.p95Ms.toFixed(2)} ms`,
    );
    console.log(`  goal: lighting + fog ≤ 1.5× → ${ratio.toFixed(2)}× (medians; p95 ${(lit.p95Ms / dark.p95Ms).toFixed(2)}×), ${verdict(ratio <= 1.5)}\n`);
    results['lighting'] = { on: lit, off: dark, medianRatio: ratio, p95Ratio: lit.p95Ms / dark.p95Ms };
    if (page.errors.length > 0) console.log(`  page errors: ${page.errors.join('; ')}`);
    await page.close();
  }

  if (only.has('restarts')) {
    const page = await openBenchPage(harness);
    const r = await measureRestarts(page, restarts);
    results['restarts'] = r;
    console.log(`Level restarts (${r.restarts} level starts, every fifth one another level; forced GC after each):`);
    console.log(
      `  heap after classroom-wing start ${r.from}: ${kb(r.heapAt10).toFixed(0)} KB, after the last: ${kb(r.heapAtEnd).toFixed(0)} KB; growth ${kb(r.growth).toFixed(1)} KB, slope ${kb(r.slopePerRestart).toFixed(2)} KB per restart`,
    );
    console.log(`  goal: growth < 1 MB → ${verdict(r.growth < GOALS.restartGrowthBytes)}`);
    console.log(`  counts after the first classroom-wing start: ${JSON.stringify(r.baseline)}`);
    console.log(`  counts after the last one: ${JSON.stringify(r.final)}`);
    console.log(`  ${r.drifted.length === 0 ? 'every count back to its baseline after every restart' : `drifted: ${r.drifted.join('; ')}`}\n`);
    if (page.errors.length > 0) console.log(`  page errors: ${page.errors.join('; ')}`);
    await page.close();
  }

  if (only.has('soak') && soakMinutes > 0) {
    const page = await openBenchPage(harness);
    const r = await soak(page, soakMinutes, args.includes('--census'));
    results['soak'] = r;
    console.log(`Soak: ${r.minutes} min of scripted play (${r.levelsPlayed} levels, ${r.commandsSent} commands), heap after forced GC:`);
    console.log(`  ${r.samples.map(([m, h]) => `${m.toFixed(1)} min ${h.toFixed(0)} KB`).join(', ')}`);
    console.log(`  slope ${r.slopeKbPerMinute.toFixed(1)} KB/min, growth ${r.growthKb.toFixed(0)} KB after warm-up; page errors ${r.pageErrors}`);
    console.log(`  goal: slope < ${GOALS.soakKbPerMinute} KB/min → ${verdict(r.slopeKbPerMinute < GOALS.soakKbPerMinute)}\n`);
    if (r.growth !== undefined) console.log(`  grew on the heap after warm-up (KB, count, constructor):\n${r.growth.map((line) => `    ${line}`).join('\n')}\n`);
    await page.close();
  }
} finally {
  await harness.close();
}
if (json) console.log(JSON.stringify(results, null, 2));
