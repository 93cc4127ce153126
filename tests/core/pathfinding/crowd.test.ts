import { describe, it, expect } from 'vitest';
import { createCrowd } from '../../../src/core/pathfinding/crowd';
import type { CrowdAgents } from '../../../src/core/pathfinding/crowd';
import { createFlowField } from '../../../src/core/pathfinding/flow-field';
import { gridFromAscii } from '../../../src/core/grid/tile-grid';
import type { TileGrid } from '../../../src/core/grid/tile-grid';

function marks(ascii: string, mark: string): number[] {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  const width = Math.max(...rows.map((row) => row.length));
  const found: number[] = [];
  rows.forEach((row, y) => [...row].forEach((ch, x) => ch === mark && found.push(y * width + x)));
  return found;
}

function agentsOn(grid: TileGrid, cells: number[]): CrowdAgents {
  const x = new Float64Array(cells.length);
  const y = new Float64Array(cells.length);
  cells.forEach((cell, i) => {
    x[i] = (cell % grid.width) + 0.5;
    y[i] = Math.floor(cell / grid.width) + 0.5;
  });
  return { count: cells.length, x, y };
}

function tilesOf(grid: TileGrid, agents: CrowdAgents): number[] {
  const tiles: number[] = [];
  for (let i = 0; i < agents.count; i++) tiles.push(Math.floor(agents.y[i]!) * grid.width + Math.floor(agents.x[i]!));
  return tiles;
}

const corridor = `
  ##########################
  #S.......................#
  #..zzzzzzzzzzzzzzzzzzzz..#
  ##########################`;

describe('createCrowd', () => {
  it('keeps 20 zombies in a corridor on 20 different tiles while they chase', () => {
    const grid = gridFromAscii(corridor);
    const field = createFlowField(grid, { connectivity: 8 });
    field.update(marks(corridor, 'S'));
    const agents = agentsOn(grid, marks(corridor, 'z'));
    const crowd = createCrowd(grid, { capacity: 20, speedTilesPerTick: 0.2 });
    for (let t = 0; t < 300; t++) {
      crowd.step(agents, field);
      const tiles = tilesOf(grid, agents);
      expect(new Set(tiles).size).toBe(20);
      expect(tiles.every((c) => grid.cost[c]! > 0)).toBe(true);
    }
    // They end packed around the student, the nearest ones within a couple of tiles.
    const distances = tilesOf(grid, agents).map((c) => field.distanceAt(c));
    expect(Math.min(...distances)).toBeLessThanOrEqual(14);
  });

  it('spreads zombies that start on one tile onto separate tiles', () => {
    const room = `
      ##########
      #........#
      #........#
      #...z....#
      #........#
      #........#
      ##########`;
    const grid = gridFromAscii(room);
    const field = createFlowField(grid, { connectivity: 8 });
    field.update([]);
    const start = marks(room, 'z')[0]!;
    const agents = agentsOn(grid, new Array<number>(6).fill(start));
    const crowd = createCrowd(grid, { capacity: 6, speedTilesPerTick: 0.25 });
    for (let t = 0; t < 40; t++) crowd.step(agents, field);
    expect(new Set(tilesOf(grid, agents)).size).toBe(6);
  });

  it('funnels a room of zombies through a door one at a time, each waiting rather than backing off', () => {
    const school = `
      #############
      #zzzzz......#
      #zzzzz......#
      #zzzzz......#
      ######+######
      #...........#
      #S..........#
      #############`;
    const grid = gridFromAscii(school);
    const field = createFlowField(grid, { connectivity: 8 });
    field.update(marks(school, 'S'));
    const door = marks(school, '+')[0]!;
    const agents = agentsOn(grid, marks(school, 'z'));
    const crowd = createCrowd(grid, { capacity: agents.count, speedTilesPerTick: 0.2 });
    let previous = tilesOf(grid, agents).map((c) => field.distanceAt(c));
    let waited = 0;
    for (let t = 0; t < 600; t++) {
      crowd.step(agents, field);
      const tiles = tilesOf(grid, agents);
      expect(new Set(tiles).size).toBe(agents.count);
      expect(tiles.filter((c) => c === door).length).toBeLessThanOrEqual(1);
      const now = tiles.map((c) => field.distanceAt(c));
      now.forEach((d, i) => expect(d).toBeLessThanOrEqual(previous[i]!)); // never uphill: no jitter
      previous = now;
      for (let i = 0; i < agents.count; i++) waited += crowd.waiting[i]!;
    }
    const doorRow = Math.floor(door / grid.width);
    const through = tilesOf(grid, agents).filter((c) => Math.floor(c / grid.width) > doorRow).length;
    expect(through).toBeGreaterThanOrEqual(10); // the 12 tiles downhill of the door fill up
    expect(waited).toBeGreaterThan(0);
  });

  it('moves the same way on every run', () => {
    const run = () => {
      const grid = gridFromAscii(corridor);
      const field = createFlowField(grid, { connectivity: 8 });
      field.update(marks(corridor, 'S'));
      const agents = agentsOn(grid, marks(corridor, 'z'));
      const crowd = createCrowd(grid, { capacity: 20, speedTilesPerTick: 0.3 });
      for (let t = 0; t < 50; t++) crowd.step(agents, field);
      return [...agents.x, ...agents.y];
    };
    expect(run()).toEqual(run());
  });
});
