import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { DIRECTOR } from '../../../../src/core/kernel/tuning-world';
import { levelWithObjectives } from '../objectives/objective-level';

// A long floor with a horde spread over it; the students hold out in a walled room (west) that
// nothing can reach, so the run is long and only sound crosses the walls.
const FLOOR = `
  ##############################################
  #SSE#....Z.......Z.........Z.........Z......#
  #...#.......Z..........Z........Z........Z..#
  #####..Z........Z.........Z.........Z.......#
  #.........Z.........Z.........Z.........Z...#
  #....Z.........Z.........Z.........Z........#
  #.........Z.........Z.........Z.........Z...#
  #..Z.........Z.........Z.........Z..........#
  ##############################################`;

describe('the pacing director', () => {
  it('goes through build-up, peak and relax, moves the existing horde with sounds, and never adds a zombie', () => {
    const sim = createSimulation(levelWithObjectives(FLOOR, [], { director: true }), { seed: 9 });
    const start = sim.snapshot().zombies.length;
    const phases: string[] = [];
    const sounds: SimEvent[] = [];
    const pulled = new Set<number>();
    const meanDistance = { peakStart: 0, peakEnd: 0 };
    const fromGroup = (): number => {
      const zombies = sim.snapshot().zombies;
      return zombies.reduce((sum, z) => sum + Math.hypot(z.x - 1.5, z.y - 1.5), 0) / zombies.length;
    };
    for (let t = 0; t < 4000; t++) {
      const events = sim.step();
      for (const e of events) {
        if (e.type === 'directorPhase') phases.push(e.phase);
        if (e.type === 'directorEvent') sounds.push(e);
        if (e.type === 'directorPhase' && phases.length === 1) meanDistance.peakStart = fromGroup();
        if (e.type === 'directorPhase' && phases.length === 2) meanDistance.peakEnd = fromGroup();
        if (e.type === 'zombieAlerted' && e.cause === 'sound' && sounds.some((d) => d.type === 'directorEvent' && d.tileX === e.tileX && d.tileY === e.tileY)) pulled.add(e.zombieId);
      }
      expect(sim.snapshot().zombies.length).toBeLessThanOrEqual(start);
    }
    expect(sim.status).toBe('playing');
    expect(phases.slice(0, 4)).toEqual(['peak', 'relax', 'buildUp', 'peak']);
    // Several sounds at each peak, one at each relax; each is a bell, thunder or helicopter.
    const peakSounds = sounds.filter((e) => e.type === 'directorEvent' && e.phase === 'peak');
    expect(peakSounds.length).toBeGreaterThanOrEqual(2 * Math.floor(DIRECTOR.peakTicks / DIRECTOR.eventEveryTicks));
    expect(sounds.some((e) => e.type === 'directorEvent' && e.phase === 'relax')).toBe(true);
    expect(new Set(sounds.map((e) => e.type === 'directorEvent' && e.sound)).size).toBeGreaterThan(1);
    expect(sim.snapshot().zombies.length).toBe(start);
    // The horde moved to the sounds: many zombies turned toward a director's sound.
    expect(pulled.size).toBeGreaterThanOrEqual(10);
    // The first peak brought the horde nearer the group.
    expect(meanDistance.peakEnd).toBeLessThan(meanDistance.peakStart - 3);
  });

  it('places peak sounds near the group but not on it', () => {
    const sim = createSimulation(levelWithObjectives(FLOOR, [], { director: true }), { seed: 4 });
    const places: { tileX: number; tileY: number }[] = [];
    for (let t = 0; t < DIRECTOR.buildUpTicks + DIRECTOR.peakTicks; t++) {
      for (const e of sim.step()) if (e.type === 'directorEvent' && e.phase === 'peak') places.push(e);
    }
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      const distance = Math.hypot(place.tileX - 1, place.tileY - 1);
      expect(distance).toBeGreaterThan(DIRECTOR.peakDistanceTiles[0] - 4);
      expect(distance).toBeLessThan(DIRECTOR.peakDistanceTiles[1] + 4);
    }
  });

  it('continues the same after a save and load in the middle of a peak', () => {
    const level = levelWithObjectives(FLOOR, [], { director: true });
    const a = createSimulation(level, { seed: 3 });
    for (let t = 0; t < DIRECTOR.buildUpTicks + 50; t++) a.step();
    expect(a.saveState().minds.director.phase).toBe('peak');
    const b = createSimulation(level, { seed: 3, state: a.saveState() });
    for (let t = 0; t < 300; t++) expect(JSON.stringify(b.step())).toBe(JSON.stringify(a.step()));
    expect(b.stateHash()).toBe(a.stateHash());
  });
});
