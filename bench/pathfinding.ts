/**
 * Pathfinding benchmark: our A* against easystarjs 0.4.4 and PathFinding.js 0.4.18 on the same
 * maps and start/target pairs, plus horde ticks (flow field + crowd step).
 *
 * Maps are unit-cost (floor 1, wall 0) so every library optimises the same thing; all paths are
 * costed with our model (10 per orthogonal step, 14 per diagonal step) and checked step by step.
 * PathFinding.js must clone its grid before each query (its documented usage): that clone is
 * timed as part of its query. Setup (building each library's grid once) is not timed.
 *
 * Run alone with `npx tsx bench/pathfinding.ts [--json] [--quick]`.
 */

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createTileGrid } from '../src/core/grid/tile-grid';
import type { TileGrid } from '../src/core/grid/tile-grid';
import { createPathfinder } from '../src/core/pathfinding/astar';
import type { Connectivity } from '../src/core/grid/tile-grid';
import { createFlowField } from '../src/core/pathfinding/flow-field';
import { createCrowd } from '../src/core/pathfinding/crowd';
import { buildLandmarkTable } from '../src/core/pathfinding/landmarks';
import { createRng } from '../src/core/kernel/rng';

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

// ---- seeded maps and pairs --------------------------------------------------------------------

/** Seeded floats in [0, 1): the core's generator started from a raw 32-bit state (the same maps and pairs as ever). */
function seededRandom(seed: number): () => number {
  const rng = createRng(0);
  rng.restore(seed);
  return rng.next;
}

type MapKind = 'random25' | 'school';

function randomMap(size: number, random: () => number): TileGrid {
  const grid = createTileGrid(size, size);
  for (let c = 0; c < size * size; c++) grid.cost[c] = random() < 0.25 ? 0 : 1;
  return grid;
}

/**
 * A school floor: 3-wide corridors on a lattice, the blocks between them split into two rows of
 * classrooms (1-thick walls), each room with a door onto its corridor and sometimes one into the
 * next room, plus a few desks.
 */
export function schoolMap(size: number, random: () => number): TileGrid {
  const grid = createTileGrid(size, size);
  const cost = grid.cost;
  const set = (x: number, y: number, value: number) => {
    if (x >= 0 && y >= 0 && x < size && y < size) cost[y * size + x] = value;
  };
  cost.fill(0);
  const blockW = 26;
  const blockH = 20;
  const corridor = 3;
  for (let y = 1; y < size - 1; y++) {
    for (let x = 1; x < size - 1; x++) {
      const inCorridor = (x - 1) % blockW < corridor || (y - 1) % blockH < corridor;
      if (inCorridor) set(x, y, 1);
    }
  }
  for (let by = 1; by + corridor < size - 1; by += blockH) {
    for (let bx = 1; bx + corridor < size - 1; bx += blockW) {
      // Block interior, inside its surrounding wall ring.
      const x0 = bx + corridor + 1;
      const y0 = by + corridor + 1;
      const x1 = Math.min(bx + blockW - 2, size - 3);
      const y1 = Math.min(by + blockH - 2, size - 3);
      if (x1 - x0 < 4 || y1 - y0 < 4) continue;
      const midY = (y0 + y1) >> 1;
      let roomX = x0;
      while (roomX <= x1) {
        const roomW = Math.min(x1 - roomX + 1, 6 + Math.floor(random() * 5));
        const roomEnd = roomX + roomW - 1;
        for (const [top, bottom, doorY] of [
          [y0, midY - 1, y0 - 1],
          [midY + 1, y1, y1 + 1],
        ] as const) {
          for (let y = top; y <= bottom; y++) for (let x = roomX; x <= roomEnd; x++) set(x, y, 1);
          // Door onto the corridor beyond the block wall.
          const doorX = roomX + Math.floor(random() * roomW);
          set(doorX, doorY, 1);
          // Sometimes a door into the next room along.
          if (roomEnd + 2 <= x1 && random() < 0.35) set(roomEnd + 1, top + Math.floor(random() * (bottom - top + 1)), 1);
          // Desks.
          for (let y = top + 1; y < bottom; y += 2) {
            for (let x = roomX + 1; x < roomEnd; x += 2) if (random() < 0.15) set(x, y, 0);
          }
        }
        roomX = roomEnd + 2;
      }
    }
  }
  return grid;
}

