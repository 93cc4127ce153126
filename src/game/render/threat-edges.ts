/**
 * Threats off screen: a zombie hunting the group from somewhere the camera does not show (a room
 * south of the corridor, round a corner) gets a red arrow at the screen's edge, on the line from
 * the controlled student toward it, so nothing arrives from off screen unannounced. The students
 * hear what hunts them; the arrow only says from where (the zombie itself stays hidden until seen).
 * Drawn over fog, the same size on the screen at any zoom.
 */

import type Phaser from 'phaser';
import type { Snapshot } from '../../core';
import { NOTICE_DEPTH } from './depths';
import { drawEdgeArrow, edgePoint, type ArrowShape } from './edge-arrow';
import { TILE_SIZE } from './sprite-layout';

/** Hunting zombies farther than this (tiles) from the controlled student are not announced. */
const ANNOUNCE_TILES = 14;
/** The arrow's distance from the screen's edge, and its size, in screen pixels. */
const INSET = 34;
const ARROW = 13;
const COLOUR = 0xff4a3d;
const THREAT_ARROW: ArrowShape = { halfWidth: 0.75, back: 0.4 };

/** What is shown, for the testing hook: each arrow's zombie and where it stands (world px). */
export interface ThreatShown {
  zombieId: number;
  x: number;
  y: number;
}

export class ThreatEdges {
  private readonly graphics: Phaser.GameObjects.Graphics;
  shown: ThreatShown[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(NOTICE_DEPTH);
  }

  /** `focus`: where the controlled student is drawn (world px). */
  draw(snapshot: Snapshot, focus: { x: number; y: number }, timeMs: number): void {
    const g = this.graphics;
    g.clear();
    this.shown = [];
    const me = snapshot.students.find((s) => s.controlled && !s.down);
    if (me === undefined || snapshot.status !== 'playing') return;
    const camera = this.scene.cameras.main;
    const px = 1 / camera.zoom;
    const view = camera.worldView;
    const pulse = 0.75 + 0.25 * Math.sin(timeMs / 160);
    for (const zombie of snapshot.zombies) {
      if (zombie.awareness !== 'hunting' || zombie.mode === 'down') continue;
      const dx = zombie.x - me.x;
      const dy = zombie.y - me.y;
      if (dx * dx + dy * dy > ANNOUNCE_TILES * ANNOUNCE_TILES) continue;
      const at = { x: zombie.x * TILE_SIZE, y: zombie.y * TILE_SIZE };
      const spot = edgePoint(view, INSET * px, focus, at);
      if (spot === null) continue;
      drawEdgeArrow(g, spot, at, ARROW * px, px, { colour: COLOUR, alpha: pulse }, THREAT_ARROW);
      this.shown.push({ zombieId: zombie.id, x: spot.x, y: spot.y });
    }
  }

  destroy(): void {
    this.graphics.destroy();
  }
}
