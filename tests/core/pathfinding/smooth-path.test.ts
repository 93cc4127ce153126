import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createPathfinder } from '../../../src/core/pathfinding/astar';
import type { Connectivity } from '../../../src/core/grid/tile-grid';
import { smoothPath } from '../../../src/core/pathfinding/smooth-path';
import { isStraightWalkable } from '../../../src/core/grid/line-of-sight';
import { createTileGrid, gridFromAscii } from '../../../src/core/grid/tile-grid';

function cellOfMark(ascii: string, mark: string): number {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  const width = Math.max(...rows.map((row) => row.length));
  for (let y = 0; y < rows.length; y++) {
    const x = rows[y]!.indexOf(mark);
    if (x >= 0) return y * width + x;
  }
  throw new Error(`no ${mark} in map`);
}

function smoothed(map: string, connectivity: Connectivity = 8): { waypoints: number[]; cells: number[] } {
  const grid = gridFromAscii(map);
  const { cells } = createPathfinder(grid, { connectivity }).findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G'));
  return { waypoints: smoothPath(grid, cells), cells };
}

describe('smoothPath', () => {
  it('pulls a staircase across an open room into one straight line', () => {
    const map = `
      .........
      S........
      .........
      .........
      ........G`;
    const { waypoints } = smoothed(map, 4);
    expect(waypoints).toEqual([cellOfMark(map, 'S'), cellOfMark(map, 'G')]);
  });

  it('keeps the bend at a wall corner', () => {
    const map = `
      S....
      ####.
      ....G`;
    const { waypoints } = smoothed(map);
    expect(waypoints[0]).toBe(cellOfMark(map, 'S'));
    expect(waypoints[waypoints.length - 1]).toBe(cellOfMark(map, 'G'));
    expect(waypoints.length).toBeGreaterThanOrEqual(3);
  });

  it('does not shortcut through rubble the path walked around', () => {
    const map = `
      S.....
      .~~~~.
      .~~~~.
      .....G`;
    const grid = gridFromAscii(map);
    const { waypoints } = smoothed(map);
    const w = grid.width;
    for (let i = 1; i < waypoints.length; i++) {
      const a = waypoints[i - 1]!,
        b = waypoints[i]!;
      expect(isStraightWalkable(grid, a % w, Math.floor(a / w), b % w, Math.floor(b / w), 1)).toBe(true);
    }
  });

  it('copies paths too short to smooth', () => {
    const grid = createTileGrid(3, 1);
    expect(smoothPath(grid, [])).toEqual([]);
    expect(smoothPath(grid, [1])).toEqual([1]);
    expect(smoothPath(grid, [0, 1])).toEqual([0, 1]);
  });

  it('keeps ends, keeps order, and joins waypoints by walks no dearer than the path they replace', () => {
    const costs = fc.constantFrom(0, 0, 1, 1, 1, 1, 1, 2, 3, 255);
    const query = fc.record({ width: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 12 }) }).chain(({ width, height }) =>
      fc.record({
        width: fc.constant(width),
        height: fc.constant(height),
        costs: fc.array(costs, { minLength: width * height, maxLength: width * height }),
        start: fc.nat({ max: width * height - 1 }),
        goal: fc.nat({ max: width * height - 1 }),
        connectivity: fc.constantFrom<Connectivity>(4, 8),
      }),
    );
    fc.assert(
      fc.property(query, (q) => {
        const grid = createTileGrid(q.width, q.height);
        grid.cost.set(q.costs);
        const { cells } = createPathfinder(grid, { connectivity: q.connectivity }).findPath(q.start, q.goal);
        const waypoints = smoothPath(grid, cells);
        if (cells.length === 0) return waypoints.length === 0;
        expect(waypoints[0]).toBe(cells[0]);
        expect(waypoints[waypoints.length - 1]).toBe(cells[cells.length - 1]);
        let at = 0;
        const w = grid.width;
        for (let i = 1; i < waypoints.length; i++) {
          const next = cells.indexOf(waypoints[i]!, at + 1);
          expect(next).toBeGreaterThan(at);
          const replacedMax = Math.max(...cells.slice(at + 1, next + 1).map((c) => grid.cost[c]!));
          const a = waypoints[i - 1]!,
            b = waypoints[i]!;
          expect(isStraightWalkable(grid, a % w, Math.floor(a / w), b % w, Math.floor(b / w), replacedMax)).toBe(true);
          at = next;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
