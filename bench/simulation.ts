/**
 * Simulation cost per tick on the shipped level with many zombies (Node, this machine).
 * Zombies are added on random walkable tiles (seeded); the students run a fixed route so some
 * zombies hear, see and chase them. Prints median and p95 ms per tick.
 */

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Command } from '../src/core/state/commands';
import { parseLevel } from '../src/core/level/parse-level';
import type { Level } from '../src/core/level/level';
import { createRng } from '../src/core/kernel/rng';
import { createSimulation } from '../src/core/sim/simulation';
import { HORDE_CLOSET, hordeLevelText } from '../tools/horde-floor';
import type { DoorPlacement } from '../src/core/level/level';
import { applyDoorsToGrid, createDoors } from '../src/core/level/doors';

export interface SimulationBenchRow {
  zombies: number;
  ticks: number;
  /** Runs that ended (all students down) and were started again during the measurement. */
  restarts: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

function levelWithZombies(base: Level, count: number): Level {
  const rng = createRng(`bench-${count}`);
  const { grid } = base;
  const zombies = [];
  while (zombies.length < count) {
    const tileX = rng.int(0, grid.width - 1);
    const tileY = rng.int(0, grid.height - 1);
    if (grid.cost[tileY * grid.width + tileX] === 0) continue;
    zombies.push({ kind: rng.pick(['walker', 'walker', 'runner', 'brute', 'crawler'] as const), tileX, tileY });
  }
  return { ...base, zombies };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export function runSimulationBench(options: { quick: boolean }): SimulationBenchRow[] {
  const parsed = parseLevel(readFileSync('levels/01-classroom-wing.json', 'utf8'), 'levels/01-classroom-wing.json');
  if (!parsed.ok) throw new Error('the shipped level does not parse');
  const ticks = options.quick ? 200 : 1000;
  const route: Record<number, Command[]> = {
    1: [{ type: 'walkTo', tileX: 30, tileY: 13 }],
    120: [{ type: 'move', dx: -1, dy: 0, gait: 'run' }],
    220: [{ type: 'walkTo', tileX: 39, tileY: 8 }],
  };
  return [100, 1000].map((count) => {
    const level = levelWithZombies(parsed.level, count);
    let sim = createSimulation(level, { seed: 7 });
    for (let i = 0; i < 20; i++) sim.step(); // warm up the JIT
    const times: number[] = [];
    let restarts = 0;
    for (let t = 0; t < ticks; t++) {
      // A big horde ends a run quickly: start a new one (not timed) and keep measuring.
      if (sim.status !== 'playing') {
        sim = createSimulation(level, { seed: 7 + ++restarts });
      }
      const commands = route[sim.tick % 400] ?? [];
      const start = performance.now();
      sim.step(commands);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { zombies: count, ticks: times.length, restarts, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times[times.length - 1]! };
  });
}

/**
 * 1,000 zombies on a 100x50 generated school floor: a phone alarm pulls part of the horde down
 * the corridor while the rest idle and wander (tools/horde-floor.ts). Closer to a real level than
 * 1,000 zombies packed into the classroom wing.
 */
export function runHordeFloorBench(options: { quick: boolean }): SimulationBenchRow {
  const parsed = parseLevel(hordeLevelText(1000), 'horde-floor.json');
  if (!parsed.ok) throw new Error('the horde floor does not parse');
  const sim = createSimulation(parsed.level, { seed: 5 });
  sim.step();
  sim.step([{ type: 'throwLure' }]);
  sim.step([{ type: 'walkTo', tileX: HORDE_CLOSET.tileX, tileY: HORDE_CLOSET.tileY }]);
  const times: number[] = [];
  for (let t = 0; t < (options.quick ? 200 : 600) && sim.status === 'playing'; t++) {
    const start = performance.now();
    sim.step();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { zombies: 1000, ticks: times.length, restarts: 0, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times[times.length - 1]! };
}

/**
 * The survival rules at full size: the 100x50 floor with 1,000 zombies and six students (every
 * role, packs with food, water, medicine, a phone and a weapon each), at night so cold and fear
 * run, one student holding, the rest following and planning around zombies, a phone alarm
 * pulling part of the horde (goal: median <= 2 ms per tick).
 */
export function runSurvivalBench(options: { quick: boolean }): SimulationBenchRow {
  const parsed = parseLevel(hordeLevelText(1000), 'horde-floor.json');
  if (!parsed.ok) throw new Error('the horde floor does not parse');
  const base = parsed.level;
  const first = base.students[0]!;
  const { grid } = base;
  const spots: { tileX: number; tileY: number }[] = [];
  for (let r = 0; spots.length < 6 && r < 6; r++) {
    for (let dy = -r; dy <= r && spots.length < 6; dy++) {
      for (let dx = -r; dx <= r && spots.length < 6; dx++) {
        const tileX = first.tileX + dx;
        const tileY = first.tileY + dy;
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r || tileX < 0 || tileY < 0 || tileX >= grid.width || tileY >= grid.height) continue;
        if (grid.cost[tileY * grid.width + tileX] !== 0) spots.push({ tileX, tileY });
      }
    }
  }
  const roles = ['leader', 'athlete', 'nurse', 'archer', 'science', 'broadcaster'] as const;
  const level: Level = { ...base, students: spots.map((spot, i) => ({ name: `S${i + 1}`, look: i % 4, role: roles[i]!, ...spot })) };
  const fresh = createSimulation(level, { seed: 5 });
  const state = fresh.saveState();
  state.startMinute = 23 * 60;
  let id = state.nextItemId;
  for (const student of state.students) {
    student.pack = [
      { id: id++, kind: 'food' },
      { id: id++, kind: 'water' },
      { id: id++, kind: 'bandage' },
      { id: id++, kind: 'antiseptic' },
      { id: id++, kind: 'phone', charge: 100 },
      { id: id++, kind: 'bat', durability: 30 },
    ];
  }
  state.nextItemId = id;
  state.students[5]!.order = 'hold';
  const sim = createSimulation(level, { seed: 5, state });
  sim.step([{ type: 'throwLure' }]);
  sim.step([{ type: 'walkTo', tileX: HORDE_CLOSET.tileX, tileY: HORDE_CLOSET.tileY }]);
  for (let i = 0; i < 20; i++) sim.step(); // warm up the JIT
  const times: number[] = [];
  for (let t = 0; t < (options.quick ? 200 : 600) && sim.status === 'playing'; t++) {
    const commands: Command[] = t % 50 === 25 ? [{ type: 'useItem', item: 'water' }] : [];
    const start = performance.now();
    sim.step(commands);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { zombies: 1000, ticks: times.length, restarts: 0, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times[times.length - 1]! };
}

/**
 * Doors at full size: the 100x50 floor with 1,000 zombies, every classroom doorway (two tiles wide,
 * on the corridor) shut — a third closed, a third locked, a third barricaded — and a phone alarm in
 * the corridor, so the horde presses on doors and barricades and bashes through (goal: median <= 2 ms).
 */
export function runDoorsFloorBench(options: { quick: boolean }): SimulationBenchRow & { doors: number; broken: number } {
  const parsed = parseLevel(hordeLevelText(1000), 'horde-floor.json');
  if (!parsed.ok) throw new Error('the horde floor does not parse');
  const base = parsed.level;
  const { grid } = base;
  const doors: DoorPlacement[] = [];
  for (const tileY of [22, 27]) {
    for (let tileX = 1; tileX < grid.width - 1; tileX++) {
      if (tileX === 50 || grid.cost[tileY * grid.width + tileX] === 0) continue; // 50: the closet passage
      const room = Math.floor(tileX / 12) + (tileY > 24 ? 1 : 0);
      doors.push({ objectId: 100_000 + doors.length, kind: 'door', tileX, tileY, open: false, locked: room % 3 === 1, lockable: true, strength: 80, barricade: room % 3 === 2 ? 150 : 0 });
    }
  }
  const doorGrid = { ...grid, cost: grid.cost.slice(), opaque: grid.opaque.slice() };
  applyDoorsToGrid(doorGrid, createDoors(doors));
  const level: Level = { ...base, grid: doorGrid, doors };
  const sim = createSimulation(level, { seed: 5 });
  sim.step();
  sim.step([{ type: 'throwLure' }]);
  sim.step([{ type: 'walkTo', tileX: HORDE_CLOSET.tileX, tileY: HORDE_CLOSET.tileY }]);
  for (let i = 0; i < 20; i++) sim.step(); // warm up the JIT
  const times: number[] = [];
  let broken = 0;
  for (let t = 0; t < (options.quick ? 200 : 600) && sim.status === 'playing'; t++) {
    const start = performance.now();
    const events = sim.step();
    times.push(performance.now() - start);
    broken += events.filter((e) => e.type === 'doorBroken' || e.type === 'barricadeBroken').length;
  }
  times.sort((a, b) => a - b);
  return { zombies: 1000, doors: doors.length, broken, ticks: times.length, restarts: 0, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times[times.length - 1]! };
}
