import { describe, expect, it } from 'vitest';
import { ringLook } from '../../src/game/render/ring-look';

describe('sound rings', () => {
  it('draw a fight and a scream thick and bright, lingering at their full reach; a footstep thin, fading as it grows', () => {
    const step = ringLook('footstep', 3.5);
    for (const cause of ['fight', 'scream']) {
      const loud = ringLook(cause, 6);
      expect(loud.lineWidth, cause).toBeGreaterThanOrEqual(2 * step.lineWidth);
      expect(loud.alpha, cause).toBe(1);
      expect(loud.lingerMs, cause).toBeGreaterThanOrEqual(400);
    }
    expect(step.lingerMs).toBe(0);
    expect(ringLook('fight', 9).growMs).toBeGreaterThan(ringLook('fight', 3).growMs);
  });
});
