/**
 * Students: the controlled one moves by held direction or walks a tapped path; the others follow
 * it (around walls and zombies, with the same pathfinder the zombies use), hold, or sneak after it,
 * as ordered. Moving makes footstep noise by gait; needs and roles change speed and noise.
 * Commands for items, crafting, orders and barricades are handed to their modules here.
 */

import type { Command, Gait } from '../../state/commands';
import { craft } from '../items/crafting';
import { toggleLight } from '../items/phone-light';
import { autoPickUp, checkPhone, drop, equip, give, pickUp, throwItem, throwLure } from '../items/item-actions';
import { useItem } from '../items/use-item';
import type { ThrowTarget } from '../items/throw-aim';
import { buildBarricade } from '../survival/barricade';
import { needEffects } from '../survival/needs';
import { STUDENT } from '../../kernel/tuning';
import { distanceBetween, face, followPath, moveBody, terrainFactor } from '../world/move-body';
import { makeNoise, planPath, type TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';
import { swing } from './combat';
import { giveOrder, orderGait, planAround } from './orders';
import { ROLE } from '../../kernel/roles';
import { useObjective } from '../objectives/objectives';
import { interactWithWorld, toggleLock } from '../world/interact';
import { updatePush } from '../world/furniture';
import { ownSpot } from './own-spot';

const NOTHING_TO_PICK_UP = 'nothing to pick up here';

export { updateLures } from '../items/item-actions';

export interface MoveIntent {
  dx: number;
  dy: number;
  gait: Gait;
}

const WALK_TO_BUDGET = 6000;
const FOLLOW_BUDGET = 2500;

/** The aimed tile of a throw command, when it has one. */
function targetOf(command: { tileX?: number; tileY?: number }): ThrowTarget | undefined {
  return command.tileX === undefined || command.tileY === undefined ? undefined : { tileX: command.tileX, tileY: command.tileY };
}

export function controlled(world: World): Student | undefined {
  const student = world.students[world.controlledId];
  return student === undefined || student.down ? undefined : student;
}

/** Applies one command; returns a reason when it cannot be carried out (for a `commandRejected` event). */
export function applyCommand(context: TickContext, intent: MoveIntent, command: Command): string | undefined {
  const { world } = context;
  const student = controlled(world);
  if (command.type === 'switchStudent') return switchStudent(context, command.studentId);
  if (command.type === 'order') return giveOrder(context, command.order, command.studentId);
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
    case 'interact': {
      // A key item or device of the current objective first, else the nearest loot, else a
      // door, a lamp or a noise maker in reach.
      if (useObjective(context, student)) return undefined;
      const reason = pickUp(context, student, undefined);
      return reason === NOTHING_TO_PICK_UP ? interactWithWorld(context, student, reason) : reason;
    }
    case 'pickUp':
      return pickUp(context, student, command.itemId);
    case 'drop':
      return drop(context, student, command.itemId);
    case 'give':
      return give(context, student, command.itemId, command.toId);
    case 'throwItem':
      return throwItem(context, student, command.itemId, targetOf(command));
    case 'equip':
      return equip(context, student, command.itemId);
    case 'craft':
      return craft(context, student, command.recipe);
    case 'lock':
      return toggleLock(context, student);
    case 'throwLure':
      return throwLure(context, student, targetOf(command));
    case 'useItem':
      return useItem(context, student, command.item, command.targetId);
    case 'checkPhone':
      return checkPhone(context, student);
    case 'toggleLight':
      return toggleLight(context, student);
    case 'barricade':
      return buildBarricade(context, student);
  }
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
      // A halfbie's blood does not draw the horde.
      if (!student.halfbie) context.world.scent.lay(Math.floor(student.y) * context.world.grid.width + Math.floor(student.x), context.world.tick);
    }
    const beforeX = student.x;
    const beforeY = student.y;
    const effects = needEffects(student);
    if (student === leader) lead(context, student, intent, effects.speedFactor);
    else if (leader !== undefined && !student.waiting && student.order !== 'hold') follow(context, student, leader, effects.speedFactor);
    else student.path = [];
    const movedX = student.x - beforeX;
    const movedY = student.y - beforeY;
    student.moving = movedX !== 0 || movedY !== 0;
    if (student.gait === 'run' && student.moving) student.stamina = Math.max(0, student.stamina - STUDENT.runStaminaPerTick * ROLE[student.role].runStaminaFactor);
    else student.stamina = Math.min(STUDENT.maxStamina, student.stamina + STUDENT.staminaRegainPerTick * effects.staminaRegainFactor);
    footsteps(context, student, effects.noiseFactor);
    if (!student.waiting) autoPickUp(context, student);
  }
}

/** The gait actually used: running needs stamina, and stops when it runs out. */
function gaitFor(student: Student, wanted: Gait): Gait {
  if (wanted !== 'run') return wanted;
  if (student.gait === 'run' ? student.stamina > 0 : student.stamina >= STUDENT.runStaminaToStart) return 'run';
  return 'walk';
}

function speedOf(context: TickContext, student: Student, needFactor: number): number {
  const { grid } = context.world;
  const roleFactor = student.gait === 'run' ? ROLE[student.role].runSpeedFactor : 1;
  return STUDENT.speedTilesPerTick[student.gait] * terrainFactor(grid, student.x, student.y) * needFactor * roleFactor;
}

function lead(context: TickContext, student: Student, intent: MoveIntent, needFactor: number): void {
  const { grid } = context.world;
  student.gait = gaitFor(student, intent.gait);
  const speed = speedOf(context, student, needFactor);
  if (intent.dx !== 0 || intent.dy !== 0) {
    const length = Math.sqrt(intent.dx * intent.dx + intent.dy * intent.dy);
    const moved = moveBody(grid, student, (intent.dx / length) * speed, (intent.dy / length) * speed, true);
    face(student, intent.dx, intent.dy);
    updatePush(context, student, intent.dx, intent.dy, moved);
  } else {
    updatePush(context, student, 0, 0, 0);
    if (student.path.length > 0) followPath(grid, student, speed);
  }
}

function follow(context: TickContext, student: Student, leader: Student, needFactor: number): void {
  const { grid } = context.world;
  student.gait = gaitFor(student, orderGait(student, leader.gait));
  if (distanceBetween(student, leader) <= STUDENT.followDistanceTiles) {
    // Caught up: stay, unless someone else stands on this tile (then step to a free one beside).
    const spot = ownSpot(context.world, student);
    student.path = spot === undefined ? [] : [spot];
    if (spot !== undefined) {
      student.gait = gaitFor(student, 'sneak'); // a step aside, quietly
      followPath(grid, student, speedOf(context, student, needFactor));
    }
    return;
  }
  if (--student.repathIn <= 0 || student.path.length === 0) {
    student.repathIn = STUDENT.repathEveryTicks;
    planAround(context, student, Math.floor(leader.x), Math.floor(leader.y), FOLLOW_BUDGET);
  }
  followPath(grid, student, speedOf(context, student, needFactor));
}

function footsteps(context: TickContext, student: Student, noiseFactor: number): void {
  if (!student.moving) {
    student.ticksSinceStep = 0;
    return;
  }
  if (++student.ticksSinceStep < STUDENT.stepNoiseEveryTicks) return;
  student.ticksSinceStep = 0;
  makeNoise(context, student.x, student.y, STUDENT.stepNoiseRadius[student.gait] * noiseFactor, 'footstep', `student:${student.id}`);
}

/**
 * Lose when nobody in the group is left standing; otherwise keep a standing student under
 * control. Winning (objectives done, a student in an exit) is decided in rules/objectives/objectives.ts.
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
