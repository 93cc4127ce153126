/**
 * Pathfinding benchmark: our A* against easystarjs 0.4.4 and PathFinding.js 0.4.18 on the same
 * maps and start/goal pairs (random 25%-wall, open and school floors, 64² to 1024²), then fields,
 * landmark set-up and horde ticks, and a verdict against the goals below. Writes its tables to
 * `bench/results/pathfinding-latest.md` (and `.json`).
 *
 * Every path of every library is checked step by step and judged in TRUE distance (diagonals √2)
 * against a float Dijkstra (bench/true-distance.ts), optimal within 1e-9 relative. Queries are
 * interleaved in blocks of 25 pairs (ours, then each library on the same pairs, a garbage
 * collection before each block), and timed in PROCESSOR time (process.cpuUsage), which other
 * processes on a busy machine do not inflate: the ratios are their summed processor time over
 * ours on the same pairs. Medians are wall time. Landmark set-up, fields and horde ticks are
 * processor time too. PathFinding.js
 * must clone its grid before each query (its documented usage): that clone is timed as part of
 * its query. Setup (building each library's grid once) is not timed.
 *
 * Run alone with `npx tsx bench/pathfinding.ts [--json] [--quick] [--sizes 64,256] [--kinds school,open] [--no-horde] [--no-write]`.
 */

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Connectivity, TileGrid } from '../src/core/grid/tile-grid';
import { createPathfinder } from '../src/core/pathfinding/astar';
import { buildLandmarkTable } from '../src/core/pathfinding/landmarks';
import { STRAIGHT_STEP, type PathResult } from '../src/core/pathfinding/path-types';
import { benchMap, largestComponent, MAP_KINDS, seededRandom, schoolMap, type MapKind } from './maps';
import { isOptimal, trueCostOfPath, trueDistances } from './true-distance';
import { measureField, measureHorde, summarise, type FieldFigures, type HordeCase } from './horde';
import { formatReport, QUERY_HEADER } from './pathfinding-report';

/** The goals the verdict checks (never moved to make a run pass). */
export const GOALS = {
  fourWayOverEasyStar: 10,
  eightWayOverEasyStar: 3,
  landmarkMsAt256: 10,
  hordeMsAt256With10000: 4,
} as const;

// ---- the two libraries, typed as far as we use them -------------------------------------------

interface EasyStarInstance {
  setGrid(grid: number[][]): void;
  setAcceptableTiles(tiles: number[]): void;
  enableSync(): void;
  enableDiagonals(): void;
  disableCornerCutting(): void;
  setIterationsPerCalculation(iterations: number): void;
  findPath(sx: number, sy: number, ex: number, ey: number, callback: (path: { x: number; y: number }[] | null) => void): number;
  calculate(): void;
}
interface PathFindingGrid {
  clone(): PathFindingGrid;
}
interface PathFindingModule {
  Grid: new (matrix: number[][]) => PathFindingGrid;
  AStarFinder: new (options: { diagonalMovement: number }) => {
    findPath(sx: number, sy: number, ex: number, ey: number, grid: PathFindingGrid): number[][];
  };
  DiagonalMovement: { Never: number; OnlyWhenNoObstacles: number };
}

const require = createRequire(import.meta.url);
const EasyStar = require('easystarjs') as { js: new () => EasyStarInstance };
const PF = require('pathfinding') as PathFindingModule;

// ---- one case: a map, a connectivity, its pairs ------------------------------------------------

/** Pairs per block of the interleaved timing. */
const BLOCK = 25;

/** Processor time this process has used (user + system), ms: unlike wall time, other processes on a busy machine do not add to it. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** A full garbage collection (V8's, exposed at run time), so the next timed block starts clean. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => {};
})();

interface LibraryResult {
  queries: number;
  /** Processor time per query (summed over segments, divided). */
  meanMs: number;
  /** Median wall time per query. */
  medianMs: number;
  /** Paths longer than the true optimum (beyond 1e-9 relative). */
  suboptimal: number;
  /** Paths with an illegal step, or missing where one exists. */
  invalid: number;
  worstExcessPercent: number;
  /** Their summed processor time over ours on the same pairs: > 1 means we are faster. */
  ourSpeedRatio: number;
}

