/**
 * Students: the controlled one moves by held direction or walks a tapped path; the others follow
 * it around walls with the same pathfinder the zombies use. Moving makes footstep noise by gait,
 * swinging makes fight noise, and walking over food or water picks it up for the group.
 */

import type { Command, Gait } from '../commands';
import { ITEMS, STUDENT } from '../tuning';
import { distanceBetween, face, followPath, moveBody, terrainFactor } from '../world/move-body';
import { makeNoise, planPath, type TickContext } from '../world/tick-context';
import type { Student, World } from '../world/world';
import { provokeZombie } from '../zombies/zombie-update';
import { useObjective } from '../objectives/objectives';

export interface MoveIntent {
  dx: number;
  dy: number;
  gait: Gait;
}

const WALK_TO_BUDGET = 6000;
const FOLLOW_BUDGET = 2500;

export function controlled(world: World): Student | undefined {
  const student = world.students[world.controlledId];
  return student === undefined || student.down ? undefined : student;
}

/** Applies one command; returns a reason when it cannot be carried out (for a `commandRejected` event). */
export function applyCommand(context: TickContext, intent: MoveIntent, command: Command): string | undefined {
  const { world } = context;
  const student = controlled(world);
  if (command.type === 'switchStudent') return switchStudent(context, command.studentId);
  if (student === undefined) return 'no student is under control';
  switch (command.type) {
    case 'move':
      intent.dx = command.dx;
      intent.dy = command.dy;
      intent.gait = command.gait ?? 'walk';
      if (command.dx !== 0 || command.dy !== 0) student.path = [];
      return undefined;
    case 'walkTo': {
      const { grid } = world;
      if (command.tileX < 0 || command.tileY < 0 || command.tileX >= grid.width || command.tileY >= grid.height) {
        return `tile ${command.tileX},${command.tileY} is outside the map`;
      }
      intent.dx = 0;
      intent.dy = 0;
      if (!planPath(context, student, command.tileX, command.tileY, WALK_TO_BUDGET)) return `no way to tile ${command.tileX},${command.tileY}`;
      return undefined;
    }
    case 'attack':
      return swing(context, student);
    case 'interact':
      // A key item or device of the current objective first, else the nearest loot.
      return useObjective(context, student) ? undefined : pickUpNearest(context, student);
    case 'throwLure':
      return throwLure(context, student);
    case 'useItem': {
      if (world.inventory[command.item] <= 0) return `no ${command.item} left`;
      world.inventory[command.item]--;
      if (command.item === 'food') student.health = Math.min(STUDENT.maxHealth, student.health + ITEMS.food.healthRestored);
      else {
        student.stamina = Math.min(STUDENT.maxStamina, student.stamina + ITEMS.water.staminaRestored);
        student.health = Math.min(STUDENT.maxHealth, student.health + ITEMS.water.healthRestored);
      }
      context.events.push({ type: 'itemUsed', item: command.item, studentId: student.id });
      return undefined;
    }
  }
}

/** Throws a phone alarm along the student's facing, landing short of the first wall. */
function throwLure(context: TickContext, student: Student): string | undefined {
  const { world } = context;
  if (world.inventory.phone <= 0) return 'no phone to throw';
  world.inventory.phone--;
  const { throwTiles, ringTicks } = ITEMS.lure;
  let x = student.x;
  let y = student.y;
  // Fly in quarter-tile steps so it cannot pass through a wall corner.
  for (let travelled = 0; travelled < throwTiles; travelled += 0.25) {
    const nextX = x + student.facingX * 0.25;
    const nextY = y + student.facingY * 0.25;
    if (world.grid.cost[Math.floor(nextY) * world.grid.width + Math.floor(nextX)] === 0) break;
    x = nextX;
    y = nextY;
  }
  const lure = { id: world.luresThrown++, x, y, ticksLeft: ringTicks, nextNoiseIn: 0 };
  world.lures.push(lure);
  context.events.push({ type: 'lureThrown', lureId: lure.id, studentId: student.id, tileX: Math.floor(x), tileY: Math.floor(y) });
  return undefined;
}

