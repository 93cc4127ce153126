import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createPathfinder } from '../../../src/core/pathfinding/astar';
import { gridDistance } from '../../../src/core/pathfinding/path-types';
import type { PathResult } from '../../../src/core/pathfinding/path-types';
import type { Connectivity } from '../../../src/core/grid/tile-grid';
import { createTileGrid, gridFromAscii, setCellCost } from '../../../src/core/grid/tile-grid';
import type { TileGrid } from '../../../src/core/grid/tile-grid';
import { gridOf, mapQuery, sameCost, stepCost } from './reference';

const query = mapQuery(1, 10);

/** The cell of the first `mark` in an ASCII map (rows trimmed, as gridFromAscii does). */
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

/** Plain reference Dijkstra: O(cells²), no heap, no cleverness. Infinity = unreachable. */
function referenceDistances(grid: TileGrid, connectivity: Connectivity, source: number): number[] {
  const size = grid.width * grid.height;
  const dist = new Array<number>(size).fill(Infinity);
  const done = new Array<boolean>(size).fill(false);
  if (grid.cost[source] === 0) return dist;
  dist[source] = 0;
  for (;;) {
    let best = -1;
    for (let c = 0; c < size; c++) if (!done[c] && dist[c]! < Infinity && (best < 0 || dist[c]! < dist[best]!)) best = c;
    if (best < 0) return dist;
    done[best] = true;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const x = (best % grid.width) + dx,
          y = Math.floor(best / grid.width) + dy;
        if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) continue;
        const to = y * grid.width + x;
        const step = stepCost(grid, connectivity, best, to);
        if (step !== null && dist[best]! + step < dist[to]!) dist[to] = dist[best]! + step;
      }
    }
  }
}

/** Checks connectivity, walls and corners cell by cell; returns the summed cost. */
function costOfValidPath(grid: TileGrid, connectivity: Connectivity, cells: number[]): number {
  let total = 0;
  for (let i = 1; i < cells.length; i++) {
    const step = stepCost(grid, connectivity, cells[i - 1]!, cells[i]!);
    if (step === null) throw new Error(`illegal step ${cells[i - 1]} -> ${cells[i]}`);
    total += step;
  }
  return total;
}

function heuristicBetween(grid: TileGrid, connectivity: Connectivity, a: number, b: number): number {
  const w = grid.width;
  return gridDistance(connectivity, (a % w) - (b % w), Math.floor(a / w) - Math.floor(b / w));
}

