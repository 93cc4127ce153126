/**
 * Bashing: a zombie heading somewhere whose next step down its goal's field is a closed door,
 * window or barricade beside it stops and hits it (mode `bash`). Zombies route on the door-aware
 * grid (rules/world/doors.ts), so the door in the way is one they chose because every other way is
 * longer or shut.
 *
 * Crowd pressure: every zombie pressing near a bashed door (bashing or queued behind, heading
 * somewhere) adds `DOORS.pressurePerZombie` to each hit, so a horde breaks a barricade much faster
 * than one zombie. Brutes hit hardest (tuning `BASH`). Every hit is a loud noise that draws more.
 *
 *    ####+####      + door being bashed
 *    ...ZZZ...      Z bashers and the crowd pressing behind them
 *    ....ZZ...
 */

import { ZOMBIE_AI } from '../../kernel/tuning';
import { DOORS, BASH } from '../../kernel/tuning-world';
import { damageDoor } from '../world/doors';
import { isDoorBlocking, type Door } from '../../level/doors';
import { face } from '../world/move-body';
import type { TickContext } from '../tick-context';
import type { World, Zombie } from '../../state/world';
import { changeMode } from './zombie-mind';

/** Runs after the horde moved: picks who bashes what, then lands the hits that are due. */
export function bashDoors(context: TickContext): void {
  const { world } = context;
  if (world.doors.length === 0) return;
  const bashed: number[] = [];
  for (const zombie of world.zombies) {
    if (zombie.mode === 'down' || zombie.kind === 'hunter') continue;
    const door = context.horde.moved[zombie.id] === 1 ? doorInTheWay(context, zombie) : undefined;
    if (door === undefined) {
      if (zombie.mode === 'bash') stopBashing(context, zombie);
      continue;
    }
    if (zombie.mode !== 'bash') {
      changeMode(context, zombie, 'blocked');
      zombie.modeTicks = DOORS.bashPatienceTicks;
    }
    zombie.bashDoorId = door.id;
    zombie.moving = false;
    face(zombie, door.tileX + 0.5 - zombie.x, door.tileY + 0.5 - zombie.y);
    if (!bashed.includes(door.id)) bashed.push(door.id);
  }
  for (const id of bashed) {
    const door = world.doors[id]!;
    const factor = pressureFactor(world, door);
    for (const zombie of world.zombies) {
      if (zombie.mode !== 'bash' || zombie.bashDoorId !== id || zombie.attackCooldown > 0 || zombie.stunTicks > 0) continue;
      if (!isDoorBlocking(door)) break; // broken by an earlier hit this tick
      const bash = BASH[zombie.kind];
      zombie.attackCooldown = bash.everyTicks;
      zombie.swingTicks = 6;
      damageDoor(context, door, bash.damage * factor, `zombie:${zombie.id}`);
    }
  }
}

/** The blocked door a zombie's next step runs into, if it stands right beside it. */
function doorInTheWay(context: TickContext, zombie: Zombie): Door | undefined {
  const { world } = context;
  const { width } = world.grid;
  const here = Math.floor(zombie.y) * width + Math.floor(zombie.x);
  const next = context.goalFields.toward(zombie.goalY * width + zombie.goalX).nextCells[here] ?? -1;
  if (next < 0 || next === here) return undefined;
  const index = world.doorGrids.doorAt[next]!;
  if (index < 0) return undefined;
  const door = world.doors[index]!;
  return isDoorBlocking(door) ? door : undefined;
}

/** 1 for a lone basher, up to 1 + pressurePerZombie x (pressureMaxZombies - 1) for a crowd. */
function pressureFactor(world: World, door: Door): number {
  const cx = door.tileX + 0.5;
  const cy = door.tileY + 0.5;
  const r = DOORS.pressureRadiusTiles;
  let count = 0;
  for (const zombie of world.zombies) {
    if (zombie.mode !== 'bash' && zombie.mode !== 'chase' && zombie.mode !== 'investigate') continue;
    const dx = zombie.x - cx;
    const dy = zombie.y - cy;
    if (dx * dx + dy * dy <= r * r) count++;
  }
  return 1 + DOORS.pressurePerZombie * (Math.min(Math.max(count, 1), DOORS.pressureMaxZombies) - 1);
}

/** Back to what it was doing before the door got in the way. */
function stopBashing(context: TickContext, zombie: Zombie): void {
  zombie.bashDoorId = -1;
  // Back to the chase when it had a target, else to the noise or trail it was going to.
  const mode = changeMode(context, zombie, 'unblocked');
  zombie.modeTicks = mode === 'chase' ? ZOMBIE_AI.searchTicks : ZOMBIE_AI.noiseMemoryTicks;
  zombie.repathIn = 0;
}
