import { describe, expect, it } from 'vitest';
import { exitMarkerAlpha, FAINT_ALPHA } from '../../src/game/render/exit-marker';
import { TILE_SIZE } from '../../src/game/render/sprite-layout';

describe('the exit arrow', () => {
  const arrow = { x: 5.5 * TILE_SIZE, y: 3.5 * TILE_SIZE };

  it('turns faint over a standing student on or next to the exit, so it does not cover them', () => {
    expect(exitMarkerAlpha(arrow, [{ x: arrow.x, y: arrow.y + 4, down: false }])).toBe(FAINT_ALPHA);
    expect(exitMarkerAlpha(arrow, [{ x: arrow.x + TILE_SIZE, y: arrow.y, down: false }])).toBe(FAINT_ALPHA);
  });

  it('shows in full when nobody stands near it (a fallen student does not count)', () => {
    expect(exitMarkerAlpha(arrow, [])).toBe(1);
    expect(exitMarkerAlpha(arrow, [{ x: arrow.x + 3 * TILE_SIZE, y: arrow.y, down: false }])).toBe(1);
    expect(exitMarkerAlpha(arrow, [{ x: arrow.x, y: arrow.y, down: true }])).toBe(1);
  });
});
