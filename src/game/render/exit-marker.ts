/**
 * The bobbing arrow over an exit is drawn above the characters (so it shows in a crowd); when a
 * standing student is on or next to it, it turns faint so it does not cover them (in a siege the
 * group waits in the exit's room for dawn). Pure: positions in world px.
 */

import { TILE_SIZE } from './sprite-layout';

/** How near (world px, either way) a student makes the arrow faint, and how faint. */
const NEAR = TILE_SIZE * 1.25;
export const FAINT_ALPHA = 0.25;

export function exitMarkerAlpha(arrow: { x: number; y: number }, students: readonly { x: number; y: number; down: boolean }[]): number {
  const covered = students.some((student) => !student.down && Math.abs(student.x - arrow.x) <= NEAR && Math.abs(student.y - arrow.y) <= NEAR);
  return covered ? FAINT_ALPHA : 1;
}
