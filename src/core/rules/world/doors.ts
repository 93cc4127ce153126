/**
 * What students and zombies do to doors, windows and barricades: find the one in reach, open,
 * close, lock, build or repair a barricade, damage. Each reports events and makes its noise. The
 * doors' records, states and what they do to the grids are in level/doors.ts.
 */

import { DOORS } from '../../kernel/tuning-world';
import { doorStateOf, isDoorBlocking, refreshDoor, type Door } from '../../level/doors';
import { makeNoise, type TickContext } from '../tick-context';
import type { World } from '../../state/world';

/** The door on a tile, or undefined. */
export function doorOnCell(world: World, cell: number): Door | undefined {
  const index = world.doorGrids.doorAt[cell] ?? -1;
  return index < 0 ? undefined : world.doors[index];
}

/** The nearest door or window within `range` tiles of (x, y), or undefined. */
export function nearestDoor(world: World, x: number, y: number, range: number = DOORS.interactRangeTiles): Door | undefined {
  let best: Door | undefined;
  let bestDistance = range;
  for (const door of world.doors) {
    const dx = door.tileX + 0.5 - x;
    const dy = door.tileY + 0.5 - y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance <= bestDistance) {
      best = door;
      bestDistance = distance;
    }
  }
  return best;
}

function isOccupied(world: World, door: Door): boolean {
  const inCell = (b: { x: number; y: number }): boolean => Math.floor(b.x) === door.tileX && Math.floor(b.y) === door.tileY;
  return world.students.some((s) => !s.down && inCell(s)) || world.zombies.some((z) => z.mode !== 'down' && inCell(z));
}

const centre = (door: Door): [number, number] => [door.tileX + 0.5, door.tileY + 0.5];

/**
 * Opens a closed door or window. Returns why not (locked, barricaded, broken, already open), or
 * undefined when it opened.
 */
export function openDoor(context: TickContext, door: Door, by: string): string | undefined {
  if (door.barricade > 0) return `the ${door.kind} is barricaded`;
  if (door.state === 'locked') return `the ${door.kind} is locked`;
  if (door.state !== 'closed') return `the ${door.kind} is ${door.state}`;
  door.state = 'open';
  refreshDoor(context.world, door);
  context.events.push({ type: 'doorOpened', doorId: door.id, by });
  makeNoise(context, ...centre(door), DOORS.noise.open, 'door', by);
  return undefined;
}

/** Closes an open door or window; not while somebody stands in it. */
export function closeDoor(context: TickContext, door: Door, by: string): string | undefined {
  if (door.state !== 'open') return `the ${door.kind} is ${doorStateOf(door)}`;
  if (isOccupied(context.world, door)) return `somebody is in the ${door.kind}way`;
  door.state = 'closed';
  refreshDoor(context.world, door);
  context.events.push({ type: 'doorClosed', doorId: door.id, by });
  makeNoise(context, ...centre(door), DOORS.noise.close, 'door', by);
  return undefined;
}

/** Locks a closed, lockable door (`locked = true`) or unlocks a locked one. */
export function setDoorLocked(context: TickContext, door: Door, locked: boolean, by: string): string | undefined {
  if (!door.lockable) return `the ${door.kind} has no lock`;
  if (locked && door.state !== 'closed') return door.state === 'locked' ? 'the door is already locked' : `close the door first (it is ${door.state})`;
  if (!locked && door.state !== 'locked') return 'the door is not locked';
  door.state = locked ? 'locked' : 'closed';
  refreshDoor(context.world, door);
  context.events.push({ type: locked ? 'doorLocked' : 'doorUnlocked', doorId: door.id, by });
  makeNoise(context, ...centre(door), DOORS.noise.lock, 'door', by);
  return undefined;
}

/**
 * Builds a barricade over a door or window, or repairs one: adds `amount` health up to
 * `DOORS.barricadeMax`. An open door is shut first (not while somebody stands in it). Loud.
 */
export function buildBarricade(context: TickContext, door: Door, amount: number, by: string): string | undefined {
  if (!(amount > 0)) return 'nothing to build with';
  if (door.barricade >= DOORS.barricadeMax) return 'the barricade is as strong as it gets';
  if (door.state === 'open' && isOccupied(context.world, door)) return `somebody is in the ${door.kind}way`;
  if (door.state === 'open') door.state = 'closed';
  door.barricade = Math.min(DOORS.barricadeMax, door.barricade + amount);
  refreshDoor(context.world, door);
  context.events.push({ type: 'barricadeBuilt', doorId: door.id, barricade: door.barricade, by });
  makeNoise(context, ...centre(door), DOORS.noise.build, 'hammer', by);
  return undefined;
}

/**
 * Hits a door or window for `amount` points: its barricade first, then the door itself. A door
 * at 0 breaks for good (a window shatters, loudly). Hitting an open or broken door does nothing.
 */
export function damageDoor(context: TickContext, door: Door, amount: number, by: string): void {
  if (!isDoorBlocking(door) || !(amount > 0)) return;
  let left = amount;
  if (door.barricade > 0) {
    const taken = Math.min(door.barricade, left);
    door.barricade -= taken;
    left -= taken;
    if (door.barricade === 0) {
      context.events.push({ type: 'barricadeBroken', doorId: door.id, by });
      makeNoise(context, ...centre(door), DOORS.noise.barricadeBreak, 'barricade', by);
    }
  }
  if (left > 0) door.health = Math.max(0, door.health - left);
  context.events.push({ type: 'doorHit', doorId: door.id, damage: amount, barricade: door.barricade, health: door.health, by });
  makeNoise(context, ...centre(door), DOORS.noise.bash, 'bash', by);
  if (door.health === 0) {
    door.state = 'broken';
    context.events.push({ type: 'doorBroken', doorId: door.id, kind: door.kind, by });
    makeNoise(context, ...centre(door), door.kind === 'window' ? DOORS.noise.glassBreak : DOORS.noise.doorBreak, door.kind === 'window' ? 'glass' : 'bash', by);
  }
  refreshDoor(context.world, door);
}
