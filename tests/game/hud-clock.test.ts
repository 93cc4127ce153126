import { describe, expect, it } from 'vitest';
import { placeClockAndGoal } from '../../src/game/layout/hud-clock';
import { computeLayout, rectsMeet, ZERO_INSETS, type Rect } from '../../src/game/layout/screen-layout';

const PAD = 6;
/** The HUD panel as drawn at 150% text with three students (232 x 182 at scale 1.29). */
const PANEL = { width: 298, height: 234 };

function sideways(width = 844, height = 390) {
  const layout = computeLayout(width, height, ZERO_INSETS, { touch: true, fullscreen: true, light: true, hudPanel: PANEL });
  const panel: Rect = { ...layout.hud.panel };
  return { layout, panel };
}

/** The clock's box and the goal plate's box (its widest: the wrap width and the padding) for a placement. */
function boxes(placed: ReturnType<typeof placeClockAndGoal>, clock: { width: number; height: number }, goalWidth: number, goalHeight: number) {
  const { goal } = placed;
  const clockBox = { x: placed.clock.x - placed.clock.originX * clock.width, y: placed.clock.y, ...clock };
  const width = Math.min(goalWidth, goal.maxWidth + 2 * PAD);
  const goalBox = { x: goal.align === 'right' ? goal.x - width : goal.x, y: goal.y, width, height: goalHeight };
  return { clockBox, goalBox };
}

describe('the HUD clock and goal lines on a touch screen', () => {
  it('puts the goal list at the top right under the clock beside the panel when it does not fit beside it (844x390 at 150%: they overlapped)', () => {
    const { layout, panel } = sideways();
    const clock = { width: 113, height: 26 };
    const placed = placeClockAndGoal(layout.hud, panel, layout.buttons, clock, 335);
    expect(placed.clock.originX).toBe(0);
    expect(placed.clock.x).toBeGreaterThan(panel.x + panel.width);
    const { clockBox, goalBox } = boxes(placed, clock, 335, 95);
    expect(rectsMeet(clockBox, goalBox), JSON.stringify({ clockBox, goalBox })).toBe(false);
    expect(placed.goal.maxWidth).toBe(layout.hud.goal.maxWidth);
  });

  it('leaves a goal list that fits beside the clock at the top', () => {
    const { layout, panel } = sideways();
    const placed = placeClockAndGoal(layout.hud, panel, layout.buttons, { width: 113, height: 26 }, 200);
    expect(placed.goal).toEqual(layout.hud.goal);
  });

  it("puts the goal list under a siege's two-line clock", () => {
    const { layout, panel } = sideways();
    const clock = { width: 330, height: 52 };
    const placed = placeClockAndGoal(layout.hud, panel, layout.buttons, clock, 260);
    const { clockBox, goalBox } = boxes(placed, clock, 260, 40);
    expect(rectsMeet(clockBox, goalBox), JSON.stringify({ clockBox, goalBox })).toBe(false);
  });

  it('puts the goal list under a clock that only fits under the corner buttons', () => {
    const { layout, panel } = sideways(667, 375);
    const clock = { width: 400, height: 52 };
    const placed = placeClockAndGoal(layout.hud, panel, layout.buttons, clock, 200);
    expect(placed.clock.originX).toBe(1);
    const { clockBox, goalBox } = boxes(placed, clock, 200, 40);
    expect(rectsMeet(clockBox, goalBox), JSON.stringify({ clockBox, goalBox })).toBe(false);
  });

  it("keeps a siege's two-line clock off the panel of a phone held upright at 150% (it ran over the panel), with the goal list under it", () => {
    const layout = computeLayout(390, 844, ZERO_INSETS, { touch: true, fullscreen: true, light: true, hudPanel: { width: 281, height: 220 } });
    const clock = { width: 210, height: 52 };
    const placed = placeClockAndGoal(layout.hud, layout.hud.panel, layout.buttons, clock, 300);
    const { clockBox, goalBox } = boxes(placed, clock, 300, 60);
    expect(rectsMeet(clockBox, layout.hud.panel), JSON.stringify({ clockBox, panel: layout.hud.panel })).toBe(false);
    expect(rectsMeet(clockBox, goalBox), JSON.stringify({ clockBox, goalBox })).toBe(false);
  });

  it('leaves the goal list under the panel as it is on a phone held upright', () => {
    const layout = computeLayout(390, 844, ZERO_INSETS, { touch: true, fullscreen: true, light: true, hudPanel: PANEL });
    const placed = placeClockAndGoal(layout.hud, layout.hud.panel, layout.buttons, { width: 60, height: 26 }, 300);
    expect(placed.goal).toEqual(layout.hud.goal);
  });
});
