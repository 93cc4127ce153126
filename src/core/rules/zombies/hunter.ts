/**
 * The halfbie hunter: a half-infected student with a human mind. It moves on its own (never in the
 * horde's crowd), and the horde and it ignore each other's noise. It
 * - sees like a zombie (perceive.ts), and hears a student breathing within `HUNTER.breathTiles`
 *   even through walls, so it tracks a hidden group; it follows blood like the rest;
 * - routes on `doorGrids.hunter` and opens the closed, unlocked doors in its way (doors.ts);
 *   a locked or barricaded door it cannot open: then it routes on the horde's grid and bashes it,
 *   slowly (`BASH.hunter`) — a lock keeps it out for a good while;
 * - reasons about noise: when it reaches a noise and finds nobody, it remembers the place
 *   (`world.minds.lureMemory`) and ignores the next noise there;
 * - is hard to stop: high health (tuning ZOMBIE.hunter), a blow barely moves or stuns it (combat.ts).
 */

import { ZOMBIE, ZOMBIE_AI } from '../../kernel/tuning';
import { BASH, HUNTER } from '../../kernel/tuning-world';
import { damageDoor, openDoor } from '../world/doors';
import { isDoorBlocking } from '../../level/doors';
import { distanceBetween, face, followPath } from '../world/move-body';
import { routeOnDoorGrid, type TickContext } from '../tick-context';
import type { Student, World, Zombie } from '../../state/world';
import { alerted, noticeStudent, sniff, type Heard } from './perceive';
import { arrived, startSearch } from './search';
import { bite } from './bite';
import { changeMode } from './zombie-mind';

const routeOn = routeOnDoorGrid;

/**
 * The hunter's tick. Returns false when it has nothing to hunt (idle, wander, search), for the
 * common state machine to walk it.
 */
export function updateHunter(context: TickContext, hunter: Zombie, seen: Student | undefined, heard: Heard): boolean {
  const { world } = context;
  if (seen !== undefined) noticeStudent(context, hunter, seen);
  else if (hunter.mode !== 'chase' && hunter.mode !== 'attack') {
    const breathing = breathNear(world, hunter);
    if (breathing !== undefined) track(context, hunter, breathing);
    else {
      if (heard !== undefined && !isRememberedLure(world, hunter, heard.noise.x, heard.noise.y)) listenAsHunter(context, hunter, heard);
      if (!world.scent.isEmpty) sniff(context, hunter);
    }
  }
  const tuning = ZOMBIE.hunter;
  switch (hunter.mode) {
    case 'attack': {
      const target = world.students[hunter.targetId];
      if (target === undefined || target.down || target.halfbie) {
        startSearch(context, hunter, 'targetGone');
        return true;
      }
      face(hunter, target.x - hunter.x, target.y - hunter.y);
      if (distanceBetween(hunter, target) > ZOMBIE_AI.attackRangeTiles + 0.35) changeMode(context, hunter, 'outOfReach');
      else if (hunter.attackCooldown === 0) bite(context, hunter, target);
      return true;
    }
    case 'chase': {
      const target = world.students[hunter.targetId];
      if (target === undefined || target.down || target.halfbie) {
        startSearch(context, hunter, 'targetGone');
        return true;
      }
      if (seen === target && distanceBetween(hunter, target) <= ZOMBIE_AI.attackRangeTiles) {
        changeMode(context, hunter, 'inReach');
        return true;
      }
      stalk(context, hunter, tuning.chaseSpeed);
      if (seen === undefined && (--hunter.modeTicks <= 0 || arrived(hunter))) startSearch(context, hunter, 'lost');
      return true;
    }
    case 'investigate':
    case 'bash':
      stalk(context, hunter, tuning.chaseSpeed * 0.8);
      if (arrived(hunter) && !hunter.onTrail) {
        if (hunter.goalStrength > 0) remember(world, hunter); // a noise with nobody at it: a lure
        startSearch(context, hunter, 'arrived');
      } else if (--hunter.modeTicks <= 0 && !hunter.onTrail) startSearch(context, hunter, 'gaveUp');
      return true;
    default:
      return false;
  }
}

/** The nearest student (not a halfbie) breathing within reach, through walls or not. */
function breathNear(world: World, hunter: Zombie): Student | undefined {
  let best: Student | undefined;
  let bestDistance: number = HUNTER.breathTiles;
  for (const student of world.students) {
    if (student.down || student.halfbie) continue;
    const distance = distanceBetween(hunter, student);
    if (distance <= bestDistance) {
      best = student;
      bestDistance = distance;
    }
  }
  return best;
}

