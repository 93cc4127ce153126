/**
 * Which zombies out of sight the controlled student hears, so the game shows them: a faint shape
 * (entity-view.ts) and, for one right behind a closed door the student stands at, a sound sign
 * over the fog on it (hearing-view.ts). A zombie moving within `HEARD_RADIUS_TILES` is heard (its
 * steps); one standing still is heard only through the door the student stands at (its breath and
 * shuffle, muffled by the door but a hand's width away): a new player opened a classroom door into
 * a walker that stood still behind it, shown by nothing. Nothing farther is given away. Pure.
 */

import type { DoorView, ZombieView } from '../../core';

/** Unseen zombies this close to the controlled student, and moving, are heard: drawn faint. */
export const HEARD_RADIUS_TILES = 7;
/** A closed door this close (tiles, centre to centre) to the student is one they stand at; a zombie this close to it is right behind it. */
export const AT_DOOR_TILES = 1.6;

type Point = { x: number; y: number };
const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
const centre = (door: DoorView): Point => ({ x: door.tileX + 0.5, y: door.tileY + 0.5 });

/** The closed (or locked, or barricaded) door the student stands at with this zombie right behind it, if any. */
export function doorHeardThrough(zombie: Pick<ZombieView, 'x' | 'y' | 'mode'>, student: Point, doors: readonly DoorView[]): DoorView | undefined {
  if (zombie.mode === 'down') return undefined;
  return doors.find((door) => {
    if (door.state === 'open' || door.state === 'broken') return false;
    const c = centre(door);
    // On the far side of the door from the student: one on their own side is in the room with them.
    const across = (zombie.x - c.x) * (student.x - c.x) + (zombie.y - c.y) * (student.y - c.y) < 0;
    return across && distance(c, student) <= AT_DOOR_TILES && distance(c, zombie) <= AT_DOOR_TILES;
  });
}

/** Whether the student at `student` (tiles) hears this unseen zombie. */
export function heardOutOfSight(zombie: Pick<ZombieView, 'x' | 'y' | 'mode' | 'moving'>, student: Point, doors: readonly DoorView[]): boolean {
  if (zombie.mode === 'down') return false;
  return (zombie.moving && distance(zombie, student) <= HEARD_RADIUS_TILES) || doorHeardThrough(zombie, student, doors) !== undefined;
}
