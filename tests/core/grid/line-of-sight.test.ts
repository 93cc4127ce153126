import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hasLineOfSight, isStraightWalkable } from '../../../src/core/grid/line-of-sight';
import { createTileGrid, gridFromAscii } from '../../../src/core/grid/tile-grid';
import type { TileGrid } from '../../../src/core/grid/tile-grid';

/** Tile coordinates of the first `mark` in an ASCII map. */
function tileOfMark(ascii: string, mark: string): [number, number] {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  for (let y = 0; y < rows.length; y++) {
    const x = rows[y]!.indexOf(mark);
    if (x >= 0) return [x, y];
  }
  throw new Error(`no ${mark} in map`);
}

/** A fraction num/den with den > 0. */
type Fraction = [number, number];
const lessThan = (a: Fraction, b: Fraction): boolean => a[0] * b[1] < b[0] * a[1];

/**
 * Reference geometry, written independently of the walker: in doubled coordinates (tile centres
 * at odd numbers), the open parameter interval on which the segment is strictly inside tile
 * column/row `c` along one axis.
 */
function openInterval(start: number, delta: number, c: number): [Fraction, Fraction] | null {
  if (delta === 0)
    return 2 * c < start && start < 2 * c + 2
      ? [
          [0, 1],
          [1, 1],
        ]
      : null;
  const den = Math.abs(delta);
  const sign = delta > 0 ? 1 : -1;
  const a: Fraction = [sign * (2 * c - start), den];
  const b: Fraction = [sign * (2 * c + 2 - start), den];
  return lessThan(a, b) ? [a, b] : [b, a];
}

/** Cells whose interior the open segment between the two tile centres meets, plus corner crossings. */
function referenceCrossing(x0: number, y0: number, x1: number, y1: number, width: number, height: number) {
  const ax = 2 * x0 + 1,
    ay = 2 * y0 + 1,
    dx = 2 * (x1 - x0),
    dy = 2 * (y1 - y0);
  const interior: number[] = [];
  for (let cy = 0; cy < height; cy++) {
    for (let cx = 0; cx < width; cx++) {
      const ix = openInterval(ax, dx, cx),
        iy = openInterval(ay, dy, cy);
      if (!ix || !iy) continue;
      const lo = [[0, 1] as Fraction, ix[0], iy[0]].reduce((m, v) => (lessThan(m, v) ? v : m));
      const hi = [[1, 1] as Fraction, ix[1], iy[1]].reduce((m, v) => (lessThan(v, m) ? v : m));
      if (lessThan(lo, hi)) interior.push(cy * width + cx);
    }
  }
  // Lattice corners strictly inside the segment: (2i, 2j) = (ax + t dx, ay + t dy), 0 < t < 1.
  const sides: [number, number][] = [];
  if (dx !== 0 && dy !== 0) {
    for (let i = 0; i <= width; i++) {
      const tNum = 2 * i - ax; // t = tNum / dx
      if (!(tNum / dx > 0 && tNum / dx < 1)) continue;
      if ((ay * dx + tNum * dy) % (2 * dx) !== 0) continue; // y must be an even integer
      const cornerY = (ay * dx + tNum * dy) / dx;
      const sx = dx > 0 ? 1 : -1,
        sy = dy > 0 ? 1 : -1;
      const beforeX = sx > 0 ? i - 1 : i,
        beforeY = sy > 0 ? cornerY / 2 - 1 : cornerY / 2;
      sides.push([beforeY * width + beforeX + sx, (beforeY + sy) * width + beforeX]);
    }
  }
  return { interior, sides };
}

function referenceSight(grid: TileGrid, x0: number, y0: number, x1: number, y1: number): boolean {
  const { interior, sides } = referenceCrossing(x0, y0, x1, y1, grid.width, grid.height);
  const ends = new Set([y0 * grid.width + x0, y1 * grid.width + x1]);
  if (interior.some((c) => !ends.has(c) && grid.opaque[c] === 1)) return false;
  return sides.every(([a, b]) => grid.opaque[a] !== 1 || grid.opaque[b] !== 1);
}

function referenceWalk(grid: TileGrid, x0: number, y0: number, x1: number, y1: number, maxCost: number): boolean {
  const start = y0 * grid.width + x0;
  if (grid.cost[start] === 0) return false;
  const { interior, sides } = referenceCrossing(x0, y0, x1, y1, grid.width, grid.height);
  if (interior.some((c) => c !== start && (grid.cost[c] === 0 || grid.cost[c]! > maxCost))) return false;
  return sides.every(([a, b]) => grid.cost[a] !== 0 && grid.cost[b] !== 0);
}

