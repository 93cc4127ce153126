/**
 * Fighting back: a swing with the held weapon (or bare hands), an extinguisher's spray that stuns
 * a cone of zombies, or a bow shot at the nearest zombie ahead (quiet; the archer never misses,
 * others miss half the time). A standing student's swing or spray with no zombie in front turns
 * them to the nearest one in reach first, so a blow goes where the danger is, not where the last
 * step pointed; one on the move swings the way they go (no hitting back while running away). Weapons wear by one use per swing that lands (or spray, or shot) and
 * break at zero. Hits are harder for the baseball player and weaker when hungry; tired students
 * swing slower.
 */

import { ARROWS, ZOMBIE, ticks } from '../../kernel/tuning';
import { HALFBIE, HUNTER } from '../../kernel/tuning-world';
import { BARE_HANDS, CATALOG, type WeaponStats } from '../../kernel/item-catalog';
import { findCarried, spendItem } from '../items/inventory';
import { placeOnFloor } from '../items/item-actions';
import { throwLanding } from '../items/throw-aim';
import { needEffects } from '../survival/needs';
import { face, moveBody } from '../world/move-body';
import { canSee, makeNoise, type TickContext } from '../tick-context';
import type { CarriedItem, Student, Zombie } from '../../state/world';
import { provokeZombie } from '../zombies/zombie-update';
import { changeMode } from '../zombies/zombie-mind';
import { staggerBite } from '../zombies/bite';
import { ROLE } from '../../kernel/roles';

const SPRAY_STUN_TICKS = ticks(2);
/** How long a blow that knocks a zombie back stuns it (a brute is not stunned). */
const BLOW_STUN_TICKS = 7;
const SPRAY_CONE_COS = 0.5;
const BOW_CONE_COS = 0.8;
/** A swing strikes inside this cone ahead of the student (cosine of half its angle); followers keep out of it (own-spot.ts). */
export const STRIKE_CONE_COS = 0.25;

/** The held weapon's stats without touching the student (bare hands when it is gone). */
function weaponStats(student: Student): WeaponStats {
  const kind = student.weaponId < 0 ? undefined : student.pack.find((carried) => carried.id === student.weaponId)?.kind;
  return (kind === undefined ? undefined : CATALOG[kind].weapon) ?? BARE_HANDS;
}

/** Whether a standing zombie is within the reach of `student`'s held weapon: a swing now would turn to it and land (the HIT button shows it). */
export function zombieInReach(zombies: readonly Zombie[], student: Student): boolean {
  const range = weaponStats(student).rangeTiles;
  return zombies.some((z) => {
    const dx = z.x - student.x;
    const dy = z.y - student.y;
    return z.mode !== 'down' && dx * dx + dy * dy <= range * range;
  });
}

function heldWeapon(student: Student): { item: CarriedItem | undefined; stats: WeaponStats } {
  if (student.weaponId < 0) return { item: undefined, stats: BARE_HANDS };
  const item = student.pack.find((carried) => carried.id === student.weaponId);
  const stats = item === undefined ? undefined : CATALOG[item.kind].weapon;
  if (item === undefined || stats === undefined) {
    student.weaponId = -1;
    return { item: undefined, stats: BARE_HANDS };
  }
  return { item, stats };
}

function wear(context: TickContext, student: Student, item: CarriedItem | undefined): void {
  if (item === undefined || item.durability === undefined) return;
  item.durability--;
  if (item.durability <= 0) spendItem(context.events, student, item.id, 'broke');
}

export function swing(context: TickContext, student: Student): string | undefined {
  if (student.attackCooldown > 0) return undefined; // still recovering: a held button simply waits
  const { item, stats } = heldWeapon(student);
  if (stats.style === 'bow' && findCarried(student, 'arrow') === undefined) return 'no arrows left';
  const effects = needEffects(student);
  student.attackCooldown = Math.round(stats.cooldownTicks * effects.cooldownFactor);
  student.swingTicks = 5;
  context.events.push({ type: 'attackSwung', studentId: student.id });
  makeNoise(context, student.x, student.y, stats.noiseRadius * effects.noiseFactor, stats.style === 'spray' ? 'spray' : 'fight', `student:${student.id}`);
  // Standing, a student turns to the danger; on the move, they swing the way they go.
  if (stats.style !== 'bow' && !student.moving) turnToNearest(context.world.zombies, student, stats.rangeTiles, stats.style === 'spray' ? SPRAY_CONE_COS : STRIKE_CONE_COS);
  if (stats.style === 'bow') shoot(context, student, item, stats);
  else if (stats.style === 'spray') spray(context, student, item, stats);
  else strike(context, student, item, stats, effects.damageBonus);
  return undefined;
}

function inCone(student: Student, zombie: Zombie, range: number, cos: number): number {
  const dx = zombie.x - student.x;
  const dy = zombie.y - student.y;
  const distance = Math.sqrt(dx * dx + dy * dy);
  if (distance > range) return -1;
  if (distance > 0.3 && (dx * student.facingX + dy * student.facingY) / distance < cos) return -1;
  return distance;
}

