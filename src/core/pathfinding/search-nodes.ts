/**
 * What the 8-way A* (astar.ts) and jump point search (jump-points.ts) share: a record per cell, the
 * open list, the heuristic, taking the best open cell, offering a successor, and reading the
 * result. The two differ only in which successors a cell has (its 8 neighbours, or the jump points
 * seen from it).
 *
 * Layout: a cell's record is NODE_FIELDS consecutive 32-bit integers in `nodes` (stamp, the two
 * parts of g and of h, parent), 32 bytes, so it never straddles a cache line. A search reads and
 * writes a cell's fields together; on a 1024² grid (arrays of 4–8 MB) one record is one cache
 * miss where a typed array per field was one miss per field.
 *
 * Costs and bounds are kept as two integers, as astar.ts's header explains: the summed cell costs
 * of straight and of diagonal steps, worth `STRAIGHT_STEP * straight + DIAGONAL_STEP * diagonal`.
 *
 * The open list is a binary min-heap of entries (f = g + h, g, cell), ties going to the larger g
 * (the deeper cell, which reaches the goal sooner on open floors). An entry carries its own keys,
 * so sifting reads only the heap's arrays, never a record across the grid (on big grids each such
 * read was a cache miss). A cheaper route to an open cell pushes a new entry instead of moving the
 * old one ("lazy deletion"): the new one has the lower f (same h), so it comes off first and
 * closes the cell, and the old one is dropped when it reaches the top.
 *
 * Words:
 * - stamp: a per-query mark, so records never need resetting: `openMark` means open (its fields
 *   valid), `openMark + 1` closed, anything else untouched by this query.
 * - best: the expanded cell nearest the goal by plain grid distance (ties: cheaper to reach), the
 *   end of a 'partial' result.
 */

import type { LandmarkTable } from './landmarks';
import { UNREACHED } from './landmarks';
import { DIAGONAL_STEP, gridDistance, noPath, STRAIGHT_STEP, type PathResult, type SearchProgress } from './path-types';

/** Integers per cell record in `nodes`, and the fields' offsets in a record. */
export const NODE_FIELDS = 8;
export const STAMP = 0;
export const G_STRAIGHT = 1;
export const G_DIAGONAL = 2;
/** h's straight part in whole cell costs (worth STRAIGHT_STEP each), and its diagonal part. */
export const H_STRAIGHT = 3;
export const H_DIAGONAL = 4;
export const PARENT = 5;

/** Most landmarks a query reads (landmarks.ts gives a grid at most 16). */
const MAX_LANDMARKS = 16;

/** One engine's search state over a grid of `width` × `height` cells (see the header). */
export interface Search {
  readonly width: number;
  readonly size: number;
  /** 8-way: octile distance as the base bound; 4-way: Manhattan. */
  readonly octile: boolean;
  readonly nodes: Int32Array;
  /** The open list's entries: the cell of entry i, and its f at `2 * i` and g at `2 * i + 1` (grown when full). */
  heap: Int32Array;
  heapKeys: Float64Array;
  count: number;
  openMark: number;
  start: number;
  goal: number;
  goalX: number;
  goalY: number;
  expanded: number;
  best: number;
  bestH: number;
  bestG: number;
  /** The query's landmarks: how many, the table's stride and parts, which lanes, and their distance to the goal. */
  landmarks: number;
  stride: number;
  tableStraight: Int32Array;
  tableDiagonal: Int32Array;
  readonly active: Int32Array;
  readonly goalStraight: Int32Array;
  readonly goalDiagonal: Int32Array;
}

/** Allocates the state of a search over `width` × `height` cells (about 52 bytes per cell; the open list grows if a query needs more), once per engine. */
export function createSearch(width: number, height: number, octile: boolean): Search {
  const size = width * height;
  return {
    width,
    size,
    octile,
    nodes: new Int32Array(size * NODE_FIELDS),
    heap: new Int32Array(size + 16),
    heapKeys: new Float64Array(2 * (size + 16)),
    count: 0,
    openMark: 0,
    start: -1,
    goal: -1,
    goalX: 0,
    goalY: 0,
    expanded: 0,
    best: -1,
    bestH: Infinity,
    bestG: Infinity,
    landmarks: 0,
    stride: 0,
    tableStraight: new Int32Array(0),
    tableDiagonal: new Int32Array(0),
    active: new Int32Array(MAX_LANDMARKS),
    goalStraight: new Int32Array(MAX_LANDMARKS),
    goalDiagonal: new Int32Array(MAX_LANDMARKS),
  };
}

