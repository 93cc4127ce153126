/**
 * Wandering and searching: an unaware zombie strolls near its home (near by the way it walks) with pauses; one that lost its
 * target (or reached a noise or a cold trail) searches around the goal tile for a while, then
 * rests and wanders again.
 */

import type { Zombie } from '../../state/world';
import { planPath, type TickContext } from '../tick-context';
import { ZOMBIE_AI } from '../../kernel/tuning';
import { changeMode, type ZombieEvent } from './zombie-mind';

export function arrived(zombie: Zombie): boolean {
  return Math.floor(zombie.x) === zombie.goalX && Math.floor(zombie.y) === zombie.goalY;
}

/** A stroll may be at most this many times the wander radius long, in steps. */
const WANDER_DETOUR = 2;

export function startWander(context: TickContext, zombie: Zombie): void {
  const { grid, rng } = context.world;
  const radius = ZOMBIE_AI.wanderRadiusTiles;
  for (let attempt = 0; attempt < 4; attempt++) {
    const tileX = zombie.homeX + rng.int(-radius, radius);
    const tileY = zombie.homeY + rng.int(-radius, radius);
    if (tileX < 0 || tileY < 0 || tileX >= grid.width || tileY >= grid.height) continue;
    if (grid.cost[tileY * grid.width + tileX] === 0) continue;
    if (!planPath(context, zombie, tileX, tileY, 400)) continue;
    // Near home by walking, not only as the crow flies: no stroll round a wall into the next room.
    if (pathLength(grid.width, zombie) <= radius * WANDER_DETOUR) {
      changeMode(context, zombie, 'strolled');
      return;
    }
    zombie.path = [];
  }
  rest(context, zombie, 'nowhereToGo');
}

/** Tiles along a body's waypoints, from where it stands. */
function pathLength(width: number, zombie: Zombie): number {
  let length = 0;
  let x = zombie.x;
  let y = zombie.y;
  for (const cell of zombie.path) {
    const nextX = (cell % width) + 0.5;
    const nextY = Math.floor(cell / width) + 0.5;
    length += Math.sqrt((nextX - x) * (nextX - x) + (nextY - y) * (nextY - y));
    x = nextX;
    y = nextY;
  }
  return length;
}

/** Stops and pauses (mode `idle`) on `event`: a stroll's end, a search given up, or no stroll found. */
export function rest(context: TickContext, zombie: Zombie, event: ZombieEvent): void {
  const [min, max] = ZOMBIE_AI.wanderPauseTicks;
  changeMode(context, zombie, event);
  zombie.onTrail = false;
  zombie.path = [];
  zombie.targetId = -1;
  zombie.modeTicks = context.world.rng.int(min, max);
}

/** Searches around its goal tile (mode `search`) on `event`: a target lost or gone, a goal reached or given up, a trail gone cold. */
export function startSearch(context: TickContext, zombie: Zombie, event: ZombieEvent): void {
  changeMode(context, zombie, event);
  zombie.onTrail = false;
  zombie.path = [];
  zombie.targetId = -1;
  zombie.goalStrength = 0;
  zombie.modeTicks = ZOMBIE_AI.searchTicks;
}

export function pickSearchSpot(context: TickContext, zombie: Zombie): void {
  const { grid, rng } = context.world;
  const tileX = zombie.goalX + rng.int(-3, 3);
  const tileY = zombie.goalY + rng.int(-3, 3);
  if (tileX < 0 || tileY < 0 || tileX >= grid.width || tileY >= grid.height) return;
  if (grid.cost[tileY * grid.width + tileX] === 0) return;
  planPath(context, zombie, tileX, tileY, 300);
}