export interface QueryCase {
  map: MapKind;
  size: number;
  connectivity: Connectivity;
  ours: LibraryResult & { expandedMean: number };
  easystar: LibraryResult;
  pathfindingJs: LibraryResult;
}

type Query = (a: number, b: number) => number[] | null;

function libraryQueries(grid: TileGrid, connectivity: Connectivity): { easystar: Query; pathfindingJs: Query } {
  const w = grid.width;
  const matrix: number[][] = [];
  for (let y = 0; y < grid.height; y++) {
    const row: number[] = [];
    for (let x = 0; x < w; x++) row.push(grid.cost[y * w + x] === 0 ? 1 : 0);
    matrix.push(row);
  }
  const easystar = new EasyStar.js();
  easystar.setGrid(matrix);
  easystar.setAcceptableTiles([0]);
  easystar.enableSync();
  easystar.setIterationsPerCalculation(Number.MAX_SAFE_INTEGER);
  if (connectivity === 8) {
    easystar.enableDiagonals();
    easystar.disableCornerCutting();
  }
  const pfGrid = new PF.Grid(matrix);
  const pfFinder = new PF.AStarFinder({
    diagonalMovement: connectivity === 8 ? PF.DiagonalMovement.OnlyWhenNoObstacles : PF.DiagonalMovement.Never,
  });
  return {
    easystar: (a, b) => {
      let found: number[] | null = null;
      easystar.findPath(a % w, Math.floor(a / w), b % w, Math.floor(b / w), (path) => {
        found = path ? path.map((p) => p.y * w + p.x) : null;
      });
      easystar.calculate();
      return found;
    },
    pathfindingJs: (a, b) => {
      const path = pfFinder.findPath(a % w, Math.floor(a / w), b % w, Math.floor(b / w), pfGrid.clone());
      return path.length > 0 ? path.map(([x, y]) => y! * w + x!) : null;
    },
  };
}

interface Tally {
  /** Wall time of each query (for the median). */
  times: number[];
  /** Processor time of all its queries, and ours on the same pairs. */
  cpuMs: number;
  oursCpuMs: number;
  suboptimal: number;
  invalid: number;
  worst: number;
}

function judge(tally: Tally, grid: TileGrid, connectivity: Connectivity, path: number[] | null, a: number, b: number, optimum: number): void {
  const cost = path ? trueCostOfPath(grid, connectivity, path) : -1;
  if (!path || cost < 0 || path[0] !== a || path[path.length - 1] !== b) {
    tally.invalid++;
    return;
  }
  if (!isOptimal(cost, optimum)) {
    tally.suboptimal++;
    tally.worst = Math.max(tally.worst, (100 * (cost - optimum)) / optimum);
  }
}

function resultOf(tally: Tally): LibraryResult {
  const timing = summarise(tally.times);
  return {
    queries: timing.count,
    meanMs: tally.cpuMs / Math.max(1, timing.count),
    medianMs: timing.medianMs,
    suboptimal: tally.suboptimal,
    invalid: tally.invalid,
    worstExcessPercent: tally.worst,
    ourSpeedRatio: tally.oursCpuMs > 0 ? tally.cpuMs / tally.oursCpuMs : 0,
  };
}

/**
 * Runs `starts` × `goalsPerStart` queries on `grid`, ours on every pair, each library on the first
 * `limits` pairs, interleaved pair by pair.
 */