/**
 * Starts a query from `start` to `goal` on a grid of `cost`s, with the landmarks of `table` that
 * reach both ends. With `worth` > 0 the query reads no landmark unless one raises the start's
 * base bound by that factor (where none does, reading the table only costs memory traffic).
 * Returns false (and the query is 'none') when an end is not a cell or the start is a wall.
 */
export function beginSearch(s: Search, cost: Uint8Array, start: number, goal: number, table: () => LandmarkTable, worth: number): boolean {
  s.count = 0;
  s.expanded = 0;
  s.best = -1;
  s.bestH = Infinity;
  s.bestG = Infinity;
  s.start = -1;
  if (!Number.isInteger(start) || !Number.isInteger(goal)) return false;
  if (start < 0 || start >= s.size || goal < 0 || goal >= s.size) return false;
  if (cost[start] === 0) return false;
  if (s.openMark >= 0x7ffffffc) {
    for (let c = 0; c < s.size; c++) s.nodes[c * NODE_FIELDS + STAMP] = 0;
    s.openMark = 0;
  }
  s.openMark += 2;
  s.start = start;
  s.goal = goal;
  s.goalY = (goal / s.width) | 0;
  s.goalX = goal - s.goalY * s.width;
  chooseLandmarks(s, table(), start, goal, worth);
  const at = start * NODE_FIELDS;
  s.nodes[at + STAMP] = s.openMark;
  s.nodes[at + G_STRAIGHT] = 0;
  s.nodes[at + G_DIAGONAL] = 0;
  s.nodes[at + PARENT] = -1;
  writeHeuristic(s, start);
  s.heap[0] = start;
  s.heapKeys[0] = STRAIGHT_STEP * s.nodes[at + H_STRAIGHT]! + DIAGONAL_STEP * s.nodes[at + H_DIAGONAL]!;
  s.heapKeys[1] = 0;
  s.count = 1;
  return true;
}

/** Picks the landmarks that reach both ends of the query (the others bound nothing there); see `beginSearch` for `worth`. */
function chooseLandmarks(s: Search, table: LandmarkTable, start: number, goal: number, worth: number): void {
  const n = table.stride;
  s.stride = n;
  s.tableStraight = table.straight;
  s.tableDiagonal = table.diagonal;
  s.landmarks = 0;
  let strongest = 0;
  for (let i = 0; i < table.count; i++) {
    const atGoal = table.straight[goal * n + i]!;
    const atStart = table.straight[start * n + i]!;
    if (atGoal === UNREACHED || atStart === UNREACHED) continue;
    const slantAtGoal = table.diagonal[goal * n + i]!;
    const bound = Math.abs(STRAIGHT_STEP * (atGoal - atStart) + DIAGONAL_STEP * (slantAtGoal - table.diagonal[start * n + i]!));
    if (bound > strongest) strongest = bound;
    s.active[s.landmarks] = i;
    s.goalStraight[s.landmarks] = atGoal;
    s.goalDiagonal[s.landmarks] = slantAtGoal;
    s.landmarks++;
  }
  if (worth > 0) {
    const sy = (start / s.width) | 0;
    const base = gridDistance(s.octile ? 8 : 4, start - sy * s.width - s.goalX, sy - s.goalY);
    if (strongest <= base * worth) s.landmarks = 0;
  }
}

/**
 * Writes the heuristic of `cell` as its two parts into its record: the octile (4-way: Manhattan)
 * distance to the goal, raised by the query's landmark bounds. Called once per cell per query.
 */
