import { describe, expect, it } from 'vitest';
import { planEndRows, thumbSpots } from '../../src/game/layout/end-rows';
import { computeLayout, ZERO_INSETS, type LayoutOptions } from '../../src/game/layout/screen-layout';

const TOUCH: LayoutOptions = { touch: true, fullscreen: true, light: true, hudPanel: { width: 196, height: 170 } };
/** A lose screen's rows at 150% text: What happened?, Play again, Title. */
const ROWS = [56, 56, 41];

describe('end screen rows', () => {
  it.each([
    [390, 844],
    [844, 390],
    [360, 740],
    [412, 915],
    [740, 360],
  ])('sit clear of every thumb spot of play and on the screen at %ix%i', (width, height) => {
    const layout = computeLayout(width, height, ZERO_INSETS, TOUCH);
    const plan = planEndRows(width, height, layout, ROWS);
    const spots = thumbSpots(layout);
    expect(spots.length).toBeGreaterThan(5);
    plan.rows.forEach((row, i) => {
      const box = { x: width / 2 - row.maxWidth / 2, y: row.top, width: row.maxWidth, height: ROWS[i]! };
      expect(box.y >= plan.text.bottom || box.y + box.height <= plan.text.top, 'rows apart from the message').toBe(true);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(row.maxWidth, 'a row wide enough to read').toBeGreaterThan(200);
      for (const spot of spots) {
        const nx = Math.max(box.x, Math.min(spot.x, box.x + box.width));
        const ny = Math.max(box.y, Math.min(spot.y, box.y + box.height));
        expect(Math.hypot(spot.x - nx, spot.y - ny), `row ${i} and a thumb spot at ${Math.round(spot.x)},${Math.round(spot.y)}`).toBeGreaterThanOrEqual(spot.r);
      }
    });
    // Room above for the heading and the message.
    expect(plan.text.bottom - plan.text.top).toBeGreaterThan(height * 0.25);
  });

  it('puts the rows at the same places whatever is above them, and the same rows at the same places on a desktop', () => {
    const layout = computeLayout(390, 844, ZERO_INSETS, TOUCH);
    expect(planEndRows(390, 844, layout, ROWS)).toEqual(planEndRows(390, 844, layout, ROWS));
    const desk = planEndRows(1280, 720, null, [51, 51, 41]);
    expect(desk.rows.at(-1)!.top + 41).toBeCloseTo(720 * 0.8);
  });
});
