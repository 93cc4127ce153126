/**
 * Lessons of the first-run tutorial: one idea each, shown when the game state makes it useful and
 * finished by doing it. Each lesson has a trigger (`ready`: the moment it teaches something, e.g.
 * an unaware zombie in sight) and a test of having done it (`doneBy`: a core event or the
 * controlled student's state). Pure: the game state comes from the core's snapshot and events.
 *
 * Words: a lesson is *done* once the player did it (or hid its prompt); done lessons never show
 * again. *Ready* means its trigger holds now.
 */

import type { SimEvent } from '../../core';
import type { Snapshot, StudentView, ZombieKind } from '../../core';
import { TICKS_PER_SECOND, standingCount } from '../../core';
import { heardOutOfSight } from '../render/heard-shape';

export const LESSONS = [
  'move',
  'goal',
  'fightNoise',
  'bleeding',
  'wounded',
  'sneak',
  'meetRunner',
  'meetCrawler',
  'meetBrute',
  'meetHunter',
  'pickUp',
  'eat',
  'door',
  'lure',
  'switch',
  'barricade',
] as const;
/**
 * The lesson that names each zombie kind the first time one is in sight, and says how to deal with
 * it. The walker has none of its own: the sneak lesson, at the first walker, says what a walker
 * sees, and a second caption then kept the next lesson's moment (the door) from coming.
 */
export const MEET_KIND: Readonly<Record<Exclude<ZombieKind, 'walker'>, Lesson>> = { runner: 'meetRunner', crawler: 'meetCrawler', brute: 'meetBrute', hunter: 'meetHunter' };
/** Lessons about a zombie the player must see while the prompt is up: held back or taken down while none is in view (tutor.ts). */
export const ABOUT_ZOMBIE: ReadonlySet<Lesson> = new Set<Lesson>(Object.values(MEET_KIND));
/** Lessons that are news rather than a thing to do: shown once, for `SHOW_TICKS` (tutor.ts), unless done or hidden before. */
export const NEWS: ReadonlySet<Lesson> = new Set<Lesson>(['fightNoise', 'bleeding', 'wounded', ...Object.values(MEET_KIND)]);
/**
 * Lessons whose moment is short and comes before danger (an unaware zombie in sight or hearing: sneak
 * now, or it notices). One shows as soon as its moment comes, mid-walk too, in place of a prompt up
 * that is not urgent (which comes back later), and holds the game still on its first showing until
 * the player has read it (Mark of the Ninja's tips freeze the moment they are about). Its moment is
 * gone once a zombie hunts: it is not shown after the bite.
 */
export const URGENT: ReadonlySet<Lesson> = new Set<Lesson>(['sneak']);
export type Lesson = (typeof LESSONS)[number];

export function isLesson(value: unknown): value is Lesson {
  return typeof value === 'string' && (LESSONS as readonly string[]).includes(value);
}

