/**
 * Light field: how bright each tile is drawn (0 dark .. 1 fully lit), and where the moving and
 * flickering lights are. It only reads: the core's per-tile light map and daylight when the
 * snapshot carries them (`light`, `daylight`), the students' `lightOn`, and the level's tiles
 * (windows and burning barrels, from the tile catalog). When a snapshot has no light map the
 * brightness is a cosmetic estimate — window light spreading into the rooms that can see a
 * window — which decides nothing in the game.
 */

import type { Level } from '../../core';
import { computeVisibility } from '../../core';
import type { Snapshot } from '../../core';
import { TILE_INFO } from './tile-catalog';
import { TILE_NAMES } from './sprite-layout';

/** How far window light reaches into a room, in tiles. */
export const WINDOW_REACH_TILES = 7;
/** Brightness of a room no window reaches: by full day, and at night. */
export const AMBIENT_DAY = 0.6;
export const AMBIENT_NIGHT = 0.05;

export interface LightSpot {
  /** Tile coordinates (floats) of the light. */
  x: number;
  y: number;
  kind: 'phone' | 'fire';
  /** Radians, for cones (0 = east, π/2 = south). */
  angle: number;
  /** A phone light shown only as a drawing preview: the core does not know it, so its light map lacks it. */
  preview?: boolean;
}

/** The optional light fields a snapshot may carry (the core adds them; older snapshots lack them). */
interface LitSnapshot {
  daylight?: number;
  light?: ArrayLike<number> | { levels: ArrayLike<number> };
  students: Array<{ x: number; y: number; facing: string; down: boolean; lightOn?: boolean }>;
}

/** Drawing-only overrides for previews and screenshots (see session.lookPreview). */
export interface LightPreview {
  daylight?: number;
  phoneLight?: boolean;
}

const FACING_ANGLE: Record<string, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

/** Tiles of the level that light themselves: windows (daylight) and fires, by cell index. */
export function lightTiles(level: Level): { windows: number[]; fires: number[] } {
  const windows: number[] = [];
  const fires: number[] = [];
  const firstgid = level.tiled.tilesets[0]?.firstgid ?? 1;
  for (const layer of level.tiled.layers) {
    if (layer.type !== 'tilelayer' || !Array.isArray(layer.data)) continue;
    layer.data.forEach((gid, cell) => {
      if (typeof gid !== 'number' || gid === 0) return;
      const name = TILE_NAMES[(gid & 0x1fffffff) - firstgid];
      const light = name === undefined ? undefined : TILE_INFO[name].light;
      if (light === 'window') windows.push(cell);
      else if (light === 'fire') fires.push(cell);
    });
  }
  return { windows, fires };
}

/**
 * Per-tile window light 0..1 at full daylight: 1 next to a window, fading to 0 at
 * `WINDOW_REACH_TILES`, only where a window can be seen from (walls keep it out of corridors).
 */
export function windowLight(level: Level, windows: readonly number[]): Float32Array {
  const { width, height, grid } = level;
  const out = new Float32Array(width * height);
  const seen = new Uint8Array(width * height);
  for (const cell of windows) {
    const wx = cell % width;
    const wy = (cell - wx) / width;
    // the floor tiles touching the window are where its light enters
    for (const [dx, dy] of [[0, 1], [0, -1], [1, 0], [-1, 0]] as const) {
      const x = wx + dx;
      const y = wy + dy;
      if (x < 0 || y < 0 || x >= width || y >= height || grid.opaque[y * width + x] === 1) continue;
      computeVisibility(grid, [{ tileX: x, tileY: y }], WINDOW_REACH_TILES, seen);
      for (let i = 0; i < seen.length; i++) {
        if (seen[i] !== 1) continue;
        const tx = i % width;
        const ty = (i - tx) / width;
        const reach = 1 - Math.hypot(tx - x, ty - y) / WINDOW_REACH_TILES;
        if (reach > (out[i] ?? 0)) out[i] = reach;
      }
    }
  }
  return out;
}

export class LightField {
  readonly width: number;
  readonly height: number;
  /** Brightness per tile, 0..1, as last computed. */
  readonly brightness: Float32Array;
  private readonly windows: Float32Array;
  readonly fires: ReadonlyArray<{ x: number; y: number }>;
  private key = '';
  /**
   * True when the brightness came from the core's light map: phone cones, lamps and fires are in it
   * already (blocked by walls), so the view must not add its own on top.
   */
  fromCore = false;

  constructor(level: Level) {
    this.width = level.width;
    this.height = level.height;
    this.brightness = new Float32Array(level.width * level.height);
    const tiles = lightTiles(level);
    this.windows = windowLight(level, tiles.windows);
    this.fires = tiles.fires.map((cell) => ({ x: (cell % level.width) + 0.5, y: Math.floor(cell / level.width) + 0.5 }));
  }

  /** Recomputes `brightness` from a snapshot; returns true when it changed (redraw needed). */
  update(snapshot: Snapshot, preview: LightPreview = {}): boolean {
    const lit = snapshot as unknown as LitSnapshot;
    const given = preview.daylight ?? lit.daylight;
    const daylight = typeof given === 'number' ? Math.min(1, Math.max(0, given)) : 1;
    const core = lit.light === undefined ? undefined : 'levels' in lit.light ? lit.light.levels : lit.light;
    if (core !== undefined && core.length === this.brightness.length && preview.daylight === undefined) {
      let changed = false;
      for (let i = 0; i < core.length; i++) {
        // Compared as stored: a Float32Array never holds 0.6 exactly, so a plain compare said "changed" every frame.
        const value = Math.fround(Math.min(1, Math.max(0, core[i] ?? 0)));
        if (value !== this.brightness[i]) { this.brightness[i] = value; changed = true; }
      }
      const first = !this.fromCore;
      this.fromCore = true;
      this.key = 'core';
      return changed || first;
    }
    this.fromCore = false;
    const key = daylight.toFixed(3);
    if (key === this.key) return false;
    this.key = key;
    const ambient = AMBIENT_NIGHT + (AMBIENT_DAY - AMBIENT_NIGHT) * daylight;
    for (let i = 0; i < this.brightness.length; i++) {
      this.brightness[i] = Math.min(1, ambient + (this.windows[i] ?? 0) * daylight * (1 - ambient));
    }
    return true;
  }

  /** Phone lights (students with `lightOn`) and fires, for this snapshot. */
  spots(snapshot: Snapshot, preview: LightPreview = {}): LightSpot[] {
    const lit = snapshot as unknown as LitSnapshot;
    const spots: LightSpot[] = [];
    for (const [i, student] of lit.students.entries()) {
      const previewed = preview.phoneLight === true && snapshot.students[i]?.controlled === true;
      if ((student.lightOn === true || previewed) && !student.down) spots.push({ x: student.x, y: student.y, kind: 'phone', angle: FACING_ANGLE[student.facing] ?? 0, ...(student.lightOn === true ? {} : { preview: true }) });
    }
    for (const fire of this.fires) spots.push({ x: fire.x, y: fire.y, kind: 'fire', angle: 0 });
    return spots;
  }
}
