/**
 * Fog of war: tiles no student can see right now are darkened, tiles never seen are black.
 * Visibility comes from the core (rules/senses/visibility.ts) and is recomputed only when a student
 * changes tile. Zombies out of sight are hidden, except those close enough to hear shuffling,
 * which show as faint shapes; items show once their tile has been seen. What has been explored is
 * the core's (`Simulation.explored`, kept in saves), so a loaded game shows what the group had seen.
 */

import type Phaser from 'phaser';
import type { Level } from '../../core';
import { computeVisibility, NEEDS } from '../../core';
import type { Snapshot } from '../../core';
import { FOG_DEPTH } from './depths';
import { revealDoors } from './fog-reveal';
import { TILE_SIZE } from './sprite-layout';

/** How far the fog opens round each student, in tiles: as far as rested eyes see (the core's rule). */
export const SIGHT_RADIUS_TILES = NEEDS.sightTiles;
/** Unseen zombies this close to the controlled student, and moving, are heard: drawn faint. */
export const HEARD_RADIUS_TILES = 7;
const FOG_COLOUR = 0x05070c;

export class FogView {
  private readonly visible: Uint8Array;
  /** What the fog shows as seen: the visible cells and the doors beside them (fog-reveal.ts). */
  private readonly shown: Uint8Array;
  private readonly doorCells: ReadonlySet<number>;
  private readonly explored: Uint8Array;
  private readonly graphics: Phaser.GameObjects.Graphics;
  private viewersKey = '';
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
    return !this.enabled || this.visible[tileY * this.level.width + tileX] === 1;
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
    revealDoors(this.level.width, this.level.height, this.visible, this.level.grid.opaque, this.doorCells, this.shown);
    const seen = this.coreExplored?.();
    for (let cell = 0; cell < this.shown.length; cell++) if (this.shown[cell] === 1 || seen?.[cell] === 1) this.explored[cell] = 1;
    this.redraw();
  }

  /** One rectangle per horizontal run of equally fogged tiles. */
  private redraw(): void {
    const g = this.graphics;
    const { width, height } = this.level;
    g.clear();
    for (let y = 0; y < height; y++) {
      let x = 0;
      while (x < width) {
        const shade = this.shadeAt(x, y);
        let end = x + 1;
        while (end < width && this.shadeAt(end, y) === shade) end++;
        if (shade > 0) {
          g.fillStyle(FOG_COLOUR, shade);
          g.fillRect(x * TILE_SIZE, y * TILE_SIZE, (end - x) * TILE_SIZE, TILE_SIZE);
        }
        x = end;
      }
    }
  }

  private shadeAt(tileX: number, tileY: number): number {
    const cell = tileY * this.level.width + tileX;
    if (this.shown[cell] === 1) return 0;
    return this.explored[cell] === 1 ? 0.6 : 1;
  }
}
