/**
 * Checker warnings: things in a valid level that are probably not what the designer meant, but do
 * not stop it from being played. `npm run levels:check` prints them after the `ok` line and the
 * `?edit=` preview lists them; they never fail the check.
 * - `zombieShutIn`: a zombie that cannot walk to the first student's spawn, even by bashing doors:
 *   it can never be a threat (nor lured);
 * - `itemOutOfReach`: loot no student can walk to (doors count as passable).
 */

import type { Level } from './level';
import type { HordePath } from './preview';

export type LevelWarningCode = 'zombieShutIn' | 'itemOutOfReach';

export interface LevelWarning {
  code: LevelWarningCode;
  tileX: number;
  tileY: number;
  /** The kind of zombie or item. */
  kind: string;
  /** English text in the checker's form: what is odd (got X; expected Y). */
  message: string;
}

export function levelWarnings(level: Level, paths: readonly HordePath[]): LevelWarning[] {
  const warnings: LevelWarning[] = [];
  for (const path of paths) {
    if (path.cells.length > 0) continue;
    const zombie = level.zombies[path.zombie]!;
    warnings.push({
      code: 'zombieShutIn',
      tileX: zombie.tileX,
      tileY: zombie.tileY,
      kind: zombie.kind,
      message: `zombie is shut in (got a ${zombie.kind} at tile ${zombie.tileX},${zombie.tileY} with no way to the first student's spawn; expected a route, through doors if need be, or remove it)`,
    });
  }
  const reachable = reachableFromStudents(level);
  for (const item of level.items) {
    if (reachable[item.tileY * level.width + item.tileX] === 1) continue;
    warnings.push({
      code: 'itemOutOfReach',
      tileX: item.tileX,
      tileY: item.tileY,
      kind: item.kind,
      message: `item is out of reach (got ${item.kind} at tile ${item.tileX},${item.tileY} walled off from every student; expected a walkable route to it)`,
    });
  }
  return warnings;
}

/** Cells any student of the group can walk to (4 directions; door tiles passable). */
function reachableFromStudents(level: Level): Uint8Array {
  const { width, height } = level;
  const seen = new Uint8Array(width * height);
  const passable = new Uint8Array(width * height);
  for (let cell = 0; cell < passable.length; cell++) passable[cell] = level.grid.cost[cell]! > 0 ? 1 : 0;
  for (const door of level.doors) passable[door.tileY * width + door.tileX] = 1;
  const queue: number[] = [];
  for (const student of level.students) {
    if (student.waiting === true) continue;
    const cell = student.tileY * width + student.tileX;
    if (seen[cell] === 0) {
      seen[cell] = 1;
      queue.push(cell);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head]!;
    const x = cell % width;
    const y = (cell - x) / width;
    for (const next of [x > 0 ? cell - 1 : -1, x < width - 1 ? cell + 1 : -1, y > 0 ? cell - width : -1, y < height - 1 ? cell + width : -1]) {
      if (next >= 0 && seen[next] === 0 && passable[next] === 1) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return seen;
}