function measureCase(
  map: MapKind,
  grid: TileGrid,
  cells: number[],
  connectivity: Connectivity,
  random: () => number,
  shape: { starts: number; goalsPerStart: number },
  limits: { easystar: number; pathfindingJs: number },
): QueryCase {
  const pairs: [number, number, number][] = [];
  for (let s = 0; s < shape.starts; s++) {
    const start = cells[Math.floor(random() * cells.length)]!;
    const goals: number[] = [];
    while (goals.length < shape.goalsPerStart) {
      const goal = cells[Math.floor(random() * cells.length)]!;
      if (goal !== start) goals.push(goal);
    }
    const truth = trueDistances(grid, connectivity, start, { stopAfter: goals });
    for (const goal of goals) pairs.push([start, goal, truth[goal]!]);
  }
  const finder = createPathfinder(grid, { connectivity });
  const libraries = libraryQueries(grid, connectivity);
  // Warm-up (and landmark set-up, timed separately): not measured.
  for (let i = 0; i < Math.min(50, pairs.length); i++) finder.findPath(pairs[i]![0], pairs[i]![1]);
  for (let i = 0; i < Math.min(10, limits.easystar); i++) libraries.easystar(pairs[i]![0], pairs[i]![1]);
  for (let i = 0; i < Math.min(3, limits.pathfindingJs); i++) libraries.pathfindingJs(pairs[i]![0], pairs[i]![1]);

  const ours: Tally = { times: [], cpuMs: 0, oursCpuMs: 0, suboptimal: 0, invalid: 0, worst: 0 };
  const easystar: Tally = { times: [], cpuMs: 0, oursCpuMs: 0, suboptimal: 0, invalid: 0, worst: 0 };
  const pathfindingJs: Tally = { times: [], cpuMs: 0, oursCpuMs: 0, suboptimal: 0, invalid: 0, worst: 0 };
  let expanded = 0;
  // Segments of pairs (BLOCK long, also cut where a library's share ends), each run by us and
  // then by each library, with a garbage collection before each run, so no one's garbage is
  // collected in another's timing. Processor time per run gives the ratios; paths are judged after.
  const cuts = new Set<number>([pairs.length]);
  for (let cut = BLOCK; cut < pairs.length; cut += BLOCK) cuts.add(cut);
  for (const limit of [limits.easystar, limits.pathfindingJs]) if (limit < pairs.length) cuts.add(limit);
  let from = 0;
  for (const to of [...cuts].sort((x, y) => x - y)) {
    collectGarbage();
    const found: PathResult[] = [];
    const cpu0 = cpuMs();
    for (let i = from; i < to; i++) {
      const t0 = performance.now();
      found.push(finder.findPath(pairs[i]![0], pairs[i]![1]));
      ours.times.push(performance.now() - t0);
    }
    const ourCpu = cpuMs() - cpu0;
    ours.cpuMs += ourCpu;
    ours.oursCpuMs += ourCpu;
    found.forEach((result, k) => {
      const [a, b, optimum] = pairs[from + k]!;
      expanded += result.expanded;
      judge(ours, grid, connectivity, result.status === 'found' ? result.cells : null, a, b, optimum);
      if (result.status === 'found' && Math.abs(result.cost / STRAIGHT_STEP - trueCostOfPath(grid, connectivity, result.cells)) > 1e-9 * optimum) ours.invalid++;
    });
    for (const [name, tally, limit] of [
      ['easystar', easystar, limits.easystar],
      ['pathfindingJs', pathfindingJs, limits.pathfindingJs],
    ] as const) {
      if (from >= limit) continue;
      collectGarbage();
      const paths: (number[] | null)[] = [];
      const cpu1 = cpuMs();
      for (let i = from; i < to; i++) {
        const t1 = performance.now();
        paths.push(libraries[name](pairs[i]![0], pairs[i]![1]));
        tally.times.push(performance.now() - t1);
      }
      tally.cpuMs += cpuMs() - cpu1;
      tally.oursCpuMs += ourCpu;
      paths.forEach((path, k) => judge(tally, grid, connectivity, path, pairs[from + k]![0], pairs[from + k]![1], pairs[from + k]![2]));
    }
    from = to;
  }
  return {
    map,
    size: grid.width,
    connectivity,
    ours: { ...resultOf(ours), expandedMean: expanded / pairs.length },
    easystar: resultOf(easystar),
    pathfindingJs: resultOf(pathfindingJs),
  };
}

