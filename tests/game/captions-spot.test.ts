import { describe, expect, it } from 'vitest';
import { captionsBottom, studentBox } from '../../src/game/layout/captions-spot';
import { computeLayout, ZERO_INSETS, type LayoutOptions } from '../../src/game/layout/screen-layout';

const TOUCH: LayoutOptions = { touch: true, fullscreen: true, light: true, hudPanel: { width: 196, height: 170 } };

describe('captions spot', () => {
  const phone = computeLayout(390, 844, ZERO_INSETS, TOUCH);
  const student = studentBox(phone);
  const { x, maxWidth } = phone.hud.captions;
  // Three captions at 150% text (24 px lines): the tall block a phone showed over the student's head.
  const height = 3 * 24 + 8;
  const highest = phone.hud.panel.y + phone.hud.panel.height + 8;

  it('keeps the captions at their spot above the touch buttons when they cover nothing of the student', () => {
    expect(captionsBottom(x, maxWidth, height, phone.hud.captions.y, student, highest)).toBe(phone.hud.captions.y);
  });

  it('moves them to the top, under the HUD, when stacked over a prompt at the bottom they would reach the student', () => {
    // A two-line prompt at the bottom (130 px) pushes the captions' bottom up by its height.
    const wanted = phone.hud.captions.y - 130 - 8;
    expect(wanted - height).toBeLessThan(student.y + student.height);
    const bottom = captionsBottom(x, maxWidth, height, wanted, student, highest);
    expect(bottom - height).toBe(highest);
    expect(bottom).toBeLessThanOrEqual(student.y);
  });
});
