/**
 * Jump point search: the 8-way A* of astar.ts for grids whose walkable cells all cost the same,
 * where it is exact and touches far fewer cells. Same cost model (no corner cutting, diagonals
 * 10√2 per unit of cell cost), same heuristic (octile and landmark bounds), same results, except
 * that among several equally short paths it may return another one, and that its expansions (the
 * unit of budgets) are of jump points. Records, open list, heuristic and result are the A*'s
 * (search-nodes.ts); only a cell's successors differ.
 *
 * Why it is exact (the no-corner-cutting rules; every move of a path can be reordered so diagonal
 * steps come before straight ones where both are equally short, the "canonical" path):
 * - arriving at a cell diagonally, its corner cells were free (else the step was illegal), so every
 *   neighbour it could reach is reached at least as cheaply by a canonical path through it: it
 *   goes on diagonally, or straight along either of the diagonal's two sides;
 * - arriving straight (say eastwards), it goes on east; the cell to its north (and north-east) is
 *   reached canonically through it only when the cell behind it to the north is a wall, because
 *   otherwise the step from behind went diagonally there. Such a cell is a jump point (its
 *   neighbour is "forced"), and so is any cell from which a straight scan finds one, and the goal;
 * - A* over jump points joined by straight or diagonal lines, with a heuristic consistent on the
 *   grid (so also on those lines, each the sum of its steps), finds a cheapest path; the tests
 *   check it against a float Dijkstra on school, random and open maps.
 *
 * Words:
 * - jump: from a cell in one of 8 directions, the first jump point along the line, or -1 when a
 *   wall or the grid's edge comes first (or, diagonally, a corner blocks the next step).
 */

import type { TileGrid } from '../grid/tile-grid';
import { createWalkBits, fillWalkBits, scanBackward, scanForward, type WalkBits } from './jump-scan';
import type { LandmarkTable } from './landmarks';
import type { AStarEngine, PathResult, SearchProgress } from './path-types';
import { beginSearch, createSearch, G_DIAGONAL, G_STRAIGHT, NODE_FIELDS, offer, PARENT, searchAnswer, stopOf, takeBest, type Search } from './search-nodes';

/** How much a landmark must raise the start's octile bound for the query to read the table. */
const LANDMARKS_WORTH = 1.02;

/** Direction steps, in the engines' order N, E, S, W, NE, SE, SW, NW. */
const STEP_X = [0, 1, 0, -1, 1, 1, -1, -1] as const;
const STEP_Y = [-1, 0, 1, 0, -1, 1, 1, -1] as const;

/** Jump east (dx 1) or west (dx -1) from (x, y) (jump-scan.ts); `goalX` is -1 unless the goal is on row y. */
function jumpAcross(bits: WalkBits, w: number, x: number, y: number, dx: number, goalX: number): number {
  const at = dx > 0 ? scanForward(bits.rows, bits.rowStride, y, x, goalX) : scanBackward(bits.rows, bits.rowStride, y, x, goalX);
  return at < 0 ? -1 : y * w + at;
}

/** Jump south (dy 1) or north (dy -1) from (x, y); `goalY` is -1 unless the goal is in column x. */
function jumpAlong(bits: WalkBits, w: number, x: number, y: number, dy: number, goalY: number): number {
  const at = dy > 0 ? scanForward(bits.columns, bits.columnStride, x, y, goalY) : scanBackward(bits.columns, bits.columnStride, x, y, goalY);
  return at < 0 ? -1 : at * w + x;
}

/** Jump diagonally by (dx, dy) from (x, y): each step needs both corner cells free. */
function jumpDiagonal(cost: Uint8Array, bits: WalkBits, w: number, h: number, x: number, y: number, dx: number, dy: number, goalX: number, goalY: number): number {
  let cell = y * w + x;
  for (;;) {
    const nx = x + dx;
    const ny = y + dy;
    if (nx < 0 || nx >= w || ny < 0 || ny >= h) return -1;
    if (cost[cell + dx] === 0 || cost[cell + dy * w] === 0) return -1;
    cell += dx + dy * w;
    if (cost[cell] === 0) return -1;
    x = nx;
    y = ny;
    if (x === goalX && y === goalY) return cell;
    if (jumpAcross(bits, w, x, y, dx, y === goalY ? goalX : -1) !== -1 || jumpAlong(bits, w, x, y, dy, x === goalX ? goalY : -1) !== -1) return cell;
  }
}

/**
 * The directions to search from `cell` (x, y) reached from `from` (-1 at the start), as bits in
 * the order of STEP_X/STEP_Y (see the header for which).
 */
