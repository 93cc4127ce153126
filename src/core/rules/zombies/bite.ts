/**
 * A zombie's bite: damage from its kind's range, a wound that may infect, blood to follow, a scream
 * every zombie near enough hears, and a fall when health runs out. Walkers, runners and brutes bite
 * in zombie-update.ts; the hunter bites in hunter.ts.
 *
 * The grab: a walker, runner, crawler or brute that comes into reach of the student the player
 * leads, for the first time in a hunt, lunges before it bites — `ZOMBIE_AI.grabWarningTicks` of
 * wind-up that the game shows, so a player who reads it can step out of reach (the grab misses)
 * or strike first. Only that student gets it, and only seeing it come: the warning is for the
 * player's hands; a follower, or a student with the zombie behind them, gets the kind's wind-up
 * below, and a student running into it is grabbed at once. The warning is spent once given (`Zombie.lunged`): the
 * same zombie reaching them again in that hunt bites as soon as its cooldown allows, so breaking
 * off buys a moment, not safety; a zombie that gives up the hunt (searching, wandering) warns again
 * next time. A bitten student who moves off has a grace (`ZOMBIE_AI.biteGraceTicks`) in which no
 * zombie bites them again, to break away; one who stands there gets none. The wind-up is the attack cooldown itself, so a blow or a step back does not restart
 * it. On a difficulty whose horde is keener than Normal (hordeSenses above 1) there is no warning.
 *
 * Every other bite still has a wind-up (`ZOMBIE[kind].biteWindupTicks`, shown the same way; a
 * walker's is a second, so one walker is a threat a student can see and get away from):
 * a zombie coming into reach waits at least that long before it bites, and a blow that staggers it
 * (walkers, runners, crawlers; not a brute) starts its bite over once the stun wears off, so a
 * student who swings at a zombie in reach lands the blow first and keeps landing them. A walker's
 * bite throws the two apart (`throwApart`), so it closes in and winds up again for the next.
 */

import { SCENT, STUDENT, ZOMBIE, ZOMBIE_AI } from '../../kernel/tuning';
import type { Difficulty } from '../../kernel/difficulty';
import type { Student, Zombie } from '../../state/world';
import { downStudent } from '../students/fall';
import { moveBody } from '../world/move-body';
import { SEPARATION } from './separate';
import { woundByZombie } from '../survival/infection';
import { makeNoise, type TickContext } from '../tick-context';

export function bite(context: TickContext, zombie: Zombie, target: Student): void {
  if (target.graceTicks !== undefined && target.graceTicks > 0 && target.moving) {
    // Just bitten and breaking away: this bite waits out their grace, then winds up again.
    zombie.attackCooldown = target.graceTicks + ZOMBIE[zombie.kind].biteWindupTicks;
    return;
  }
  const [min, max] = ZOMBIE[zombie.kind].damage;
  const damage = context.world.rng.int(min, max);
  zombie.attackCooldown = ZOMBIE[zombie.kind].attackCooldownTicks;
  zombie.swingTicks = 6;
  target.health = Math.max(0, target.health - damage);
  target.hurtTicks = 8;
  target.graceTicks = ZOMBIE_AI.biteGraceTicks;
  target.bleedTicks = SCENT.bleedTicks;
  context.events.push({ type: 'studentHit', studentId: target.id, zombieId: zombie.id, damage });
  woundByZombie(context, target, zombie.kind);
  makeNoise(context, target.x, target.y, STUDENT.hurtScreamNoiseRadius, 'scream', `student:${target.id}`);
  if (target.health === 0) downStudent(context, target);
  else throwApart(context, zombie, target);
}

/**
 * A slow biter's bite is a struggle that ends with the two apart (`ZOMBIE[kind].biteKnockbackTiles`
 * more between them): the student shoves it off, or, with it against a wall or others behind it,
 * is thrown back themselves; in a crowd, with nobody's way clear, they stay locked together. To bite
 * again it must close in and wind up anew, a moment to see it and step away. A running student ran
 * into it: no struggle, it keeps its grip.
 */
