/** Breadth-first walks over a tile grid, for reach questions asked once (level checks, the campaign), not per tick. */

/**
 * Walking steps (4 directions) from the `starts` cells over the cells `passable` allows: the
 * distance of each cell (-1 where it cannot be reached) and the cells in the order reached.
 */
export function flood(width: number, height: number, starts: readonly number[], passable: (cell: number) => boolean): { distance: Int32Array; order: number[] } {
  const distance = new Int32Array(width * height).fill(-1);
  const order: number[] = [];
  for (const cell of starts) {
    if (distance[cell] === -1 && passable(cell)) {
      distance[cell] = 0;
      order.push(cell);
    }
  }
  for (let head = 0; head < order.length; head++) {
    const cell = order[head]!;
    const x = cell % width;
    const y = (cell - x) / width;
    for (const next of [x > 0 ? cell - 1 : -1, x < width - 1 ? cell + 1 : -1, y > 0 ? cell - width : -1, y < height - 1 ? cell + width : -1]) {
      if (next >= 0 && distance[next] === -1 && passable(next)) {
        distance[next] = distance[cell]! + 1;
        order.push(next);
      }
    }
  }
  return { distance, order };
}