/** Every ringing phone makes an alarm noise on its beat, and falls silent when its time is up. */
export function updateLures(context: TickContext): void {
  const { world } = context;
  for (const lure of world.lures) {
    if (--lure.nextNoiseIn <= 0) {
      lure.nextNoiseIn = ITEMS.lure.noiseEveryTicks;
      makeNoise(context, lure.x, lure.y, ITEMS.lure.noiseRadius, 'alarm', `lure:${lure.id}`);
    }
    if (--lure.ticksLeft <= 0) context.events.push({ type: 'lureEnded', lureId: lure.id });
  }
  world.lures = world.lures.filter((lure) => lure.ticksLeft > 0);
}

function switchStudent(context: TickContext, studentId: number | undefined): string | undefined {
  const { world } = context;
  const count = world.students.length;
  let chosen: Student | undefined;
  if (studentId !== undefined) {
    chosen = world.students[studentId];
    if (chosen === undefined || chosen.down || chosen.waiting) return `student ${studentId} cannot be controlled`;
  } else {
    for (let step = 1; step <= count && chosen === undefined; step++) {
      const candidate = world.students[(world.controlledId + step) % count]!;
      if (!candidate.down && !candidate.waiting) chosen = candidate;
    }
  }
  if (chosen === undefined || chosen.id === world.controlledId) return chosen === undefined ? 'nobody to switch to' : undefined;
  world.controlledId = chosen.id;
  chosen.path = [];
  context.events.push({ type: 'studentSwitched', studentId: chosen.id });
  return undefined;
}

function swing(context: TickContext, student: Student): string | undefined {
  if (student.attackCooldown > 0) return undefined; // still recovering: a held button simply waits
  const tuning = STUDENT.attack;
  student.attackCooldown = tuning.cooldownTicks;
  student.swingTicks = 5;
  context.events.push({ type: 'attackSwung', studentId: student.id });
  makeNoise(context, student.x, student.y, tuning.noiseRadius, 'fight', `student:${student.id}`);
  for (const zombie of context.world.zombies) {
    if (zombie.mode === 'down') continue;
    const dx = zombie.x - student.x;
    const dy = zombie.y - student.y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance > tuning.rangeTiles) continue;
    if (distance > 0.3 && (dx * student.facingX + dy * student.facingY) / distance < 0.25) continue;
    zombie.health -= tuning.damage;
    zombie.hurtTicks = 6;
    context.events.push({ type: 'zombieHit', zombieId: zombie.id, studentId: student.id, damage: tuning.damage });
    if (zombie.health <= 0) {
      zombie.mode = 'down';
      zombie.path = [];
      zombie.moving = false;
      context.events.push({ type: 'zombieDowned', zombieId: zombie.id });
      continue;
    }
    const length = Math.max(distance, 1e-6);
    moveBody(context.world.grid, zombie, (dx / length) * tuning.knockbackTiles, (dy / length) * tuning.knockbackTiles);
    zombie.stunTicks = 7;
    provokeZombie(zombie, student);
  }
  return undefined;
}

