/** Followers keep their own spots: after the group settles, no two students share a tile. */

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { levelFromAscii } from '../../level-fixture';

const ROOM = `
  ############
  #SSS.......#
  #..........#
  #..........#
  #..........#
  #.........E#
  ############`;

const CORRIDOR = `
  ##################
  #SSS............E#
  ##################`;

function tilesAfterWalk(ascii: string, tileX: number, tileY: number, seed: number): string[] {
  const sim = createSimulation(levelFromAscii(ascii), { seed });
  sim.step([{ type: 'walkTo', tileX, tileY }]);
  for (let t = 0; t < 20 * 12; t++) sim.step([]);
  return sim
    .snapshot()
    .students.filter((s) => !s.down)
    .map((s) => `${s.tileX},${s.tileY}`);
}

describe('followers keep their own spots', () => {
  it.each([
    [8, 3],
    [5, 1],
    [2, 4],
    [9, 4],
  ])('in a room, after the leader walks to %i,%i and the group settles, every student has a tile of its own', (x, y) => {
    for (const seed of [1, 2, 3]) {
      const tiles = tilesAfterWalk(ROOM, x, y, seed);
      expect(tiles).toHaveLength(3);
      expect(new Set(tiles).size, `seed ${seed}: ${tiles.join(' ')}`).toBe(3);
    }
  });

  it('in a corridor one tile wide, too', () => {
    const tiles = tilesAfterWalk(CORRIDOR, 12, 1, 1);
    expect(new Set(tiles).size, tiles.join(' ')).toBe(3);
  });
});

describe('bodies do not stack', () => {
  it('five walkers on a student keep apart from her and from each other while they bite', () => {
    const sim = createSimulation(
      levelFromAscii(`
  ##########
  #S.ZZZ...#
  #..ZZ...E#
  ##########`),
      { seed: 1 },
    );
    let studentGap = Infinity;
    let zombieGap = Infinity;
    for (let t = 0; t < 200 && sim.status === 'playing'; t++) {
      sim.step([]);
      const { students, zombies } = sim.snapshot();
      const her = students[0]!;
      for (const z of zombies) {
        studentGap = Math.min(studentGap, Math.hypot(z.x - her.x, z.y - her.y));
        for (const w of zombies) if (w !== z) zombieGap = Math.min(zombieGap, Math.hypot(z.x - w.x, z.y - w.y));
      }
    }
    expect(studentGap).toBeGreaterThan(0.5);
    expect(zombieGap).toBeGreaterThan(0.5);
  });
});
