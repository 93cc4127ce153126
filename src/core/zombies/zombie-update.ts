/**
 * Zombie minds, first pass: wander near home -> investigate a heard noise -> chase a seen student
 * -> attack in reach -> search where the student was lost -> back to wandering.
 *
 * A zombie only knows what it sensed this tick: sight needs range, the view cone and a clear line
 * of sight; hearing needs a noise whose margin (see noise.ts) is above 0. It never reads a
 * student's position through a wall: when it loses sight it goes to the *last seen* place.
 */

import type { Student, World, Zombie } from '../world/world';
import { livingStudents } from '../world/world';
import { canSee, makeNoise, planPath, type TickContext } from '../world/tick-context';
import { distanceBetween, face, followPath, moveBody, terrainFactor } from '../world/move-body';
import type { Noise } from '../noise/noise';
import { UNREACHABLE } from '../pathfinding/flow-field';
import { freshestScentNear } from '../senses/scent';
import { SCENT, STUDENT, ZOMBIE, ZOMBIE_AI } from '../tuning';
import { downStudent } from '../students/fall';
import { woundByZombie } from '../survival/infection';
import { syncDoorGrids } from '../world/doors';
import { bashDoors } from './bash';

const PATH_BUDGET = 2500;
/** Sneaking students are seen at this fraction of a zombie's sight range. */
const SNEAK_SIGHT_FACTOR = 0.55;
/** Anything this close is noticed whatever the zombie faces (it bumps into you). */
const TOUCH_RANGE = 1.2;

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
    const seen = nearestSeenStudent(world, zombie, students);
    if (seen !== undefined) noticeStudent(context, zombie, seen);
    else if (zombie.mode !== 'chase' && zombie.mode !== 'attack') {
      listen(context, zombie, heard[zombie.id]);
      if (!world.scent.isEmpty) sniff(context, zombie);
    }
    act(context, zombie, seen);
  }
  context.horde.flush(world.zombies, context.goalFields);
  bashDoors(context);
  separate(world, context.horde.moved);
}

function nearestSeenStudent(world: World, zombie: Zombie, students: readonly Student[]): Student | undefined {
  const tuning = ZOMBIE[zombie.kind];
  let best: Student | undefined;
  let bestDistance = Infinity;
  for (const student of students) {
    const dx = student.x - zombie.x;
    const dy = student.y - zombie.y;
    const range = (student.gait === 'sneak' && !student.hurtTicks ? tuning.sightRange * SNEAK_SIGHT_FACTOR : tuning.sightRange) * world.difficulty.hordeSenses;
    const distanceSquared = dx * dx + dy * dy;
    if (distanceSquared > range * range || distanceSquared >= bestDistance * bestDistance) continue;
    const distance = Math.sqrt(distanceSquared);
    // Already hunting this student: no cone needed, it is looking right at them.
    const tracking = (zombie.mode === 'chase' || zombie.mode === 'attack') && zombie.targetId === student.id;
    if (!tracking && distance > TOUCH_RANGE && (dx * zombie.facingX + dy * zombie.facingY) / distance < tuning.sightCosHalfAngle) continue;
    if (!canSee(world, zombie, student)) continue;
    best = student;
    bestDistance = distance;
  }
  return best;
}

function noticeStudent(context: TickContext, zombie: Zombie, student: Student): void {
  const wasHunting = zombie.mode === 'chase' || zombie.mode === 'attack';
  if (!wasHunting || zombie.targetId !== student.id) {
    context.events.push({ type: 'zombieAlerted', zombieId: zombie.id, cause: 'sight', tileX: Math.floor(student.x), tileY: Math.floor(student.y) });
    zombie.repathIn = 0;
  }
  if (!wasHunting) zombie.mode = 'chase';
  zombie.onTrail = false;
  zombie.targetId = student.id;
  zombie.goalX = Math.floor(student.x);
  zombie.goalY = Math.floor(student.y);
  zombie.modeTicks = ZOMBIE_AI.searchTicks;
  zombie.path = []; // re-aim at the student's tile this tick (an O(1) field lookup)
}

/**
 * What each zombie hears this tick: every noise is spread once over the tile graph (noise.ts), and
 * each zombie keeps the loudest one that reaches it. Zombies busy chasing do not listen.
 */
