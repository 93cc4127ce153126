/**
 * The open list of the A* engine: a binary min-heap of cells keyed by f = g + h, ties going to
 * the larger g (the deeper cell, which reaches the goal sooner on open floors), with each cell's
 * position kept so a cheaper route found to an open cell moves it up in place.
 *
 * Keys are doubles (diagonal steps cost 10√2). These are plain functions over the engine's typed
 * arrays, so the engine's hot loop calls small monomorphic functions the JIT inlines.
 *
 * Words:
 * - heap: `heap[0 .. count)` holds cells; `position[cell]` is the cell's index in `heap` while open.
 */

/** True when cell `a` comes off the heap before cell `b`. */
function before(f: Float64Array, g: Float64Array, a: number, b: number): boolean {
  const fa = f[a]!;
  const fb = f[b]!;
  return fa < fb || (fa === fb && g[a]! > g[b]!);
}

/** Moves the cell at `index` up until its parent comes first; returns nothing. */
export function siftUp(heap: Int32Array, position: Int32Array, f: Float64Array, g: Float64Array, index: number): void {
  const cell = heap[index]!;
  let at = index;
  while (at > 0) {
    const up = (at - 1) >> 1;
    const parentCell = heap[up]!;
    if (!before(f, g, cell, parentCell)) break;
    heap[at] = parentCell;
    position[parentCell] = at;
    at = up;
  }
  heap[at] = cell;
  position[cell] = at;
}

/** Removes and returns the first cell of a heap of `count` (> 0) cells; the caller shrinks its count. */
export function popFirst(heap: Int32Array, position: Int32Array, f: Float64Array, g: Float64Array, count: number): number {
  const first = heap[0]!;
  const last = heap[count - 1]!;
  const size = count - 1;
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && before(f, g, heap[right]!, heap[child]!)) child = right;
    const childCell = heap[child]!;
    if (!before(f, g, childCell, last)) break;
    heap[at] = childCell;
    position[childCell] = at;
    at = child;
  }
  if (size > 0) {
    heap[at] = last;
    position[last] = at;
  }
  return first;
}
