import { describe, expect, it } from 'vitest';
import { ZOMBIE_AI } from '../../../../src/core/kernel/tuning';
import { findMark, scenario } from './scenario';

const MAP = `
  ################
  #...Z....S.....#
  ##########.#####
  ##########.#####
  ##########.#####
  ##########....E#
  ################`;

describe('a zombie that loses its target', () => {
  it('goes to the last seen place, searches around it for a while, then wanders again', () => {
    const s = scenario(MAP, 7);
    const zombie = s.world.zombies[0]!;
    const student = s.world.students[0]!;
    Object.assign(zombie, { facingX: 1, facingY: 0 });
    s.tick();
    expect(zombie.mode).toBe('chase');
    const lastSeen = findMark(MAP, 'S');
    // The student slips round the corner into the side room, out of sight.
    Object.assign(student, { x: 14.5, y: 5.5 });
    const modes: string[] = [];
    const visited = new Set<string>();
    let searchStartedAt = { tileX: -1, tileY: -1 };
    for (let t = 0; t < 600; t++) {
      const before = zombie.mode;
      s.tick();
      visited.add(`${Math.floor(zombie.x)},${Math.floor(zombie.y)}`);
      if (zombie.mode !== before) {
        modes.push(zombie.mode);
        if (zombie.mode === 'search') searchStartedAt = { tileX: Math.floor(zombie.x), tileY: Math.floor(zombie.y) };
      }
      // It never learns where the student went: its goal stays the last seen place.
      if (zombie.mode === 'chase' || zombie.mode === 'search') expect({ x: zombie.goalX, y: zombie.goalY }).toEqual({ x: lastSeen.tileX, y: lastSeen.tileY });
      if (modes.includes('wander')) break;
    }
    expect(modes.slice(0, 3)).toEqual(['search', 'idle', 'wander']);
    expect(searchStartedAt).toEqual(lastSeen);
    // While searching it walks to other tiles near the last seen place.
    const near = [...visited].filter((key) => {
      const [x, y] = key.split(',').map(Number) as [number, number];
      return Math.abs(x - lastSeen.tileX) <= 3 && Math.abs(y - lastSeen.tileY) <= 3 && !(x === lastSeen.tileX && y === lastSeen.tileY);
    });
    expect(near.length).toBeGreaterThan(2);
    expect(student.health).toBe(100);
  });

  it('searches for the tuned time before it gives up', () => {
    const s = scenario(MAP, 3);
    const zombie = s.world.zombies[0]!;
    Object.assign(zombie, { facingX: 1, facingY: 0 });
    s.tick();
    Object.assign(s.world.students[0]!, { x: 14.5, y: 5.5 });
    let searchTicks = 0;
    for (let t = 0; t < 600 && zombie.mode !== 'idle'; t++) {
      s.tick();
      if (zombie.mode === 'search') searchTicks++;
    }
    expect(zombie.mode).toBe('idle');
    expect(searchTicks).toBe(ZOMBIE_AI.searchTicks);
  });

  it('chooses its search spots from the seed: same seed, same walk; another seed, another walk', () => {
    const walk = (seed: number): string => {
      const s = scenario(MAP, seed);
      const zombie = s.world.zombies[0]!;
      Object.assign(zombie, { facingX: 1, facingY: 0 });
      s.tick();
      Object.assign(s.world.students[0]!, { x: 14.5, y: 5.5 });
      const tiles: string[] = [];
      for (let t = 0; t < 200; t++) {
        s.tick();
        if (zombie.mode === 'search') tiles.push(`${Math.floor(zombie.x)},${Math.floor(zombie.y)}`);
      }
      return tiles.join(' ');
    };
    expect(walk(5)).toBe(walk(5));
    expect(new Set([walk(5), walk(6), walk(8), walk(9)]).size).toBeGreaterThan(1);
  });
});
