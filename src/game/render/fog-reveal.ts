/**
 * What the fog shows as seen, beyond what the students see (the core's visibility): a door or
 * window beside a seen floor tile is shown as the walls beside it are, so an open door in a wall
 * seen at a grazing angle reads as a door, not as a black gap in the wall. Only the drawing of the
 * fog uses this; who sees whom is the core's. Pure.
 */

/** Writes into `shown` the cells of `visible` plus each door cell (index) with a seen, open, non-door cell beside it (8 ways, as for walls). */
export function revealDoors(width: number, height: number, visible: Uint8Array, opaque: Uint8Array, doorCells: ReadonlySet<number>, shown: Uint8Array): void {
  shown.set(visible);
  for (const cell of doorCells) {
    if (visible[cell] === 1) continue;
    const x = cell % width;
    const y = (cell - x) / width;
    let seen = false;
    for (let dy = -1; dy <= 1 && !seen; dy++) {
      for (let dx = -1; dx <= 1 && !seen; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const next = ny * width + nx;
        seen = visible[next] === 1 && opaque[next] !== 1 && !doorCells.has(next);
      }
    }
    if (seen) shown[cell] = 1;
  }
}