describe('createPathfinder on drawn maps', () => {
  it('walks a straight corridor in ten-unit steps', () => {
    const map = '#######\n#S...G#\n#######';
    const grid = gridFromAscii(map);
    const result = createPathfinder(grid, { connectivity: 4 }).findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G'));
    expect(result.status).toBe('found');
    expect(result.cells).toEqual([8, 9, 10, 11, 12]);
    expect(result.cost).toBe(40);
  });

  it('goes around a wall rather than through it', () => {
    const map = `
      #######
      #S.#.G#
      #..#..#
      #.....#
      #######`;
    const grid = gridFromAscii(map);
    const result = createPathfinder(grid, { connectivity: 4 }).findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G'));
    expect(result.status).toBe('found');
    expect(result.cost).toBe(80);
    expect(result.cells.every((c) => grid.cost[c]! > 0)).toBe(true);
  });

  it('does not cut a wall corner on a diagonal step', () => {
    const map = `
      ####
      #S##
      #.G#
      ####`;
    const grid = gridFromAscii(map);
    const result = createPathfinder(grid, { connectivity: 8 }).findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G'));
    expect(result.status).toBe('found');
    expect(result.cost).toBe(20);
    expect(result.cells).toHaveLength(3);
  });

  it('takes a diagonal step when both side tiles are open', () => {
    const map = `
      ####
      #S.#
      #.G#
      ####`;
    const grid = gridFromAscii(map);
    const result = createPathfinder(grid, { connectivity: 8 }).findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G'));
    expect(result.cells).toEqual([cellOfMark(map, 'S'), cellOfMark(map, 'G')]);
    expect(result.cost).toBe(10 * Math.SQRT2);
  });

  it('walks around rubble when the detour is cheaper, and through a door when it is not', () => {
    const map = `
      #######
      #S~~~G#
      #.....#
      #######`;
    const grid = gridFromAscii(map);
    const finder = createPathfinder(grid, { connectivity: 4 });
    const around = finder.findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G'));
    expect(around.cost).toBe(60); // down, four along, up: 6 plain steps beats 3 rubble (90) + 1
    const doorMap = `
      #######
      #S.+.G#
      #######`;
    const doorGrid = gridFromAscii(doorMap);
    const through = createPathfinder(doorGrid, { connectivity: 8 }).findPath(cellOfMark(doorMap, 'S'), cellOfMark(doorMap, 'G'));
    expect(through.status).toBe('found');
    expect(through.cost).toBe(10 + 20 + 10 + 10);
  });

  it('heads for the closest reachable tile when the goal is sealed off', () => {
    const map = `
      #########
      #S..#.G.#
      #...#...#
      #########`;
    const grid = gridFromAscii(map);
    const result = createPathfinder(grid, { connectivity: 8 }).findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G'));
    expect(result.status).toBe('partial');
    const end = result.cells[result.cells.length - 1]!;
    expect(end).toBe(cellOfMark(map, 'S') + 2); // the floor tile next to the dividing wall, same row
    expect(result.cost).toBe(20);
  });

  it('heads for the tile next to a goal that is itself a wall', () => {
    const map = `
      ######
      #S..G#
      ######`;
    const grid = gridFromAscii(map);
    const goal = cellOfMark(map, 'G');
    setCellCost(grid, goal, 0);
    const result = createPathfinder(grid, { connectivity: 4 }).findPath(cellOfMark(map, 'S'), goal);
    expect(result.status).toBe('partial');
    expect(result.cells[result.cells.length - 1]).toBe(goal - 1);
  });

  it('answers none when the start is a wall or outside the grid', () => {
    const grid = gridFromAscii('#..\n...');
    const finder = createPathfinder(grid, { connectivity: 8 });
    expect(finder.findPath(0, 5).status).toBe('none');
    expect(finder.findPath(-1, 5).status).toBe('none');
    expect(finder.findPath(6, 5).status).toBe('none');
    expect(finder.findPath(1, 99).status).toBe('none');
    expect(finder.findPath(1.5, 5).status).toBe('none');
  });

  it('finds a one-cell path when start and goal coincide', () => {
    const grid = gridFromAscii('...');
    expect(createPathfinder(grid, { connectivity: 4 }).findPath(1, 1)).toEqual({ status: 'found', cells: [1], cost: 0, expanded: 0 });
  });

  it('sees a door locked between two queries', () => {
    const map = `
      #####
      #S+G#
      #####`;
    const grid = gridFromAscii(map);
    const finder = createPathfinder(grid, { connectivity: 4 });
    expect(finder.findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G')).status).toBe('found');
    setCellCost(grid, cellOfMark(map, '+'), 0);
    expect(finder.findPath(cellOfMark(map, 'S'), cellOfMark(map, 'G')).status).toBe('partial');
  });

  it('stops at the expansion budget with a partial path towards the goal', () => {
    const grid = createTileGrid(50, 1);
    const result = createPathfinder(grid, { connectivity: 4 }).findPath(0, 49, { maxExpansions: 10 });
    expect(result.status).toBe('partial');
    expect(result.expanded).toBe(10);
    expect(result.cells).toHaveLength(10);
    expect(result.cells[9]).toBe(9);
  });
});

describe('createPathfinder against a reference Dijkstra', () => {
  it('returns found paths that are connected, avoid walls, never cut corners and cost the optimum', () => {
    fc.assert(
      fc.property(query, ({ width, height, costs, start, goal, connectivity }) => {
        const grid = gridOf(width, height, costs);
        const result = createPathfinder(grid, { connectivity }).findPath(start, goal);
        const dist = referenceDistances(grid, connectivity, start);
        if (grid.cost[start] === 0) return result.status === 'none';
        if (dist[goal] === Infinity) return result.status === 'partial';
        expect(result.status).toBe('found');
        expect(result.cells[0]).toBe(start);
        expect(result.cells[result.cells.length - 1]).toBe(goal);
        expect(sameCost(costOfValidPath(grid, connectivity, result.cells), result.cost)).toBe(true);
        expect(sameCost(result.cost, dist[goal]!)).toBe(true);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('heads for the reachable cell closest to an unreachable goal, by the cheapest route', () => {
    fc.assert(
      fc.property(query, ({ width, height, costs, start, goal, connectivity }) => {
        const grid = gridOf(width, height, costs);
        const dist = referenceDistances(grid, connectivity, start);
        if (grid.cost[start] === 0 || dist[goal] !== Infinity) return true;
        const result = createPathfinder(grid, { connectivity }).findPath(start, goal);
        expect(result.status).toBe('partial');
        const end = result.cells[result.cells.length - 1]!;
        expect(result.cells[0]).toBe(start);
        expect(sameCost(costOfValidPath(grid, connectivity, result.cells), result.cost)).toBe(true);
        expect(sameCost(result.cost, dist[end]!)).toBe(true);
        let bestH = Infinity;
        let bestCost = Infinity;
        for (let c = 0; c < dist.length; c++) {
          if (dist[c] === Infinity) continue;
          const h = heuristicBetween(grid, connectivity, c, goal);
          if (h < bestH || (h === bestH && dist[c]! < bestCost)) {
            bestH = h;
            bestCost = dist[c]!;
          }
        }
        expect(heuristicBetween(grid, connectivity, end, goal)).toBe(bestH);
        expect(sameCost(result.cost, bestCost)).toBe(true);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same path for the same query, however many queries came before', () => {
    fc.assert(
      fc.property(query, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }), (q, noise) => {
        const grid = gridOf(q.width, q.height, q.costs);
        const fresh = createPathfinder(grid, { connectivity: q.connectivity }).findPath(q.start, q.goal);
        const reused = createPathfinder(grid, { connectivity: q.connectivity });
        const size = q.width * q.height;
        for (const [a, b] of noise) reused.findPath(a % size, b % size);
        const again: PathResult = reused.findPath(q.start, q.goal);
        expect(again).toEqual(fresh);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps budget-limited partial paths valid and optimal to where they end', () => {
    fc.assert(
      fc.property(query, fc.nat({ max: 30 }), ({ width, height, costs, start, goal, connectivity }, budget) => {
        const grid = gridOf(width, height, costs);
        const result = createPathfinder(grid, { connectivity }).findPath(start, goal, { maxExpansions: budget });
        if (result.status === 'none') return grid.cost[start] === 0;
        expect(result.expanded).toBeLessThanOrEqual(budget);
        const dist = referenceDistances(grid, connectivity, start);
        const end = result.cells[result.cells.length - 1]!;
        expect(sameCost(costOfValidPath(grid, connectivity, result.cells), result.cost)).toBe(true);
        expect(sameCost(result.cost, dist[end]!)).toBe(true);
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
