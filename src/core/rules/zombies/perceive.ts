/**
 * What a zombie senses: sight (range, view cone, line of sight), hearing (the loudest noise that
 * reaches it over the tile graph) and smell (a blood trail on or beside its tile). A zombie only
 * knows what it sensed this tick; it never reads a student's position through a wall.
 */

import type { AlertCause, SimEvent } from '../../state/events';
import type { Student, World, Zombie } from '../../state/world';
import { canSee, type TickContext } from '../tick-context';
import type { Noise } from '../noise/noise';
import { freshestScentNear } from '../../state/scent-map';
import { seenRangeFactor, type LightMemo } from '../senses/light';
import { SCENT, ZOMBIE, ZOMBIE_AI } from '../../kernel/tuning';
import { arrived, startSearch } from './search';
import { madeByHalfbie } from '../students/halfbie';
import { isMasked } from '../noise/noise-mask';
import { changeMode } from './zombie-mind';

/** Sneaking students are seen at this fraction of a zombie's sight range. */
const SNEAK_SIGHT_FACTOR = 0.55;
/** Anything this close is noticed whatever the zombie faces (it bumps into you). */
const TOUCH_RANGE = 1.2;

/** The student who made a noise (`by` is `student:<id>`), or undefined for anything else. */
export function studentMaker(by: string): number | undefined {
  if (!by.startsWith('student:')) return undefined;
  const id = Number(by.slice(8));
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** The `zombieAlerted` event: what the zombie sensed (a tile), from where it stood, about whom and which noise. */
export function alerted(zombie: Zombie, cause: AlertCause, tileX: number, tileY: number, about: { studentId?: number | undefined; noise?: Noise | undefined } = {}): SimEvent {
  const studentId = about.studentId ?? (about.noise === undefined ? undefined : studentMaker(about.noise.by));
  return {
    type: 'zombieAlerted',
    zombieId: zombie.id,
    cause,
    tileX,
    tileY,
    fromTileX: Math.floor(zombie.x),
    fromTileY: Math.floor(zombie.y),
    ...(studentId === undefined ? {} : { studentId }),
    ...(about.noise === undefined ? {} : { noise: about.noise.cause }),
  };
}

export function nearestSeenStudent(world: World, light: LightMemo, zombie: Zombie, students: readonly Student[]): Student | undefined {
  const tuning = ZOMBIE[zombie.kind];
  let best: Student | undefined;
  let bestDistance = Infinity;
  for (const student of students) {
    if (student.halfbie) continue; // the horde takes a halfbie for one of its own
    const dx = student.x - zombie.x;
    const dy = student.y - zombie.y;
    const range = (student.gait === 'sneak' && !student.hurtTicks ? tuning.sightRange * SNEAK_SIGHT_FACTOR : tuning.sightRange) * world.difficulty.hordeSenses * seenRangeFactor(world, light, student);
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

export function noticeStudent(context: TickContext, zombie: Zombie, student: Student): void {
  const wasHunting = zombie.mode === 'chase' || zombie.mode === 'attack';
  if (!wasHunting || zombie.targetId !== student.id) {
    context.events.push(alerted(zombie, 'sight', Math.floor(student.x), Math.floor(student.y), { studentId: student.id }));
    zombie.repathIn = 0;
  }
  zombie.targetId = student.id;
  changeMode(context, zombie, 'saw'); // a hunting zombie stays in its mode, now on this student
  zombie.onTrail = false;
  zombie.goalX = Math.floor(student.x);
  zombie.goalY = Math.floor(student.y);
  zombie.modeTicks = ZOMBIE_AI.searchTicks;
  zombie.path = []; // re-aim at the student's tile this tick (an O(1) field lookup)
}

/**
 * What each zombie hears this tick: every noise is spread once over the tile graph (noise.ts), and
 * each zombie keeps the loudest one that reaches it. Zombies busy chasing do not listen, and a noise
 * drowned by thunder or the bell (rules/noise/noise-mask.ts) is not heard at all.
 */
export function hearNoises(context: TickContext): Heard[] {
  const { world, noiseSpreader } = context;
  const zombies = world.zombies;
  const heard: Heard[] = [];
  if (context.noises.length === 0) return heard;
  const senses = world.difficulty.hordeSenses;
  for (let k = 0; k < context.noises.length; k++) {
    const noise = context.noises[k]!;
    if (isMasked(world, noise)) continue;
    const reach = noise.radius * MAX_HEARING * senses;
    noiseSpreader.spread(Math.floor(noise.x), Math.floor(noise.y), reach);
    // A zombie does not chase its own bashing, nor anything a halfbie does.
    if (madeByHalfbie(world, noise.by)) continue;
    const maker = noise.by.startsWith('zombie:') ? Number(noise.by.slice(7)) : -1;
    // The horde and the hunter ignore each other: neither follows the other's noise.
    const byHunter = maker >= 0 && zombies[maker]?.kind === 'hunter';
    for (const zombie of zombies) {
      if (zombie.mode === 'down' || zombie.mode === 'chase' || zombie.mode === 'attack' || zombie.id === maker) continue;
      if (byHunter || (maker >= 0 && zombie.kind === 'hunter')) continue;
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
export type Heard = { margin: number; noise: Noise } | undefined;

export function listen(context: TickContext, zombie: Zombie, loudest: Heard): void {
  if (loudest === undefined) return;
  const { margin, noise } = loudest;
  const busy = zombie.mode === 'investigate' || zombie.mode === 'bash';
  if (busy && margin <= zombie.goalStrength) return;
  if (!busy) {
    context.events.push(alerted(zombie, 'sound', Math.floor(noise.x), Math.floor(noise.y), { noise }));
  }
  changeMode(context, zombie, 'heard');
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
export function sniff(context: TickContext, zombie: Zombie): void {
  if ((zombie.mode === 'investigate' && !zombie.onTrail) || zombie.mode === 'bash') return;
  if (zombie.onTrail && zombie.modeTicks > 0 && !arrived(zombie)) return;
  const { world } = context;
  const cell = freshestScentNear(world.grid, world.scent, Math.floor(zombie.x), Math.floor(zombie.y), world.tick);
  const tileX = cell % world.grid.width;
  const tileY = (cell - tileX) / world.grid.width;
  if (zombie.onTrail && (cell < 0 || (tileX === zombie.goalX && tileY === zombie.goalY))) {
    startSearch(context, zombie, 'trailCold'); // the trail went cold, or this is its freshest end: look around here
    return;
  }
  if (cell < 0) return;
  if (!zombie.onTrail) context.events.push(alerted(zombie, 'smell', tileX, tileY));
  changeMode(context, zombie, 'smelled');
  zombie.onTrail = true;
  zombie.goalX = tileX;
  zombie.goalY = tileY;
  zombie.goalStrength = 0;
  zombie.modeTicks = SCENT.followTicks;
  zombie.path = [];
}
