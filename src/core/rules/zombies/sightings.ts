/**
 * First sightings: the first time in a level that a student of the group has a zombie of a kind in
 * plain view (within a student's sight, nothing opaque between), a `zombieKindSeen` event tells the
 * game, once per kind, so it can say what that kind does (a runner outruns a walking student).
 * Kinds already seen are kept in `world.minds.kindsSeen` (saved).
 */

import { hasLineOfSight } from '../../grid/line-of-sight';
import { NEEDS, type ZombieKind } from '../../kernel/tuning';
import type { TickContext } from '../tick-context';
import type { World, Zombie } from '../../state/world';

/** Looked for this often (ticks): a sighting a quarter second late is still the moment it appears. */
const EVERY_TICKS = 5;

export function updateSightings(context: TickContext): void {
  const { world } = context;
  if (world.tick % EVERY_TICKS !== 0) return;
  const seen: ZombieKind[] = (world.minds.kindsSeen ??= []);
  for (const zombie of world.zombies) {
    if (zombie.mode === 'down' || seen.includes(zombie.kind) || !inGroupSight(world, zombie)) continue;
    seen.push(zombie.kind);
    context.events.push({ type: 'zombieKindSeen', kind: zombie.kind, zombieId: zombie.id, tileX: Math.floor(zombie.x), tileY: Math.floor(zombie.y) });
  }
}

/** Whether a standing student of the group has the zombie in plain view: within a student's sight, nothing opaque between. */
export function inGroupSight(world: World, zombie: Zombie): boolean {
  const reach = NEEDS.sightTiles * NEEDS.sightTiles;
  const zx = Math.floor(zombie.x);
  const zy = Math.floor(zombie.y);
  return world.students.some((s) => {
    if (s.down || s.waiting) return false;
    const dx = zombie.x - s.x;
    const dy = zombie.y - s.y;
    return dx * dx + dy * dy <= reach && hasLineOfSight(world.grid, Math.floor(s.x), Math.floor(s.y), zx, zy);
  });
}
