import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createFlowField, UNREACHABLE } from '../../../src/core/pathfinding/flow-field';
import type { Connectivity } from '../../../src/core/grid/tile-grid';
import { createTileGrid, gridFromAscii, setCellCost } from '../../../src/core/grid/tile-grid';
import type { TileGrid } from '../../../src/core/grid/tile-grid';
import { stepCost } from './reference';

function cellsOfMark(ascii: string, mark: string): number[] {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  const width = Math.max(...rows.map((row) => row.length));
  const found: number[] = [];
  rows.forEach((row, y) => [...row].forEach((ch, x) => ch === mark && found.push(y * width + x)));
  return found;
}

/**
 * Reference: the distance to the nearest source as the fixed point of
 * d(c) = min over legal steps c -> n of step(c, n) + d(n), by plain repeated sweeps.
 */
function referenceDistances(grid: TileGrid, connectivity: Connectivity, sources: number[]): number[] {
  const size = grid.width * grid.height;
  const d = new Array<number>(size).fill(Infinity);
  for (const s of sources) if (grid.cost[s] !== 0) d[s] = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (let c = 0; c < size; c++) {
      for (const off of [-grid.width - 1, -grid.width, -grid.width + 1, -1, 1, grid.width - 1, grid.width, grid.width + 1]) {
        const step = stepCost(grid, connectivity, c, c + off);
        if (step !== null && d[c + off]! + step < d[c]!) {
          d[c] = d[c + off]! + step;
          changed = true;
        }
      }
    }
  }
  return d;
}

const fieldCase = fc.record({ width: fc.integer({ min: 1, max: 10 }), height: fc.integer({ min: 1, max: 10 }) }).chain(({ width, height }) =>
  fc.record({
    width: fc.constant(width),
    height: fc.constant(height),
    costs: fc.array(fc.constantFrom(0, 0, 1, 1, 1, 1, 1, 2, 3, 255), { minLength: width * height, maxLength: width * height }),
    sources: fc.array(fc.nat({ max: width * height - 1 }), { minLength: 0, maxLength: 4 }),
    connectivity: fc.constantFrom<Connectivity>(4, 8),
  }),
);