export function writeHeuristic(s: Search, cell: number): void {
  const y = (cell / s.width) | 0;
  const x = cell - y * s.width;
  const dx = x > s.goalX ? x - s.goalX : s.goalX - x;
  const dy = y > s.goalY ? y - s.goalY : s.goalY - y;
  let whole = !s.octile ? dx + dy : dx > dy ? dx - dy : dy - dx;
  let slanted = !s.octile ? 0 : dx > dy ? dy : dx;
  let h = STRAIGHT_STEP * whole + DIAGONAL_STEP * slanted;
  const base = cell * s.stride;
  const table = s.tableStraight;
  const tableSlant = s.tableDiagonal;
  for (let i = 0; i < s.landmarks; i++) {
    const entry = base + s.active[i]!;
    let straight = s.goalStraight[i]! - table[entry]!;
    let slant = s.goalDiagonal[i]! - tableSlant[entry]!;
    let d = STRAIGHT_STEP * straight + DIAGONAL_STEP * slant;
    if (d < 0) {
      d = -d;
      straight = -straight;
      slant = -slant;
    }
    if (d > h) {
      h = d;
      whole = straight;
      slanted = slant;
    }
  }
  const at = cell * NODE_FIELDS;
  s.nodes[at + H_STRAIGHT] = whole;
  s.nodes[at + H_DIAGONAL] = slanted;
}

/** What `takeBest` returns instead of a cell when the search stops (see `stopOf`). */
const FOUND = -1;
const SPENT = -2;
const EXHAUSTED = -3;

/**
 * Takes the best open cell off the open list, closes it and counts it, and returns it; or, when
 * the search stops there (the goal is the best open cell, no budget is `left`, or nothing is
 * open), a negative code that `stopOf` reads.
 */
export function takeBest(s: Search, left: number): number {
  const nodes = s.nodes;
  const closed = s.openMark + 1;
  // Entries of cells closed since they were pushed (a cheaper entry came first) are outdated.
  while (s.count > 0 && nodes[s.heap[0]! * NODE_FIELDS + STAMP] === closed) popFirst(s);
  if (s.count === 0) return EXHAUSTED;
  if (s.heap[0] === s.goal) return FOUND;
  if (left <= 0) return SPENT;
  const g = s.heapKeys[1]!;
  const cell = popFirst(s);
  nodes[cell * NODE_FIELDS + STAMP] = closed;
  s.expanded++;
  const y = (cell / s.width) | 0;
  const x = cell - y * s.width;
  const plain = gridDistance(s.octile ? 8 : 4, x - s.goalX, y - s.goalY);
  if (plain < s.bestH || (plain === s.bestH && g < s.bestG)) {
    s.best = cell;
    s.bestH = plain;
    s.bestG = g;
  }
  return cell;
}

/** How a search stopped, from the code `takeBest` returned. */
export function stopOf(code: number): SearchProgress {
  return code === FOUND ? 'found' : code === SPENT ? 'out-of-budget' : 'exhausted';
}

/**
 * Offers `to`, reached from `from` at a cost of `straight` and `slanted` (its two parts): opens it
 * or lowers its cost when that is cheaper; a closed cell is final (the heuristic is consistent).
 */
export function offer(s: Search, to: number, from: number, straight: number, slanted: number): void {
  const nodes = s.nodes;
  const at = to * NODE_FIELDS;
  const mark = nodes[at + STAMP]!;
  const open = s.openMark;
  if (mark === open + 1) return;
  const g = STRAIGHT_STEP * straight + DIAGONAL_STEP * slanted;
  if (mark === open) {
    if (g >= STRAIGHT_STEP * nodes[at + G_STRAIGHT]! + DIAGONAL_STEP * nodes[at + G_DIAGONAL]!) return;
  } else {
    nodes[at + STAMP] = open;
    writeHeuristic(s, to);
  }
  nodes[at + G_STRAIGHT] = straight;
  nodes[at + G_DIAGONAL] = slanted;
  nodes[at + PARENT] = from;
  push(s, to, STRAIGHT_STEP * (straight + nodes[at + H_STRAIGHT]!) + DIAGONAL_STEP * (slanted + nodes[at + H_DIAGONAL]!), g);
}