/** What a lesson looks at: the snapshot, and whether one tile can see another (walls block). */
export interface LessonView {
  snapshot: Snapshot;
  me: StudentView;
  /** Someone in the group has swung at a zombie this level (the tutor counts the core's attackSwung events). */
  fought: boolean;
  sees(fromX: number, fromY: number, toX: number, toY: number): boolean;
  /** Whether the player sees a spot (tiles) on their screen: in the camera's view and not under the fog. Everywhere when not given. */
  visible?(x: number, y: number): boolean;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
const MATERIALS: ReadonlySet<string> = new Set(['plank', 'chair', 'desk']);

/** Tiles: how close a thing must be for its lesson to come up. */
export const NEAR = { zombie: 8, item: 6, door: 2.5, lureZombie: 12 } as const;
/** The switch lesson waits this long into a level. */
export const SWITCH_AFTER_TICKS = 60 * TICKS_PER_SECOND;

const inSight = (view: LessonView, x: number, y: number): boolean => view.sees(view.me.tileX, view.me.tileY, x, y);

/**
 * A standing zombie of `kind` near the controlled student, in their sight and on the player's
 * screen: the moment to name its kind. A "runner" caption came up with no runner to be seen (off a
 * phone's narrow screen, or in the dark).
 */
const meets =
  (kind: ZombieKind) =>
  (view: LessonView): boolean =>
    view.snapshot.zombies.some((z) => z.kind === kind && z.mode !== 'down' && distance(view.me, z) <= NEAR.zombie && inSight(view, z.tileX, z.tileY) && (view.visible?.(z.x, z.y) ?? true));

export const READY: Record<Lesson, (view: LessonView) => boolean> = {
  move: () => true,
  // What the level needs and where it is, as soon as the player can move: the exit alone is locked.
  goal: (view) => view.snapshot.objectives.some((o) => o.state === 'current'),
  // Right after the first fight (no prompt comes while one goes on): its noise drew the others.
  fightNoise: (view) => view.fought,
  // A zombie that has not noticed the student comes into their sight or hearing: before any contact.
  sneak: (view) =>
    !anyHunted(view) &&
    view.snapshot.zombies.some(
      (z) => z.awareness === 'unaware' && z.mode !== 'down' && distance(view.me, z) <= NEAR.zombie && (inSight(view, z.tileX, z.tileY) || heardOutOfSight(z, view.me, view.snapshot.doors)),
    ),
  meetRunner: meets('runner'),
  meetCrawler: meets('crawler'),
  meetBrute: meets('brute'),
  meetHunter: meets('hunter'),
  pickUp: (view) => view.snapshot.items.some((i) => distance(view.me, { x: i.tileX + 0.5, y: i.tileY + 0.5 }) <= NEAR.item && inSight(view, i.tileX, i.tileY)),
  eat: (view) => view.me.pack.some((item) => item.kind === 'food' || item.kind === 'water'),
  door: (view) => view.snapshot.doors.some((d) => d.kind === 'door' && d.state === 'open' && distance(view.me, { x: d.tileX + 0.5, y: d.tileY + 0.5 }) <= NEAR.door),
  lure: (view) => view.me.pack.some((item) => item.kind === 'phone') && view.snapshot.zombies.some((z) => distance(view.me, z) <= NEAR.lureZombie),
  // The first time anyone in the group bleeds, or takes a zombie's wound (which may infect): what it means and what treats it.
  bleeding: (view) => view.snapshot.students.some((s) => !s.down && s.bleeding),
  wounded: (view) => view.snapshot.students.some((s) => !s.down && s.wound !== 'none'),
  // Later in a level: the first minute is for moving and looking.
  switch: (view) => view.snapshot.tick >= SWITCH_AFTER_TICKS && standingCount(view.snapshot.students) >= 2,
  // Any door or window that still stands: barricading an open one closes it first (core rules/survival/barricade.ts).
  barricade: (view) =>
    view.me.pack.some((item) => MATERIALS.has(item.kind)) && view.snapshot.doors.some((d) => d.state !== 'broken' && distance(view.me, { x: d.tileX + 0.5, y: d.tileY + 0.5 }) <= NEAR.door),
};

/** Some zombie hunts a student of the group, however far: a tip that is not about it waits (a tip read mid-chase is a bite taken). */
export function anyHunted(view: LessonView): boolean {
  return view.snapshot.zombies.some((z) => z.awareness === 'hunting' && z.mode !== 'down');
}

/** Calm enough for a new prompt: no zombie hunting, and not in the middle of a tapped walk (a tip read mid-walk is a walk into trouble). */
export function isCalm(view: LessonView): boolean {
  return !anyHunted(view) && !view.me.walking;
}

/** The lesson a core event shows was done, if any. */
export function lessonDoneBy(event: SimEvent): Lesson | undefined {
  switch (event.type) {
    case 'itemPickedUp':
      return 'pickUp';
    case 'objectiveCompleted':
      return 'goal';
    case 'itemUsed':
      return event.item === 'food' || event.item === 'water' ? 'eat' : event.item === 'bandage' ? 'bleeding' : event.item === 'antiseptic' ? 'wounded' : undefined;
    case 'doorClosed':
      return event.by.startsWith('student') ? 'door' : undefined;
    case 'lureThrown':
      return 'lure';
    case 'studentSwitched':
      return 'switch';
    case 'barricadeBuilt':
      return event.by.startsWith('student') ? 'barricade' : undefined;
    default:
      return undefined;
  }
}
