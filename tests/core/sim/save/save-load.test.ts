import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/core/state/commands';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { levelFromAscii, shippedLevel } from '../../level-fixture';

/** A scripted run that fights, runs, throws the phone and gets bitten (so trails and lures exist). */
const FIGHT: Record<number, Command[]> = {
  1: [{ type: 'walkTo', tileX: 20, tileY: 3 }],
  80: [{ type: 'throwLure' }],
  90: [{ type: 'walkTo', tileX: 12, tileY: 12 }],
  200: [{ type: 'move', dx: -1, dy: 0, gait: 'run' }],
  260: [{ type: 'attack' }, { type: 'move', dx: 0, dy: 0 }],
  261: [{ type: 'attack' }],
  300: [{ type: 'switchStudent' }, { type: 'walkTo', tileX: 30, tileY: 13 }],
  600: [{ type: 'move', dx: 1, dy: 0, gait: 'sneak' }],
};

describe('saving and loading the simulation', () => {
  /** Steps `straight` and a copy re-made from a JSON save before every tick; both must agree. */
  function compareEveryTick(seed: number, ticks: number, script: (tick: number) => Command[]): ReturnType<typeof createSimulation> {
    const level = shippedLevel();
    const straight = createSimulation(level, { seed });
    let reloaded = createSimulation(level, { seed });
    for (let t = 1; t <= ticks && straight.status === 'playing'; t++) {
      const state = JSON.parse(JSON.stringify(reloaded.saveState())) as ReturnType<typeof reloaded.saveState>;
      reloaded = createSimulation(level, { seed, state });
      const commands = script(t);
      expect(reloaded.step(commands)).toEqual(straight.step(commands));
      expect(reloaded.stateHash()).toBe(straight.stateHash());
    }
    return straight;
  }

  it('changes nothing when saved and loaded at every tick of a fight that is lost (bites, blood, a lure)', () => {
    const run = compareEveryTick(21, 2000, (t) => FIGHT[t] ?? []);
    expect(run.status).toBe('lost');
  });

  it('changes nothing when saved and loaded at every tick for 2,000 ticks of walking the floor', () => {
    // Back and forth along the front of classroom 2-5, away from its door, while zombies wander outside.
    const patrol = (t: number): Command[] => {
      if (t === 1) return [{ type: 'walkTo', tileX: 20, tileY: 3 }];
      if (t % 150 === 0) return [{ type: 'walkTo', tileX: t % 300 === 0 ? 20 : 13, tileY: t % 300 === 0 ? 2 : 3 }];
      return [];
    };
    // Seed 5: no zombie wanders into the classroom in these 2,000 ticks (the fight test covers bites).
    const run = compareEveryTick(5, 2000, patrol);
    expect(run.tick).toBe(2000);
    expect(run.status).toBe('playing');
  });

  it('refuses a state from another level with a clear message', () => {
    const other = createSimulation(
      levelFromAscii(
        `
      #####
      #S.E#
      #####`,
        'levels/tiny.json',
      ),
      { seed: 1 },
    );
    expect(() => createSimulation(shippedLevel(), { seed: 1, state: other.saveState() })).toThrow(/simulation state is for level "tiny", not "01-classroom-wing"/);
  });
});
