/**
 * Jump point search: the 8-way A* of astar.ts for grids whose walkable cells all cost the same,
 * where it is exact and touches far fewer cells. Same cost model (no corner cutting, diagonals
 * 10√2 per unit of cell cost), same heuristic (octile and landmark bounds), same results, except
 * that among several equally short paths it may return another one, and that its expansions (the
 * unit of budgets) are of jump points.
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
import { UNREACHED, type LandmarkTable } from './landmarks';
import { popFirst, siftUp } from './open-heap';
import { DIAGONAL_STEP, gridDistance, noPath, STRAIGHT_STEP, type AStarEngine, type PathResult, type SearchProgress } from './path-types';

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

/** The cells from the search's start to `end`, each jump filled in step by step. */
function traceJumps(parent: Int32Array, w: number, end: number): number[] {
  const points: number[] = [];
  for (let c = end; c !== -1; c = parent[c]!) points.push(c);
  points.reverse();
  const cells: number[] = [points[0]!];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const ay = (a / w) | 0;
    const by = (b / w) | 0;
    const ax = a - ay * w;
    const bx = b - by * w;
    const step = (bx > ax ? 1 : bx < ax ? -1 : 0) + (by > ay ? w : by < ay ? -w : 0);
    for (let c = a + step; c !== b; c += step) cells.push(c);
    cells.push(b);
  }
  return cells;
}

/**
 * Creates the jump point engine for `grid`; valid only while every walkable cell costs the same
 * (the caller checks `uniformCost` per grid version). `landmarkTable` is shared with the 8-way A*.
 */