function pickUpNearest(context: TickContext, student: Student): string | undefined {
  const { world } = context;
  let best = -1;
  let bestDistance: number = ITEMS.interactRadiusTiles;
  world.items.forEach((item, index) => {
    const distance = distanceBetween(student, { x: item.tileX + 0.5, y: item.tileY + 0.5 });
    if (distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  if (best < 0) return 'nothing to pick up here';
  takeItem(context, student, best);
  return undefined;
}

function takeItem(context: TickContext, student: Student, index: number): void {
  const [item] = context.world.items.splice(index, 1);
  if (item === undefined) return;
  context.world.inventory[item.kind]++;
  context.events.push({ type: 'itemPickedUp', itemId: item.id, item: item.kind, studentId: student.id });
}

export function updateStudents(context: TickContext, intent: MoveIntent): void {
  const { world } = context;
  const leader = controlled(world);
  for (const student of world.students) {
    if (student.down) continue;
    if (student.attackCooldown > 0) student.attackCooldown--;
    if (student.swingTicks > 0) student.swingTicks--;
    if (student.hurtTicks > 0) student.hurtTicks--;
    if (student.bleedTicks > 0) {
      student.bleedTicks--;
      context.world.scent.lay(Math.floor(student.y) * context.world.grid.width + Math.floor(student.x), context.world.tick);
    }
    const beforeX = student.x;
    const beforeY = student.y;
    if (student === leader) lead(context, student, intent);
    else if (leader !== undefined && !student.waiting) follow(context, student, leader);
    const movedX = student.x - beforeX;
    const movedY = student.y - beforeY;
    student.moving = movedX !== 0 || movedY !== 0;
    if (student.gait === 'run' && student.moving) student.stamina = Math.max(0, student.stamina - STUDENT.runStaminaPerTick);
    else student.stamina = Math.min(STUDENT.maxStamina, student.stamina + STUDENT.staminaRegainPerTick);
    footsteps(context, student);
    if (!student.waiting) autoPickUp(context, student);
  }
}

/** The gait actually used: running needs stamina, and stops when it runs out. */
function gaitFor(student: Student, wanted: Gait): Gait {
  if (wanted !== 'run') return wanted;
  if (student.gait === 'run' ? student.stamina > 0 : student.stamina >= STUDENT.runStaminaToStart) return 'run';
  return 'walk';
}

function lead(context: TickContext, student: Student, intent: MoveIntent): void {
  const { grid } = context.world;
  student.gait = gaitFor(student, intent.gait);
  const speed = STUDENT.speedTilesPerTick[student.gait] * terrainFactor(grid, student.x, student.y);
  if (intent.dx !== 0 || intent.dy !== 0) {
    const length = Math.sqrt(intent.dx * intent.dx + intent.dy * intent.dy);
    moveBody(grid, student, (intent.dx / length) * speed, (intent.dy / length) * speed);
    face(student, intent.dx, intent.dy);
  } else if (student.path.length > 0) {
    followPath(grid, student, speed);
  }
}

function follow(context: TickContext, student: Student, leader: Student): void {
  const { grid } = context.world;
  student.gait = gaitFor(student, leader.gait);
  if (distanceBetween(student, leader) <= STUDENT.followDistanceTiles) {
    student.path = [];
    return;
  }
  if (--student.repathIn <= 0 || student.path.length === 0) {
    student.repathIn = STUDENT.repathEveryTicks;
    planPath(context, student, Math.floor(leader.x), Math.floor(leader.y), FOLLOW_BUDGET);
  }
  followPath(grid, student, STUDENT.speedTilesPerTick[student.gait] * terrainFactor(grid, student.x, student.y));
}

function footsteps(context: TickContext, student: Student): void {
  if (!student.moving) {
    student.ticksSinceStep = 0;
    return;
  }
  if (++student.ticksSinceStep < STUDENT.stepNoiseEveryTicks) return;
  student.ticksSinceStep = 0;
  makeNoise(context, student.x, student.y, STUDENT.stepNoiseRadius[student.gait], 'footstep', `student:${student.id}`);
}

function autoPickUp(context: TickContext, student: Student): void {
  const items = context.world.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (distanceBetween(student, { x: item.tileX + 0.5, y: item.tileY + 0.5 }) <= ITEMS.pickupRadiusTiles) takeItem(context, student, i);
  }
}

/**
 * Lose when nobody in the group is left standing; otherwise keep a standing student under
 * control. Winning (objectives done, a student in an exit) is decided in objectives/objectives.ts.
 */
export function checkOutcome(context: TickContext): void {
  const { world } = context;
  const group = world.students.filter((s) => !s.down && !s.waiting);
  if (group.length === 0) {
    world.status = 'lost';
    context.events.push({ type: 'levelLost' });
    return;
  }
  if (controlled(world) === undefined) world.controlledId = group[0]!.id;
}
