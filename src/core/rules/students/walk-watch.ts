/**
 * A tapped walk keeps watch: it stops the moment a zombie comes into sight of the group ahead of
 * the student, so a stealth game never walks a student into a zombie on its own. Not stopped by:
 * - the zombies in sight when the walk was planned: the player tapped knowing of them;
 * - one seen in the last `FORGET_TICKS` (by this walk or the one before) that slips out of sight
 *   and back: a zombie at the edge of sight would stop every step, and every tap after a stop;
 * - one that comes into sight behind the student (away from where the walk heads next): stopping
 *   would only let it catch up.
 * The zombies seen are kept in `world.minds.walkSeen` as [zombie id, tick last seen] (saved).
 */

import { ticks } from '../../kernel/tuning';
import type { TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';
import { inGroupSight } from '../zombies/sightings';

/** A zombie out of sight this long is news again when it comes back. */
export const FORGET_TICKS = ticks(3);

/** Ids of the zombies (not down) that a standing student of the group has in plain view, in id order. */
export function zombiesInSight(world: World): number[] {
  const ids: number[] = [];
  for (const zombie of world.zombies) if (zombie.mode !== 'down' && inGroupSight(world, zombie)) ids.push(zombie.id);
  return ids;
}

/** A walk was planned: the zombies in sight now are known to the player. */
export function startWalkWatch(world: World): void {
  look(world, zombiesInSight(world));
}

/**
 * Once a tick before a step of the walk: ends the walk (with a `walkStopped` event naming the
 * zombie) when one came into sight ahead; returns whether the walk goes on.
 */
export function keepWalking(context: TickContext, student: Student): boolean {
  const { world } = context;
  const now = zombiesInSight(world);
  const known = new Set((world.minds.walkSeen ?? []).filter(([, tick]) => tick >= world.tick - FORGET_TICKS).map(([id]) => id));
  look(world, now);
  const width = world.grid.width;
  const next = student.path[0]!;
  const aheadX = (next % width) + 0.5 - student.x;
  const aheadY = Math.floor(next / width) + 0.5 - student.y;
  const newcomer = world.zombies.find((z) => now.includes(z.id) && !known.has(z.id) && (z.x - student.x) * aheadX + (z.y - student.y) * aheadY > 0);
  if (newcomer === undefined) return true;
  student.path = [];
  context.events.push({ type: 'walkStopped', studentId: student.id, zombieId: newcomer.id, tileX: Math.floor(newcomer.x), tileY: Math.floor(newcomer.y) });
  return false;
}

/** Notes the zombies in sight as seen on this tick and forgets the ones long out of sight. */
function look(world: World, inSight: readonly number[]): void {
  const kept = (world.minds.walkSeen ?? []).filter(([id, tick]) => tick >= world.tick - FORGET_TICKS && !inSight.includes(id));
  world.minds.walkSeen = [...kept, ...inSight.map((id): [number, number] => [id, world.tick])].sort((a, b) => a[0] - b[0]);
}
