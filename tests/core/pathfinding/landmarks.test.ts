import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildLandmarkTable, UNREACHED } from '../../../src/core/pathfinding/landmarks';
import { createPathfinder } from '../../../src/core/pathfinding/astar';
import type { Connectivity } from '../../../src/core/grid/tile-grid';
import { createTileGrid, setCellCost } from '../../../src/core/grid/tile-grid';
import type { TileGrid } from '../../../src/core/grid/tile-grid';
import { cellCost, gridOf, mapQuery, neighbours, sameCost, stepCost } from './reference';
import { benchMap, largestComponent, makePairs, MAP_KINDS, randomMap, seededRandom } from '../../../bench/maps';
import { isOptimal, trueDistances } from '../../../bench/true-distance';

const map = mapQuery(8, 16);

/** Real cheapest costs from every cell TO `goal` (reference Bellman-Ford style relaxation). */
function distancesTo(grid: TileGrid, connectivity: Connectivity, goal: number): number[] {
  const size = grid.width * grid.height;
  const dist = new Array<number>(size).fill(Infinity);
  if (grid.cost[goal] === 0) return dist;
  dist[goal] = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (let c = 0; c < size; c++) {
      for (const n of neighbours(grid, c)) {
        const step = stepCost(grid, connectivity, c, n);
        if (step !== null && dist[n]! + step < dist[c]!) {
          dist[c] = dist[n]! + step;
          changed = true;
        }
      }
    }
  }
  return dist;
}

/** The landmark part of the A* heuristic, as `landmarks.ts` documents it. */
function landmarkBound(table: ReturnType<typeof buildLandmarkTable>, cell: number, goal: number, start: number): number {
  let h = 0;
  for (let i = 0; i < table.count; i++) {
    const worth = (at: number) => 10 * table.straight[at * table.stride + i]! + 10 * Math.SQRT2 * table.diagonal[at * table.stride + i]!;
    if ([goal, start, cell].some((at) => table.straight[at * table.stride + i] === UNREACHED)) continue;
    h = Math.max(h, Math.abs(worth(goal) - worth(cell)));
  }
  return h;
}

