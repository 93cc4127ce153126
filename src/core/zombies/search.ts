/**
 * Wandering and searching: an unaware zombie strolls near its home with pauses; one that lost its
 * target (or reached a noise or a cold trail) searches around the goal tile for a while, then
 * rests and wanders again.
 */

import type { World, Zombie } from '../world/world';
import { planPath, type TickContext } from '../world/tick-context';
import { ZOMBIE_AI } from '../tuning';

export function arrived(zombie: Zombie): boolean {
  return Math.floor(zombie.x) === zombie.goalX && Math.floor(zombie.y) === zombie.goalY;
}

export function startWander(context: TickContext, zombie: Zombie): void {
  const { grid, rng } = context.world;
  const radius = ZOMBIE_AI.wanderRadiusTiles;
  for (let attempt = 0; attempt < 4; attempt++) {
    const tileX = zombie.homeX + rng.int(-radius, radius);
    const tileY = zombie.homeY + rng.int(-radius, radius);
    if (tileX < 0 || tileY < 0 || tileX >= grid.width || tileY >= grid.height) continue;
    if (grid.cost[tileY * grid.width + tileX] === 0) continue;
    if (planPath(context, zombie, tileX, tileY, 400)) {
      zombie.mode = 'wander';
      return;
    }
  }
  rest(context.world, zombie);
}

export function rest(world: World, zombie: Zombie): void {
  const [min, max] = ZOMBIE_AI.wanderPauseTicks;
  zombie.mode = 'idle';
  zombie.onTrail = false;
  zombie.path = [];
  zombie.targetId = -1;
  zombie.modeTicks = world.rng.int(min, max);
}

export function startSearch(zombie: Zombie): void {
  zombie.mode = 'search';
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
