/**
 * Fog of war: what no student can see right now is darkened, tiles never seen are black. What is
 * seen is drawn finer than a tile, along the true lines of sight from each student's eye
 * (fog-sight.ts), recomputed only when a student changes tile; a zombie is drawn when the core's
 * visibility (rules/senses/visibility.ts, who sees whom) says it is seen and the fog shows some of
 * its tile. Zombies out of sight are hidden, except those close enough to hear shuffling, which
 * show as faint shapes; items show once their tile has been seen. A loaded game starts with what
 * the group had explored (`Simulation.explored`, kept in saves).
 */

import type Phaser from 'phaser';
import type { Level } from '../../core';
import { computeVisibility, NEEDS } from '../../core';
import type { Snapshot } from '../../core';
import { FOG_DEPTH } from './depths';
import { FOG_SUB, fogSight, Seen } from './fog-sight';
import { TILE_SIZE } from './sprite-layout';

/** How far the fog opens round each student, in tiles: as far as rested eyes see (the core's rule). */
export const SIGHT_RADIUS_TILES = NEEDS.sightTiles;
const FOG_COLOUR = 0x05070c;

export class FogView {
  private readonly visible: Uint8Array;
  /** What the fog shows as seen, per tile (a Seen) and per part of a tile (fog-sight.ts). */
  private readonly shown: Uint8Array;
  private readonly fine: Uint8Array;
  private readonly doorCells: ReadonlySet<number>;
  private readonly explored: Uint8Array;
  private readonly graphics: Phaser.GameObjects.Graphics;
  private viewersKey = '';
  private loadedExplored = false;
  private enabled = true;

  constructor(
    scene: Phaser.Scene,
    private readonly level: Level,
    /** The core's explored cells (1 = seen since the level began). */
    private readonly coreExplored?: () => Readonly<Uint8Array>,
  ) {
    const size = level.width * level.height;
    this.visible = new Uint8Array(size);
    this.explored = new Uint8Array(size);
    this.shown = new Uint8Array(size);
    this.fine = new Uint8Array(size * FOG_SUB * FOG_SUB);
    this.doorCells = new Set(level.doors.map((door) => door.tileY * level.width + door.tileX));
    this.graphics = scene.add.graphics().setDepth(FOG_DEPTH);
  }

  /** Fog off (the AI debug view) shows everything. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.viewersKey = '';
    if (!enabled) this.graphics.clear();
  }

  isVisible(tileX: number, tileY: number): boolean {
    const cell = tileY * this.level.width + tileX;
    return !this.enabled || (this.visible[cell] === 1 && this.shown[cell] !== Seen.None);
  }

  isExplored(tileX: number, tileY: number): boolean {
    return !this.enabled || this.explored[tileY * this.level.width + tileX] === 1;
  }

  update(snapshot: Snapshot): void {
    if (!this.enabled) return;
    const viewers = snapshot.students.filter((s) => !s.down).map((s) => ({ tileX: s.tileX, tileY: s.tileY }));
    const key = viewers.map((v) => `${v.tileX},${v.tileY}`).join(';');
    if (key === this.viewersKey) return;
    this.viewersKey = key;
    computeVisibility(this.level.grid, viewers, SIGHT_RADIUS_TILES, this.visible);
    fogSight(this.level.grid, this.doorCells, viewers, SIGHT_RADIUS_TILES, this.fine, this.shown);
    // What a loaded game had explored, once: after that, only what the fog has shown. The core's
    // explored cells also hold the slivers its tile-to-tile sight lines reach, which the fog does not
    // show: those in sight now are left out (on a new level, that is all of them).
    if (!this.loadedExplored) {
      this.loadedExplored = true;
      const seen = this.coreExplored?.();
      if (seen !== undefined) for (let cell = 0; cell < seen.length; cell++) if (seen[cell] === 1 && (this.visible[cell] !== 1 || this.shown[cell] !== Seen.None)) this.explored[cell] = 1;
    }
    for (let cell = 0; cell < this.shown.length; cell++) if (this.shown[cell] !== Seen.None) this.explored[cell] = 1;
    this.redraw();
  }

  /**
   * One rectangle per horizontal run of equally fogged tiles; a row of tiles with a partly seen
   * tile in it is drawn in FOG_SUB rows of parts.
   */
  private redraw(): void {
    const g = this.graphics;
    const { width, height } = this.level;
    const part = TILE_SIZE / FOG_SUB;
    g.clear();
    const runs = (count: number, shade: (x: number) => number, x0: number, y0: number, step: number, tall: number): void => {
      let x = 0;
      while (x < count) {
        const value = shade(x);
        let end = x + 1;
        while (end < count && shade(end) === value) end++;
        if (value > 0) {
          g.fillStyle(FOG_COLOUR, value);
          g.fillRect(x0 + x * step, y0, (end - x) * step, tall);
        }
        x = end;
      }
    };
    for (let y = 0; y < height; y++) {
      let partly = false;
      for (let x = 0; x < width && !partly; x++) partly = this.shown[y * width + x] === Seen.Part;
      if (!partly) {
        runs(width, (x) => this.shadeAt(x, y), 0, y * TILE_SIZE, TILE_SIZE, TILE_SIZE);
        continue;
      }
      const fineWidth = width * FOG_SUB;
      for (let j = 0; j < FOG_SUB; j++) {
        const row = (y * FOG_SUB + j) * fineWidth;
        runs(fineWidth, (x) => (this.fine[row + x] === 1 ? 0 : this.explored[y * width + Math.floor(x / FOG_SUB)] === 1 ? 0.6 : 1), 0, y * TILE_SIZE + j * part, part, part);
      }
    }
  }

  private shadeAt(tileX: number, tileY: number): number {
    const cell = tileY * this.level.width + tileX;
    if (this.shown[cell] !== Seen.None) return 0;
    return this.explored[cell] === 1 ? 0.6 : 1;
  }
}
