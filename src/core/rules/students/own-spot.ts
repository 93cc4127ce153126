/**
 * Followers keep their own spots: a follower that has caught up with its leader and stands on a
 * tile another student stands on steps quietly to a free tile beside it (walkable, nobody on it),
 * the one nearest where it stands (the shortest step), so a group that stops is three students on
 * three tiles, not one pile.
 */

import type { Student, World } from '../../state/world';

const NEIGHBOURS: readonly (readonly [number, number])[] = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, 1],
  [-1, -1],
];

function standingOn(world: World, tileX: number, tileY: number, except: Student): boolean {
  return world.students.some((s) => s !== except && !s.down && Math.floor(s.x) === tileX && Math.floor(s.y) === tileY);
}

/** The cell a settled follower should step to, or undefined when its tile is its own (or no tile beside is free). */
export function ownSpot(world: World, student: Student): number | undefined {
  const tileX = Math.floor(student.x);
  const tileY = Math.floor(student.y);
  if (!standingOn(world, tileX, tileY, student)) return undefined;
  const { grid } = world;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const [dx, dy] of NEIGHBOURS) {
    const x = tileX + dx;
    const y = tileY + dy;
    if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) continue;
    if (grid.cost[y * grid.width + x] === 0) continue;
    // No corner cutting: a diagonal step needs both tiles beside it open.
    if (dx !== 0 && dy !== 0 && (grid.cost[tileY * grid.width + x] === 0 || grid.cost[y * grid.width + tileX] === 0)) continue;
    if (standingOn(world, x, y, student)) continue;
    const toX = x + 0.5 - student.x;
    const toY = y + 0.5 - student.y;
    const distance = toX * toX + toY * toY;
    if (distance < bestDistance) {
      best = y * grid.width + x;
      bestDistance = distance;
    }
  }
  return best;
}
