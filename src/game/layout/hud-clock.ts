/**
 * Where the HUD's clock and goal lines go on a touch screen. The clock sits beside the status panel
 * while it fits left of the pause and fullscreen buttons, else right-aligned under them. The goal
 * lines at the top right (a phone held sideways) then keep clear of it: they stay left of a clock
 * beside the panel when they fit there unwrapped, else go under the clock (at 150% text the goal
 * list ran over "17:00 day"; wrapped into the room left, its lines broke mid-phrase and reached down
 * to the student's name). A clock under the buttons that would cover the panel goes under the panel,
 * and goal lines there go under it. Pure geometry in screen pixels.
 */

import { rectsMeet, type Rect, type ScreenLayout } from './screen-layout';

/** Gap between the clock and what is beside it. */
const GAP = 6;

export interface ClockAndGoal {
  /** The clock's anchor: its top-left (`originX` 0) or top-right (1) corner. */
  clock: { x: number; y: number; originX: 0 | 1 };
  /** The goal lines' anchor and wrap width (their box is `pad` wider than the wrap on each side). */
  goal: ScreenLayout['hud']['goal'];
}

/**
 * `panel` is the status panel as drawn, `buttons` the layout's (the pause and fullscreen buttons are read), `clock` the
 * clock's size now, `goalWidth` the goal plate's width with its lines unwrapped (padding included).
 */
export function placeClockAndGoal(hud: Pick<ScreenLayout['hud'], 'goal'>, panel: Rect, buttons: ScreenLayout['buttons'], clock: { width: number; height: number }, goalWidth: number): ClockAndGoal {
  const corners = [buttons.pause, buttons.fullscreen].filter((c) => c !== undefined);
  const besideX = panel.x + panel.width + GAP;
  const cornerLeft = Math.min(Infinity, ...corners.map((c) => c.x - c.r));
  const goal = { ...hud.goal };
  if (clock.width <= cornerLeft - GAP - besideX) {
    const placed: ClockAndGoal = { clock: { x: besideX, y: panel.y, originX: 0 }, goal };
    if (goal.align !== 'right' || clock.width === 0) return placed;
    if (goal.x - goalWidth < besideX + clock.width + 2 * GAP) goal.y = Math.max(goal.y, panel.y + clock.height + GAP);
    return placed;
  }
  const under = { x: Math.max(0, ...corners.map((c) => c.x + c.r)), y: Math.max(0, ...corners.map((c) => c.y + c.r)) + GAP };
  // Not over the panel: a siege's two-line clock under the buttons of a phone held upright ran over it; then it goes under the panel.
  const grown = { x: panel.x - GAP, y: panel.y - GAP, width: panel.width + 2 * GAP, height: panel.height + 2 * GAP };
  const { width, height } = clock;
  if (rectsMeet({ x: under.x - width, y: under.y, width, height }, grown)) under.y = panel.y + panel.height + GAP;
  const clockBox = { x: under.x - width, y: under.y, width, height };
  // Goal lines that would meet the clock (at the top right, or under the panel from its left) go under it.
  const goalBox = { x: goal.align === 'right' ? goal.x - goalWidth : goal.x, y: goal.y, width: goalWidth, height: Number.MAX_SAFE_INTEGER };
  if (goal.align === 'right' || rectsMeet(goalBox, clockBox)) goal.y = Math.max(goal.y, under.y + clock.height + GAP);
  return { clock: { ...under, originX: 1 }, goal };
}
