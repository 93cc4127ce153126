/**
 * Horde and field figures for the pathfinding bench: whole-map flow fields (and a plain BFS over
 * the same grid, the floor a 4-way unit-cost field can hope for), and horde ticks — N zombies
 * following one field towards 4 wandering students, field update plus crowd step per tick.
 */

import type { Connectivity, TileGrid } from '../src/core/grid/tile-grid';
import { createPathfinder } from '../src/core/pathfinding/astar';
import { createFlowField } from '../src/core/pathfinding/flow-field';
import { createCrowd } from '../src/core/pathfinding/crowd';
import { seededRandom } from './maps';

/** Processor time this process has used (user + system), ms: other processes on a busy machine do not add to it. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

export interface Timing {
  count: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  totalMs: number;
}

export function summarise(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const total = times.reduce((s, t) => s + t, 0);
  return { count: times.length, medianMs: pick(0.5), p95Ms: pick(0.95), meanMs: total / Math.max(1, times.length), totalMs: total };
}

export interface HordeCase {
  map: string;
  size: number;
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

export function measureHorde(map: string, grid: TileGrid, cells: number[], agentCount: number, sliced: boolean, ticks: number, seed: number): HordeCase {
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
  let versionAtWarmupEnd = field.version;
  for (let t = 0; t < warmup + ticks; t++) {
    students.advance();
    const sources = students.cellsNow();
    const t0 = cpuMs();
    field.update(sources);
    crowd.step(agents, field);
    const spent = cpuMs() - t0;
    if (t === warmup - 1) versionAtWarmupEnd = field.version;
    if (t >= warmup) times.push(spent);
  }
  const timing = summarise(times);
  return {
    map,
    size: grid.width,
    agents: agentCount,
    field: sliced ? 'time-sliced' : 'recompute-at-once',
    ticks,
    medianMs: timing.medianMs,
    p95Ms: timing.p95Ms,
    maxMs: Math.max(...times),
    fieldRecomputes: field.version - versionAtWarmupEnd,
  };
}

/** A plain breadth-first search over the walkable cells (4-way), the floor for a unit-cost 4-way field. */
function plainBfs(grid: TileGrid, source: number, distance: Int32Array, queue: Int32Array): void {
  const w = grid.width;
  const size = distance.length;
  const cost = grid.cost;
  distance.fill(-1);
  distance[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const cell = queue[head++]!;
    const next = distance[cell]! + 1;
    const x = cell % w;
    if (cell >= w && cost[cell - w] !== 0 && distance[cell - w] === -1) {
      distance[cell - w] = next;
      queue[tail++] = cell - w;
    }
    if (cell + w < size && cost[cell + w] !== 0 && distance[cell + w] === -1) {
      distance[cell + w] = next;
      queue[tail++] = cell + w;
    }
    if (x > 0 && cost[cell - 1] !== 0 && distance[cell - 1] === -1) {
      distance[cell - 1] = next;
      queue[tail++] = cell - 1;
    }
    if (x < w - 1 && cost[cell + 1] !== 0 && distance[cell + 1] === -1) {
      distance[cell + 1] = next;
      queue[tail++] = cell + 1;
    }
  }
}

export interface FieldFigures {
  map: string;
  size: number;
  connectivity: Connectivity;
  medianMs: number;
  p95Ms: number;
  /** 4-way only: the same sources through a plain BFS, and our field's time over it (summed). */
  bfsMedianMs?: number;
  overBfs?: number;
}

/** Whole-map field recomputations from one source (a new source each time), interleaved with a plain BFS. */
export function measureField(map: string, grid: TileGrid, cells: number[], connectivity: Connectivity, repeats: number): FieldFigures {
  const field = createFlowField(grid, { connectivity });
  const size = grid.width * grid.height;
  const distance = new Int32Array(size);
  const queue = new Int32Array(size);
  const ours: number[] = [];
  const bfs: number[] = [];
  for (let i = 0; i < repeats + 3; i++) {
    const source = cells[(i * 7919) % cells.length]!;
    const t0 = cpuMs();
    field.update([source]);
    const t1 = cpuMs();
    if (connectivity === 4) plainBfs(grid, source, distance, queue);
    const t2 = cpuMs();
    if (i >= 3) {
      ours.push(t1 - t0);
      bfs.push(t2 - t1);
    }
  }
  const timing = summarise(ours);
  if (connectivity === 8) return { map, size: grid.width, connectivity, medianMs: timing.medianMs, p95Ms: timing.p95Ms };
  const plain = summarise(bfs);
  return { map, size: grid.width, connectivity, medianMs: timing.medianMs, p95Ms: timing.p95Ms, bfsMedianMs: plain.medianMs, overBfs: timing.totalMs / Math.max(1e-9, plain.totalMs) };
}