function directionsFrom(cost: Uint8Array, w: number, h: number, cell: number, x: number, y: number, from: number): number {
  if (from === -1) return 0xff;
  const fy = (from / w) | 0;
  const fx = from - fy * w;
  const dx = x > fx ? 1 : x < fx ? -1 : 0;
  const dy = y > fy ? 1 : y < fy ? -1 : 0;
  if (dx !== 0 && dy !== 0) {
    const across = dx > 0 ? 2 : 8;
    const along = dy > 0 ? 4 : 1;
    const slant = dx > 0 ? (dy > 0 ? 32 : 16) : dy > 0 ? 64 : 128;
    return across | along | slant;
  }
  if (dy === 0) {
    let bits = dx > 0 ? 2 : 8;
    if (y > 0 && cost[cell - w] !== 0 && cost[cell - w - dx] === 0) bits |= 1 | (dx > 0 ? 16 : 128);
    if (y < h - 1 && cost[cell + w] !== 0 && cost[cell + w - dx] === 0) bits |= 4 | (dx > 0 ? 32 : 64);
    return bits;
  }
  let bits = dy > 0 ? 4 : 1;
  const back = dy * w;
  if (x > 0 && cost[cell - 1] !== 0 && cost[cell - 1 - back] === 0) bits |= 8 | (dy > 0 ? 64 : 128);
  if (x < w - 1 && cost[cell + 1] !== 0 && cost[cell + 1 - back] === 0) bits |= 2 | (dy > 0 ? 32 : 16);
  return bits;
}

/** The grid as jump point search reads it: its costs, their walkable bits, and the one cost of its walkable cells. */
interface JumpGrid {
  readonly width: number;
  readonly height: number;
  readonly cost: Uint8Array;
  readonly bits: WalkBits;
  unit: number;
}

/**
 * The expansion loop, one function for every engine (a closure per engine would be optimised
 * apart, and only the first engine's copy gets code specialised to its own arrays: the same
 * query ran 25-35% slower on every later engine).
 */
function runJumps(s: Search, grid: JumpGrid, budget: number): SearchProgress {
  const w = grid.width;
  const h = grid.height;
  const cost = grid.cost;
  const walk = grid.bits;
  const step = grid.unit;
  const nodes = s.nodes;
  const gx = s.goalX;
  const gy = s.goalY;
  for (let left = budget; ; left--) {
    const cell = takeBest(s, left);
    if (cell < 0) return stopOf(cell);
    const y = (cell / w) | 0;
    const x = cell - y * w;
    const at = cell * NODE_FIELDS;
    const straightHere = nodes[at + G_STRAIGHT]!;
    const diagonalHere = nodes[at + G_DIAGONAL]!;
    let directions = directionsFrom(cost, w, h, cell, x, y, nodes[at + PARENT]!);
    while (directions !== 0) {
      const bit = directions & -directions;
      directions ^= bit;
      const k = 31 - Math.clz32(bit);
      const dx = STEP_X[k]!;
      const dy = STEP_Y[k]!;
      const to = k >= 4 ? jumpDiagonal(cost, walk, w, h, x, y, dx, dy, gx, gy) : dy === 0 ? jumpAcross(walk, w, x, y, dx, y === gy ? gx : -1) : jumpAlong(walk, w, x, y, dy, x === gx ? gy : -1);
      if (to === -1) continue;
      const ty = (to / w) | 0;
      const tx = to - ty * w;
      const length = step * ((tx > x ? tx - x : x - tx) || (ty > y ? ty - y : y - ty));
      if (k < 4) offer(s, to, cell, straightHere + length, diagonalHere);
      else offer(s, to, cell, straightHere, diagonalHere + length);
    }
  }
}

/**
 * Creates the jump point engine for `grid`; valid only while every walkable cell costs the same
 * (the caller checks `uniformCost` per grid version). `landmarkTable` is shared with the 8-way A*.
 */
export function createJumpEngine(grid: TileGrid, landmarkTable: () => LandmarkTable): AStarEngine {
  const search = createSearch(grid.width, grid.height, true);
  const jumps: JumpGrid = { width: grid.width, height: grid.height, cost: grid.cost, bits: createWalkBits(grid.width, grid.height), unit: 1 };
  let bitsVersion = -1;
  return {
    begin(start: number, goal: number): boolean {
      if (!beginSearch(search, grid.cost, start, goal, landmarkTable, LANDMARKS_WORTH)) return false;
      if (grid.version !== bitsVersion) {
        fillWalkBits(jumps.bits, grid.cost, grid.width, grid.height);
        bitsVersion = grid.version;
      }
      jumps.unit = grid.cost[start]!;
      return true;
    },
    run: (budget: number): SearchProgress => (search.start < 0 ? 'exhausted' : runJumps(search, jumps, budget)),
    result: (progress: SearchProgress): PathResult => searchAnswer(search, progress),
    expandedSoFar: () => search.expanded,
    prepare: () => void landmarkTable(),
  };
}
