/**
 * Gamepad map: a reading of a pad in the browser's "standard" layout (buttons 0–16, axes 0–3)
 * to held actions. Pure, so the whole map is tested without a pad.
 *
 * | pad | action |
 * |---|---|
 * | left stick, d-pad | move |
 * | A (0) | attack | B (1) | pick up / use | X (2) | eat food | Y (3) | switch student |
 * | LB (4) | throw phone alarm | RB (5) | phone light |
 * | LT (6) | sneak (held) | RT (7) | run (held) |
 * | Back / View (8) | drink water | Start / Menu (9) | pause |
 * | right stick press (11) | lock / unlock the door in reach |
 */

import type { Action } from './actions';

export interface PadReading {
  /** Button values 0..1, by standard-layout index. */
  buttons: readonly number[];
  /** Axis values -1..1: 0 left stick x, 1 left stick y (down is +), 2/3 right stick. */
  axes: readonly number[];
}

/** Stick travel below this counts as centred (worn sticks drift). */
export const STICK_DEADZONE = 0.35;
/** A trigger or button counts as held from this value. */
export const BUTTON_THRESHOLD = 0.5;

export const PAD_BUTTONS: readonly (readonly [number, Action])[] = [
  [0, 'attack'],
  [1, 'interact'],
  [2, 'food'],
  [3, 'switch'],
  [4, 'lure'],
  [5, 'light'],
  [6, 'sneak'],
  [7, 'run'],
  [8, 'water'],
  [9, 'pause'],
  [11, 'lock'],
  [12, 'up'],
  [13, 'down'],
  [14, 'left'],
  [15, 'right'],
];

/**
 * The stick's direction as one of 8 (or none inside the deadzone): the circle is cut into eight
 * 45° slices, so a diagonal needs the stick pushed diagonally, not just a little off an axis.
 */
export function stickDirection(x: number, y: number, deadzone = STICK_DEADZONE): { dx: number; dy: number } {
  if (!Number.isFinite(x) || !Number.isFinite(y) || Math.hypot(x, y) < deadzone) return { dx: 0, dy: 0 };
  const slice = Math.round(Math.atan2(y, x) / (Math.PI / 4));
  const angle = (slice * Math.PI) / 4;
  return { dx: Math.round(Math.cos(angle)), dy: Math.round(Math.sin(angle)) };
}

export function padActions(reading: PadReading): Set<Action> {
  const held = new Set<Action>();
  for (const [index, action] of PAD_BUTTONS) {
    if ((reading.buttons[index] ?? 0) >= BUTTON_THRESHOLD) held.add(action);
  }
  const { dx, dy } = stickDirection(reading.axes[0] ?? 0, reading.axes[1] ?? 0);
  if (dx < 0) held.add('left');
  if (dx > 0) held.add('right');
  if (dy < 0) held.add('up');
  if (dy > 0) held.add('down');
  return held;
}