/** With no standing zombie inside the cone, faces the nearest one within `range` (if any). */
function turnToNearest(zombies: readonly Zombie[], student: Student, range: number, cos: number): void {
  let nearest: Zombie | undefined;
  let best = range * range;
  for (const zombie of zombies) {
    if (zombie.mode === 'down') continue;
    if (inCone(student, zombie, range, cos) >= 0) return;
    const dx = zombie.x - student.x;
    const dy = zombie.y - student.y;
    const squared = dx * dx + dy * dy;
    if (squared > best) continue;
    best = squared;
    nearest = zombie;
  }
  if (nearest !== undefined) face(student, nearest.x - student.x, nearest.y - student.y);
}

function hurtZombie(context: TickContext, student: Student, zombie: Zombie, damage: number, knockback: number, distance: number): void {
  zombie.health -= damage;
  zombie.hurtTicks = 6;
  context.events.push({ type: 'zombieHit', zombieId: zombie.id, studentId: student.id, damage });
  if (zombie.health <= 0) {
    changeMode(context, zombie, 'knockedDown');
    zombie.path = [];
    zombie.moving = false;
    context.events.push({ type: 'zombieDowned', zombieId: zombie.id });
    return;
  }
  if (knockback > 0) {
    const length = Math.max(distance, 1e-6);
    // What a blow does not stagger (a brute; the halfbie hunter, rules/zombies/hunter.ts) barely gives way.
    const shove = ZOMBIE[zombie.kind].staggers ? knockback : knockback * HUNTER.knockbackFactor;
    moveBody(context.world.grid, zombie, ((zombie.x - student.x) / length) * shove, ((zombie.y - student.y) / length) * shove);
    // A brute is not staggered (ZOMBIE.brute.staggers): pushed, it comes on without a pause.
    zombie.stunTicks = Math.max(zombie.stunTicks, zombie.kind === 'hunter' ? HUNTER.maxStunTicks : ZOMBIE[zombie.kind].staggers ? BLOW_STUN_TICKS : 0);
  }
  staggerBite(zombie);
  provokeZombie(context, zombie, student);
}

function strike(context: TickContext, student: Student, item: CarriedItem | undefined, stats: WeaponStats, needBonus: number): void {
  const role = ROLE[student.role];
  const damage = Math.max(1, stats.damage + role.meleeDamageBonus + needBonus + (student.halfbie ? HALFBIE.meleeDamageBonus : 0));
  let landed = false;
  for (const zombie of context.world.zombies) {
    if (zombie.mode === 'down') continue;
    const distance = inCone(student, zombie, stats.rangeTiles, STRIKE_CONE_COS);
    if (distance < 0) continue;
    landed = true;
    hurtZombie(context, student, zombie, damage, stats.knockbackTiles * role.knockbackFactor, distance);
  }
  if (landed) wear(context, student, item);
}

function spray(context: TickContext, student: Student, item: CarriedItem | undefined, stats: WeaponStats): void {
  for (const zombie of context.world.zombies) {
    if (zombie.mode === 'down') continue;
    const distance = inCone(student, zombie, stats.rangeTiles, SPRAY_CONE_COS);
    if (distance < 0) continue;
    hurtZombie(context, student, zombie, 0, stats.knockbackTiles, distance);
    zombie.stunTicks = SPRAY_STUN_TICKS;
  }
  wear(context, student, item);
}

function shoot(context: TickContext, student: Student, bow: CarriedItem | undefined, stats: WeaponStats): void {
  const { world } = context;
  const arrow = findCarried(student, 'arrow')!;
  let target: Zombie | undefined;
  let nearest = Infinity;
  for (const zombie of world.zombies) {
    if (zombie.mode === 'down') continue;
    const distance = inCone(student, zombie, stats.rangeTiles, BOW_CONE_COS);
    if (distance < 0 || distance >= nearest || !canSee(world, student, zombie)) continue;
    nearest = distance;
    target = zombie;
  }
  const hit = target !== undefined && world.rng.chance(ROLE[student.role].bowHitChance);
  // The arrow flies on: into the zombie's tile when it hits, as far as it goes when it misses; sometimes it breaks.
  const landing = hit ? { x: target!.x, y: target!.y } : throwLanding(world, student, stats.rangeTiles);
  if (world.rng.chance(ARROWS.breakChance)) spendItem(context.events, student, arrow.id, 'broke');
  else {
    student.pack.splice(student.pack.indexOf(arrow), 1);
    placeOnFloor(world, arrow, Math.floor(landing.x), Math.floor(landing.y));
    context.events.push({ type: 'itemDropped', itemId: arrow.id, item: 'arrow', studentId: student.id, tileX: Math.floor(landing.x), tileY: Math.floor(landing.y) });
  }
  if (target !== undefined) {
    context.events.push({ type: 'arrowShot', studentId: student.id, zombieId: target.id, hit });
    if (hit) hurtZombie(context, student, target, stats.damage, 0, nearest);
  } else {
    context.events.push({ type: 'arrowShot', studentId: student.id, zombieId: -1, hit: false });
  }
  wear(context, student, bow);
}
