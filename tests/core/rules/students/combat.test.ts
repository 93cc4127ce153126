import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { levelFromAscii } from '../../level-fixture';

describe('a swing', () => {
  it('turns to the nearest zombie in reach when none stands in front', () => {
    // The student steps right, away from the zombie, then swings: the blow lands behind them.
    const sim = createSimulation(
      levelFromAscii(`
      #########
      #.ZS...E#
      #########`),
      { seed: 2 },
    );
    sim.step([{ type: 'move', dx: 1, dy: 0, gait: 'sneak' }]);
    sim.step([{ type: 'move', dx: 0, dy: 0 }]);
    expect(sim.snapshot().students[0]!.facingX).toBe(1);
    const events = sim.step([{ type: 'attack' }]);
    expect(events.filter((e) => e.type === 'zombieHit')).toHaveLength(1);
    expect(sim.snapshot().students[0]!.facingX).toBeLessThan(0);
  });

  it('keeps its facing when a zombie stands in front, and misses one out of reach behind', () => {
    const sim = createSimulation(
      levelFromAscii(`
      ###########
      #Z...SZ..E#
      ###########`),
      { seed: 2 },
    );
    sim.step([{ type: 'move', dx: 1, dy: 0, gait: 'sneak' }]);
    sim.step([{ type: 'move', dx: 0, dy: 0 }]);
    const events = sim.step([{ type: 'attack' }]);
    const hits = events.filter((e) => e.type === 'zombieHit');
    expect(hits).toHaveLength(1);
    expect(sim.snapshot().students[0]!.facingX).toBeGreaterThan(0);
  });
});