function track(context: TickContext, hunter: Zombie, student: Student): void {
  const tileX = Math.floor(student.x);
  const tileY = Math.floor(student.y);
  if (hunter.mode !== 'investigate' || hunter.onTrail) context.events.push(alerted(hunter, 'sound', tileX, tileY, { studentId: student.id }));
  changeMode(context, hunter, 'heard'); // a breath is heard too; a hunter bashing a door keeps at it
  hunter.onTrail = false;
  hunter.goalStrength = 0; // a breath, not a noise: never remembered as a lure
  hunter.modeTicks = ZOMBIE_AI.noiseMemoryTicks;
  if (hunter.goalX !== tileX || hunter.goalY !== tileY) hunter.path = [];
  hunter.goalX = tileX;
  hunter.goalY = tileY;
}

function listenAsHunter(context: TickContext, hunter: Zombie, heard: NonNullable<Heard>): void {
  const busy = hunter.mode === 'investigate' || hunter.mode === 'bash';
  if (busy && heard.margin <= hunter.goalStrength) return;
  if (!busy) context.events.push(alerted(hunter, 'sound', Math.floor(heard.noise.x), Math.floor(heard.noise.y), { noise: heard.noise }));
  changeMode(context, hunter, 'heard');
  hunter.onTrail = false;
  hunter.goalX = Math.floor(heard.noise.x);
  hunter.goalY = Math.floor(heard.noise.y);
  hunter.goalStrength = heard.margin;
  hunter.modeTicks = ZOMBIE_AI.noiseMemoryTicks;
  hunter.path = [];
}

function isRememberedLure(world: World, hunter: Zombie, x: number, y: number): boolean {
  const memory = world.minds.lureMemory.find(([id]) => id === hunter.id);
  return memory !== undefined && Math.abs(memory[1] + 0.5 - x) <= HUNTER.lureMemoryTiles && Math.abs(memory[2] + 0.5 - y) <= HUNTER.lureMemoryTiles;
}

function remember(world: World, hunter: Zombie): void {
  const memory = world.minds.lureMemory;
  const entry: [number, number, number] = [hunter.id, hunter.goalX, hunter.goalY];
  const index = memory.findIndex(([id]) => id === hunter.id);
  if (index >= 0) memory[index] = entry;
  else memory.push(entry);
  hunter.goalStrength = 0;
}

/**
 * Walks toward the goal cell by cell: a route through doors it can open first, else one through
 * the doors it must break. At a closed door it opens it; at a locked or barricaded one it bashes.
 */
function stalk(context: TickContext, hunter: Zombie, speed: number): void {
  const { world } = context;
  const { width } = world.grid;
  if (--hunter.repathIn <= 0 || hunter.path.length === 0) {
    hunter.repathIn = ZOMBIE_AI.repathEveryTicks;
    const from = Math.floor(hunter.y) * width + Math.floor(hunter.x);
    const goal = hunter.goalY * width + hunter.goalX;
    let route = routeOn(context, 'hunter').findPath(from, goal, { maxExpansions: HUNTER.pathBudget });
    if (route.status !== 'found') route = routeOn(context, 'nav').findPath(from, goal, { maxExpansions: HUNTER.pathBudget });
    hunter.path = route.status === 'none' ? [] : route.cells.slice(1);
  }
  const next = hunter.path[0];
  if (next === undefined) return;
  const doorIndex = world.doorGrids.doorAt[next]!;
  const door = doorIndex >= 0 ? world.doors[doorIndex] : undefined;
  if (door !== undefined && isDoorBlocking(door)) {
    face(hunter, door.tileX + 0.5 - hunter.x, door.tileY + 0.5 - hunter.y);
    hunter.moving = false;
    if (openDoor(context, door, `zombie:${hunter.id}`) === undefined) return; // opened: walk on next tick
    if (hunter.mode !== 'bash') {
      changeMode(context, hunter, 'blocked');
      hunter.modeTicks = ZOMBIE_AI.noiseMemoryTicks * 4;
    }
    hunter.bashDoorId = door.id;
    if (hunter.attackCooldown === 0 && hunter.stunTicks === 0) {
      hunter.attackCooldown = BASH.hunter.everyTicks;
      hunter.swingTicks = 6;
      damageDoor(context, door, BASH.hunter.damage, `zombie:${hunter.id}`);
    }
    return;
  }
  if (hunter.mode === 'bash') {
    changeMode(context, hunter, 'unblocked');
    hunter.bashDoorId = -1;
  }
  const beforeX = hunter.x;
  const beforeY = hunter.y;
  followPath(world.grid, hunter, speed);
  hunter.moving = hunter.x !== beforeX || hunter.y !== beforeY;
}
