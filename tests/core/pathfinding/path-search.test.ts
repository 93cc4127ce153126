import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createPathfinder } from '../../../src/core/pathfinding/astar';
import type { Connectivity } from '../../../src/core/grid/tile-grid';
import { createPathSearch } from '../../../src/core/pathfinding/path-search';
import type { PathSearchResult } from '../../../src/core/pathfinding/path-search';
import { createTileGrid, setCellCost } from '../../../src/core/grid/tile-grid';

describe('createPathSearch', () => {
  it('reports pending until its budget has covered the corridor, then the full path', () => {
    const grid = createTileGrid(40, 1);
    const search = createPathSearch(grid, { connectivity: 4 });
    search.start(0, 39);
    const statuses: string[] = [];
    let result: PathSearchResult;
    do {
      result = search.advance(10);
      statuses.push(result.status);
    } while (result.status === 'pending');
    expect(statuses).toEqual(['pending', 'pending', 'pending', 'found']); // 39 expansions: the goal is never expanded
    expect(result.cells).toHaveLength(40);
    expect(search.isPending).toBe(false);
    expect(search.advance(10)).toBe(result);
  });

  it('starts over when a door closes mid-search, so the answer fits the current map', () => {
    const grid = createTileGrid(30, 1);
    const search = createPathSearch(grid, { connectivity: 8 });
    search.start(0, 29);
    expect(search.advance(5).status).toBe('pending');
    setCellCost(grid, 20, 0);
    let result = search.advance(5);
    while (result.status === 'pending') result = search.advance(5);
    expect(result.status).toBe('partial');
    expect(result.cells[result.cells.length - 1]).toBe(19);
  });

  it('gives up with a partial path at its total expansion limit', () => {
    const grid = createTileGrid(30, 1);
    const search = createPathSearch(grid, { connectivity: 4 });
    search.start(0, 29, { maxExpansions: 12 });
    let result = search.advance(5);
    while (result.status === 'pending') result = search.advance(5);
    expect(result.status).toBe('partial');
    expect(result.expanded).toBe(12);
  });

  it('answers none for a start in a wall, and before any query', () => {
    const grid = createTileGrid(3, 1);
    const search = createPathSearch(grid, { connectivity: 4 });
    expect(search.advance(10).status).toBe('none');
    setCellCost(grid, 0, 0);
    search.start(0, 2);
    expect(search.advance(10).status).toBe('none');
  });

  it('ends with exactly what a one-shot query of the same A* returns, whatever the slice size', () => {
    const query = fc.record({ width: fc.integer({ min: 1, max: 10 }), height: fc.integer({ min: 1, max: 10 }) }).chain(({ width, height }) =>
      fc.record({
        width: fc.constant(width),
        height: fc.constant(height),
        costs: fc.array(fc.constantFrom(0, 1, 1, 1, 2, 255), { minLength: width * height, maxLength: width * height }),
        start: fc.nat({ max: width * height - 1 }),
        goal: fc.nat({ max: width * height - 1 }),
        connectivity: fc.constantFrom<Connectivity>(4, 8),
        slice: fc.integer({ min: 1, max: 7 }),
      }),
    );
    fc.assert(
      fc.property(query, (q) => {
        const grid = createTileGrid(q.width, q.height);
        grid.cost.set(q.costs);
        // With a budget (one no query can use up) a one-shot query is the same A* step for step;
        // without one it may go by jump point search: the same status and cost.
        const finder = createPathfinder(grid, { connectivity: q.connectivity });
        const oneShot = finder.findPath(q.start, q.goal, { maxExpansions: q.width * q.height });
        const unlimited = finder.findPath(q.start, q.goal);
        const search = createPathSearch(grid, { connectivity: q.connectivity });
        search.start(q.start, q.goal);
        let result = search.advance(q.slice);
        for (let guard = 0; result.status === 'pending' && guard < 1000; guard++) result = search.advance(q.slice);
        expect(result).toEqual(oneShot);
        expect([unlimited.status, unlimited.cost]).toEqual([oneShot.status, oneShot.cost]);
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
