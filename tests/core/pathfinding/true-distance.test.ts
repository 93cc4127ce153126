import { describe, it, expect } from 'vitest';
import { createPathfinder } from '../../../src/core/pathfinding/astar';
import { createFlowField, UNREACHABLE } from '../../../src/core/pathfinding/flow-field';
import { STRAIGHT_STEP } from '../../../src/core/pathfinding/path-types';
import type { Connectivity, TileGrid } from '../../../src/core/grid/tile-grid';
import { MAX_CELL_COST, setCellCost } from '../../../src/core/grid/tile-grid';
import { buildLandmarkTable } from '../../../src/core/pathfinding/landmarks';
import { updateLandmarkTable } from '../../../src/core/pathfinding/landmark-update';
import { benchMap, largestComponent, makePairs, MAP_KINDS, seededRandom } from '../../../bench/maps';
import { isOptimal, trueCostOfPath, trueDistances } from '../../../bench/true-distance';

/** The bench's maps at 64²–256², and a weighted copy of the random one (rubble, doors, barricades). */
function maps(): { name: string; grid: TileGrid }[] {
  const out: { name: string; grid: TileGrid }[] = [];
  for (const size of [64, 128, 256]) {
    for (const kind of MAP_KINDS) out.push({ name: `${kind} ${size}²`, grid: benchMap(kind, size).grid });
    const weighted = benchMap('random25', size).grid;
    const random = seededRandom(size);
    for (let c = 0; c < weighted.cost.length; c++) {
      if (weighted.cost[c] === 0) continue;
      const roll = random();
      weighted.cost[c] = roll < 0.1 ? 2 + Math.floor(random() * 4) : roll < 0.12 ? 255 : 1;
    }
    out.push({ name: `weighted ${size}²`, grid: weighted });
  }
  return out;
}

describe('paths and fields are the shortest in true distance (diagonals cost √2), judged by a float Dijkstra', () => {
  const cases = maps();

  for (const connectivity of [8, 4] as Connectivity[]) {
    it(`A* (${connectivity}-way) on school, random, open and weighted maps, 64² to 256²`, () => {
      for (const { name, grid } of cases) {
        const cells = largestComponent(grid);
        const random = seededRandom(grid.width + connectivity);
        const finder = createPathfinder(grid, { connectivity });
        for (let s = 0; s < 3; s++) {
          const start = cells[Math.floor(random() * cells.length)]!;
          const goals = makePairs(cells, 12, random).map(([goal]) => goal);
          const truth = trueDistances(grid, connectivity, start, { stopAfter: goals });
          for (const goal of goals) {
            const result = finder.findPath(start, goal);
            expect(result.status, `${name} ${start}->${goal}`).toBe(goal === start || truth[goal] !== Infinity ? 'found' : 'partial');
            const walked = trueCostOfPath(grid, connectivity, result.cells);
            expect(walked, `${name} ${start}->${goal}: an illegal step`).toBeGreaterThanOrEqual(0);
            expect(isOptimal(walked, truth[goal]!), `${name} ${start}->${goal}: ${walked} against the optimum ${truth[goal]}`).toBe(true);
            expect(Math.abs(result.cost / STRAIGHT_STEP - walked)).toBeLessThan(1e-9 * walked + 1e-12);
          }
        }
      }
    });
  }

  it('8-way flow fields hold the true distance to their sources everywhere', () => {
    for (const { name, grid } of cases) {
      const cells = largestComponent(grid);
      const random = seededRandom(grid.width * 3);
      const field = createFlowField(grid, { connectivity: 8 });
      for (let s = 0; s < 1; s++) {
        const source = cells[Math.floor(random() * cells.length)]!;
        field.update([source]);
        const truth = trueDistances(grid, 8, source, { reverse: true });
        for (let c = 0; c < truth.length; c++) {
          const d = field.distanceAt(c);
          if (truth[c] === Infinity) {
            expect(d, `${name} cell ${c}`).toBe(UNREACHABLE);
            continue;
          }
          const tiles = d / STRAIGHT_STEP;
          if (Math.abs(tiles - truth[c]!) > 1e-9 * Math.max(1, truth[c]!)) expect(tiles, `${name} cell ${c} from source ${source}`).toBe(truth[c]);
        }
      }
    }
  });
});

