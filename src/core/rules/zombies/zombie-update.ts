/**
 * Zombie minds, first pass: wander near home -> investigate a heard noise -> chase a seen student
 * -> attack in reach -> search where the student was lost -> back to wandering.
 *
 * A zombie only knows what it sensed this tick: sight needs range, the view cone and a clear line
 * of sight; hearing needs a noise whose margin (see noise.ts) is above 0. It never reads a
 * student's position through a wall: when it loses sight it goes to the *last seen* place.
 * Senses live in perceive.ts, wandering and searching in search.ts, spacing in separate.ts.
 */

import type { Student, Zombie } from '../../state/world';
import { livingStudents } from '../../state/world';
import { planPath, type TickContext } from '../tick-context';
import { distanceBetween, face, followPath, terrainFactor } from '../world/move-body';
import { UNREACHABLE } from '../../pathfinding/flow-field';
import { ZOMBIE, ZOMBIE_AI } from '../../kernel/tuning';
import { syncDoorGrids } from '../../level/doors';
import { bashDoors } from './bash';
import { hearNoises, listen, nearestSeenStudent, noticeStudent, sniff } from './perceive';
import { arrived, pickSearchSpot, rest, startSearch, startWander } from './search';
import { separate } from './separate';
import { changeMode } from './zombie-mind';
import { updateHunter } from './hunter';
import { bite, forgetGrab, startGrab } from './bite';

const PATH_BUDGET = 2500;

export function updateZombies(context: TickContext): void {
  const { world } = context;
  syncDoorGrids(world, world.doorGrids); // something may have moved a locker: keep routes honest
  const students = livingStudents(world);
  const heard = hearNoises(context);
  for (const zombie of world.zombies) {
    if (zombie.mode === 'down') continue;
    if (zombie.attackCooldown > 0) zombie.attackCooldown--;
    if (zombie.swingTicks > 0) zombie.swingTicks--;
    if (zombie.hurtTicks > 0) zombie.hurtTicks--;
    zombie.moving = false;
    if (zombie.stunTicks > 0) {
      zombie.stunTicks--;
      continue;
    }
    const seen = nearestSeenStudent(world, context.light, zombie, students);
    if (zombie.kind === 'hunter') {
      if (!updateHunter(context, zombie, seen, heard[zombie.id])) act(context, zombie, undefined);
      continue;
    }
    if (seen !== undefined) noticeStudent(context, zombie, seen);
    else if (zombie.mode !== 'chase' && zombie.mode !== 'attack') {
      listen(context, zombie, heard[zombie.id]);
      if (!world.scent.isEmpty) sniff(context, zombie);
    }
    act(context, zombie, seen);
    forgetGrab(zombie);
  }
  context.horde.flush(world.zombies, context.goalFields);
  bashDoors(context);
  separate(world, context.horde.moved, context.separationHeads);
}