/**
 * The answer once the search stops: the path to the goal when found, else to the best cell (or
 * the start). Consecutive cells on a straight or diagonal line from the parent (a jump) are filled
 * in, so the path runs cell by cell either way.
 */
export function searchAnswer(s: Search, progress: SearchProgress): PathResult {
  if (s.start < 0) return noPath();
  const end = progress === 'found' ? s.goal : s.best >= 0 ? s.best : s.start;
  const w = s.width;
  const nodes = s.nodes;
  let length = 1;
  for (let b = end, a = nodes[b * NODE_FIELDS + PARENT]!; a !== -1; b = a, a = nodes[a * NODE_FIELDS + PARENT]!) {
    const dy = Math.abs(((b / w) | 0) - ((a / w) | 0));
    const dx = Math.abs((b % w) - (a % w));
    length += dx > dy ? dx : dy;
  }
  const cells = new Array<number>(length);
  let i = length - 1;
  cells[i] = end;
  for (let b = end, a = nodes[b * NODE_FIELDS + PARENT]!; a !== -1; b = a, a = nodes[a * NODE_FIELDS + PARENT]!) {
    const ay = (a / w) | 0;
    const by = (b / w) | 0;
    const step = (b - by * w > a - ay * w ? 1 : b - by * w < a - ay * w ? -1 : 0) + (by > ay ? w : by < ay ? -w : 0);
    for (let c = b - step; c !== a; c -= step) cells[--i] = c;
    cells[--i] = a;
  }
  return {
    status: progress === 'found' ? 'found' : 'partial',
    cells,
    cost: STRAIGHT_STEP * nodes[end * NODE_FIELDS + G_STRAIGHT]! + DIAGONAL_STEP * nodes[end * NODE_FIELDS + G_DIAGONAL]!,
    expanded: s.expanded,
  };
}

// ---- the open list ------------------------------------------------------------------------------

/** Adds an entry for `cell` with keys `f` and `g`, growing the open list when it is full. */
function push(s: Search, cell: number, f: number, g: number): void {
  if (s.count === s.heap.length) {
    const cells = new Int32Array(2 * s.heap.length);
    const keys = new Float64Array(4 * s.heap.length);
    cells.set(s.heap);
    keys.set(s.heapKeys);
    s.heap = cells;
    s.heapKeys = keys;
  }
  const heap = s.heap;
  const keys = s.heapKeys;
  let at = s.count++;
  while (at > 0) {
    const up = (at - 1) >> 1;
    const upF = keys[2 * up]!;
    // The entry comes off before its parent when f is lower, or equal with a larger g.
    if (f > upF || (f === upF && g <= keys[2 * up + 1]!)) break;
    heap[at] = heap[up]!;
    keys[2 * at] = upF;
    keys[2 * at + 1] = keys[2 * up + 1]!;
    at = up;
  }
  heap[at] = cell;
  keys[2 * at] = f;
  keys[2 * at + 1] = g;
}

/** Removes the first entry of the open list (which is not empty) and returns its cell. */
function popFirst(s: Search): number {
  const heap = s.heap;
  const keys = s.heapKeys;
  const first = heap[0]!;
  const size = --s.count;
  if (size === 0) return first;
  const lastCell = heap[size]!;
  const lastF = keys[2 * size]!;
  const lastG = keys[2 * size + 1]!;
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    let childF = keys[2 * child]!;
    let childG = keys[2 * child + 1]!;
    const right = child + 1;
    if (right < size) {
      const rightF = keys[2 * right]!;
      const rightG = keys[2 * right + 1]!;
      if (rightF < childF || (rightF === childF && rightG > childG)) {
        child = right;
        childF = rightF;
        childG = rightG;
      }
    }
    // Stop where the last entry comes off no later than the child.
    if (lastF < childF || (lastF === childF && lastG >= childG)) break;
    heap[at] = heap[child]!;
    keys[2 * at] = childF;
    keys[2 * at + 1] = childG;
    at = child;
  }
  heap[at] = lastCell;
  keys[2 * at] = lastF;
  keys[2 * at + 1] = lastG;
  return first;
}
