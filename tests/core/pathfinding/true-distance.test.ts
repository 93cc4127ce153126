import { describe, it, expect } from 'vitest';
import { createPathfinder } from '../../../src/core/pathfinding/astar';
import { createFlowField, UNREACHABLE } from '../../../src/core/pathfinding/flow-field';
import { STRAIGHT_STEP } from '../../../src/core/pathfinding/path-types';
import type { Connectivity, TileGrid } from '../../../src/core/grid/tile-grid';
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
      for (let s = 0; s < 2; s++) {
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
