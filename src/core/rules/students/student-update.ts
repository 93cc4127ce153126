/**
 * Students: the controlled one moves by held direction or walks a tapped path (planned round the
 * zombies near them, and again while one hunts them); the others follow
 * it (around walls and zombies, with the same pathfinder the zombies use), hold, or sneak after it,
 * as ordered. Moving makes footstep noise by gait; needs and roles change speed and noise.
 * Commands are handled in command-table.ts.
 */

import { bleedOut } from './help-up';
import type { Gait } from '../../state/commands';
import { autoPickUp } from '../items/item-actions';
import { needEffects } from '../survival/needs';
import { STUDENT, ZOMBIE_AI } from '../../kernel/tuning';

/** How near a zombie's reach a follower counts as in it (inZombieReach). */
const FOLLOWER_REACH_MARGIN_TILES = 0.6;
import { distanceBetween, face, followPath, moveBody, terrainFactor } from '../world/move-body';
import { makeNoise, type TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';
import { orderGait, planAround } from './orders';
import { ROLE } from '../../kernel/roles';
import { updatePush } from '../world/furniture';
import { keepApart, ownSpot, refugeBeside } from './own-spot';
import { openDoorAhead, planWalk } from './walk-to';
import { keepWalking } from './walk-watch';

export { updateLures } from '../items/item-actions';

/** The controlled student's held move: stays in force until the next `move` command (command-table.ts). */
export interface MoveIntent {
  dx: number;
  dy: number;
  gait: Gait;
}

const FOLLOW_BUDGET = 2500;

/** The controlled student, unless they are down. */
export function controlled(world: World): Student | undefined {
  const student = world.students[world.controlledId];
  return student === undefined || student.down ? undefined : student;
}

export function updateStudents(context: TickContext, intent: MoveIntent): void {
  const { world } = context;
  const leader = controlled(world);
  for (const student of world.students) {
    if (student.down) {
      bleedOut(context, student);
      continue;
    }
    if (student.attackCooldown > 0) student.attackCooldown--;
    if (student.swingTicks > 0) student.swingTicks--;
    if (student.hurtTicks > 0) student.hurtTicks--;
    if (student.graceTicks !== undefined && student.graceTicks > 0) student.graceTicks--;
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
    if (student.path.length > 0 && keepWalking(context, student)) {
      rerouteAroundHunters(context, student);
      if (openDoorAhead(context, student)) followPath(grid, student, speed);
    }
  }
}

/** A hunting zombie within this many tiles makes a tapped walk plan again around the zombies. */
const REROUTE_SCAN_TILES = 8;
/**
 * A walk to a tapped tile goes round zombies (walk-to.ts plans it so); while one hunts
 * the student, it is planned again every moment, as a follower's is, so it bends away from
 * where the zombie is now rather than where it was at the tap.
 */
function rerouteAroundHunters(context: TickContext, student: Student): void {
  if (--student.repathIn > 0) return;
  student.repathIn = STUDENT.repathEveryTicks;
  const scan = REROUTE_SCAN_TILES * REROUTE_SCAN_TILES;
  const hunted = context.world.zombies.some((z) => (z.mode === 'chase' || z.mode === 'attack') && (z.x - student.x) * (z.x - student.x) + (z.y - student.y) * (z.y - student.y) < scan);
  if (!hunted) return;
  const { width } = context.world.grid;
  const path = student.path;
  const goal = path[path.length - 1]!;
  if (!planWalk(context, student, goal % width, Math.floor(goal / width))) student.path = path;
}

/** Whether a zombie on the hunt has `student` in reach, or nearly (a step from it). */
function inZombieReach(world: World, student: Student): boolean {
  const reach = ZOMBIE_AI.attackRangeTiles + FOLLOWER_REACH_MARGIN_TILES;
  return world.zombies.some((z) => (z.mode === 'chase' || z.mode === 'attack') && distanceBetween(z, student) <= reach);
}

/**
 * A follower's pace: its own at its gait, or the leader's when that is faster (a slower role, a
 * tired follower still keeps up), hurried when it has fallen behind or a zombie has it in reach.
 */
function followPace(context: TickContext, student: Student, leader: Student, needFactor: number, hurry: boolean): number {
  const own = speedOf(context, student, needFactor);
  const leaders = leader.moving ? speedOf(context, leader, needEffects(leader).speedFactor) : 0;
  return Math.max(own, leaders) * (hurry ? STUDENT.followHurryFactor : 1);
}

function follow(context: TickContext, student: Student, leader: Student, needFactor: number): void {
  const { grid } = context.world;
  student.gait = gaitFor(student, orderGait(student, leader.gait));
  const distance = distanceBetween(student, leader);
  // A follower a zombie has in reach does not stop there while the leader moves on.
  const threatened = leader.moving && inZombieReach(context.world, student);
  if (threatened && student.gait === 'sneak') student.gait = 'walk'; // no creeping away from teeth
  if (distance <= STUDENT.followDistanceTiles && !threatened) {
    // Caught up: stay, unless this tile is someone else's or in the leader's swing (then step to a free one beside, out of it).
    const spot = ownSpot(context.world, student, leader);
    student.path = spot === undefined ? [] : [spot];
    if (spot !== undefined) {
      student.gait = gaitFor(student, 'sneak'); // a step aside, quietly
      followPath(grid, student, speedOf(context, student, needFactor));
    }
    keepApart(context.world, student);
    return;
  }
  // In a zombie's reach, it plans again each moment: the way out changes as the zombie comes.
  if (--student.repathIn <= 0 || student.path.length === 0 || threatened) {
    student.repathIn = STUDENT.repathEveryTicks;
    const refuge = threatened ? refugeBeside(context.world, student, leader) : undefined;
    const goal = refuge ?? Math.floor(leader.y) * grid.width + Math.floor(leader.x);
    planAround(context, student, goal % grid.width, Math.floor(goal / grid.width), FOLLOW_BUDGET);
  }
  // Fallen behind, or in a zombie's reach: hurry at the same gait (as loud as that gait).
  followPath(grid, student, followPace(context, student, leader, needFactor, threatened || distance > STUDENT.followHurryTiles));
  keepApart(context.world, student);
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
 * control (a `controlPassed` event when the controlled one fell). Winning (objectives done, a student in an exit) is decided in rules/objectives/objectives.ts.
 */
export function checkOutcome(context: TickContext): void {
  const { world } = context;
  const group = world.students.filter((s) => !s.down && !s.waiting);
  if (group.length === 0) {
    world.status = 'lost';
    context.events.push({ type: 'levelLost' });
    return;
  }
  if (controlled(world) !== undefined) return;
  const fromId = world.controlledId;
  world.controlledId = group[0]!.id;
  context.events.push({ type: 'controlPassed', fromId, studentId: world.controlledId });
}
