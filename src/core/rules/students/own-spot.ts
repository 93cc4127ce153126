/**
 * Followers keep their own spots: a follower that has caught up with its leader stays where it
 * stands unless that tile is not its own — another student stands on it, or, while the leader
 * swings, it lies in the swing (within reach and inside the arc a blow strikes, ahead of where the
 * leader faces).
 * Then it steps quietly to the nearest tile beside it that is free (walkable, nobody on it) and out
 * of the swing, or, when none is, to the nearest free one. So a group that stops is three students
 * on three tiles round the leader, and never between the leader and what it hits.
 * On the move, followers keep apart: one whose body overlaps another student's is pushed off it
 * (never into a wall; the controlled student is never pushed).
 */

import type { Student, World } from '../../state/world';
import { moveBody } from '../world/move-body';
import { STRIKE_CONE_COS } from './combat';

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

/** How far ahead of the leader followers keep out of its swing: past the longest melee reach (1.5). */
export const SWING_CLEAR_TILES = 1.6;
/** Two students' centres closer than this are pushed apart. */
export const APART_TILES = 0.62;

function standingOn(world: World, tileX: number, tileY: number, except: Student): boolean {
  return world.students.some((s) => s !== except && !s.down && Math.floor(s.x) === tileX && Math.floor(s.y) === tileY);
}

/** Whether a point lies in the leader's swing while it swings: within reach and inside the arc ahead of its facing. */
export function inSwing(leader: Student, x: number, y: number): boolean {
  if (leader.facingX === 0 && leader.facingY === 0) return false;
  // Only while it fights (a swing, or the recovery after one): a follower does not dodge every turn of the head.
  if (leader.attackCooldown === 0 && leader.swingTicks === 0) return false;
  const dx = x - leader.x;
  const dy = y - leader.y;
  const distance = Math.sqrt(dx * dx + dy * dy);
  if (distance > SWING_CLEAR_TILES) return false;
  if (distance < 0.01) return true;
  return (dx * leader.facingX + dy * leader.facingY) / distance >= STRIKE_CONE_COS;
}

/** The cell a settled follower should step to, or undefined when its tile is its own (or no tile beside is free). */
export function ownSpot(world: World, student: Student, leader?: Student): number | undefined {
  const tileX = Math.floor(student.x);
  const tileY = Math.floor(student.y);
  const swung = (x: number, y: number): boolean => leader !== undefined && inSwing(leader, x, y);
  if (!standingOn(world, tileX, tileY, student) && !swung(student.x, student.y)) return undefined;
  const { grid } = world;
  let best: number | undefined;
  let bestScore = Infinity;
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
    // A tile in the swing counts only when no tile out of it is free.
    const score = toX * toX + toY * toY + (swung(x + 0.5, y + 0.5) ? 100 : 0);
    if (score < bestScore) {
      best = y * grid.width + x;
      bestScore = score;
    }
  }
  // Nothing better than staying: in the swing with every free tile beside in it too, and nobody else here.
  if (bestScore >= 100 && !standingOn(world, tileX, tileY, student)) return undefined;
  return best;
}

/** Pushes a follower off any standing student its body overlaps, along the line between them. */
export function keepApart(world: World, student: Student): void {
  for (const other of world.students) {
    if (other === student || other.down) continue;
    const dx = student.x - other.x;
    const dy = student.y - other.y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance >= APART_TILES) continue;
    // Exactly on top: apart by id, so the push is the same on every run.
    const [ux, uy] = distance < 1e-6 ? (student.id < other.id ? [-1, 0] : [1, 0]) : [dx / distance, dy / distance];
    // The one that moved last steps off the whole overlap (the controlled student is never pushed).
    const push = APART_TILES - distance;
    moveBody(world.grid, student, ux * push, uy * push);
  }
}

/**
 * Where a follower a zombie has in reach goes while the leader moves on: the free tile beside the
 * leader farthest from the hunting zombies (so it passes the leader rather than queue behind it in
 * the zombie's teeth), or undefined when none is free.
 */
export function refugeBeside(world: World, student: Student, leader: Student): number | undefined {
  const { grid } = world;
  const tileX = Math.floor(leader.x);
  const tileY = Math.floor(leader.y);
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const [dx, dy] of NEIGHBOURS) {
    const x = tileX + dx;
    const y = tileY + dy;
    if (x < 0 || y < 0 || x >= grid.width || y >= grid.height || grid.cost[y * grid.width + x] === 0) continue;
    if (standingOn(world, x, y, student)) continue;
    let nearest = Infinity;
    for (const zombie of world.zombies) {
      if (zombie.mode !== 'chase' && zombie.mode !== 'attack') continue;
      const dx = zombie.x - (x + 0.5);
      const dy = zombie.y - (y + 0.5);
      nearest = Math.min(nearest, dx * dx + dy * dy); // squared: only compared
    }
    if (nearest > bestScore) {
      bestScore = nearest;
      best = y * grid.width + x;
    }
  }
  return best;
}