// ---- the run --------------------------------------------------------------------------------

export interface PathfindingBenchResult {
  machine: { node: string; note: string; load: string };
  queries: QueryCase[];
  fields: FieldFigures[];
  /** Building the landmark table A* uses (on the first query after a grid change; not in the query times), median of 3. */
  landmarks: { map: string; size: number; connectivity: Connectivity; ms: number; landmarks: number }[];
  horde: HordeCase[];
  verdict: { goal: string; figure: string; met: boolean }[];
  seconds: number;
}

function shapeFor(size: number, quick: boolean): { starts: number; goalsPerStart: number } {
  if (quick) return { starts: 10, goalsPerStart: 20 };
  if (size >= 1024) return { starts: 10, goalsPerStart: 20 };
  if (size >= 512) return { starts: 20, goalsPerStart: 20 };
  return { starts: 50, goalsPerStart: 20 };
}

/** Per-library caps keep a full run within minutes: PathFinding.js clones the grid per query. */
function limitsFor(size: number, quick: boolean): { easystar: number; pathfindingJs: number } {
  if (quick) return { easystar: size >= 256 ? 100 : 200, pathfindingJs: size >= 256 ? 20 : 60 };
  if (size >= 1024) return { easystar: 100, pathfindingJs: 6 };
  if (size >= 512) return { easystar: 200, pathfindingJs: 30 };
  if (size >= 256) return { easystar: 500, pathfindingJs: 100 };
  return { easystar: 1000, pathfindingJs: size >= 128 ? 300 : 1000 };
}

function landmarkMs(grid: TileGrid, connectivity: Connectivity): { ms: number; count: number } {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = cpuMs();
    count = buildLandmarkTable(grid, connectivity).count;
    times.push(cpuMs() - t0);
  }
  return { ms: summarise(times).medianMs, count };
}

function verdictOf(result: Omit<PathfindingBenchResult, 'verdict' | 'seconds'>): PathfindingBenchResult['verdict'] {
  const verdict: PathfindingBenchResult['verdict'] = [];
  for (const c of result.queries) {
    const goal = c.connectivity === 4 ? GOALS.fourWayOverEasyStar : GOALS.eightWayOverEasyStar;
    verdict.push({ goal: `${c.map} ${c.size}² ${c.connectivity}-dir >= ${goal}x EasyStar`, figure: `${c.easystar.ourSpeedRatio.toFixed(2)}x`, met: c.easystar.ourSpeedRatio >= goal });
    const wrong = c.ours.suboptimal + c.ours.invalid;
    verdict.push({ goal: `${c.map} ${c.size}² ${c.connectivity}-dir every path optimal in true distance (1e-9)`, figure: `${wrong} of ${c.ours.queries} not`, met: wrong === 0 });
  }
  for (const l of result.landmarks.filter((entry) => entry.size === 256)) {
    verdict.push({ goal: `landmark set-up ${l.map} 256² ${l.connectivity}-dir <= ${GOALS.landmarkMsAt256} ms`, figure: `${l.ms.toFixed(2)} ms`, met: l.ms <= GOALS.landmarkMsAt256 });
  }
  for (const h of result.horde.filter((entry) => entry.size === 256 && entry.agents === 10000)) {
    verdict.push({
      goal: `horde 10,000 on school 256² (${h.field}) median <= ${GOALS.hordeMsAt256With10000} ms`,
      figure: `${h.medianMs.toFixed(2)} ms`,
      met: h.medianMs <= GOALS.hordeMsAt256With10000,
    });
  }
  return verdict;
}

