import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { levelFromAscii } from '../../level-fixture';

describe('a thrown phone alarm', () => {
  it('is picked up, thrown ahead of the student, rings for a while and falls silent', () => {
    const sim = createSimulation(
      levelFromAscii(`
      ############
      #Sp.......E#
      ############`),
      { seed: 1 },
    );
    sim.step([{ type: 'move', dx: 1, dy: 0 }]);
    for (let t = 0; t < 6; t++) sim.step();
    expect(sim.snapshot().inventory.phone).toBe(1);
    const thrown = sim.step([{ type: 'move', dx: 0, dy: 0 }, { type: 'throwLure' }]);
    const lure = thrown.find((e) => e.type === 'lureThrown');
    expect(lure).toMatchObject({ tileY: 1 });
    expect(lure !== undefined && lure.type === 'lureThrown' && lure.tileX).toBeGreaterThanOrEqual(6);
    expect(sim.snapshot().inventory.phone).toBe(0);
    const later: SimEvent[] = [];
    for (let t = 0; t < 200; t++) later.push(...sim.step());
    expect(later.filter((e) => e.type === 'noiseMade' && e.cause === 'alarm').length).toBeGreaterThan(10);
    expect(later).toContainEqual({ type: 'lureEnded', lureId: 0 });
    expect(sim.snapshot().lures).toEqual([]);
  });

  it('cannot be thrown without a phone', () => {
    const sim = createSimulation(
      levelFromAscii(`
      ######
      #S..E#
      ######`),
      { seed: 1 },
    );
    expect(sim.step([{ type: 'throwLure' }])).toContainEqual({ type: 'commandRejected', reason: 'no phone to throw' });
  });

  it('pulls a horde down the corridor it landed in, not the other one, never two on a tile for long', () => {
    // A room of zombies opens on a corridor running west and east. The student picks up the phone,
    // throws it west and hides in a closet to the south.
    const sim = createSimulation(
      levelFromAscii(`
      #################################
      #...............#Z.Z.Z.Z#.......#
      #...............#.Z.Z.Z.#.......#
      #...............#Z.Z.Z.Z#.......#
      #########.#######.Z.Z.Z.#########
      #...............................#
      #.........pS....................#
      #...............................#
      ###########.###################E#
      ###########.#####################
      ###########.#####################
      #################################`),
      { seed: 2 },
    );
    sim.step([{ type: 'move', dx: -1, dy: 0 }]);
    for (let t = 0; t < 4; t++) sim.step();
    expect(sim.snapshot().inventory.phone).toBe(1);
    sim.step([{ type: 'move', dx: 0, dy: 0 }, { type: 'throwLure' }]);
    sim.step([{ type: 'walkTo', tileX: 11, tileY: 10 }]);
    expect(sim.snapshot().lures).toHaveLength(1);
    // How long (ticks) any two zombies stay on one tile without a break.
    const streaks = new Map<string, number>();
    let longestShare = 0;
    for (let t = 0; t < 120; t++) {
      sim.step();
      const byTile = new Map<number, number[]>();
      for (const z of sim.snapshot().zombies) byTile.set(z.tileY * 100 + z.tileX, [...(byTile.get(z.tileY * 100 + z.tileX) ?? []), z.id]);
      const sharing = new Set<string>();
      for (const ids of byTile.values()) for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) sharing.add(`${ids[a]}-${ids[b]}`);
      for (const key of [...streaks.keys()]) if (!sharing.has(key)) streaks.delete(key);
      for (const key of sharing) {
        const streak = (streaks.get(key) ?? 0) + 1;
        streaks.set(key, streak);
        longestShare = Math.max(longestShare, streak);
      }
    }
    const zombies = sim.snapshot().zombies;
    const west = zombies.filter((z) => z.tileX < 16).length;
    const east = zombies.filter((z) => z.tileX > 24).length;
    // Those in earshot (radius 22, less 4 per wall on the way) come; nobody goes the other way.
    expect(west).toBeGreaterThanOrEqual(8);
    expect(east).toBe(0);
    expect(longestShare).toBeLessThanOrEqual(20); // never a whole second on one tile
  });
});
