/**
 * Zombies keep their distance: overlapping bodies are pushed apart (and off students), and two on
 * one tile drift to a free neighbour; one that bites holds its spot against the others. Runs once
 * per tick after the horde moved.
 */

import type { World, Zombie } from '../../state/world';
import { moveBody } from '../world/move-body';

/** Closest two zombies (or a zombie and a student) stand. */
export const SEPARATION = 0.62;

/**
 * Pushes overlapping zombies apart (and off students), using per-cell buckets so the cost grows
 * with the number of zombies, not its square. Collision-aware: nobody is pushed into a wall.
 */
export function separate(world: World, crowdMoved: Uint8Array, heads: Int32Array): void {
  const { grid, zombies, students } = world;
  const head = heads.fill(-1);
  const next = new Int32Array(zombies.length);
  for (let i = 0; i < zombies.length; i++) {
    const zombie = zombies[i]!;
    if (zombie.mode === 'down') continue;
    const cell = Math.floor(zombie.y) * grid.width + Math.floor(zombie.x);
    next[i] = head[cell]!;
    head[cell] = i;
  }
  for (let i = 0; i < zombies.length; i++) {
    const zombie = zombies[i]!;
    if (zombie.mode === 'down') continue;
    const tileX = Math.floor(zombie.x);
    const tileY = Math.floor(zombie.y);
    let pushX = 0;
    let pushY = 0;
    for (let y = tileY - 1; y <= tileY + 1; y++) {
      if (y < 0 || y >= grid.height) continue;
      for (let x = tileX - 1; x <= tileX + 1; x++) {
        if (x < 0 || x >= grid.width) continue;
        for (let j = head[y * grid.width + x]!; j !== -1; j = next[j]!) {
          // Two zombies of one crowd already keep a tile each (crowd.ts); do not fight it.
          if (j === i || (crowdMoved[i] === 1 && crowdMoved[j] === 1)) continue;
          const other = zombies[j]!;
          const dx = zombie.x - other.x;
          const dy = zombie.y - other.y;
          const distanceSquared = dx * dx + dy * dy;
          if (distanceSquared >= SEPARATION * SEPARATION) continue;
          const distance = Math.sqrt(distanceSquared);
          // Exactly stacked: split deterministically by id instead of dividing by zero.
          const nx = distance > 1e-6 ? dx / distance : i < j ? 1 : -1;
          const ny = distance > 1e-6 ? dy / distance : 0;
          const overlap = (SEPARATION - distance) * holdShare(zombie, other);
          pushX += nx * overlap;
          pushY += ny * overlap;
        }
      }
    }
    for (const student of students) {
      if (student.down) continue;
      const dx = zombie.x - student.x;
      const dy = zombie.y - student.y;
      const distanceSquared = dx * dx + dy * dy;
      if (distanceSquared >= SEPARATION * SEPARATION || distanceSquared < 1e-12) continue;
      const distance = Math.sqrt(distanceSquared);
      pushX += (dx / distance) * (SEPARATION - distance);
      pushY += (dy / distance) * (SEPARATION - distance);
    }
    if (pushX !== 0 || pushY !== 0) moveBody(grid, zombie, clampPush(pushX), clampPush(pushY));
    leaveSharedTile(grid, zombie, i, head, next);
  }
}

/**
 * The share of an overlap `zombie` gives way: half each, but one biting (mode attack) holds its
 * spot and the other goes round it, so a crowd pressing in cannot squeeze between two that bite.
 */
function holdShare(zombie: Zombie, other: Zombie): number {
  const holds = zombie.mode === 'attack';
  if (holds === (other.mode === 'attack')) return 0.5;
  return holds ? 0.25 : 0.75;
}

const NEIGHBOURS: readonly [number, number][] = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, 1],
  [-1, -1],
];
const DRIFT_TILES_PER_TICK = 0.1;

/**
 * Two bodies can rest apart yet on one tile. The later of them drifts toward a free neighbouring
 * tile (none of the zombies were there at the start of the pass), so no two stay stacked for long.
 */
function leaveSharedTile(grid: World['grid'], zombie: Zombie, index: number, head: Int32Array, next: Int32Array): void {
  const tileX = Math.floor(zombie.x);
  const tileY = Math.floor(zombie.y);
  let earlier = false;
  for (let j = head[tileY * grid.width + tileX]!; j !== -1; j = next[j]!) if (j < index) earlier = true;
  if (!earlier) return;
  // A stroll is not worth a shoving match: give up the walk and make room.
  if (zombie.mode === 'wander' || zombie.mode === 'search') zombie.path = [];
  for (const [dx, dy] of NEIGHBOURS) {
    const x = tileX + dx;
    const y = tileY + dy;
    if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) continue;
    const cell = y * grid.width + x;
    if (grid.cost[cell] === 0 || head[cell] !== -1) continue;
    if (dx !== 0 && dy !== 0 && (grid.cost[tileY * grid.width + x] === 0 || grid.cost[y * grid.width + tileX] === 0)) continue;
    const toX = x + 0.5 - zombie.x;
    const toY = y + 0.5 - zombie.y;
    const length = Math.sqrt(toX * toX + toY * toY);
    moveBody(grid, zombie, (toX / length) * DRIFT_TILES_PER_TICK, (toY / length) * DRIFT_TILES_PER_TICK);
    return;
  }
}

function clampPush(value: number): number {
  return Math.max(-0.2, Math.min(0.2, value));
}