function hearNoises(context: TickContext): Heard[] {
  const { world, noiseSpreader } = context;
  const zombies = world.zombies;
  const heard: Heard[] = [];
  if (context.noises.length === 0) return heard;
  const senses = world.difficulty.hordeSenses;
  for (let k = 0; k < context.noises.length; k++) {
    const noise = context.noises[k]!;
    const reach = noise.radius * MAX_HEARING * senses;
    noiseSpreader.spread(Math.floor(noise.x), Math.floor(noise.y), reach);
    // A zombie does not chase its own bashing.
    const maker = noise.by.startsWith('zombie:') ? Number(noise.by.slice(7)) : -1;
    for (const zombie of zombies) {
      if (zombie.mode === 'down' || zombie.mode === 'chase' || zombie.mode === 'attack' || zombie.id === maker) continue;
      if (Math.abs(zombie.x - noise.x) > reach || Math.abs(zombie.y - noise.y) > reach) continue;
      const distance = noiseSpreader.distanceAt(Math.floor(zombie.y) * world.grid.width + Math.floor(zombie.x));
      const margin = noise.radius * ZOMBIE[zombie.kind].hearing * senses - distance;
      const best = heard[zombie.id];
      if (margin > 0 && (best === undefined || margin > best.margin)) heard[zombie.id] = { margin, noise };
    }
  }
  return heard;
}

const MAX_HEARING = Math.max(...Object.values(ZOMBIE).map((kind) => kind.hearing));
/** The loudest noise a zombie heard this tick (a sparse array by zombie id). */
type Heard = { margin: number; noise: Noise } | undefined;

function listen(context: TickContext, zombie: Zombie, loudest: Heard): void {
  if (loudest === undefined) return;
  const { margin, noise } = loudest;
  const busy = zombie.mode === 'investigate' || zombie.mode === 'bash';
  if (busy && margin <= zombie.goalStrength) return;
  if (!busy) {
    context.events.push({ type: 'zombieAlerted', zombieId: zombie.id, cause: 'sound', tileX: Math.floor(noise.x), tileY: Math.floor(noise.y) });
  }
  zombie.mode = 'investigate';
  zombie.onTrail = false;
  zombie.goalX = Math.floor(noise.x);
  zombie.goalY = Math.floor(noise.y);
  zombie.goalStrength = margin;
  zombie.modeTicks = ZOMBIE_AI.noiseMemoryTicks;
  zombie.repathIn = 0;
  zombie.path = [];
}

/**
 * Smell: an unaware, searching or trail-following zombie on or beside a blood trail steps to its
 * freshest tile, and from there sniffs again, so it follows the trail toward the bleeding student.
 * A noise being investigated wins over a trail.
 */
