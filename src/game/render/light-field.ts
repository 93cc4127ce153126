/**
 * Light field: how bright each tile is drawn (0 dark .. 1 fully lit), and where the moving and
 * flickering lights are. The brightness is the core's light map (senses/light.ts, carried in the
 * snapshot as `light`, or the core's preview of it for `hyosan.look({ daylight, phoneLight })`):
 * windows, lamps, fires and phone cones are in it already, each stopped by walls. This file keeps
 * no light model of its own; it only copies those numbers and says where the fires stand (for the
 * warm glow drawn over them) and where the phones shine (counted for `hyosan.look`).
 */

import type { Level } from '../../core';
import type { Snapshot } from '../../core';
import { TILE_INFO } from './tile-catalog';
import { TILE_NAMES } from './sprite-layout';

export interface LightSpot {
  /** Tile coordinates (floats) of the light. */
  x: number;
  y: number;
  kind: 'phone' | 'fire';
  /** Radians, for cones (0 = east, π/2 = south). */
  angle: number;
}

const FACING_ANGLE: Record<string, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

/** Tiles of the level that burn (fire barrels, from the tile catalog), by cell index. */
export function fireTiles(level: Level): number[] {
  const fires: number[] = [];
  const firstgid = level.tiled.tilesets[0]?.firstgid ?? 1;
  for (const layer of level.tiled.layers) {
    if (layer.type !== 'tilelayer' || !Array.isArray(layer.data)) continue;
    layer.data.forEach((gid, cell) => {
      if (typeof gid !== 'number' || gid === 0) return;
      const name = TILE_NAMES[(gid & 0x1fffffff) - firstgid];
      if (name !== undefined && TILE_INFO[name].light === 'fire') fires.push(cell);
    });
  }
  return fires;
}

export class LightField {
  readonly width: number;
  readonly height: number;
  /** Brightness per tile, 0..1, as last copied. */
  readonly brightness: Float32Array;
  readonly fires: ReadonlyArray<{ x: number; y: number }>;
  private copied = false;

  constructor(level: Level) {
    this.width = level.width;
    this.height = level.height;
    this.brightness = new Float32Array(level.width * level.height);
    this.fires = fireTiles(level).map((cell) => ({ x: (cell % level.width) + 0.5, y: Math.floor(cell / level.width) + 0.5 }));
  }

  /**
   * Copies a light map from the core (the snapshot's `light`, or a preview of it) into `brightness`;
   * returns true when it changed (redraw needed). A map of another size than the level is a bug.
   */
  update(light: ArrayLike<number>): boolean {
    if (light.length !== this.brightness.length) throw new Error(`light map has ${light.length} cells; the level has ${this.brightness.length} (${this.width}×${this.height})`);
    let changed = !this.copied;
    for (let i = 0; i < light.length; i++) {
      // Compared as stored: a Float32Array never holds 0.6 exactly, so a plain compare said "changed" every frame.
      const value = Math.fround(Math.min(1, Math.max(0, light[i] ?? 0)));
      if (value !== this.brightness[i]) {
        this.brightness[i] = value;
        changed = true;
      }
    }
    this.copied = true;
    return changed;
  }

  /** Phone lights (students with `lightOn`, or the controlled one under a phone preview) and fires, for this snapshot. */
  spots(snapshot: Snapshot, phonePreview = false): LightSpot[] {
    const spots: LightSpot[] = [];
    for (const student of snapshot.students) {
      if ((student.lightOn || (phonePreview && student.controlled)) && !student.down) spots.push({ x: student.x, y: student.y, kind: 'phone', angle: FACING_ANGLE[student.facing] ?? 0 });
    }
    for (const fire of this.fires) spots.push({ x: fire.x, y: fire.y, kind: 'fire', angle: 0 });
    return spots;
  }
}