function throwApart(context: TickContext, zombie: Zombie, target: Student): void {
  const tiles = ZOMBIE[zombie.kind].biteKnockbackTiles;
  if (tiles <= 0 || target.gait === 'run') return;
  const dx = target.x - zombie.x;
  const dy = target.y - zombie.y;
  const length = Math.sqrt(dx * dx + dy * dy);
  // Straight on top of it (or nearly): along the way the student faces.
  const [ux, uy] = length > 1e-6 ? [dx / length, dy / length] : [-target.facingX, -target.facingY];
  const { world } = context;
  if (roomAt(world, zombie.x - ux * tiles, zombie.y - uy * tiles, zombie, target)) {
    const shoved = moveBody(world.grid, zombie, -ux * tiles, -uy * tiles);
    if (shoved >= tiles || !roomAt(world, target.x + ux * (tiles - shoved), target.y + uy * (tiles - shoved), zombie, target)) return;
    moveBody(world.grid, target, ux * (tiles - shoved), uy * (tiles - shoved));
  } else if (roomAt(world, target.x + ux * tiles, target.y + uy * tiles, zombie, target)) moveBody(world.grid, target, ux * tiles, uy * tiles);
}

/** Whether no one but the two struggling stands too close to `x, y` (tiles) to make room for a body there. */
function roomAt(world: TickContext['world'], x: number, y: number, zombie: Zombie, target: Student): boolean {
  const near = (body: { x: number; y: number }): boolean => (body.x - x) * (body.x - x) + (body.y - y) * (body.y - y) < SEPARATION * SEPARATION;
  return !world.zombies.some((z) => z !== zombie && z.mode !== 'down' && near(z)) && !world.students.some((s) => s !== target && !s.down && near(s));
}

/** Ticks of wind-up before a fresh grab lands on this difficulty (0: it grabs at once). */
export function grabWarningTicks(difficulty: Pick<Difficulty, 'hordeSenses'>): number {
  return difficulty.hordeSenses > 1 ? 0 : ZOMBIE_AI.grabWarningTicks;
}

/** A zombie has just come into reach of its target: its first grab of the hunt starts with a wind-up. */
export function startGrab(context: TickContext, zombie: Zombie, target: Student): void {
  const warning = grabWarningTicks(context.world.difficulty);
  // Running into a zombie is not a fight: grabbed at once.
  if (target.gait === 'run') return;
  // The long warning is for the player's hands (the student they lead, seeing it come); anyone else gets the kind's wind-up.
  if (warning === 0 || target.id !== context.world.controlledId || !faces(target, zombie) || zombie.lunged === true || zombie.attackCooldown > 0) {
    zombie.attackCooldown = Math.max(zombie.attackCooldown, ZOMBIE[zombie.kind].biteWindupTicks);
    return;
  }
  zombie.attackCooldown = warning;
  zombie.lunged = true;
}

/** A student's blow landed on `zombie` (stunned for `zombie.stunTicks`): one that staggers winds its bite up again after the stun. */
export function staggerBite(zombie: Zombie): void {
  const tuning = ZOMBIE[zombie.kind];
  if (tuning.staggers) zombie.attackCooldown = Math.max(zombie.attackCooldown, zombie.stunTicks + tuning.biteWindupTicks);
}

/** Whether `student` sees `zombie` coming: it is ahead of them or beside, not behind. */
function faces(student: Student, zombie: Zombie): boolean {
  return (zombie.x - student.x) * student.facingX + (zombie.y - student.y) * student.facingY >= 0;
}

/** A zombie no longer hunting (searching, wandering, bashing, down) will warn again at its next grab. */
export function forgetGrab(zombie: Zombie): void {
  if (zombie.lunged === true && zombie.mode !== 'chase' && zombie.mode !== 'attack') zombie.lunged = false;
}