const sightQuery = fc.record({ width: fc.integer({ min: 1, max: 9 }), height: fc.integer({ min: 1, max: 9 }) }).chain(({ width, height }) =>
  fc.record({
    width: fc.constant(width),
    height: fc.constant(height),
    costs: fc.array(fc.constantFrom(0, 1, 1, 1, 1, 2, 3), { minLength: width * height, maxLength: width * height }),
    opaque: fc.array(fc.constantFrom(0, 0, 0, 1), { minLength: width * height, maxLength: width * height }),
    x0: fc.nat({ max: width - 1 }),
    y0: fc.nat({ max: height - 1 }),
    x1: fc.nat({ max: width - 1 }),
    y1: fc.nat({ max: height - 1 }),
    maxCost: fc.integer({ min: 1, max: 3 }),
  }),
);

function gridOf(q: { width: number; height: number; costs: number[]; opaque: number[] }): TileGrid {
  const grid = createTileGrid(q.width, q.height);
  grid.cost.set(q.costs);
  grid.opaque.set(q.opaque);
  return grid;
}

describe('hasLineOfSight', () => {
  it('sees down an empty corridor', () => {
    const map = '#######\n#Z...S#\n#######';
    const [zx, zy] = tileOfMark(map, 'Z');
    const [sx, sy] = tileOfMark(map, 'S');
    expect(hasLineOfSight(gridFromAscii(map), zx, zy, sx, sy)).toBe(true);
  });

  it('does not see through a closed door', () => {
    const map = '#######\n#Z.+.S#\n#######';
    const [zx, zy] = tileOfMark(map, 'Z');
    const [sx, sy] = tileOfMark(map, 'S');
    expect(hasLineOfSight(gridFromAscii(map), zx, zy, sx, sy)).toBe(false);
  });

  it('sees a student standing in a closed doorway, and is seen back', () => {
    const map = '#####\n#Z.+#\n#####';
    const grid = gridFromAscii(map);
    const [zx, zy] = tileOfMark(map, 'Z');
    const [dx, dy] = tileOfMark(map, '+');
    expect(hasLineOfSight(grid, zx, zy, dx, dy)).toBe(true);
    expect(hasLineOfSight(grid, dx, dy, zx, zy)).toBe(true);
  });

  it('does not see through a diagonal gap between two walls', () => {
    const map = `
      ....
      .Z#.
      .#S.
      ....`;
    const [zx, zy] = tileOfMark(map, 'Z');
    const [sx, sy] = tileOfMark(map, 'S');
    expect(hasLineOfSight(gridFromAscii(map), zx, zy, sx, sy)).toBe(false);
  });

  it('sees past a single wall corner on a diagonal', () => {
    const map = `
      ....
      .Z#.
      ..S.
      ....`;
    const [zx, zy] = tileOfMark(map, 'Z');
    const [sx, sy] = tileOfMark(map, 'S');
    expect(hasLineOfSight(gridFromAscii(map), zx, zy, sx, sy)).toBe(true);
  });

  it('is blind outside the grid', () => {
    const grid = createTileGrid(3, 3);
    expect(hasLineOfSight(grid, 0, 0, 3, 0)).toBe(false);
    expect(hasLineOfSight(grid, -1, 0, 1, 1)).toBe(false);
    expect(hasLineOfSight(grid, 1, 1, 1, 1)).toBe(true);
  });

  it('agrees with exact segment geometry and is symmetric', () => {
    fc.assert(
      fc.property(sightQuery, (q) => {
        const grid = gridOf(q);
        const forward = hasLineOfSight(grid, q.x0, q.y0, q.x1, q.y1);
        expect(forward).toBe(referenceSight(grid, q.x0, q.y0, q.x1, q.y1));
        expect(hasLineOfSight(grid, q.x1, q.y1, q.x0, q.y0)).toBe(forward);
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isStraightWalkable', () => {
  it('refuses to squeeze past a wall corner', () => {
    const map = `
      ....
      .A#.
      ..B.
      ....`;
    const [ax, ay] = tileOfMark(map, 'A');
    const [bx, by] = tileOfMark(map, 'B');
    expect(isStraightWalkable(gridFromAscii(map), ax, ay, bx, by)).toBe(false);
  });

  it('walks a long shallow diagonal across an open room', () => {
    const grid = createTileGrid(12, 5);
    expect(isStraightWalkable(grid, 0, 0, 11, 4)).toBe(true);
  });

  it('refuses rubble dearer than the allowed cost but accepts it when allowed', () => {
    const map = '.A.~.B.';
    const grid = gridFromAscii(map);
    const [ax, ay] = tileOfMark(map, 'A');
    const [bx, by] = tileOfMark(map, 'B');
    expect(isStraightWalkable(grid, ax, ay, bx, by, 1)).toBe(false);
    expect(isStraightWalkable(grid, ax, ay, bx, by, 3)).toBe(true);
  });

  it('agrees with exact segment geometry', () => {
    fc.assert(
      fc.property(sightQuery, (q) => {
        const grid = gridOf(q);
        expect(isStraightWalkable(grid, q.x0, q.y0, q.x1, q.y1, q.maxCost)).toBe(referenceWalk(grid, q.x0, q.y0, q.x1, q.y1, q.maxCost));
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