function sniff(context: TickContext, zombie: Zombie): void {
  if ((zombie.mode === 'investigate' && !zombie.onTrail) || zombie.mode === 'bash') return;
  if (zombie.onTrail && zombie.modeTicks > 0 && !arrived(zombie)) return;
  const { world } = context;
  const cell = freshestScentNear(world.grid, world.scent, Math.floor(zombie.x), Math.floor(zombie.y), world.tick);
  const tileX = cell % world.grid.width;
  const tileY = (cell - tileX) / world.grid.width;
  if (zombie.onTrail && (cell < 0 || (tileX === zombie.goalX && tileY === zombie.goalY))) {
    startSearch(zombie); // the trail went cold, or this is its freshest end: look around here
    return;
  }
  if (cell < 0) return;
  if (!zombie.onTrail) context.events.push({ type: 'zombieAlerted', zombieId: zombie.id, cause: 'smell', tileX, tileY });
  zombie.mode = 'investigate';
  zombie.onTrail = true;
  zombie.goalX = tileX;
  zombie.goalY = tileY;
  zombie.goalStrength = 0;
  zombie.modeTicks = SCENT.followTicks;
  zombie.path = [];
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
      if (zombie.path.length === 0) rest(world, zombie);
      return;
    case 'investigate':
      zombie.goalStrength *= 0.97; // an old noise fades, so a fresh quieter one can win
      goTowardGoal(context, zombie, tuning.chaseSpeed * 0.75);
      // A trail follower sniffs for the next tile instead (see sniff).
      if ((--zombie.modeTicks <= 0 || arrived(zombie)) && !zombie.onTrail) startSearch(zombie);
      return;
    case 'chase': {
      const target = world.students[zombie.targetId];
      if (target === undefined || target.down) {
        startSearch(zombie);
        return;
      }
      if (seen === target && distanceBetween(zombie, target) <= ZOMBIE_AI.attackRangeTiles) {
        zombie.mode = 'attack';
        face(zombie, target.x - zombie.x, target.y - zombie.y);
        return;
      }
      goTowardGoal(context, zombie, tuning.chaseSpeed);
      if (seen === undefined && (--zombie.modeTicks <= 0 || arrived(zombie))) {
        context.events.push({ type: 'zombieLostTrack', zombieId: zombie.id });
        startSearch(zombie);
      }
      return;
    }
    case 'attack': {
      const target = world.students[zombie.targetId];
      if (target === undefined || target.down) {
        startSearch(zombie);
        return;
      }
      face(zombie, target.x - zombie.x, target.y - zombie.y);
      if (distanceBetween(zombie, target) > ZOMBIE_AI.attackRangeTiles + 0.35) {
        zombie.mode = 'chase';
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
        startSearch(zombie);
        return;
      }
      goTowardGoal(context, zombie, tuning.chaseSpeed * 0.75);
      return;
    case 'search':
      walk(context, zombie, tuning.wanderSpeed * 1.4);
      if (zombie.path.length === 0) pickSearchSpot(context, zombie);
      if (--zombie.modeTicks <= 0) rest(world, zombie);
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

function arrived(zombie: Zombie): boolean {
  return Math.floor(zombie.x) === zombie.goalX && Math.floor(zombie.y) === zombie.goalY;
}

function bite(context: TickContext, zombie: Zombie, target: Student): void {
  const [min, max] = ZOMBIE[zombie.kind].damage;
  const damage = context.world.rng.int(min, max);
  zombie.attackCooldown = ZOMBIE[zombie.kind].attackCooldownTicks;
  zombie.swingTicks = 6;
  target.health = Math.max(0, target.health - damage);
  target.hurtTicks = 8;
  target.bleedTicks = SCENT.bleedTicks;
  context.events.push({ type: 'studentHit', studentId: target.id, zombieId: zombie.id, damage });
  woundByZombie(context, target);
  makeNoise(context, target.x, target.y, STUDENT.hurtScreamNoiseRadius, 'scream', `student:${target.id}`);
  if (target.health === 0) downStudent(context, target);
}

function startWander(context: TickContext, zombie: Zombie): void {
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

function rest(world: World, zombie: Zombie): void {
  const [min, max] = ZOMBIE_AI.wanderPauseTicks;
  zombie.mode = 'idle';
  zombie.onTrail = false;
  zombie.path = [];
  zombie.targetId = -1;
  zombie.modeTicks = world.rng.int(min, max);
}

function startSearch(zombie: Zombie): void {
  zombie.mode = 'search';
  zombie.onTrail = false;
  zombie.path = [];
  zombie.targetId = -1;
  zombie.goalStrength = 0;
  zombie.modeTicks = ZOMBIE_AI.searchTicks;
}

function pickSearchSpot(context: TickContext, zombie: Zombie): void {
  const { grid, rng } = context.world;
  const tileX = zombie.goalX + rng.int(-3, 3);
  const tileY = zombie.goalY + rng.int(-3, 3);
  if (tileX < 0 || tileY < 0 || tileX >= grid.width || tileY >= grid.height) return;
  if (grid.cost[tileY * grid.width + tileX] === 0) return;
  planPath(context, zombie, tileX, tileY, 300);
}

/** Called when a student hits a zombie: it turns on the attacker at once. */
export function provokeZombie(zombie: Zombie, attacker: Student): void {
  zombie.mode = 'chase';
  zombie.targetId = attacker.id;
  zombie.goalX = Math.floor(attacker.x);
  zombie.goalY = Math.floor(attacker.y);
  zombie.modeTicks = ZOMBIE_AI.searchTicks;
  zombie.repathIn = 0;
  zombie.path = [];
}

const SEPARATION = 0.62;

/**
 * Pushes overlapping zombies apart (and off students), using per-cell buckets so the cost grows
 * with the number of zombies, not its square. Collision-aware: nobody is pushed into a wall.
 */
function separate(world: World, crowdMoved: Uint8Array): void {
  const { grid, zombies, students } = world;
  const size = grid.width * grid.height;
  const head = bucketHead(world, size);
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
          const overlap = (SEPARATION - distance) * 0.5;
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

const NEIGHBOURS: readonly [number, number][] = [[0, -1], [1, 0], [0, 1], [-1, 0], [1, -1], [1, 1], [-1, 1], [-1, -1]];
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

const bucketHeads = new WeakMap<World, Int32Array>();

function bucketHead(world: World, size: number): Int32Array {
  let head = bucketHeads.get(world);
  if (head === undefined) {
    head = new Int32Array(size);
    bucketHeads.set(world, head);
  }
  head.fill(-1);
  return head;
}
