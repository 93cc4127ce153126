import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buttonAt, computeLayout, circleInRect, MIN_GAP, STUDENT_CLEAR, TOUCH_BUTTONS, ZERO_INSETS, type Circle, type LayoutOptions } from '../../src/game/layout/screen-layout';

const TOUCH: LayoutOptions = { touch: true, fullscreen: true, light: true, hudPanel: { width: 196, height: 170 } };
/** Phones and tablets, CSS px, as the browser reports the viewport. */
const SIZES: [number, number][] = [
  [390, 844],
  [375, 667],
  [360, 740],
  [412, 915],
  [430, 932],
  [768, 1024],
  [820, 1180],
  [1280, 720],
];
/** iPhone-style notch and home bar. */
const NOTCH = { top: 47, right: 0, bottom: 34, left: 0 };

describe('screen layout', () => {
  it.each(SIZES)('fits every control on %ix%i in both orientations, with and without a notch', (w, h) => {
    for (const [width, height, insets] of [
      [w, h, ZERO_INSETS],
      [h, w, ZERO_INSETS],
      [w, h, NOTCH],
      [h, w, { top: 0, right: 47, bottom: 21, left: 47 }],
    ] as const) {
      const layout = computeLayout(width, height, insets, TOUCH);
      expect(layout.problems, `${width}x${height}`).toEqual([]);
      expect(layout.fits).toBe(true);
      expect(layout.rotateHint).toBe(false);
      for (const button of [...TOUCH_BUTTONS, 'pause', 'fullscreen'] as const) expect(layout.buttons[button], button).toBeDefined();
    }
  });

  it('fits the smallest phone still sold (320x568) both ways', () => {
    expect(computeLayout(320, 568, ZERO_INSETS, TOUCH).problems).toEqual([]);
    expect(computeLayout(568, 320, ZERO_INSETS, TOUCH).problems).toEqual([]);
  });

  it('keeps thumb targets at least 48 px wide and 8 px apart, attack the largest', () => {
    for (const [w, h] of SIZES) {
      for (const layout of [computeLayout(w, h, ZERO_INSETS, TOUCH), computeLayout(h, w, ZERO_INSETS, TOUCH)]) {
        const circles = Object.values(layout.buttons) as Circle[];
        for (const c of circles) expect(2 * c.r).toBeGreaterThanOrEqual(44);
        expect(layout.buttons.attack!.r).toBe(Math.max(...circles.map((c) => c.r)));
        for (let i = 0; i < circles.length; i++)
          for (let j = i + 1; j < circles.length; j++) {
            const a = circles[i]!,
              b = circles[j]!;
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + MIN_GAP);
          }
      }
    }
  });

  it('keeps every control inside the safe area: nothing under the notch or the home bar', () => {
    const layout = computeLayout(390, 844, NOTCH, TOUCH);
    expect(layout.safe).toEqual({ x: 0, y: 47, width: 390, height: 844 - 47 - 34 });
    for (const circle of Object.values(layout.buttons)) expect(circleInRect(circle, layout.safe)).toBe(true);
    expect(layout.hud.panel.y).toBeGreaterThanOrEqual(47);
    expect(layout.buttons.attack!.y + layout.buttons.attack!.r).toBeLessThanOrEqual(844 - 34);
  });

  it('portrait puts the student above the controls; landscape in the middle', () => {
    const portrait = computeLayout(390, 844, ZERO_INSETS, TOUCH);
    expect(portrait.orientation).toBe('portrait');
    const topOfControls = Math.min(
      ...Object.values(portrait.buttons)
        .filter((c) => c.y > 200)
        .map((c) => c.y - c.r),
    );
    expect(portrait.focus.y).toBeLessThan(topOfControls - 40);
    expect(portrait.focus.y).toBeGreaterThan(portrait.hud.panel.y + portrait.hud.panel.height);
    const landscape = computeLayout(844, 390, ZERO_INSETS, TOUCH);
    expect(landscape.orientation).toBe('landscape');
    expect(landscape.focus).toEqual({ x: 422, y: 195 });
  });

  it('asks to rotate a screen too narrow for the controls when the other way fits', () => {
    const narrow = computeLayout(290, 640, ZERO_INSETS, TOUCH);
    expect(narrow.fits).toBe(false);
    expect(narrow.problems).toContainEqual(expect.stringMatching(/overlap/));
    expect(narrow.rotateHint).toBe(true);
    expect(computeLayout(640, 290, ZERO_INSETS, TOUCH).fits).toBe(true);
    // Too small both ways: no hint (turning would not help), the controls stay usable as they are.
    expect(computeLayout(240, 240, ZERO_INSETS, TOUCH).rotateHint).toBe(false);
  });

  it('shows only pause (and fullscreen) without touch, and no rotate hint', () => {
    const desktop = computeLayout(1280, 720, ZERO_INSETS, { ...TOUCH, touch: false });
    expect(Object.keys(desktop.buttons).sort()).toEqual(['fullscreen', 'pause']);
    expect(desktop.stick).toBeNull();
    expect(computeLayout(300, 200, ZERO_INSETS, { ...TOUCH, touch: false }).rotateHint).toBe(false);
    expect(computeLayout(390, 844, ZERO_INSETS, { ...TOUCH, fullscreen: false }).buttons.fullscreen).toBeUndefined();
  });

  it('finds the button under a finger, nearest first, with a little slack', () => {
    const layout = computeLayout(390, 844, ZERO_INSETS, TOUCH);
    const attack = layout.buttons.attack!;
    expect(buttonAt(layout, attack.x, attack.y)).toBe('attack');
    expect(buttonAt(layout, attack.x + attack.r * 1.1, attack.y)).toBe('attack');
    expect(buttonAt(layout, layout.focus.x, layout.focus.y)).toBeUndefined();
  });

  it('never throws and never places a control outside the screen, whatever the size and insets', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 4000, noNaN: false }),
        fc.double({ min: -10, max: 4000, noNaN: false }),
        fc.record({ top: fc.double(), right: fc.double(), bottom: fc.double(), left: fc.double() }),
        fc.boolean(),
        (width, height, insets, touch) => {
          const layout = computeLayout(width, height, insets, { ...TOUCH, touch });
          for (const value of [layout.safe.x, layout.safe.y, layout.safe.width, layout.safe.height, layout.focus.x, layout.focus.y]) expect(Number.isFinite(value)).toBe(true);
          if (layout.fits) for (const c of Object.values(layout.buttons)) expect(circleInRect(c, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true);
        },
      ),
    );
  });

  it("keeps the floating stick's ring, wherever the thumb lands in its zone, off the student drawn at the focus", () => {
    for (const [w, h] of SIZES) {
      for (const layout of [computeLayout(w, h, ZERO_INSETS, TOUCH), computeLayout(h, w, ZERO_INSETS, TOUCH), computeLayout(w, h, NOTCH, TOUCH)]) {
        const { zone, fixed } = layout.stick!;
        const { unit, focus } = layout;
        // The ring's reach: the zone grown by its radius on every side.
        const reach = { left: zone.x - fixed.r, right: zone.x + zone.width + fixed.r, top: zone.y - fixed.r, bottom: zone.y + zone.height + fixed.r };
        const student = {
          left: focus.x - STUDENT_CLEAR.side * unit,
          right: focus.x + STUDENT_CLEAR.side * unit,
          top: focus.y - STUDENT_CLEAR.above * unit,
          bottom: focus.y + STUDENT_CLEAR.below * unit,
        };
        const overlaps = reach.left < student.right && student.left < reach.right && reach.top < student.bottom && student.top < reach.bottom;
        expect(overlaps, `${layout.width}x${layout.height}`).toBe(false);
        expect(zone.width * zone.height, `${layout.width}x${layout.height}: room for a thumb`).toBeGreaterThanOrEqual(4 * fixed.r * fixed.r);
      }
    }
  });
});