describe('createFlowField', () => {
  it('counts plain steps down a corridor to the student', () => {
    const map = '#######\n#S....#\n#######';
    const field = createFlowField(gridFromAscii(map), { connectivity: 8 });
    field.update(cellsOfMark(map, 'S'));
    expect([8, 9, 10, 11, 12].map((c) => field.distanceAt(c))).toEqual([0, 10, 20, 30, 40]);
    expect(field.distanceAt(0)).toBe(UNREACHABLE);
    expect(field.nextCell(12)).toBe(11);
    expect(field.nextCell(8)).toBe(8);
    expect(field.nextCell(0)).toBe(-1);
    expect(Array.from(field.nextCells)).toEqual(Array.from({ length: 21 }, (_, c) => field.nextCell(c)));
  });

  it('leads each zombie to the nearer of two students', () => {
    const map = '#########\n#A.....B#\n#########';
    const field = createFlowField(gridFromAscii(map), { connectivity: 4 });
    field.update([...cellsOfMark(map, 'A'), ...cellsOfMark(map, 'B')]);
    expect(field.nextCell(11)).toBe(10);
    expect(field.nextCell(12)).toBe(11);
    // (13 is as far from both: either way is downhill.)
    expect(field.nextCell(14)).toBe(15);
  });

  it('recomputes only when a source changes cell or the grid changes', () => {
    const map = `
      #####
      #S.+#
      #####`;
    const grid = gridFromAscii(map);
    const field = createFlowField(grid, { connectivity: 8 });
    expect(field.update([6])).toBe(true);
    expect(field.update([6, 6])).toBe(false);
    expect(field.distanceAt(8)).toBe(10 + 10);
    setCellCost(grid, 7, 0);
    expect(field.update([6])).toBe(true);
    expect(field.distanceAt(8)).toBe(UNREACHABLE);
    expect(field.update([7, 6])).toBe(true);
    expect(field.version).toBe(3);
  });

  it('stops at its radius', () => {
    const field = createFlowField(createTileGrid(10, 1), { connectivity: 4, maxDistance: 30 });
    field.update([0]);
    expect(field.distanceAt(3)).toBe(30);
    expect(field.distanceAt(4)).toBe(UNREACHABLE);
    expect(field.nextCell(4)).toBe(-1);
  });

  it('ignores a source inside a wall', () => {
    const grid = gridFromAscii('#..');
    const field = createFlowField(grid, { connectivity: 4 });
    field.update([0]);
    expect(field.distanceAt(1)).toBe(UNREACHABLE);
  });

  it('matches the reference distances everywhere, and every next cell is a legal downhill step', () => {
    fc.assert(
      fc.property(fieldCase, ({ width, height, costs, sources, connectivity }) => {
        const grid = createTileGrid(width, height);
        grid.cost.set(costs);
        const field = createFlowField(grid, { connectivity });
        field.update(sources);
        const expected = referenceDistances(grid, connectivity, sources);
        for (let c = 0; c < width * height; c++) {
          const d = expected[c] === Infinity ? UNREACHABLE : expected[c];
          expect(field.distanceAt(c)).toBe(d);
          const n = field.nextCell(c);
          if (d === UNREACHABLE) expect(n).toBe(-1);
          else if (d === 0) expect(n).toBe(c);
          else expect(stepCost(grid, connectivity, c, n)! + field.distanceAt(n)).toBe(d);
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('createFlowField on a 4-way grid whose walkable cells all cost the same (a breadth-first search)', () => {
  const uniformCase = fc.record({ width: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 12 }) }).chain(({ width, height }) =>
    fc.record({
      width: fc.constant(width),
      height: fc.constant(height),
      walls: fc.array(fc.boolean(), { minLength: width * height, maxLength: width * height }),
      unit: fc.constantFrom(1, 2, 255),
      sources: fc.array(fc.nat({ max: width * height - 1 }), { minLength: 0, maxLength: 4 }),
      slice: fc.constantFrom(Infinity, 1, 3, 7),
      maxDistance: fc.constantFrom(undefined, 0, 40, 95),
    }),
  );

  it('matches the reference distances, stops at its radius, and steps downhill, sliced or not', () => {
    fc.assert(
      fc.property(uniformCase, ({ width, height, walls, unit, sources, slice, maxDistance }) => {
        const grid = createTileGrid(width, height);
        walls.forEach((wall, c) => (grid.cost[c] = wall ? 0 : unit));
        const field = createFlowField(grid, { connectivity: 4, maxSettledPerUpdate: slice, ...(maxDistance === undefined ? {} : { maxDistance }) });
        for (let guard = 0; guard < 1000 && !field.update(sources); guard++);
        const expected = referenceDistances(grid, 4, sources);
        for (let c = 0; c < width * height; c++) {
          const d = expected[c] === Infinity || expected[c]! > (maxDistance ?? Infinity) ? UNREACHABLE : expected[c];
          expect(field.distanceAt(c)).toBe(d);
          const n = field.nextCell(c);
          if (d === UNREACHABLE) expect(n).toBe(-1);
          else if (d === 0) expect(n).toBe(c);
          else expect(stepCost(grid, 4, c, n)! + field.distanceAt(n)).toBe(d);
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('goes back to the bucket queue when a door makes one cell dearer', () => {
    const grid = createTileGrid(5, 1);
    const field = createFlowField(grid, { connectivity: 4 });
    field.update([0]);
    expect(field.distanceAt(4)).toBe(40);
    setCellCost(grid, 2, 3);
    field.update([0]);
    expect(field.distanceAt(4)).toBe(60);
  });
});

describe('createFlowField with time-slicing', () => {
  it('keeps the old field readable until the new one is complete', () => {
    const grid = createTileGrid(30, 1);
    const field = createFlowField(grid, { connectivity: 4, maxSettledPerUpdate: 10 });
    let calls = 1;
    while (!field.update([0])) calls++;
    expect(calls).toBe(3);
    expect(field.distanceAt(29)).toBe(290);
    expect(field.update([29])).toBe(false);
    expect(field.isUpdating).toBe(true);
    expect(field.distanceAt(29)).toBe(290);
    expect(field.update([29])).toBe(false);
    expect(field.update([29])).toBe(true);
    expect(field.distanceAt(29)).toBe(0);
    expect(field.isUpdating).toBe(false);
  });

  it('ends up equal to the reference distances whatever the slice size', () => {
    fc.assert(
      fc.property(fieldCase, fc.integer({ min: 1, max: 9 }), ({ width, height, costs, sources, connectivity }, slice) => {
        const grid = createTileGrid(width, height);
        grid.cost.set(costs);
        const field = createFlowField(grid, { connectivity, maxSettledPerUpdate: slice });
        field.update([0]);
        for (let guard = 0; guard < 1000 && (field.update(sources) || field.isUpdating); guard++);
        const expected = referenceDistances(grid, connectivity, sources);
        for (let c = 0; c < width * height; c++) {
          expect(field.distanceAt(c)).toBe(expected[c] === Infinity ? UNREACHABLE : expected[c]);
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
