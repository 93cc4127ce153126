/**
 * What the group has explored: every cell a standing student has seen since the level began, by the
 * same sight as the fog of war (`computeVisibility`, as far as rested eyes see, on the grid as it is
 * now: closed doors block it). Kept in the world and in saves, so a loaded game shows the school as
 * far as the group had seen it. Only ever added to, so working it out again for the same places
 * changes nothing: the memo of the last places is a cache, not state.
 */

import { NEEDS } from '../../kernel/tuning';
import type { World } from '../../state/world';
import { computeVisibility } from './visibility';

export interface ExploredMemo {
  /** The standing students' tiles the explored cells were last worked out for. */
  key: string;
  /** The cells seen from there (reused). */
  visible: Uint8Array;
}

export function createExploredMemo(world: World): ExploredMemo {
  return { key: '', visible: new Uint8Array(world.explored.length) };
}

/** Adds what the standing students see now to `world.explored` (nothing to do while nobody changed tile). */
export function markExplored(world: World, memo: ExploredMemo): void {
  const viewers = world.students.filter((s) => !s.down).map((s) => ({ tileX: Math.floor(s.x), tileY: Math.floor(s.y) }));
  const key = `${world.grid.version}|${viewers.map((v) => `${v.tileX},${v.tileY}`).join(';')}`;
  if (key === memo.key) return;
  memo.key = key;
  computeVisibility(world.grid, viewers, NEEDS.sightTiles, memo.visible);
  const { explored } = world;
  for (let cell = 0; cell < explored.length; cell++) if (memo.visible[cell] === 1) explored[cell] = 1;
}

/** The explored cells as runs `[first cell, count]`, in order: how a save keeps them. */
export function exploredRuns(explored: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  let cell = 0;
  while (cell < explored.length) {
    if (explored[cell] !== 1) {
      cell++;
      continue;
    }
    const first = cell;
    while (cell < explored.length && explored[cell] === 1) cell++;
    runs.push([first, cell - first]);
  }
  return runs;
}

/** Writes saved runs back into `explored` (cleared first); the runs were checked against the level. */
export function restoreExplored(explored: Uint8Array, runs: readonly (readonly [number, number])[]): void {
  explored.fill(0);
  for (const [first, count] of runs) explored.fill(1, first, first + count);
}
