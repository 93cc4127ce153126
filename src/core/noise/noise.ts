/**
 * Noise: a sound made somewhere on the map this tick, and whether a listener hears it.
 *
 * Words:
 * - radius: how far (tiles) the noise carries in open space; a running footstep ~9, a scream ~11.
 * - muffling: every opaque tile (wall, closed door) on the straight line between the noise and the
 *   listener takes `ZOMBIE_AI.wallMuffleTiles` off the radius.
 * - margin: radius left over after distance and muffling; above 0 the listener hears it, and a
 *   bigger margin means a louder noise to that listener.
 *
 * First pass: straight-line muffling. Sound flowing around corridors over the tile graph is the
 * job of the zombie-senses work.
 */

import type { TileGrid } from '../grid/tile-grid';
import type { NoiseCause } from '../events';
import { ZOMBIE_AI } from '../tuning';

export interface Noise {
  x: number;
  y: number;
  radius: number;
  cause: NoiseCause;
  by: string;
}

/** Opaque tiles strictly between two tiles on a Bresenham line. */
export function countOpaqueBetween(grid: TileGrid, x0: number, y0: number, x1: number, y1: number): number {
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let error = dx + dy;
  let x = x0;
  let y = y0;
  let count = 0;
  while (x !== x1 || y !== y1) {
    const doubled = 2 * error;
    if (doubled >= dy) {
      error += dy;
      x += sx;
    }
    if (doubled <= dx) {
      error += dx;
      y += sy;
    }
    if ((x !== x1 || y !== y1) && grid.opaque[y * grid.width + x] === 1) count++;
  }
  return count;
}

/** How loud `noise` is at (x, y) for a listener whose hearing multiplies the radius; > 0 = heard. */
export function hearingMargin(grid: TileGrid, noise: Noise, x: number, y: number, hearing: number): number {
  const reach = noise.radius * hearing;
  const dx = noise.x - x;
  const dy = noise.y - y;
  const distanceSquared = dx * dx + dy * dy;
  if (distanceSquared > reach * reach) return -1;
  const walls = countOpaqueBetween(grid, Math.floor(noise.x), Math.floor(noise.y), Math.floor(x), Math.floor(y));
  return reach - walls * ZOMBIE_AI.wallMuffleTiles - Math.sqrt(distanceSquared);
}
