/**
 * Orders for the students the player is not controlling, and how they move:
 * - follow: keep up with the controlled student, at their gait;
 * - hold: stay where they are (a quarantine, a guard at a door, someone left behind);
 * - sneak: keep up, but always sneaking (quiet, slow, hard to see).
 * Followers path around zombies: with an awake zombie near, they search with the tiles around
 * each zombie made expensive (costs raised for that one search and put back at once; the search's
 * landmark table is always built from the real costs, so the result never depends on history).
 */

import type { Gait, StudentOrder } from '../../state/commands';
import { planPath, type TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';
import type { TileGrid } from '../../grid/tile-grid';

/** Zombies this close to a follower make it plan around them. */
const AVOID_SCAN_TILES = 8;
/** Extra entry cost of the tiles next to a zombie. */
const AVOID_COST = 40;

export function giveOrder(context: TickContext, order: StudentOrder, studentId: number | undefined): string | undefined {
  const { world } = context;
  const chosen = studentId === undefined ? world.students.filter((s) => !s.down && s.id !== world.controlledId) : [world.students[studentId]];
  const targets = chosen.filter((s): s is Student => s !== undefined && !s.down);
  if (targets.length === 0) return studentId === undefined ? 'nobody to give orders to' : `student ${studentId} cannot take orders`;
  for (const student of targets) {
    student.order = order;
    if (order === 'hold') student.path = [];
  }
  context.events.push({ type: 'orderGiven', order, studentIds: targets.map((s) => s.id) });
  return undefined;
}

/** The gait a follower uses under its order. */
export function orderGait(student: Student, leaderGait: Gait): Gait {
  return student.order === 'sneak' ? 'sneak' : leaderGait;
}

/** Plans a follower's path to a tile, around nearby awake zombies when there are any. */
export function planAround(context: TickContext, student: Student, tileX: number, tileY: number, budget: number): boolean {
  const { world } = context;
  const { grid } = world;
  const raised: number[] = [];
  raiseNearZombies(world, grid, student, tileY * grid.width + tileX, raised);
  if (raised.length === 0) return planPath(context, student, tileX, tileY, budget);
  // The search's landmark table must come from the real costs: build (or reuse) it before raising any.
  restoreCosts(grid, raised);
  context.pathfinder.prepare();
  for (let i = 0; i < raised.length; i += 2) grid.cost[raised[i]!] = Math.min(254, raised[i + 1]! + AVOID_COST);
  const start = Math.floor(student.y) * grid.width + Math.floor(student.x);
  const result = context.pathfinder.findPath(start, tileY * grid.width + tileX, { maxExpansions: budget });
  restoreCosts(grid, raised);
  if (result.status === 'none' || result.cells.length < 2) {
    student.path = [];
    return false;
  }
  student.path = result.cells.slice(1);
  return true;
}

/**
 * Makes the tiles round each awake zombie within `AVOID_SCAN_TILES` of the student dearer on
 * `grid` (all but the goal cell), for one search; `raised` gets `[cell, old cost]` pairs for
 * `restoreCosts`.
 */
export function raiseNearZombies(world: World, grid: TileGrid, student: Student, goalCell: number, raised: number[]): void {
  const reach = AVOID_SCAN_TILES * AVOID_SCAN_TILES;
  for (const zombie of world.zombies) {
    if (zombie.mode === 'down') continue;
    const dx = zombie.x - student.x;
    const dy = zombie.y - student.y;
    if (dx * dx + dy * dy > reach) continue;
    const zx = Math.floor(zombie.x);
    const zy = Math.floor(zombie.y);
    for (let y = zy - 1; y <= zy + 1; y++) {
      for (let x = zx - 1; x <= zx + 1; x++) {
        const cell = y * grid.width + x;
        if (x < 0 || y < 0 || x >= grid.width || y >= grid.height || cell === goalCell) continue;
        const cost = grid.cost[cell]!;
        if (cost === 0 || cost === 255) continue;
        raised.push(cell, cost);
        grid.cost[cell] = Math.min(254, cost + AVOID_COST);
      }
    }
  }
}

/** Puts back the costs `raised` holds (in reverse, so a cell raised twice ends at its own cost). */
export function restoreCosts(grid: TileGrid, raised: readonly number[]): void {
  for (let i = raised.length - 2; i >= 0; i -= 2) grid.cost[raised[i]!] = raised[i + 1]!;
}
