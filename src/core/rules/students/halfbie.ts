/**
 * The halfbie student: came through turning with a human mind. The horde ignores them (their
 * sight, hearing and smell skip a halfbie: see rules/zombies/perceive.ts), they hit harder (combat.ts),
 * they hear noises through walls (a `halfbieHeard` event per noise in reach, for the game to show),
 * and their hunger rises fast. Unchecked — hunger at `HALFBIE.lapseHunger` or more — it takes over
 * for moments: during a lapse the player's commands for them are refused and they lunge at the
 * nearest other student. Lapses follow the tick and the student's id, so they need no saved state
 * and replay the same.
 */

import { NEEDS, STUDENT } from '../../kernel/tuning';
import { HALFBIE } from '../../kernel/tuning-world';
import { face, moveBody } from '../world/move-body';
import { makeNoise, type TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';

/** Whether a halfbie is lost to hunger this tick. */
export function inLapse(world: World, student: Student): boolean {
  if (!student.halfbie || student.down || student.hunger < HALFBIE.lapseHunger) return false;
  return (world.tick + student.id * 97) % HALFBIE.lapseEveryTicks < HALFBIE.lapseTicks;
}

/** Whether the noise maker `by` (`student:<id>`) is a halfbie, whom the horde does not hear. */
export function madeByHalfbie(world: World, by: string): boolean {
  if (!by.startsWith('student:')) return false;
  return world.students[Number(by.slice(8))]?.halfbie === true;
}

/** Runs after the students moved and before the zombies: hunger, lapses and hearing. */
export function updateHalfbies(context: TickContext): void {
  const { world } = context;
  for (const student of world.students) {
    if (!student.halfbie || student.down) continue;
    // needs.ts already added one share of hunger this tick.
    student.hunger = Math.min(NEEDS.max, student.hunger + NEEDS.hungerPerTick * (HALFBIE.hungerFactor - 1) * world.difficulty.needsDecay);
    if (inLapse(world, student)) lunge(context, student);
    hear(context, student);
  }
}

function lunge(context: TickContext, student: Student): void {
  const { world } = context;
  const startsNow = (world.tick + student.id * 97) % HALFBIE.lapseEveryTicks === 0;
  if (startsNow) {
    context.events.push({ type: 'halfbieLapse', studentId: student.id });
    makeNoise(context, student.x, student.y, HALFBIE.growlNoiseRadius, 'growl', `student:${student.id}`);
  }
  let prey: Student | undefined;
  let best: number = HALFBIE.lungeRangeTiles;
  for (const other of world.students) {
    if (other === student || other.down || other.halfbie) continue;
    const toX = other.x - student.x;
    const toY = other.y - student.y;
    const distance = Math.sqrt(toX * toX + toY * toY);
    if (distance < best) {
      best = distance;
      prey = other;
    }
  }
  student.path = [];
  if (prey === undefined || best < STUDENT.attack.rangeTiles * 0.8) return;
  const step = Math.min(HALFBIE.lungeSpeed, best - STUDENT.attack.rangeTiles * 0.8);
  const dx = (prey.x - student.x) / best;
  const dy = (prey.y - student.y) / best;
  face(student, dx, dy);
  moveBody(world.grid, student, dx * step, dy * step);
  student.moving = true;
}

function hear(context: TickContext, student: Student): void {
  const reach = HALFBIE.hearThroughWallsTiles;
  for (const noise of context.noises) {
    if (noise.by === `student:${student.id}`) continue;
    const dx = noise.x - student.x;
    const dy = noise.y - student.y;
    if (dx * dx + dy * dy > reach * reach) continue;
    context.events.push({ type: 'halfbieHeard', studentId: student.id, tileX: Math.floor(noise.x), tileY: Math.floor(noise.y), cause: noise.cause });
  }
}
