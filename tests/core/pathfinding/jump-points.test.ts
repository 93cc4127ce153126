import { describe, it, expect } from 'vitest';
import { createPathfinder } from '../../../src/core/pathfinding/astar';
import { uniformCost } from '../../../src/core/pathfinding/path-types';
import { STRAIGHT_STEP } from '../../../src/core/pathfinding/path-types';
import { createTileGrid, setCellCost, type TileGrid } from '../../../src/core/grid/tile-grid';
import { benchMap, largestComponent, makePairs, randomMap, seededRandom } from '../../../bench/maps';
import { isOptimal, trueCostOfPath, trueDistances } from '../../../bench/true-distance';

/** Uniform-cost maps of every kind: wall shares from 2% to 45%, one cost 1 and one cost 3 floor. */
function uniformMaps(): { name: string; grid: TileGrid }[] {
  const out: { name: string; grid: TileGrid }[] = [];
  for (const share of [0.02, 0.1, 0.25, 0.35, 0.45]) {
    for (const size of [17, 48, 96]) out.push({ name: `random ${share} ${size}²`, grid: randomMap(size, seededRandom(size * 100 + share * 100), share) });
  }
  const dear = randomMap(64, seededRandom(9), 0.3);
  for (let c = 0; c < dear.cost.length; c++) if (dear.cost[c] !== 0) dear.cost[c] = 3;
  out.push({ name: 'random 0.3 64², every floor cell cost 3', grid: dear });
  out.push({ name: 'school 128²', grid: benchMap('school', 128).grid });
  const wide = createTileGrid(60, 9);
  out.push({ name: 'open 60×9', grid: wide });
  return out;
}

describe('jump point search (8-way queries without a budget on uniform-cost maps)', () => {
  it('returns paths as short as a float Dijkstra finds, legal step by step, on random, school and open maps', () => {
    for (const { name, grid } of uniformMaps()) {
      expect(uniformCost(grid), name).not.toBe(0);
      const cells = largestComponent(grid);
      const random = seededRandom(grid.width * 7 + grid.height);
      const finder = createPathfinder(grid, { connectivity: 8 });
      for (let s = 0; s < 4; s++) {
        const start = cells[Math.floor(random() * cells.length)]!;
        const goals = makePairs(cells, 15, random).map(([goal]) => goal);
        const truth = trueDistances(grid, 8, start, { stopAfter: goals });
        for (const goal of goals) {
          const result = finder.findPath(start, goal);
          expect(result.status, `${name} ${start}->${goal}`).toBe('found');
          const walked = trueCostOfPath(grid, 8, result.cells);
          expect(walked, `${name} ${start}->${goal}: an illegal step`).toBeGreaterThanOrEqual(0);
          expect(result.cells[0]).toBe(start);
          expect(result.cells[result.cells.length - 1]).toBe(goal);
          expect(isOptimal(walked, truth[goal]!), `${name} ${start}->${goal}: ${walked} against ${truth[goal]}`).toBe(true);
          expect(Math.abs(result.cost / STRAIGHT_STEP - walked)).toBeLessThan(1e-9 * walked + 1e-12);
        }
      }
    }
  });

  it('expands far fewer cells than A* on an open floor, and gives way to A* when costs differ or a budget is set', () => {
    const grid = createTileGrid(128, 128);
    const finder = createPathfinder(grid, { connectivity: 8 });
    const from = 5 * 128 + 3;
    const to = 120 * 128 + 90;
    const jumped = finder.findPath(from, to);
    const budgeted = finder.findPath(from, to, { maxExpansions: 128 * 128 });
    expect(jumped.cost).toBe(budgeted.cost);
    expect(jumped.expanded * 20).toBeLessThan(budgeted.expanded);
    setCellCost(grid, 64 * 128 + 64, 2);
    const mixed = finder.findPath(from, to);
    expect(mixed.expanded).toBe(finder.findPath(from, to, { maxExpansions: 128 * 128 }).expanded);
  });

  it('answers an unreachable goal as A* does: the closest reachable cell', () => {
    const grid = createTileGrid(20, 20);
    for (let y = 0; y < 20; y++) setCellCost(grid, y * 20 + 10, 0);
    const finder = createPathfinder(grid, { connectivity: 8 });
    const result = finder.findPath(5 * 20 + 2, 5 * 20 + 15);
    expect(result.status).toBe('partial');
    expect(result.cells[result.cells.length - 1]).toBe(5 * 20 + 9);
    expect(result).toEqual(finder.findPath(5 * 20 + 2, 5 * 20 + 15, { maxExpansions: 400 }));
  });
});