/** Cells of the largest 4-connected walkable component (8-dir without corner cutting is the same). */
export function largestComponent(grid: TileGrid): number[] {
  const size = grid.width * grid.height;
  const label = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let best: number[] = [];
  for (let seed = 0; seed < size; seed++) {
    if (grid.cost[seed] === 0 || label[seed] !== -1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = seed;
    label[seed] = seed;
    while (head < tail) {
      const c = queue[head++]!;
      const x = c % grid.width;
      for (const n of [c - grid.width, c + grid.width, x > 0 ? c - 1 : -1, x < grid.width - 1 ? c + 1 : -1]) {
        if (n < 0 || n >= size || grid.cost[n] === 0 || label[n] !== -1) continue;
        label[n] = seed;
        queue[tail++] = n;
      }
    }
    if (tail > best.length) best = Array.from(queue.subarray(0, tail));
  }
  return best;
}

function makePairs(cells: number[], count: number, random: () => number): [number, number][] {
  const pairs: [number, number][] = [];
  while (pairs.length < count) {
    const a = cells[Math.floor(random() * cells.length)]!;
    const b = cells[Math.floor(random() * cells.length)]!;
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

/** Cost of a path in our model, or -1 when a step is illegal (wall, jump, cut corner). */
function costOfPath(grid: TileGrid, connectivity: Connectivity, cells: number[]): number {
  const w = grid.width;
  let total = 0;
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    const ax = a % w,
      ay = (a - ax) / w,
      bx = b % w,
      by = (b - bx) / w;
    const dx = Math.abs(bx - ax),
      dy = Math.abs(by - ay);
    if (dx > 1 || dy > 1 || dx + dy === 0 || grid.cost[b] === 0) return -1;
    if (dx + dy === 2) {
      if (connectivity === 4 || grid.cost[ay * w + bx] === 0 || grid.cost[by * w + ax] === 0) return -1;
      total += 14 * grid.cost[b]!;
    } else total += 10 * grid.cost[b]!;
  }
  return total;
}

// ---- measuring ------------------------------------------------------------------------------

interface Timing {
  queries: number;
  queriesPerSecond: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
}

function summarise(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = times.reduce((s, t) => s + t, 0) / Math.max(1, times.length);
  return {
    queries: times.length,
    queriesPerSecond: mean > 0 ? 1000 / mean : 0,
    medianMs: pick(0.5),
    p95Ms: pick(0.95),
    meanMs: mean,
  };
}

interface LibraryResult extends Timing {
  /** Paths costing more than the optimum (our cost model). */
  suboptimal: number;
  /** Paths with an illegal step or a missing path where one exists. */
  invalid: number;
  worstExcessPercent: number;
  /** Our mean time per query on the same pairs divided into theirs: >1 means we are faster. */
  ourSpeedRatio: number;
}

interface QueryCase {
  map: string;
  size: number;
  connectivity: Connectivity;
  ours: Timing & { expandedMean: number; invalid: number };
  easystar: LibraryResult;
  pathfindingJs: LibraryResult;
}

function measureCase(kind: MapKind, size: number, connectivity: Connectivity, pairs: [number, number][], grid: TileGrid, limits: { easystar: number; pathfindingJs: number }): QueryCase {
  const w = grid.width;
  const finder = createPathfinder(grid, { connectivity });
  for (let i = 0; i < Math.min(50, pairs.length); i++) finder.findPath(pairs[i]![0], pairs[i]![1]);
  const ourTimes: number[] = [];
  const optimal: number[] = [];
  let expandedTotal = 0;
  let ourInvalid = 0;
  for (const [a, b] of pairs) {
    const t0 = performance.now();
    const result = finder.findPath(a, b);
    ourTimes.push(performance.now() - t0);
    optimal.push(result.cost);
    expandedTotal += result.expanded;
    if (result.status !== 'found' || costOfPath(grid, connectivity, result.cells) !== result.cost) ourInvalid++;
  }

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
  const easystarQuery = (a: number, b: number): number[] | null => {
    let found: number[] | null = null;
    easystar.findPath(a % w, Math.floor(a / w), b % w, Math.floor(b / w), (path) => {
      found = path ? path.map((p) => p.y * w + p.x) : null;
    });
    easystar.calculate();
    return found;
  };

  const pfGrid = new PF.Grid(matrix);
  const pfFinder = new PF.AStarFinder({
    diagonalMovement: connectivity === 8 ? PF.DiagonalMovement.OnlyWhenNoObstacles : PF.DiagonalMovement.Never,
  });
  const pfQuery = (a: number, b: number): number[] | null => {
    const path = pfFinder.findPath(a % w, Math.floor(a / w), b % w, Math.floor(b / w), pfGrid.clone());
    return path.length > 0 ? path.map(([x, y]) => y! * w + x!) : null;
  };

  const runLibrary = (query: (a: number, b: number) => number[] | null, limit: number): LibraryResult => {
    const count = Math.min(limit, pairs.length);
    for (let i = 0; i < Math.min(20, count); i++) query(pairs[i]![0], pairs[i]![1]);
    const times: number[] = [];
    let suboptimal = 0;
    let invalid = 0;
    let worst = 0;
    for (let i = 0; i < count; i++) {
      const [a, b] = pairs[i]!;
      const t0 = performance.now();
      const path = query(a, b);
      times.push(performance.now() - t0);
      const pathCost = path ? costOfPath(grid, connectivity, path) : -1;
      if (!path || pathCost < 0 || path[0] !== a || path[path.length - 1] !== b) {
        invalid++;
        continue;
      }
      if (pathCost > optimal[i]!) {
        suboptimal++;
        worst = Math.max(worst, (100 * (pathCost - optimal[i]!)) / optimal[i]!);
      }
    }
    const timing = summarise(times);
    const ourMean = ourTimes.slice(0, count).reduce((s, t) => s + t, 0) / Math.max(1, count);
    return { ...timing, suboptimal, invalid, worstExcessPercent: worst, ourSpeedRatio: ourMean > 0 ? timing.meanMs / ourMean : 0 };
  };

  return {
    map: kind,
    size,
    connectivity,
    ours: { ...summarise(ourTimes), expandedMean: expandedTotal / pairs.length, invalid: ourInvalid },
    easystar: runLibrary(easystarQuery, limits.easystar),
    pathfindingJs: runLibrary(pfQuery, limits.pathfindingJs),
  };
}

// ---- horde ----------------------------------------------------------------------------------

interface HordeCase {
  agents: number;
  field: 'recompute-at-once' | 'time-sliced';
  ticks: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  fieldRecomputes: number;
}

/** Students wander: each walks our A* path to a random goal at a fixed speed, then picks another. */
function createWanderers(grid: TileGrid, cells: number[], count: number, random: () => number, speedTilesPerTick: number) {
  const finder = createPathfinder(grid, { connectivity: 8 });
  const walkers = Array.from({ length: count }, () => ({ path: [cells[Math.floor(random() * cells.length)]!], index: 0, progress: 0 }));
  return {
    cellsNow(): number[] {
      return walkers.map((walker) => walker.path[walker.index]!);
    },
    advance(): void {
      for (const walker of walkers) {
        if (walker.index >= walker.path.length - 1) {
          const here = walker.path[walker.index]!;
          walker.path = finder.findPath(here, cells[Math.floor(random() * cells.length)]!).cells;
          walker.index = 0;
          walker.progress = 0;
        }
        walker.progress += speedTilesPerTick;
        while (walker.progress >= 1 && walker.index < walker.path.length - 1) {
          walker.progress -= 1;
          walker.index++;
        }
      }
    },
  };
}

function measureHorde(grid: TileGrid, cells: number[], agentCount: number, sliced: boolean, ticks: number, seed: number): HordeCase {
  const random = seededRandom(seed);
  const students = createWanderers(grid, cells, 4, random, 0.12);
  const field = createFlowField(grid, { connectivity: 8, ...(sliced ? { maxSettledPerUpdate: 12000 } : {}) });
  const crowd = createCrowd(grid, { capacity: agentCount, speedTilesPerTick: 0.08 });
  const x = new Float64Array(agentCount);
  const y = new Float64Array(agentCount);
  const taken = new Set<number>();
  for (let i = 0; i < agentCount; i++) {
    let cell = cells[Math.floor(random() * cells.length)]!;
    while (taken.has(cell)) cell = cells[Math.floor(random() * cells.length)]!;
    taken.add(cell);
    x[i] = (cell % grid.width) + 0.5;
    y[i] = Math.floor(cell / grid.width) + 0.5;
  }
  const agents = { count: agentCount, x, y };
  const warmup = 20;
  const times: number[] = [];
  const versionBefore = field.version;
  let versionAtWarmupEnd = versionBefore;
  for (let t = 0; t < warmup + ticks; t++) {
    students.advance();
    const sources = students.cellsNow();
    const t0 = performance.now();
    field.update(sources);
    crowd.step(agents, field);
    const spent = performance.now() - t0;
    if (t === warmup - 1) versionAtWarmupEnd = field.version;
    if (t >= warmup) times.push(spent);
  }
  const timing = summarise(times);
  return {
    agents: agentCount,
    field: sliced ? 'time-sliced' : 'recompute-at-once',
    ticks,
    medianMs: timing.medianMs,
    p95Ms: timing.p95Ms,
    maxMs: Math.max(...times),
    fieldRecomputes: field.version - versionAtWarmupEnd,
  };
}

function measureFieldOnce(grid: TileGrid, cells: number[], connectivity: Connectivity, repeats: number): Timing {
  const field = createFlowField(grid, { connectivity });
  const times: number[] = [];
  for (let i = 0; i < repeats + 3; i++) {
    const t0 = performance.now();
    field.update([cells[(i * 7919) % cells.length]!]);
    if (i >= 3) times.push(performance.now() - t0);
  }
  return summarise(times);
}

// ---- the run --------------------------------------------------------------------------------

export interface PathfindingBenchResult {
  machine: { node: string; note: string };
  pairsPerCase: number;
  queries: QueryCase[];
  fieldMs: { map: string; size: number; connectivity: Connectivity; medianMs: number; p95Ms: number }[];
  /** Building the landmark table A* uses (done on the first query after each grid change; not in the query times above). */
  landmarkMs: { map: string; size: number; connectivity: Connectivity; ms: number; landmarks: number }[];
  horde: HordeCase[];
  seconds: number;
}

const fmt = (n: number, digits = 3) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(digits));

function printQueryHeader(): void {
  console.log('\nSingle queries (same pairs for every library; ratio = their mean time / ours on the same pairs;');
  console.log('subopt(n) = paths costing more than optimal out of n queries; exp = cells we expand per query)');
  console.log('map        size dir | ours q/s   med    p95  exp | easystar q/s   med    p95  ratio subopt(n) worst | PF.js q/s   med    p95  ratio subopt(n)');
}

function printQueries(cases: QueryCase[]): void {
  for (const c of cases) {
    const e = c.easystar;
    const p = c.pathfindingJs;
    console.log(
      `${c.map.padEnd(9)} ${String(c.size).padStart(4)}² ${c.connectivity} | ` +
        `${fmt(c.ours.queriesPerSecond).padStart(8)} ${fmt(c.ours.medianMs).padStart(6)} ${fmt(c.ours.p95Ms).padStart(6)} ${fmt(c.ours.expandedMean, 0).padStart(5)} | ` +
        `${fmt(e.queriesPerSecond).padStart(8)} ${fmt(e.medianMs).padStart(6)} ${fmt(e.p95Ms).padStart(6)} ${fmt(e.ourSpeedRatio, 2).padStart(5)}x ` +
        `${String(e.suboptimal).padStart(4)}(${e.queries}) ${fmt(e.worstExcessPercent, 1).padStart(5)}% | ` +
        `${fmt(p.queriesPerSecond).padStart(7)} ${fmt(p.medianMs).padStart(6)} ${fmt(p.p95Ms).padStart(6)} ${fmt(p.ourSpeedRatio, 2).padStart(5)}x ` +
        `${String(p.suboptimal).padStart(4)}(${p.queries})` +
        (c.ours.invalid + e.invalid + p.invalid > 0 ? `  INVALID ours ${c.ours.invalid} es ${e.invalid} pf ${p.invalid}` : ''),
    );
  }
}

/**
 * Runs the whole benchmark and returns its figures; prints a table unless `json` (then the caller
 * prints the returned object). `quick` runs 64²–256² with fewer pairs and ticks (under ~20 s).
 */
export async function runPathfindingBench(options: { json: boolean; quick: boolean }): Promise<PathfindingBenchResult> {
  const began = performance.now();
  const quick = options.quick;
  const sizes = quick ? [64, 128, 256] : [64, 128, 256, 512];
  const pairCount = quick ? 200 : 1000;
  // Per-library caps keep the full run near 3 minutes: PathFinding.js clones the grid per query.
  const limitsFor = (size: number) =>
    quick
      ? { easystar: size >= 256 ? 100 : 200, pathfindingJs: size >= 256 ? 30 : 100 }
      : size >= 512
        ? { easystar: 200, pathfindingJs: 40 }
        : size >= 256
          ? { easystar: 500, pathfindingJs: 150 }
          : { easystar: 1000, pathfindingJs: size >= 128 ? 500 : 1000 };

  const queries: QueryCase[] = [];
  if (!options.json) printQueryHeader();
  const fieldMs: PathfindingBenchResult['fieldMs'] = [];
  const landmarkMs: PathfindingBenchResult['landmarkMs'] = [];
  for (const kind of ['random25', 'school'] as MapKind[]) {
    for (const size of sizes) {
      const random = seededRandom(size * 31 + (kind === 'school' ? 7 : 3));
      const grid = kind === 'school' ? schoolMap(size, random) : randomMap(size, random);
      const cells = largestComponent(grid);
      const pairs = makePairs(cells, pairCount, random);
      for (const connectivity of [4, 8] as Connectivity[]) {
        const result = measureCase(kind, size, connectivity, pairs, grid, limitsFor(size));
        queries.push(result);
        if (!options.json) printQueries([result]);
        const t0 = performance.now();
        const table = buildLandmarkTable(grid, connectivity);
        landmarkMs.push({ map: kind, size, connectivity, ms: performance.now() - t0, landmarks: table.count });
        const field = measureFieldOnce(grid, cells, connectivity, quick ? 5 : 15);
        fieldMs.push({ map: kind, size, connectivity, medianMs: field.medianMs, p95Ms: field.p95Ms });
      }
    }
  }

  const random = seededRandom(2026);
  const school = schoolMap(256, random);
  const cells = largestComponent(school);
  const horde: HordeCase[] = [];
  for (const agentCount of [100, 1000, 10000]) {
    for (const sliced of [false, true]) {
      const result = measureHorde(school, cells, agentCount, sliced, quick ? 60 : 300, agentCount);
      horde.push(result);
    }
  }

  const result: PathfindingBenchResult = {
    machine: { node: process.version, note: 'single thread; compare ratios within one run' },
    pairsPerCase: pairCount,
    queries,
    fieldMs,
    landmarkMs,
    horde,
    seconds: (performance.now() - began) / 1000,
  };
  if (!options.json) {
    console.log('\nWhole-map flow field (one source), ms median / p95');
    for (const f of fieldMs) console.log(`${f.map.padEnd(9)} ${String(f.size).padStart(4)}² ${f.connectivity}-dir  ${fmt(f.medianMs)} / ${fmt(f.p95Ms)}`);
    console.log('\nLandmark tables for A* (built on the first query after a grid change, not timed above), ms');
    for (const l of landmarkMs) console.log(`${l.map.padEnd(9)} ${String(l.size).padStart(4)}² ${l.connectivity}-dir  ${fmt(l.ms)}  (${l.landmarks} landmarks)`);
    console.log('\nHorde on school 256², 8-dir, 4 wandering students (0.12 tiles/tick), zombies 0.08 tiles/tick: ms per tick (field update + crowd step)');
    for (const h of horde) {
      console.log(
        `${String(h.agents).padStart(6)} agents  ${h.field.padEnd(17)}  median ${fmt(h.medianMs)}  p95 ${fmt(h.p95Ms)}  max ${fmt(h.maxMs)}  (${h.fieldRecomputes} new fields in ${h.ticks} ticks)`,
      );
    }
    console.log(`\nTotal ${result.seconds.toFixed(1)} s`);
  }
  return result;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const json = process.argv.includes('--json');
  const quick = process.argv.includes('--quick');
  void runPathfindingBench({ json, quick }).then((result) => {
    if (json) console.log(JSON.stringify(result, null, 2));
  });
}
