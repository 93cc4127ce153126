/**
 * Arrows and goal marks keep to the screen the HUD leaves free (render/edge-arrow.ts clearSpot): new
 * players on a desktop and a phone had the key's diamond, the friend's ring and the exit's arrow
 * under the status panel and the pause button. With the real layouts (src/game/layout), an arrow
 * toward a goal up and to the left stands inside the screen's edge under the panel; it slides in
 * along its line until it meets no HUD box.
 */

import { describe, expect, it } from 'vitest';
import { rectsMeet } from '../../src/game/layout/screen-layout';
import { clearSpot, edgePoint, screenBoxesToWorld, type Rect } from '../../src/game/render/edge-arrow';
import { computeLayout, ZERO_INSETS, type ScreenLayout } from '../../src/game/layout/screen-layout';

/** What the HUD covers on a layout (as play-session.ts hudCover: the panel, the goal lines, the buttons). */
function covers(layout: ScreenLayout, goal: Rect): Rect[] {
  return [layout.hud.panel, goal, ...Object.values(layout.buttons).map((b) => ({ x: b.x - b.r, y: b.y - b.r, width: 2 * b.r, height: 2 * b.r }))];
}

const SCREENS = [
  { name: 'desktop 1280x720', width: 1280, height: 720, touch: false },
  { name: 'phone 390x844', width: 390, height: 844, touch: true },
] as const;

describe('an arrow toward a goal', () => {
  for (const screen of SCREENS) {
    it(`keeps clear of the HUD on a ${screen.name}, toward every side`, () => {
      const layout = computeLayout(screen.width, screen.height, ZERO_INSETS, { touch: screen.touch, fullscreen: true, light: true, hudPanel: { width: 230, height: 150 } });
      const goal: Rect = screen.touch ? { x: 12, y: 170, width: 300, height: 40 } : { x: 900, y: 12, width: 320, height: 60 };
      const hud = covers(layout, goal);
      const view = { x: 0, y: 0, width: screen.width, height: screen.height };
      const focus = layout.focus;
      const half = 12 * 1.6;
      let coveredBefore = 0;
      for (let degrees = 0; degrees < 360; degrees += 5) {
        const far = { x: focus.x + Math.cos((degrees * Math.PI) / 180) * 5000, y: focus.y + Math.sin((degrees * Math.PI) / 180) * 5000 };
        const edge = edgePoint(view, 58, focus, far)!;
        const box = (p: { x: number; y: number }): Rect => ({ x: p.x - half, y: p.y - half, width: 2 * half, height: 2 * half });
        if (hud.some((c) => rectsMeet(box(edge), c))) coveredBefore++;
        const spot = clearSpot(edge, focus, half, hud);
        expect(
          hud.filter((c) => rectsMeet(box(spot), c)),
          `${degrees}°`,
        ).toEqual([]);
      }
      // The premise: at the screen's edge alone, some arrows stood under the HUD.
      expect(coveredBefore).toBeGreaterThan(0);
    });
  }

  it('turns screen boxes into the world under a zoomed, scrolled camera', () => {
    expect(screenBoxesToWorld([{ x: 100, y: 40, width: 200, height: 80 }], { x: 500, y: 300, width: 640, height: 360 }, 2)).toEqual([{ x: 550, y: 320, width: 100, height: 40 }]);
  });
});