describe('after doors and barricades change, landmark tables are updated in place and paths stay exact', () => {
  for (const connectivity of [8, 4] as Connectivity[]) {
    it(`${connectivity}-way: school floors with doors shut, opened, barricaded and broken between queries`, () => {
      for (const size of [64, 128]) {
        const grid = benchMap('school', size).grid;
        const random = seededRandom(size + 17 * connectivity);
        const finder = createPathfinder(grid, { connectivity });
        finder.prepare();
        const table = buildLandmarkTable(grid, connectivity);
        // Doorways: floor cells with walls on two opposite sides.
        const doors: number[] = [];
        for (let c = 0; c < grid.cost.length; c++) {
          const w = grid.width;
          if (grid.cost[c] === 0 || c < w || c >= grid.cost.length - w) continue;
          if ((grid.cost[c - 1] === 0 && grid.cost[c + 1] === 0) || (grid.cost[c - w] === 0 && grid.cost[c + w] === 0)) doors.push(c);
        }
        expect(doors.length).toBeGreaterThan(10);
        for (let round = 0; round < 6; round++) {
          for (let k = 0; k < 4; k++) {
            const door = doors[Math.floor(random() * doors.length)]!;
            const roll = random();
            setCellCost(grid, door, roll < 0.4 ? 0 : roll < 0.6 ? MAX_CELL_COST : roll < 0.8 ? 2 : 1);
          }
          const lowered = updateLandmarkTable(table, grid);
          // Only the affected part: far fewer entries than a rebuild writes.
          expect(lowered).toBeLessThan((table.count * grid.cost.length) / 4);
          const cells = largestComponent(grid);
          for (let q = 0; q < 10; q++) {
            const start = cells[Math.floor(random() * cells.length)]!;
            const goal = cells[Math.floor(random() * cells.length)]!;
            const truth = trueDistances(grid, connectivity, start, { stopAfter: [goal] });
            const result = finder.findPath(start, goal);
            const walked = trueCostOfPath(grid, connectivity, result.cells);
            expect(walked).toBeGreaterThanOrEqual(0);
            expect(isOptimal(walked, truth[goal]!), `round ${round}: ${walked} against ${truth[goal]}`).toBe(true);
          }
        }
      }
    });
  }

  it('lowers distances exactly where a door opens, and leaves them when one shuts', () => {
    const grid = benchMap('school', 64).grid;
    const table = buildLandmarkTable(grid, 8);
    const door = grid.cost.findIndex((c, i) => c !== 0 && i > 64 * 10 && grid.cost[i - 1] === 0 && grid.cost[i + 1] === 0);
    setCellCost(grid, door, 0);
    expect(updateLandmarkTable(table, grid)).toBe(0);
    expect(table.cost[door]).toBe(1);
    setCellCost(grid, door, 1);
    setCellCost(grid, door, 0);
    const shut = buildLandmarkTable(grid, 8, table.count);
    setCellCost(grid, door, 1);
    // Built with the door shut, then updated for it opening: exactly the true distances again
    // (unit costs: the symmetric distance is the true one).
    expect(updateLandmarkTable(shut, grid)).toBeGreaterThan(0);
    const n = shut.stride;
    for (let i = 0; i < shut.count; i++) {
      const truth = trueDistances(grid, 8, shut.cells[i]!);
      for (let c = 0; c < truth.length; c++) {
        if (truth[c] === Infinity) continue;
        const worth = shut.straight[c * n + i]! + Math.SQRT2 * shut.diagonal[c * n + i]!;
        if (Math.abs(worth - truth[c]!) > 1e-9 * truth[c]!) expect(worth, `landmark ${i} cell ${c}`).toBe(truth[c]);
      }
    }
  });
});
