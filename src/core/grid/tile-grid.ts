/**
 * Tile grid: the walkable/visible shape of a level as flat typed arrays.
 *
 * Words:
 * - cell: a tile index, `cell = tileY * width + tileX`.
 * - cost: what it costs to ENTER a cell, as a multiplier of a plain floor step. 0 means the cell is
 *   impassable (wall, locked door); 1 is plain floor; higher values are doors, rubble, broken glass,
 *   and barricades (passable only by bashing, so very expensive).
 * - opaque: 1 where the cell blocks sight (walls, closed doors), 0 where it does not.
 *
 * Changing one cell goes through `setCellCost`/`setCellOpaque`, which bump `version` and record the
 * cell in `changedCells`, so caches (flow fields, room graphs) can update what changed instead of
 * rebuilding the whole map.
 */

export interface TileGrid {
  readonly width: number;
  readonly height: number;
  /** Entry cost per cell; 0 = impassable. */
  readonly cost: Uint8Array;
  /** 1 = blocks line of sight. */
  readonly opaque: Uint8Array;
  /** Bumped on every change to `cost` or `opaque`. */
  version: number;
  /** Cells changed since the last `takeChangedCells` call, in change order (may repeat). */
  changedCells: number[];
}

/** Largest cost a cell can have; also the cost of a barricade that must be bashed through. */
export const MAX_CELL_COST = 255;

export function createTileGrid(width: number, height: number): TileGrid {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`grid size must be positive integers (got ${width}x${height})`);
  }
  const size = width * height;
  return {
    width,
    height,
    cost: new Uint8Array(size).fill(1),
    opaque: new Uint8Array(size),
    version: 0,
    changedCells: [],
  };
}

export function cellOf(grid: TileGrid, tileX: number, tileY: number): number {
  return tileY * grid.width + tileX;
}

export function isInside(grid: TileGrid, tileX: number, tileY: number): boolean {
  return tileX >= 0 && tileY >= 0 && tileX < grid.width && tileY < grid.height;
}

/** True when the tile is inside the grid and can be entered. Outside the grid is never walkable. */
export function isWalkable(grid: TileGrid, tileX: number, tileY: number): boolean {
  return isInside(grid, tileX, tileY) && grid.cost[tileY * grid.width + tileX]! > 0;
}

/** True when the tile blocks sight. Outside the grid blocks sight. */
export function isOpaque(grid: TileGrid, tileX: number, tileY: number): boolean {
  return !isInside(grid, tileX, tileY) || grid.opaque[tileY * grid.width + tileX]! === 1;
}

export function setCellCost(grid: TileGrid, cell: number, cost: number): void {
  const clamped = Math.max(0, Math.min(MAX_CELL_COST, Math.round(cost)));
  if (grid.cost[cell] === clamped) return;
  grid.cost[cell] = clamped;
  grid.version++;
  grid.changedCells.push(cell);
}

export function setCellOpaque(grid: TileGrid, cell: number, opaque: boolean): void {
  const value = opaque ? 1 : 0;
  if (grid.opaque[cell] === value) return;
  grid.opaque[cell] = value;
  grid.version++;
  grid.changedCells.push(cell);
}

/** Returns and clears the list of cells changed since the last call. */
export function takeChangedCells(grid: TileGrid): number[] {
  const cells = grid.changedCells;
  grid.changedCells = [];
  return cells;
}

/**
 * Builds a grid from an ASCII drawing, for tests and tools. `#` wall (impassable, opaque),
 * `+` closed door (cost 2, opaque), `=` barricade (cost 255), `~` rubble (cost 3), `.` and any other
 * character plain floor. Rows may be indented; blank leading/trailing lines are ignored.
 */
export function gridFromAscii(ascii: string): TileGrid {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  const width = Math.max(...rows.map((row) => row.length));
  const grid = createTileGrid(width, rows.length);
  rows.forEach((row, tileY) => {
    for (let tileX = 0; tileX < width; tileX++) {
      const ch = row[tileX] ?? '#';
      const cell = tileY * width + tileX;
      if (ch === '#') {
        grid.cost[cell] = 0;
        grid.opaque[cell] = 1;
      } else if (ch === '+') {
        grid.cost[cell] = 2;
        grid.opaque[cell] = 1;
      } else if (ch === '=') {
        grid.cost[cell] = MAX_CELL_COST;
      } else if (ch === '~') {
        grid.cost[cell] = 3;
      }
    }
  });
  return grid;
}

/** 4 = orthogonal steps only; 8 = orthogonal and diagonal steps (diagonals never cut corners). */
export type Connectivity = 4 | 8;
