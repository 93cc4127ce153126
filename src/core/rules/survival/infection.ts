/**
 * Infection: a zombie's hit is a scratch or a bite (a seeded roll). A bite always infects; a
 * scratch sometimes. An infected student's meter (0..100) rises each tick at a rate set by the
 * wound (a bite turns in minutes, a scratch takes much longer) and the difficulty's infection
 * speed; each further wound speeds it, up to twice a fresh bite's rate; antiseptic takes some off the meter and slows the rate (more in the nurse's helper's
 * hands), and can cure a fresh scratch. At 100 the student turns: usually into a zombie that keeps
 * their name tag, rarely (seeded) into a halfbie, who stays with the group (`halfbie`; what that
 * means to the horde is the AI's). Quarantine is the `hold` order; leaving them is walking away.
 */

import { INFECTION, ITEM_EFFECTS, ZOMBIE } from '../../kernel/tuning';
import type { TickContext } from '../tick-context';
import { MAX_BITES, type Student, type Wound, type Zombie } from '../../state/world';
import type { ZombieKind } from '../../kernel/tuning';
import { worldMinutes } from '../world/clock';
import { downStudent } from '../students/fall';
import { changeStudentState } from '../students/student-state';

/** Meter points per tick for a fresh infection from this wound. */
export function infectionRateFor(wound: Exclude<Wound, 'none'>, infectionSpeed: number): number {
  return (100 / (wound === 'bite' ? INFECTION.biteTurnTicks : INFECTION.scratchTurnTicks)) * infectionSpeed;
}

/**
 * The share of its rate an infection keeps after antiseptic in hands with this medicine factor:
 * `rateFactor` to the power `medicineFactor`. Medicine factors are whole or half (1, 1.5), so the
 * power is products and at most one square root, which give the same bits on every JavaScript
 * engine (`Math.pow` need not). Throws on any other factor (a tuning mistake; tests check every role).
 */
export function antisepticRateShare(medicineFactor: number): number {
  const base = ITEM_EFFECTS.antiseptic.rateFactor;
  const whole = Math.floor(medicineFactor);
  const half = medicineFactor - whole;
  if (!(whole >= 0 && (half === 0 || half === 0.5))) throw new RangeError(`medicine factor ${medicineFactor} is not a whole or half number`);
  let share = half === 0 ? 1 : Math.sqrt(base);
  for (let i = 0; i < whole; i++) share *= base;
  return share;
}

/** Ticks left before the student turns at the current rate, or Infinity when not infected. */
export function ticksToTurn(student: Student): number {
  if (student.infectionRate <= 0 || student.halfbie || student.turned) return Infinity;
  return Math.ceil((100 - student.infection) / student.infectionRate);
}

/** A zombie of `kind` landed a hit (the zombie rules call this): roll scratch or bite and maybe infect; an infecting wound is remembered (`Student.bites`). */
export function woundByZombie(context: TickContext, student: Student, kind: ZombieKind): void {
  const { rng, difficulty } = context.world;
  const wound: Exclude<Wound, 'none'> = rng.chance(INFECTION.scratchShare) ? 'scratch' : 'bite';
  const infects = wound === 'bite' || rng.chance(INFECTION.scratchInfectChance);
  if (wound === 'bite' || student.wound === 'none') student.wound = wound;
  if (infects && !student.halfbie && !student.turned) {
    const fresh = infectionRateFor(wound, difficulty.infectionSpeed);
    const fastest = infectionRateFor('bite', difficulty.infectionSpeed) * INFECTION.fastestBiteFactor;
    student.infectionRate = student.infectionRate > 0 ? Math.max(Math.min(student.infectionRate * INFECTION.rewoundFactor, fastest), fresh) : fresh;
    const world = context.world;
    student.bites = [...(student.bites ?? []), { levelId: world.level.id, minute: worldMinutes(world), kind, wound }].slice(-MAX_BITES);
  }
  context.events.push({ type: 'studentWounded', studentId: student.id, wound, infected: infects && !student.halfbie });
}

export function updateInfection(context: TickContext): void {
  const { world } = context;
  for (const student of world.students) {
    if (student.down || student.halfbie || student.infectionRate <= 0) continue;
    student.infection = Math.min(100, student.infection + student.infectionRate);
    if (student.infection >= 100) turn(context, student);
  }
}

function turn(context: TickContext, student: Student): void {
  const { world } = context;
  student.infectionRate = 0;
  if (world.rng.chance(INFECTION.halfbieChance)) {
    changeStudentState(context, student, 'cameThrough');
    context.events.push({ type: 'studentTurned', studentId: student.id, zombieId: -1, halfbie: true });
    return;
  }
  downStudent(context, student, 'turned');
  const zombie: Zombie = {
    id: world.zombies.length,
    kind: 'walker',
    name: student.name,
    x: student.x,
    y: student.y,
    facingX: student.facingX,
    facingY: student.facingY,
    path: [],
    moving: false,
    health: ZOMBIE.walker.health,
    mode: 'idle',
    bashDoorId: -1,
    homeX: Math.floor(student.x),
    homeY: Math.floor(student.y),
    targetId: -1,
    goalX: Math.floor(student.x),
    goalY: Math.floor(student.y),
    goalStrength: 0,
    onTrail: false,
    modeTicks: 10,
    repathIn: 0,
    attackCooldown: 0,
    swingTicks: 0,
    stunTicks: 0,
    hurtTicks: 0,
  };
  world.zombies.push(zombie);
  context.events.push({ type: 'studentTurned', studentId: student.id, zombieId: zombie.id, halfbie: false });
}
