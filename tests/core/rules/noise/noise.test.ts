import { describe, expect, it } from 'vitest';
import { gridFromAscii, type TileGrid } from '../../../../src/core/grid/tile-grid';
import { createNoiseSpreader } from '../../../../src/core/rules/noise/noise';
import { STUDENT, ZOMBIE_AI } from '../../../../src/core/kernel/tuning';

/** Finds the first tile marked `mark` in the drawing (the drawing's letters are floor to the grid). */
function find(ascii: string, mark: string): { tileX: number; tileY: number } {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  for (let tileY = 0; tileY < rows.length; tileY++) {
    const tileX = rows[tileY]!.indexOf(mark);
    if (tileX >= 0) return { tileX, tileY };
  }
  throw new Error(`no ${mark} in the map`);
}

function soundDistance(ascii: string): number {
  const grid: TileGrid = gridFromAscii(ascii);
  const from = find(ascii, 'N');
  const to = find(ascii, 'Z');
  const spreader = createNoiseSpreader(grid);
  spreader.spread(from.tileX, from.tileY, 100);
  return spreader.distanceAt(to.tileY * grid.width + to.tileX);
}

describe('noise over the tile graph', () => {
  it('travels the length of an open corridor', () => {
    expect(
      soundDistance(`
      ##########
      #N......Z#
      ##########`),
    ).toBe(7);
  });

  it('follows a corridor around a corner instead of passing through the wall', () => {
    // Nine steps round the corner; the wall block in between is two tiles thick and stops sound.
    expect(
      soundDistance(`
      #######
      #N....#
      ####..#
      ####..#
      #Z....#
      #######`),
    ).toBe(9);
  });

  it('soaks through one wall, muffled', () => {
    expect(
      soundDistance(`
      #####
      #N..#
      #####
      #Z..#
      #####`),
    ).toBe(2 + ZOMBIE_AI.wallMuffleTiles);
  });

  it('does not carry a walking footstep through two closed doors, but carries a scream', () => {
    const distance = soundDistance(`
      ###########
      #N..+..+.Z#
      ###########`);
    expect(distance).toBe(8 + 2 * ZOMBIE_AI.doorMuffleTiles);
    expect(STUDENT.stepNoiseRadius.walk - distance).toBeLessThan(0);
    expect(STUDENT.hurtScreamNoiseRadius + 10 - distance).toBeGreaterThan(0); // a scream next to the door
  });

  it('does not pass a wall two tiles thick', () => {
    expect(
      soundDistance(`
      #####
      #N..#
      #####
      #####
      #Z..#
      #####`),
    ).toBe(Infinity);
  });

  it('gives the same distances whichever spread ran before (buffers are reused safely)', () => {
    const ascii = `
      ########
      #N...#Z#
      #....#.#
      #......#
      ########`;
    const grid = gridFromAscii(ascii);
    const spreader = createNoiseSpreader(grid);
    spreader.spread(1, 1, 100);
    const first = Array.from({ length: grid.width * grid.height }, (_, cell) => spreader.distanceAt(cell));
    spreader.spread(6, 3, 2);
    spreader.spread(1, 1, 100);
    const again = Array.from({ length: grid.width * grid.height }, (_, cell) => spreader.distanceAt(cell));
    expect(again).toEqual(first);
    spreader.spread(1, 1, 3);
    expect(spreader.distanceAt(1 * grid.width + 6)).toBe(Infinity);
  });
});
