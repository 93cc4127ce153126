/**
 * What the fog shows as seen, drawn finer than a tile: each floor tile is cut into FOG_SUB × FOG_SUB
 * parts, and a part is shown when the straight line from the student's eye (the middle of their
 * tile) to the part's middle touches no wall or closed door (walls are solid squares: a line that
 * only grazes a wall's corner is stopped by it). So a doorway seen at a slant shows the wedge of
 * floor really in sight beyond it, with straight edges, instead of the one-tile staircase that the
 * tile-to-tile sight lines squeeze through between the two door posts' corners. Walls, doors and
 * windows are shown whole beside a seen floor part, as the core outlines rooms. Only the drawing
 * of the fog uses this; who sees whom is the core's (rules/senses/visibility.ts). Pure.
 */

/** Parts per tile side. */
export const FOG_SUB = 4;

export interface FogGrid {
  width: number;
  height: number;
  /** 1 for walls and closed doors: what stops sight. */
  opaque: Uint8Array;
}

/** Per tile: not seen, partly seen (some parts) or wholly seen. */
export const Seen = { None: 0, Part: 1, Whole: 2 } as const;

/**
 * True when the segment from the middle of tile (ex, ey) to the point (px, py) (in units of
 * 1/(2·FOG_SUB) tile, so every coordinate is a whole number) crosses no opaque tile before the
 * point's own; a corner touched is stopped when either tile beside it is opaque.
 */
function clear(grid: FogGrid, ex: number, ey: number, px: number, py: number): boolean {
  const unit = 2 * FOG_SUB;
  const x0 = ex * unit + FOG_SUB;
  const y0 = ey * unit + FOG_SUB;
  const targetX = Math.floor(px / unit);
  const targetY = Math.floor(py / unit);
  const dx = px - x0;
  const dy = py - y0;
  const sx = dx < 0 ? -1 : 1;
  const sy = dy < 0 ? -1 : 1;
  const adx = Math.abs(dx);
  const ady = Math.abs(dy);
  const { width, opaque } = grid;
  let x = ex;
  let y = ey;
  while (x !== targetX || y !== targetY) {
    // The next grid lines the segment meets, and which comes first (compared exactly).
    const bx = (sx > 0 ? x + 1 : x) * unit;
    const by = (sy > 0 ? y + 1 : y) * unit;
    const tx = adx === 0 ? Infinity : Math.abs(bx - x0) * ady;
    const ty = ady === 0 ? Infinity : Math.abs(by - y0) * adx;
    if (adx !== 0 && ady !== 0 && tx === ty) {
      if (opaque[y * width + x + sx] === 1 || opaque[(y + sy) * width + x] === 1) return false;
      x += sx;
      y += sy;
    } else if (tx < ty) x += sx;
    else y += sy;
    if ((x !== targetX || y !== targetY) && opaque[y * width + x] === 1) return false;
  }
  return true;
}

/**
 * Writes what the fog shows: `fine` (one entry per part, (width·FOG_SUB) × (height·FOG_SUB), 1 =
 * shown) and `tiles` (one entry per tile, a Seen). A part is seen within `radiusTiles` (+ half a
 * tile) of a viewer's eye.
 */
export function fogSight(grid: FogGrid, doorCells: ReadonlySet<number>, viewers: readonly { tileX: number; tileY: number }[], radiusTiles: number, fine: Uint8Array, tiles: Uint8Array): void {
  const { width, height, opaque } = grid;
  const fineWidth = width * FOG_SUB;
  const unit = 2 * FOG_SUB;
  const reach = (radiusTiles + 0.5) * unit;
  const reachSquared = reach * reach;
  const box = Math.ceil(radiusTiles + 1);
  fine.fill(0);
  tiles.fill(Seen.None);
  const isFloor = (cell: number): boolean => opaque[cell] !== 1 && !doorCells.has(cell);
  for (const { tileX: ex, tileY: ey } of viewers) {
    const eyeX = ex * unit + FOG_SUB;
    const eyeY = ey * unit + FOG_SUB;
    for (let ty = Math.max(0, ey - box); ty <= Math.min(height - 1, ey + box); ty++) {
      for (let tx = Math.max(0, ex - box); tx <= Math.min(width - 1, ex + box); tx++) {
        const cell = ty * width + tx;
        if (!isFloor(cell) || tiles[cell] === Seen.Whole) continue;
        let count = 0;
        for (let j = 0; j < FOG_SUB; j++) {
          for (let i = 0; i < FOG_SUB; i++) {
            const at = (ty * FOG_SUB + j) * fineWidth + tx * FOG_SUB + i;
            if (fine[at] === 1) {
              count++;
              continue;
            }
            const px = tx * unit + 2 * i + 1;
            const py = ty * unit + 2 * j + 1;
            if ((px - eyeX) ** 2 + (py - eyeY) ** 2 > reachSquared || !clear(grid, ex, ey, px, py)) continue;
            fine[at] = 1;
            count++;
          }
        }
        if (count > 0) tiles[cell] = count === FOG_SUB * FOG_SUB ? Seen.Whole : Seen.Part;
      }
    }
  }
  // Walls, doors and windows beside a seen floor tile are shown whole (8 ways), so rooms keep their outlines.
  for (let cell = 0; cell < tiles.length; cell++) {
    if (isFloor(cell)) continue;
    const x = cell % width;
    const y = (cell - x) / width;
    let beside = false;
    for (let dy = -1; dy <= 1 && !beside; dy++) {
      for (let dx = -1; dx <= 1 && !beside; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        const next = ny * width + nx;
        beside = isFloor(next) && tiles[next] !== Seen.None;
      }
    }
    if (!beside) continue;
    tiles[cell] = Seen.Whole;
    for (let j = 0; j < FOG_SUB; j++) fine.fill(1, (y * FOG_SUB + j) * fineWidth + x * FOG_SUB, (y * FOG_SUB + j) * fineWidth + (x + 1) * FOG_SUB);
  }
}
