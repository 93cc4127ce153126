/**
 * A time-sliced path query: the same optimal A* as `createPathfinder`, spread over several ticks by
 * an expansion budget per call, so one long query across a big floor never stalls a frame.
 *
 * Words:
 * - pending: the query has started and not finished; call `advance` again on a later tick.
 * - restart: if `grid.version` changes while a query is pending, the next `advance` starts the
 *   query again from scratch, so a finished answer is always valid for the grid as it is then.
 */

import type { TileGrid } from '../grid/tile-grid';
import { createAStarEngine } from './astar';
import { noPath } from './path-types';
import type { PathResult, PathfinderOptions } from './path-types';

/** A finished `PathResult`, or 'pending' while the query still has work to do. */
export type PathSearchResult = PathResult | { status: 'pending'; cells: []; cost: 0; expanded: number };

/** Options of one time-sliced query. */
export interface PathSearchQueryOptions {
  /**
   * Give up with 'partial' after this many expansions in total (restarts count from zero again).
   * Default: no limit (a query never expands more cells than the grid has).
   */
  maxExpansions?: number;
}

export interface PathSearch {
  /** Starts a new query, dropping any pending one. No work is done until `advance`. */
  start(startCell: number, goalCell: number, options?: PathSearchQueryOptions): void;
  /**
   * Does at most `budget` expansions (>= 1 is useful; 0 only reports) and returns 'pending' or the
   * finished result. After a finished result, further calls return that same result again until
   * the next `start`. Before any `start` it returns 'none'.
   */
  advance(budget: number): PathSearchResult;
  /** True between `start` and the call of `advance` that finishes the query. */
  readonly isPending: boolean;
}

/**
 * Creates a resumable searcher with its own preallocated memory (about 30 bytes per cell), so it
 * can run alongside a `Pathfinder` on the same grid. One query at a time per searcher.
 */
export function createPathSearch(grid: TileGrid, options: PathfinderOptions): PathSearch {
  const engine = createAStarEngine(grid, options);
  let startCell = -1;
  let goalCell = -1;
  let limit = Infinity;
  let startedAtVersion = 0;
  let pending = false;
  let begun = false;
  let finished: PathResult = noPath();

  function finish(result: PathResult): PathResult {
    pending = false;
    finished = result;
    return result;
  }

  return {
    start(start, goal, queryOptions) {
      startCell = start;
      goalCell = goal;
      limit = queryOptions?.maxExpansions ?? Infinity;
      pending = true;
      begun = false;
      finished = noPath();
    },
    advance(budget) {
      if (!pending) return finished;
      if (!begun || grid.version !== startedAtVersion) {
        startedAtVersion = grid.version;
        begun = true;
        if (!engine.begin(startCell, goalCell)) return finish(noPath());
      }
      const allowed = Math.max(0, Math.min(budget, limit - engine.expandedSoFar()));
      const progress = engine.run(allowed);
      if (progress === 'out-of-budget' && engine.expandedSoFar() < limit) {
        return { status: 'pending', cells: [], cost: 0, expanded: engine.expandedSoFar() };
      }
      return finish(engine.result(progress));
    },
    get isPending() {
      return pending;
    },
  };
}