// long because: the engine is one closure over typed arrays allocated once per grid, as in astar.ts; its run loop is one piece on locals
export function createJumpEngine(grid: TileGrid, landmarkTable: () => LandmarkTable): AStarEngine {
  const width = grid.width;
  const height = grid.height;
  const size = width * height;
  const cost = grid.cost;
  const stamp = new Uint32Array(size);
  const gStraight = new Int32Array(size);
  const gDiagonal = new Int32Array(size);
  const g = new Float64Array(size);
  const hWhole = new Float64Array(size);
  const hDiagonal = new Int32Array(size);
  const f = new Float64Array(size);
  const parent = new Int32Array(size);
  const heap = new Int32Array(size);
  const position = new Int32Array(size);
  const bits = createWalkBits(width, height);
  let bitsVersion = -1;
  let openCount = 0;
  let openMark = 0;
  let startCell = -1;
  let goalCell = -1;
  let goalX = 0;
  let goalY = 0;
  let unit = 1;
  let expanded = 0;
  let bestCell = -1;
  let bestH = Infinity;
  let bestG = Infinity;
  let landmarkCount = 0;
  let landmarkStride = 0;
  let landmarkStraight: Int32Array = new Int32Array(0);
  let landmarkDiagonal: Int32Array = new Int32Array(0);
  const activeLandmark = new Int32Array(16);
  const goalStraight = new Int32Array(16);
  const goalDiagonal = new Int32Array(16);

  /** Writes the heuristic of `cell` (octile, raised by the landmarks) as its two parts. */
  function heuristic(cell: number): void {
    const y = (cell / width) | 0;
    const x = cell - y * width;
    const dx = x > goalX ? x - goalX : goalX - x;
    const dy = y > goalY ? y - goalY : goalY - y;
    let whole = STRAIGHT_STEP * (dx > dy ? dx - dy : dy - dx);
    let slanted = dx > dy ? dy : dx;
    let h = whole + DIAGONAL_STEP * slanted;
    const base = cell * landmarkStride;
    for (let i = 0; i < landmarkCount; i++) {
      const at = base + activeLandmark[i]!;
      let straight = goalStraight[i]! - landmarkStraight[at]!;
      let slant = goalDiagonal[i]! - landmarkDiagonal[at]!;
      let d = STRAIGHT_STEP * straight + DIAGONAL_STEP * slant;
      if (d < 0) {
        d = -d;
        straight = -straight;
        slant = -slant;
      }
      if (d > h) {
        h = d;
        whole = STRAIGHT_STEP * straight;
        slanted = slant;
      }
    }
    hWhole[cell] = whole;
    hDiagonal[cell] = slanted;
  }

  function begin(start: number, goal: number): boolean {
    openCount = 0;
    expanded = 0;
    bestCell = -1;
    startCell = -1;
    if (!Number.isInteger(start) || !Number.isInteger(goal)) return false;
    if (start < 0 || start >= size || goal < 0 || goal >= size) return false;
    if (cost[start] === 0) return false;
    if (openMark >= 0xfffffffc) {
      stamp.fill(0);
      openMark = 0;
    }
    openMark += 2;
    if (grid.version !== bitsVersion) {
      fillWalkBits(bits, cost, width, height);
      bitsVersion = grid.version;
    }
    startCell = start;
    goalCell = goal;
    goalY = (goal / width) | 0;
    goalX = goal - goalY * width;
    unit = cost[start]!;
    const table = landmarkTable();
    landmarkStride = table.count;
    landmarkStraight = table.straight;
    landmarkDiagonal = table.diagonal;
    landmarkCount = 0;
    const sy = (start / width) | 0;
    const sx = start - sy * width;
    const octile = gridDistance(8, sx - goalX, sy - goalY);
    let strongest = 0;
    for (let i = 0; i < table.count; i++) {
      const atGoal = table.straight[goal * table.count + i]!;
      const atStart = table.straight[start * table.count + i]!;
      if (atGoal === UNREACHED || atStart === UNREACHED) continue;
      const bound = Math.abs(STRAIGHT_STEP * (atGoal - atStart) + DIAGONAL_STEP * (table.diagonal[goal * table.count + i]! - table.diagonal[start * table.count + i]!));
      if (bound > strongest) strongest = bound;
      activeLandmark[landmarkCount] = i;
      goalStraight[landmarkCount] = atGoal;
      goalDiagonal[landmarkCount] = table.diagonal[goal * table.count + i]!;
      landmarkCount++;
    }
    // Where no landmark beats the octile distance at the start by 2% (open floors), reading their
    // table would only cost memory traffic: the query goes on the octile bound alone.
    if (strongest <= octile * LANDMARKS_WORTH) landmarkCount = 0;
    bestH = Infinity;
    bestG = Infinity;
    stamp[start] = openMark;
    gStraight[start] = 0;
    gDiagonal[start] = 0;
    g[start] = 0;
    heuristic(start);
    f[start] = hWhole[start]! + DIAGONAL_STEP * hDiagonal[start]!;
    parent[start] = -1;
    heap[0] = start;
    position[start] = 0;
    openCount = 1;
    return true;
  }

  /**
   * The expansion loop. As in astar.ts, hot state is copied into locals first (and written back on
   * the way out): the engines of several grids share this function's optimised code, which would
   * otherwise read every captured variable from its context at each access.
   */
  // long because: the expansion loop in one piece, as astar.ts's (a call per successor, or for the heuristic, costs speed)
  function run(budget: number): SearchProgress {
    if (startCell < 0) return 'exhausted';
    const w = width;
    const h = height;
    const costOf = cost;
    const walk = bits;
    const stampOf = stamp;
    const gOf = g;
    const fOf = f;
    const straightOf = gStraight;
    const diagonalOf = gDiagonal;
    const wholeOf = hWhole;
    const slantOf = hDiagonal;
    const parentOf = parent;
    const open = heap;
    const at = position;
    const goal = goalCell;
    const gx = goalX;
    const gy = goalY;
    const landmarks = landmarkCount;
    const stride = landmarkStride;
    const tableStraight = landmarkStraight;
    const tableDiagonal = landmarkDiagonal;
    const active = activeLandmark;
    const goalS = goalStraight;
    const goalD = goalDiagonal;
    const openStamp = openMark;
    const closedStamp = openMark + 1;
    const step = unit;
    let count = openCount;
    let done = expanded;
    let best = bestCell;
    let bestHere = bestH;
    let bestCost = bestG;
    let left = budget;
    let progress: SearchProgress = 'exhausted';
    while (count > 0) {
      const cell = open[0]!;
      if (cell === goal) {
        progress = 'found';
        break;
      }
      if (left <= 0) {
        progress = 'out-of-budget';
        break;
      }
      popFirst(open, at, fOf, gOf, count);
      count--;
      stampOf[cell] = closedStamp;
      done++;
      left--;
      const gCell = gOf[cell]!;
      const y = (cell / w) | 0;
      const x = cell - y * w;
      const ax = x > gx ? x - gx : gx - x;
      const ay = y > gy ? y - gy : gy - y;
      const plain = ax > ay ? STRAIGHT_STEP * (ax - ay) + DIAGONAL_STEP * ay : STRAIGHT_STEP * (ay - ax) + DIAGONAL_STEP * ax;
      if (plain < bestHere || (plain === bestHere && gCell < bestCost)) {
        best = cell;
        bestHere = plain;
        bestCost = gCell;
      }
      let directions = directionsFrom(costOf, w, h, cell, x, y, parentOf[cell]!);
      while (directions !== 0) {
        const bit = directions & -directions;
        directions ^= bit;
        const k = 31 - Math.clz32(bit);
        const dx = STEP_X[k]!;
        const dy = STEP_Y[k]!;
        const to = k >= 4 ? jumpDiagonal(costOf, walk, w, h, x, y, dx, dy, gx, gy) : dy === 0 ? jumpAcross(walk, w, x, y, dx, y === gy ? gx : -1) : jumpAlong(walk, w, x, y, dy, x === gx ? gy : -1);
        if (to === -1) continue;
        const mark = stampOf[to]!;
        if (mark === closedStamp) continue;
        const ty = (to / w) | 0;
        const tx = to - ty * w;
        const length = (tx > x ? tx - x : x - tx) || (ty > y ? ty - y : y - ty);
        const straight = k < 4 ? straightOf[cell]! + step * length : straightOf[cell]!;
        const slanted = k < 4 ? diagonalOf[cell]! : diagonalOf[cell]! + step * length;
        const tentative = STRAIGHT_STEP * straight + DIAGONAL_STEP * slanted;
        let index: number;
        if (mark === openStamp) {
          if (tentative >= gOf[to]!) continue;
          index = at[to]!;
        } else {
          stampOf[to] = openStamp;
          // The heuristic (see `heuristic`), inlined.
          const dxg = tx > gx ? tx - gx : gx - tx;
          const dyg = ty > gy ? ty - gy : gy - ty;
          let whole = STRAIGHT_STEP * (dxg > dyg ? dxg - dyg : dyg - dxg);
          let slant = dxg > dyg ? dyg : dxg;
          let hTo = whole + DIAGONAL_STEP * slant;
          const base = to * stride;
          for (let i = 0; i < landmarks; i++) {
            const entry = base + active[i]!;
            let ls = goalS[i]! - tableStraight[entry]!;
            let ld = goalD[i]! - tableDiagonal[entry]!;
            let d = STRAIGHT_STEP * ls + DIAGONAL_STEP * ld;
            if (d < 0) {
              d = -d;
              ls = -ls;
              ld = -ld;
            }
            if (d > hTo) {
              hTo = d;
              whole = STRAIGHT_STEP * ls;
              slant = ld;
            }
          }
          wholeOf[to] = whole;
          slantOf[to] = slant;
          index = count;
          open[count] = to;
          count++;
        }
        straightOf[to] = straight;
        diagonalOf[to] = slanted;
        gOf[to] = tentative;
        fOf[to] = STRAIGHT_STEP * straight + wholeOf[to]! + DIAGONAL_STEP * (slanted + slantOf[to]!);
        parentOf[to] = cell;
        siftUp(open, at, fOf, gOf, index);
      }
    }
    openCount = count;
    expanded = done;
    bestCell = best;
    bestH = bestHere;
    bestG = bestCost;
    return progress;
  }

  function result(progress: SearchProgress): PathResult {
    if (startCell < 0) return noPath();
    const end = progress === 'found' ? goalCell : bestCell >= 0 ? bestCell : startCell;
    return { status: progress === 'found' ? 'found' : 'partial', cells: traceJumps(parent, width, end), cost: g[end]!, expanded };
  }

  return { begin, run, result, expandedSoFar: () => expanded, prepare: () => void landmarkTable() };
}
