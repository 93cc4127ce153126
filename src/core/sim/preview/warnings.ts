/**
 * Checker warnings: things in a valid level that are probably not what the designer meant, but do
 * not stop it from being played. `npm run levels:check` prints them after the `ok` line and the
 * `?edit=` preview lists them; they never fail the check.
 * - `zombieShutIn`: a zombie that cannot walk to the first student's spawn, even by bashing doors:
 *   it can never be a threat (nor lured);
 * - `itemOutOfReach`: loot no student can walk to (doors count as passable).
 */

import type { Level } from '../../level/level';
import type { HordePath } from './preview';
import { flood } from '../../grid/flood';

export type LevelWarningCode = 'zombieShutIn' | 'itemOutOfReach';

export interface LevelWarning {
  code: LevelWarningCode;
  tileX: number;
  tileY: number;
  /** The kind of zombie or item. */
  kind: string;
  /** Which zombie (in `level.zombies`) or item (in `level.items`): the same order as the objects of its layer. */
  index: number;
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
      index: path.zombie,
      message: `zombie is shut in (got a ${zombie.kind} at tile ${zombie.tileX},${zombie.tileY} with no way to the first student's spawn; expected a route, through doors if need be, or remove it)`,
    });
  }
  const reachable = reachableFromStudents(level);
  level.items.forEach((item, index) => {
    if (reachable[item.tileY * level.width + item.tileX] === 1) return;
    warnings.push({
      code: 'itemOutOfReach',
      tileX: item.tileX,
      tileY: item.tileY,
      kind: item.kind,
      index,
      message: `item is out of reach (got ${item.kind} at tile ${item.tileX},${item.tileY} walled off from every student; expected a walkable route to it)`,
    });
  });
  return warnings;
}

/** Cells any student of the group can walk to (4 directions; door tiles passable): 1 where reachable. */
function reachableFromStudents(level: Level): Uint8Array {
  const { width, height } = level;
  const passable = new Uint8Array(width * height);
  for (let cell = 0; cell < passable.length; cell++) passable[cell] = level.grid.cost[cell]! > 0 ? 1 : 0;
  for (const door of level.doors) passable[door.tileY * width + door.tileX] = 1;
  const starts = level.students.filter((student) => student.waiting !== true).map((student) => student.tileY * width + student.tileX);
  for (const cell of starts) passable[cell] = 1;
  const { distance } = flood(width, height, starts, (cell) => passable[cell] === 1);
  return Uint8Array.from(distance, (d) => (d >= 0 ? 1 : 0));
}