/**
 * Runs the benchmark and returns its figures; prints tables unless `json`. `quick` runs 64²–256²
 * with fewer pairs and ticks; `sizes`/`kinds` pick cases (then nothing is written to results).
 */
// long because: the run's order in one place (queries per family and size, fields, landmarks, hordes, verdict, output)
export async function runPathfindingBench(options: { json: boolean; quick: boolean; sizes?: number[]; kinds?: MapKind[]; horde?: boolean; write?: boolean }): Promise<PathfindingBenchResult> {
  const began = performance.now();
  const quick = options.quick;
  const sizes = options.sizes ?? (quick ? [64, 128, 256] : [64, 128, 256, 512, 1024]);
  const kinds = options.kinds ?? [...MAP_KINDS];
  const { cpus, loadavg } = await import('node:os');
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const queries: QueryCase[] = [];
  const fields: FieldFigures[] = [];
  const landmarks: PathfindingBenchResult['landmarks'] = [];
  const say = (line: string) => {
    if (!options.json) console.log(line);
  };
  say('\nSingle queries, interleaved (ratio = their summed processor time / ours on the same pairs; subopt = paths longer than the true optimum)');
  say(QUERY_HEADER);
  for (const kind of kinds) {
    for (const size of sizes) {
      const { grid, random } = benchMap(kind, size);
      const cells = largestComponent(grid);
      for (const connectivity of [4, 8] as Connectivity[]) {
        const result = measureCase(kind, grid, cells, connectivity, random, shapeFor(size, quick), limitsFor(size, quick));
        queries.push(result);
        say(formatReport({ queries: [result] }).queryRows);
        const built = landmarkMs(grid, connectivity);
        landmarks.push({ map: kind, size, connectivity, ms: built.ms, landmarks: built.count });
        fields.push(measureField(kind, grid, cells, connectivity, quick ? 5 : 15));
      }
    }
  }
  const horde: HordeCase[] = [];
  if (options.horde !== false) {
    const school = schoolMap(256, seededRandom(2026));
    const cells = largestComponent(school);
    for (const agentCount of [100, 1000, 10000]) {
      for (const sliced of [false, true]) horde.push(measureHorde('school', school, cells, agentCount, sliced, quick ? 60 : 300, agentCount));
    }
    if (!quick) {
      const big = schoolMap(1024, seededRandom(2027));
      const bigCells = largestComponent(big);
      for (const sliced of [false, true]) horde.push(measureHorde('school', big, bigCells, 20000, sliced, 120, 20000));
    }
  }
  const partial = {
    machine: { node: process.version, note: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; single thread; compare ratios within one run`, load: `${loadBefore} before, ${load()} after` },
    queries,
    fields,
    landmarks,
    horde,
  };
  const result: PathfindingBenchResult = { ...partial, verdict: verdictOf(partial), seconds: (performance.now() - began) / 1000 };
  const report = formatReport(result);
  say(report.rest);
  const everything = options.sizes === undefined && options.kinds === undefined && options.horde !== false && !quick;
  if (options.write !== false && everything) {
    const folder = new URL('./results/', import.meta.url);
    mkdirSync(folder, { recursive: true });
    writeFileSync(new URL('pathfinding-latest.md', folder), report.markdown);
    writeFileSync(new URL('pathfinding-latest.json', folder), `${JSON.stringify(result, null, 2)}\n`);
    say('Written to bench/results/pathfinding-latest.md and .json');
  }
  return result;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const listAfter = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? (args[at + 1] ?? '').split(',') : undefined;
  };
  const sizes = listAfter('--sizes')?.map(Number);
  const kinds = listAfter('--kinds') as MapKind[] | undefined;
  const json = args.includes('--json');
  void runPathfindingBench({ json, quick: args.includes('--quick'), sizes, kinds, horde: !args.includes('--no-horde'), write: !args.includes('--no-write') }).then((result) => {
    if (json) console.log(JSON.stringify(result, null, 2));
  });
}