describe('landmark bounds', () => {
  it('never exceed the real cost to the goal and drop by at most the cost of a step (directed costs)', () => {
    fc.assert(
      fc.property(map, ({ width, height, costs, start, goal, connectivity }) => {
        const grid = gridOf(width, height, costs);
        const table = buildLandmarkTable(grid, connectivity);
        const toGoal = distancesTo(grid, connectivity, goal);
        for (let n = 0; n < width * height; n++) {
          if (grid.cost[n] === 0) continue;
          const h = landmarkBound(table, n, goal, start);
          // (1e-9 relative: the same real sum, rounded along another order of steps)
          if (toGoal[n] !== Infinity) expect(h).toBeLessThanOrEqual(toGoal[n]! * (1 + 1e-9));
          for (const m of neighbours(grid, n)) {
            const step = stepCost(grid, connectivity, n, m);
            if (step !== null) expect(h).toBeLessThanOrEqual((step + landmarkBound(table, m, goal, start)) * (1 + 1e-9));
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('keep A* optimal on larger maps with doors, rubble and barricades', () => {
    fc.assert(
      fc.property(map, ({ width, height, costs, start, goal, connectivity }) => {
        const grid = gridOf(width, height, costs);
        const result = createPathfinder(grid, { connectivity }).findPath(start, goal);
        if (grid.cost[start] === 0) return result.status === 'none';
        // distancesTo(goal)[start] is the cheapest start -> goal cost.
        const best = distancesTo(grid, connectivity, goal)[start]!;
        if (best === Infinity) return result.status === 'partial';
        expect(result.status).toBe('found');
        let total = 0;
        for (let i = 1; i < result.cells.length; i++) total += stepCost(grid, connectivity, result.cells[i - 1]!, result.cells[i]!)!;
        expect(sameCost(total, result.cost)).toBe(true);
        expect(sameCost(result.cost, best)).toBe(true);
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('are picked the same way every time and stamped with the grid version they were built for', () => {
    const grid = createTileGrid(20, 20);
    const a = buildLandmarkTable(grid, 8);
    const b = buildLandmarkTable(grid, 8);
    expect(Array.from(a.cells)).toEqual(Array.from(b.cells));
    expect(a.straight).toEqual(b.straight);
    expect(a.diagonal).toEqual(b.diagonal);
    expect(a.count).toBe(4);
    setCellCost(grid, 210, 0);
    const rebuilt = buildLandmarkTable(grid, 8);
    expect(rebuilt.gridVersion).toBe(grid.version);
    expect(rebuilt.gridVersion).not.toBe(a.gridVersion);
  });

  it('go to the largest walkable area, not to a pocket that comes first in the grid', () => {
    const grid = createTileGrid(30, 30);
    // A 2x2 pocket in the top-left corner, walled off from the rest.
    for (let i = 0; i < 3; i++) {
      grid.cost[2 * 30 + i] = 0;
      grid.cost[i * 30 + 2] = 0;
    }
    const table = buildLandmarkTable(grid, 8);
    expect(table.count).toBe(4);
    for (const cell of table.cells) expect(cell % 30 >= 2 || Math.floor(cell / 30) >= 2).toBe(true);
    const finder = createPathfinder(grid, { connectivity: 8 });
    expect(sameCost(finder.findPath(29, 30 * 29).cost, 29 * 10 * Math.SQRT2)).toBe(true);
  });

  it('start at the corner of the largest walkable area, and a pocket nearer the corner stays unreached', () => {
    // Reference: 4-neighbour areas; the largest (the first found in cell order on a tie); its
    // cell of least x + y, then least index.
    const cornerOfLargest = (grid: TileGrid): number => {
      const w = grid.width;
      const label = new Int32Array(grid.cost.length).fill(-1);
      let best: number[] = [];
      for (let seed = 0; seed < grid.cost.length; seed++) {
        if (grid.cost[seed] === 0 || label[seed] !== -1) continue;
        const area = [seed];
        label[seed] = seed;
        for (let i = 0; i < area.length; i++) {
          for (const n of neighbours(grid, area[i]!)) {
            if (stepCost(grid, 4, area[i]!, n) !== null && label[n] === -1) {
              label[n] = seed;
              area.push(n);
            }
          }
        }
        if (area.length > best.length) best = area;
      }
      const rank = (c: number) => (c % w) + Math.floor(c / w);
      return best.reduce((a, b) => (rank(b) < rank(a) || (rank(b) === rank(a) && b < a) ? b : a), best[0]!);
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 30 }), fc.constantFrom(0.2, 0.45, 0.6), fc.boolean(), fc.constantFrom<Connectivity>(4, 8), (seed, wallShare, mixed, connectivity) => {
        const grid = createTileGrid(34, 34);
        let state = seed;
        const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
        for (let c = 0; c < grid.cost.length; c++) grid.cost[c] = random() < wallShare ? 0 : mixed ? 1 + Math.floor(random() * 3) : 1;
        const table = buildLandmarkTable(grid, connectivity);
        const corner = cornerOfLargest(grid);
        expect(table.cells[0]).toBe(corner);
        // Cells outside the corner's area are unreached by every landmark.
        const reached = new Set([corner]);
        for (const c of reached) for (const n of neighbours(grid, c)) if (stepCost(grid, 4, c, n) !== null) reached.add(n);
        // One expect for the whole table: an expect per cell and landmark took most of a minute under load.
        const wrong: string[] = [];
        for (let c = 0; c < grid.cost.length; c++) {
          for (let i = 0; i < table.count; i++) if ((table.straight[c * table.stride + i] === UNREACHED) === reached.has(c)) wrong.push(`cell ${c}, landmark ${i}`);
        }
        expect(wrong).toEqual([]);
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('lie along the edge on grids above 65,536 cells, each the reached cell nearest its point, and keep A* and jump point search exact', () => {
    // A 25%-wall floor of 300 × 260 cells (past EDGE_PLACEMENT_ABOVE), its outer two rings walls
    // along the top and the left, so most edge points have no walkable cell on them.
    const width = 300;
    const height = 260;
    const grid = randomMap(width, seededRandom(77), 0.25);
    const floor = createTileGrid(width, height);
    floor.cost.set(grid.cost.subarray(0, width * height));
    for (let c = 0; c < floor.cost.length; c++) if (c % width < 2 || c < 2 * width) floor.cost[c] = 0;
    const reached = new Set(largestComponent(floor));
    // Reference: points clockwise from the top-left corner, 2 × (299 + 259) edge steps apart / count.
    const perimeter = 2 * (width - 1 + height - 1);
    const pointAt = (t: number): [number, number] => {
      if (t < width - 1) return [t, 0];
      if ((t -= width - 1) < height - 1) return [width - 1, t];
      if ((t -= height - 1) < width - 1) return [width - 1 - t, height - 1];
      return [0, height - 1 - (t - width + 1)];
    };
    for (const connectivity of [4, 8] as Connectivity[]) {
      const table = buildLandmarkTable(floor, connectivity);
      const count = 16;
      expect(table.count).toBe(count);
      for (let i = 1; i < count; i++) {
        const [x, y] = pointAt(Math.floor((i * perimeter) / count));
        let nearest = -1;
        let best = Infinity;
        for (const c of [...reached].sort((a, b) => a - b)) {
          const square = ((c % width) - x) ** 2 + (Math.floor(c / width) - y) ** 2;
          if (square < best) [nearest, best] = [c, square];
        }
        expect(table.cells[i], `${connectivity}-way landmark ${i}`).toBe(nearest);
      }
    }
    const cells = [...reached];
    const random = seededRandom(5);
    for (const connectivity of [4, 8] as Connectivity[]) {
      const finder = createPathfinder(floor, { connectivity });
      for (let s = 0; s < 3; s++) {
        const start = cells[Math.floor(random() * cells.length)]!;
        const goals = makePairs(cells, 10, random).map(([goal]) => goal);
        const truth = trueDistances(floor, connectivity, start, { stopAfter: goals });
        for (const goal of goals) expect(isOptimal(finder.findPath(start, goal).cost / 10, truth[goal]!), `${connectivity}-way ${start}->${goal}`).toBe(true);
      }
    }
  });

  it('leave tiny and wall-only grids without landmarks', () => {
    expect(buildLandmarkTable(createTileGrid(5, 5), 4).count).toBe(0);
    const walls = createTileGrid(10, 10);
    walls.cost.fill(0);
    expect(buildLandmarkTable(walls, 4).count).toBe(0);
  });

  it('finds the optimum after a door closes between queries on a landmark-sized map', () => {
    const grid = createTileGrid(30, 30);
    for (let y = 0; y < 29; y++) grid.cost[y * 30 + 15] = 0;
    const finder = createPathfinder(grid, { connectivity: 8 });
    const before = finder.findPath(0, 29);
    expect(before.status).toBe('found');
    setCellCost(grid, 29 * 30 + 15, 0);
    expect(finder.findPath(0, 29).status).toBe('partial');
    setCellCost(grid, 29 * 30 + 15, 3);
    const after = finder.findPath(0, 29);
    expect(after.status).toBe('found');
    expect(sameCost(after.cost, before.cost + 20)).toBe(true);
  });

  it('still return valid paths, and recover, when costs change without a version bump', () => {
    fc.assert(
      fc.property(map, fc.array(fc.tuple(fc.nat(), cellCost), { minLength: 1, maxLength: 20 }), (q, edits) => {
        const grid = gridOf(q.width, q.height, q.costs);
        const size = q.width * q.height;
        const finder = createPathfinder(grid, { connectivity: q.connectivity });
        finder.findPath(q.start, q.goal);
        // Edited behind the tables' back: the bound may now be wrong, the paths must stay legal.
        for (const [cell, value] of edits) grid.cost[cell % size] = value;
        for (let i = 0; i < 3; i++) {
          const result = finder.findPath((q.start + i) % size, q.goal);
          if (result.status === 'none') continue;
          for (let j = 1; j < result.cells.length; j++) {
            expect(stepCost(grid, q.connectivity, result.cells[j - 1]!, result.cells[j]!)).not.toBeNull();
          }
        }
        // A version bump brings back optimal answers.
        grid.version++;
        const result = finder.findPath(q.start, q.goal);
        if (grid.cost[q.start] === 0) return result.status === 'none';
        const best = distancesTo(grid, q.connectivity, q.goal)[q.start]!;
        if (best === Infinity) return result.status === 'partial';
        expect(sameCost(result.cost, best)).toBe(true);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('landmark tables of uniform-cost grids (two-queue Dijkstra)', () => {
  it('equal the bucket-queue tables of the same floor', () => {
    for (const kind of MAP_KINDS) {
      for (const size of [64, 128]) {
        for (const connectivity of [4, 8] as Connectivity[]) {
          const uniform = benchMap(kind, size).grid;
          // The same floor plus one walled-in cell of cost 2 in a corner: no longer uniform, so
          // its table comes from the bucket queue; the floor's distances do not change.
          const mixed = benchMap(kind, size).grid;
          mixed.cost[0] = 2;
          mixed.cost[1] = 0;
          mixed.cost[size] = 0;
          mixed.cost[size + 1] = 0;
          uniform.cost.set([0, 0], 0);
          uniform.cost[size] = 0;
          uniform.cost[size + 1] = 0;
          const a = buildLandmarkTable(uniform, connectivity);
          const b = buildLandmarkTable(mixed, connectivity);
          expect(a.count, `${kind} ${size}²`).toBeGreaterThan(0);
          expect(Array.from(a.cells)).toEqual(Array.from(b.cells));
          const same = a.straight.every((v, i) => v === b.straight[i]) && a.diagonal.every((v, i) => v === b.diagonal[i]);
          expect(same, `${kind} ${size}² ${connectivity}-way`).toBe(true);
        }
      }
    }
  });
});
