/**
 * Can the students get out? Every student spawn must be able to walk to an exit, and the first
 * student to every objective; doors and windows count as passable whatever their state, as
 * students open them and a locked one may be the level's puzzle.
 */

import type { TileGrid } from '../grid/tile-grid';
import { flood } from '../grid/flood';
import type { TileRect } from './level';
import type { AddError, JsonPath } from './level-error';
import type { TiledMap } from './level-schema';
import type { Placed } from './read-objects';

/**
 * Tiles a student can walk to from `tileX, tileY` (4-direction flood fill over walkable tiles), as
 * 1s. Door and window tiles count as passable whatever their state: students open them, and a
 * locked one may be the level's puzzle.
 */
function walkableFrom(grid: TileGrid, tileX: number, tileY: number, doors: readonly { tileX: number; tileY: number }[] = []): Uint8Array {
  const doorCells = new Set(doors.map((door) => door.tileY * grid.width + door.tileX));
  const start = tileY * grid.width + tileX;
  const { distance } = flood(grid.width, grid.height, [start], (cell) => cell === start || doorCells.has(cell) || grid.cost[cell]! > 0);
  // A door tile is a way through, not a place reached: only the start may be one.
  return Uint8Array.from(distance, (steps, cell) => (steps >= 0 && (cell === start || !doorCells.has(cell)) ? 1 : 0));
}

function touchesSeen(seen: Uint8Array, width: number, height: number, rect: TileRect, margin: number): boolean {
  for (let y = Math.max(0, rect.tileY - margin); y < Math.min(height, rect.tileY + rect.height + margin); y++) {
    for (let x = Math.max(0, rect.tileX - margin); x < Math.min(width, rect.tileX + rect.width + margin); x++) if (seen[y * width + x] === 1) return true;
  }
  return false;
}

const rectText = (rect: TileRect): string =>
  rect.width === 1 && rect.height === 1 ? `tile ${rect.tileX},${rect.tileY}` : `tiles ${rect.tileX},${rect.tileY} to ${rect.tileX + rect.width - 1},${rect.tileY + rect.height - 1}`;

/**
 * Every student spawn must be able to walk to at least one exit tile, and the first student to
 * every objective (a device: to a tile touching it).
 */
export function checkReachability(map: TiledMap, _objectLayers: Map<string, number>, grid: TileGrid, placed: Placed, add: AddError): void {
  placed.students.forEach((student, s) => {
    const seen = walkableFrom(grid, student.tileX, student.tileY, placed.doors);
    const reachable = placed.exits.some((rect) => touchesSeen(seen, map.width, map.height, rect, 0));
    if (!reachable) {
      const exit = placed.exits[0]!;
      add(
        placed.exitPaths[0]!,
        `exit cannot be reached from student spawn "${student.name}" (got exit tiles ${exit.tileX},${exit.tileY} to ${exit.tileX + exit.width - 1},${exit.tileY + exit.height - 1} walled off from tile ${student.tileX},${student.tileY} at ${formatPathShort(placed.studentPaths[s]!)}; expected a walkable route)`,
      );
    }
    if (s !== 0) return;
    placed.objectives.forEach((objective, o) => {
      if (touchesSeen(seen, map.width, map.height, objective.area, objective.kind === 'activate' ? 1 : 0)) return;
      const what = objective.label !== '' ? `objective ${JSON.stringify(objective.label)}` : `a "${objective.kind}" objective`;
      add(
        placed.objectivePaths[o]!,
        `${what} cannot be reached from student spawn "${student.name}" (got ${rectText(objective.area)} walled off from tile ${student.tileX},${student.tileY}; expected a walkable route)`,
      );
    });
  });
}

function formatPathShort(path: JsonPath): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
}
