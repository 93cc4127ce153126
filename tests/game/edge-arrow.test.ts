import { describe, expect, it } from 'vitest';
import { edgePoint } from '../../src/game/render/edge-arrow';

const VIEW = { x: 100, y: 50, width: 400, height: 300 };

describe('the arrow for a threat off screen', () => {
  it('is not drawn for a zombie on the screen', () => {
    expect(edgePoint(VIEW, 20, { x: 300, y: 200 }, { x: 450, y: 320 })).toBeNull();
  });

  it('stands inside the edge toward a zombie straight below', () => {
    expect(edgePoint(VIEW, 20, { x: 300, y: 200 }, { x: 300, y: 900 })).toEqual({ x: 300, y: 330 });
  });

  it('follows the line from the student to the zombie, to the side it leaves by', () => {
    const spot = edgePoint(VIEW, 20, { x: 300, y: 200 }, { x: 900, y: 350 })!;
    expect(spot.x).toBe(480);
    // On the line: a quarter of the way down for a quarter of the way across.
    expect(spot.y).toBeCloseTo(200 + (150 * 180) / 600, 6);
  });

  it('starts from the screen when the student is drawn off it', () => {
    const spot = edgePoint(VIEW, 20, { x: 0, y: 200 }, { x: -200, y: 200 })!;
    expect(spot).toEqual({ x: 120, y: 200 });
  });
});
