/**
 * Visibility: which tiles the students can see right now — within `radiusTiles` of a living
 * student and with a clear line of sight (walls and closed doors block it; the blocking tile itself
 * is seen, and so is every wall bordering a seen open tile, so a room keeps its outline). The
 * renderer hides everything else under fog of war.
 */

import { hasLineOfSight } from '../../grid/line-of-sight';
import type { TileGrid } from '../../grid/tile-grid';

export interface Viewer {
  tileX: number;
  tileY: number;
}

/** Writes 1 into `out` for every visible cell and 0 elsewhere. `out` has one entry per cell. */
export function computeVisibility(grid: TileGrid, viewers: readonly Viewer[], radiusTiles: number, out: Uint8Array): void {
  out.fill(0);
  const radius = Math.floor(radiusTiles);
  const radiusSquared = radiusTiles * radiusTiles;
  for (const viewer of viewers) {
    for (let dy = -radius; dy <= radius; dy++) {
      const y = viewer.tileY + dy;
      if (y < 0 || y >= grid.height) continue;
      for (let dx = -radius; dx <= radius; dx++) {
        const x = viewer.tileX + dx;
        if (x < 0 || x >= grid.width || dx * dx + dy * dy > radiusSquared) continue;
        const cell = y * grid.width + x;
        if (out[cell] === 1) continue;
        if (hasLineOfSight(grid, viewer.tileX, viewer.tileY, x, y)) out[cell] = 1;
      }
    }
  }
  // A wall seen at a grazing angle is hidden by its neighbours in the same row; show every
  // opaque tile that borders a visible open tile, so rooms keep their outlines.
  for (let cell = 0; cell < out.length; cell++) {
    if (out[cell] !== 1 || grid.opaque[cell] === 1) continue;
    const x = cell % grid.width;
    const y = (cell - x) / grid.width;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= grid.width || ny >= grid.height) continue;
        const next = ny * grid.width + nx;
        if (grid.opaque[next] === 1 && out[next] === 0) out[next] = 2;
      }
    }
  }
  for (let cell = 0; cell < out.length; cell++) if (out[cell] === 2) out[cell] = 1;
}
