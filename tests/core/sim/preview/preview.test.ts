/**
 * The designers' preview (`?edit=`): noise reach bands from a tile, and each zombie's path to the
 * spawn, computed with the simulation's own noise spreading and flow fields.
 */

import { describe, expect, it } from 'vitest';
import { createLevelPreview, PREVIEW_LOUDNESS } from '../../../../src/core/sim/preview/preview';
import { levelWarnings } from '../../../../src/core/sim/preview/warnings';
import { levelFromAscii, shippedLevel } from '../../level-fixture';

describe('noise reach', () => {
  it('bands grow with loudness, stop at walls and are muffled by a closed door', () => {
    const open = levelFromAscii(`
      ###############################
      #S............................#
      #.............................#
      #############################E#`);
    const reach = createLevelPreview(open).noiseFrom(1, 1);
    // Quieter bands cover fewer cells, each band includes the quieter ones.
    for (let b = 1; b < PREVIEW_LOUDNESS.length; b++) expect(reach.cellsPerBand[b]!).toBeGreaterThan(reach.cellsPerBand[b - 1]!);
    expect(reach.reachCells).toBe(reach.cellsPerBand[PREVIEW_LOUDNESS.length - 1]);
    expect(reach.band[1 * open.width + 1]).toBe(0); // the tile itself: even a footstep
    expect(reach.band[1 * open.width + 8]).toBe(1); // 7 tiles away: a run (9), not a footstep (3.5)
    expect(reach.band[1 * open.width + 21]).toBe(3); // 20 tiles: only the alarm (22)
    expect(reach.band[1 * open.width + 25]).toBe(-1); // 24 tiles: beyond the alarm through open floor

    const doored = levelFromAscii(`
      ###########
      #S...#....#
      #....+....#
      #....#...E#
      ###########`);
    const muffled = createLevelPreview(doored).noiseFrom(2, 2);
    const beyond = 2 * doored.width + 7;
    const sameDistanceOpen = createLevelPreview(
      levelFromAscii(`
      ###########
      #S........#
      #.........#
      #........E#
      ###########`),
    ).noiseFrom(2, 2);
    expect(muffled.band[beyond]!).toBeGreaterThan(sameDistanceOpen.band[beyond]!);
  });
});

describe('horde paths', () => {
  it('lead the zombies on the classroom wing to the first student, one step at a time', () => {
    const level = shippedLevel();
    const { paths } = createLevelPreview(level);
    expect(paths).toHaveLength(level.zombies.length);
    const spawn = level.students[0]!;
    const doors = new Set(level.doors.map((door) => door.tileY * level.width + door.tileX));
    for (const path of paths) {
      expect(path.cells.length, `zombie ${path.zombie}`).toBeGreaterThan(0);
      const zombie = level.zombies[path.zombie]!;
      expect(path.cells[0]).toBe(zombie.tileY * level.width + zombie.tileX);
      expect(path.cells[path.cells.length - 1]).toBe(spawn.tileY * level.width + spawn.tileX);
      for (let i = 1; i < path.cells.length; i++) {
        const a = path.cells[i - 1]!;
        const b = path.cells[i]!;
        expect(Math.abs((a % level.width) - (b % level.width))).toBeLessThanOrEqual(1);
        expect(Math.abs(Math.floor(a / level.width) - Math.floor(b / level.width))).toBeLessThanOrEqual(1);
        // Open floor, or a closed door the horde would bash through.
        expect(level.grid.cost[b]! > 0 || doors.has(b)).toBe(true);
      }
    }
  });

  it('gives no path to a zombie walled off from the spawn', () => {
    const level = levelFromAscii(`
      #########
      #S..#Z..#
      #..E#...#
      #########`);
    expect(createLevelPreview(level).paths).toEqual([{ zombie: 0, kind: 'walker', cells: [] }]);
  });
});

describe('checker warnings', () => {
  it('name a shut-in zombie and loot out of reach, with their tiles', () => {
    const level = levelFromAscii(`
      ##########
      #S..#Z.f.#
      #..E#....#
      ##########`);
    const warnings = levelWarnings(level, createLevelPreview(level).paths);
    expect(warnings.map((w) => w.message)).toEqual([
      "zombie is shut in (got a walker at tile 5,1 with no way to the first student's spawn; expected a route, through doors if need be, or remove it)",
      'item is out of reach (got food at tile 7,1 walled off from every student; expected a walkable route to it)',
    ]);
  });

  it('are none when a closed door leads to the zombie and the loot', () => {
    const level = levelFromAscii(`
      ##########
      #S..#Z.f.#
      #..E+....#
      ##########`);
    expect(levelWarnings(level, createLevelPreview(level).paths)).toEqual([]);
  });
});
