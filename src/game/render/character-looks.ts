/**
 * Which atlas picture shows a student, zombie or item from the snapshot: the look (from the
 * student's `look`, the zombie's kind and id) and the pose (standing, walking, running, attacking,
 * hurt, falling, fallen). Pure functions of snapshot fields and the frame clock; no rules.
 */

import type { StudentView, ZombieView } from '../../core';
import { ATLAS_ITEMS, INFECTED_LOOKS, STUDENT_LOOKS, canCrouch, charFrame, crouchFrame, fallFrame, itemFrame, uiFrame, type AtlasItem, type AtlasLook, type AtlasPose } from './atlas-layout';

/** How long one walking or running step frame shows, in ms. */
export const WALK_FRAME_MS = 140;
export const RUN_FRAME_MS = 90;

export function studentLook(student: Pick<StudentView, 'look'> & { halfbie?: boolean }): AtlasLook {
  if (student.halfbie === true) return 'halfbie-student';
  const index = ((student.look % STUDENT_LOOKS.length) + STUDENT_LOOKS.length) % STUDENT_LOOKS.length;
  return STUDENT_LOOKS[index] ?? 'student-boy';
}

/**
 * Each kind has a body its own outline tells apart: a brute is broad and tall, a runner leans into
 * its stride, a crawler is half a body on the floor, a hunter wears its hood; walkers are anyone.
 */
export function zombieLook(zombie: Pick<ZombieView, 'id' | 'kind'>): AtlasLook {
  const kind: string = zombie.kind;
  if (kind === 'hunter' || kind === 'halfbie') return 'halfbie-hunter';
  if (kind === 'brute') return 'zombie-brute';
  if (kind === 'runner') return 'zombie-runner';
  if (kind === 'crawler') return 'zombie-crawler';
  return INFECTED_LOOKS[zombie.id % INFECTED_LOOKS.length] ?? 'zombie-student';
}

/** Where a body frame's picture is anchored: its feet sit where a 16×16 figure's do, however tall the frame. */
export function bodyOriginY(frameHeight: number): number {
  return 1 - 8 / frameHeight;
}

interface Posable {
  facing: StudentView['facing'];
  moving: boolean;
  swinging: boolean;
  hurt: boolean;
}

/** The frame for a standing, moving, fighting or hurt body. `running` picks the run cycle; `crouched` (a sneaking student) the crouched frames. */
export function bodyFrame(look: AtlasLook, state: Posable, running: boolean, timeMs: number, crouched = false): string {
  let pose: AtlasPose = 'stand';
  if (crouched && !state.hurt && !state.swinging && canCrouch(look)) {
    return crouchFrame(look, state.facing, state.moving && Math.floor(timeMs / WALK_FRAME_MS) % 2 === 0 ? 'crouch-step' : 'crouch');
  }
  if (state.hurt) pose = 'hurt';
  else if (state.swinging) pose = 'attack';
  else if (state.moving && running) pose = Math.floor(timeMs / RUN_FRAME_MS) % 2 === 0 ? 'run1' : 'run2';
  else if (state.moving) pose = Math.floor(timeMs / WALK_FRAME_MS) % 2 === 0 ? 'walk1' : 'walk2';
  return charFrame(look, state.facing, pose);
}

/** Ticks before a bite when the zombie shows its lunge (the attack pose) rather than only the mark. */
export const LUNGE_POSE_TICKS = 6;

/**
 * How a zombie in reach shows the bite it is winding up (ZombieView.biteIn): a "!" over it that
 * blinks faster as the bite nears, and the lunge pose in its last ticks. Nothing when not in reach.
 */
export function grabCue(biteIn: number | null, timeMs: number): { mark: boolean; lunge: boolean } {
  if (biteIn === null) return { mark: false, lunge: false };
  const blinkMs = biteIn > 12 ? 220 : 90;
  return { mark: Math.floor(timeMs / blinkMs) % 2 === 0, lunge: biteIn <= LUNGE_POSE_TICKS };
}

/** Going down for `msSinceDown` ms: the falling frame first, then lying on the floor. */
export function downFrame(look: AtlasLook, msSinceDown: number): string {
  return fallFrame(look, msSinceDown < 220 ? 'falling' : 'fallen');
}

/** Kinds drawn with a neighbour's icon until they have their own: a battery as a phone, cloth and a blanket as a bandage, a knife as a pipe, a spear as a mop. */
const ITEM_ALIASES: Record<string, AtlasItem> = {
  plank: 'planks',
  arrow: 'arrows',
  snack: 'food',
  bottle: 'water',
  battery: 'phone',
  cloth: 'bandage',
  blanket: 'bandage',
  knife: 'pipe',
  spear: 'mop',
};

/** The icon for an item kind; an unknown kind shows a "?" so it is noticed, never a blank. */
export function itemIconFrame(kind: string): string {
  if ((ATLAS_ITEMS as readonly string[]).includes(kind)) return itemFrame(kind as AtlasItem);
  const alias = ITEM_ALIASES[kind];
  return alias !== undefined ? itemFrame(alias) : uiFrame('suspicious');
}