function act(context: TickContext, zombie: Zombie, seen: Student | undefined): void {
  const { world } = context;
  const tuning = ZOMBIE[zombie.kind];
  switch (zombie.mode) {
    case 'idle':
      if (--zombie.modeTicks <= 0) startWander(context, zombie);
      return;
    case 'wander':
      walk(context, zombie, tuning.wanderSpeed);
      if (zombie.path.length === 0) rest(context, zombie, 'arrived');
      return;
    case 'investigate': {
      zombie.goalStrength *= 0.97; // an old noise fades, so a fresh quieter one can win
      goTowardGoal(context, zombie, tuning.chaseSpeed * 0.75);
      // A trail follower sniffs for the next tile instead (see sniff).
      const timedOut = --zombie.modeTicks <= 0;
      if ((timedOut || arrived(zombie)) && !zombie.onTrail) startSearch(context, zombie, timedOut ? 'gaveUp' : 'arrived');
      return;
    }
    case 'chase': {
      const target = world.students[zombie.targetId];
      if (target === undefined || target.down || target.halfbie) {
        startSearch(context, zombie, 'targetGone');
        return;
      }
      if (seen === target && distanceBetween(zombie, target) <= ZOMBIE_AI.attackRangeTiles) {
        changeMode(context, zombie, 'inReach');
        face(zombie, target.x - zombie.x, target.y - zombie.y);
        startGrab(context, zombie, target);
        return;
      }
      goTowardGoal(context, zombie, tuning.chaseSpeed);
      if (seen === undefined && (--zombie.modeTicks <= 0 || arrived(zombie))) {
        context.events.push({ type: 'zombieLostTrack', zombieId: zombie.id });
        startSearch(context, zombie, 'lost');
      }
      return;
    }
    case 'attack': {
      const target = world.students[zombie.targetId];
      if (target === undefined || target.down || target.halfbie) {
        startSearch(context, zombie, 'targetGone');
        return;
      }
      face(zombie, target.x - zombie.x, target.y - zombie.y);
      if (distanceBetween(zombie, target) > ZOMBIE_AI.attackRangeTiles + 0.35) {
        changeMode(context, zombie, 'outOfReach');
        zombie.repathIn = 0;
        return;
      }
      if (zombie.attackCooldown === 0) bite(context, zombie, target);
      return;
    }
    case 'bash':
      // Keeps pressing toward its goal; bash.ts decides after the horde moved whether a door
      // is still in the way. Without a new reason it gives up in time.
      if (--zombie.modeTicks <= 0) {
        zombie.bashDoorId = -1;
        startSearch(context, zombie, 'gaveUp');
        return;
      }
      goTowardGoal(context, zombie, tuning.chaseSpeed * 0.75);
      return;
    case 'search':
      walk(context, zombie, tuning.wanderSpeed * 1.4);
      if (zombie.path.length === 0) pickSearchSpot(context, zombie);
      if (--zombie.modeTicks <= 0) rest(context, zombie, 'gaveUp');
      return;
    case 'down':
      return;
  }
}

function walk(context: TickContext, zombie: Zombie, speed: number): void {
  if (zombie.path.length === 0) return;
  const beforeX = zombie.x;
  const beforeY = zombie.y;
  followPath(context.world.grid, zombie, speed * terrainFactor(context.world.grid, zombie.x, zombie.y));
  zombie.moving = zombie.x !== beforeX || zombie.y !== beforeY;
}

/**
 * Heads for the zombie's goal tile with every other zombie heading there, down the goal's shared
 * field (see goal-fields.ts, horde-step.ts). A goal that cannot be reached (behind a locked door)
 * falls back to an A* search for the closest reachable tile, on a timer so it never runs every tick.
 */
function goTowardGoal(context: TickContext, zombie: Zombie, speed: number): void {
  const { grid } = context.world;
  const here = Math.floor(zombie.y) * grid.width + Math.floor(zombie.x);
  const goal = zombie.goalY * grid.width + zombie.goalX;
  if (context.goalFields.toward(goal).distanceAt(here) !== UNREACHABLE) {
    zombie.path = [];
    context.horde.add(zombie, goal, speed * terrainFactor(grid, zombie.x, zombie.y));
    return;
  }
  if (--zombie.repathIn <= 0 || zombie.path.length === 0) {
    zombie.repathIn = ZOMBIE_AI.repathEveryTicks;
    planPath(context, zombie, zombie.goalX, zombie.goalY, PATH_BUDGET);
  }
  walk(context, zombie, speed);
}

/** Called when a student hits a zombie: it turns on the attacker at once. */
export function provokeZombie(context: TickContext, zombie: Zombie, attacker: Student): void {
  if (attacker.halfbie) return; // a halfbie's blow reads as one of the horde's shoving
  zombie.targetId = attacker.id;
  changeMode(context, zombie, 'provoked');
  zombie.goalX = Math.floor(attacker.x);
  zombie.goalY = Math.floor(attacker.y);
  zombie.modeTicks = ZOMBIE_AI.searchTicks;
  zombie.repathIn = 0;
  zombie.path = [];
}
