/**
 * Objective markers on the map: the current step's areas outlined, key items and devices as
 * pulsing diamonds, a waiting student ringed; done and later objectives are not drawn. Drawn
 * above the fog (a goal is known before it is seen), below the HUD. Reads snapshots only.
 */

import type Phaser from 'phaser';
import type { ObjectiveView, Snapshot } from '../../core';
import { GOAL_DEPTH } from './depths';
import { TILE_SIZE } from './sprite-layout';

/** Objectives stay marked over darkness and fog, like the exit. */
const MARKER_DEPTH = GOAL_DEPTH;
export const MARKER_COLOURS: Record<ObjectiveView['kind'], number> = { reach: 0x8fe3a8, hold: 0xe8c547, collect: 0x7fd4ff, activate: 0xff9f5a, rescue: 0xf2a0d8 };

export class ObjectiveMarkers {
  private readonly graphics: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(MARKER_DEPTH);
  }

  draw(snapshot: Snapshot, timeMs: number): void {
    const g = this.graphics;
    g.clear();
    const pulse = 0.55 + 0.45 * Math.abs(Math.sin(timeMs / 420));
    for (const objective of snapshot.objectives) {
      if (objective.state !== 'current') continue;
      const colour = MARKER_COLOURS[objective.kind];
      const x = objective.tileX * TILE_SIZE;
      const y = objective.tileY * TILE_SIZE;
      if (objective.kind === 'reach' || objective.kind === 'hold') {
        const w = objective.width * TILE_SIZE;
        const h = objective.height * TILE_SIZE;
        g.fillStyle(colour, 0.1 + 0.08 * pulse).fillRect(x, y, w, h);
        g.lineStyle(1, colour, 0.9).strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
        if (objective.kind === 'hold' && objective.progress > 0) g.fillStyle(colour, 0.8).fillRect(x, y + h - 2, w * objective.progress, 2);
        continue;
      }
      const cx = x + TILE_SIZE / 2;
      const cy = y + TILE_SIZE / 2;
      if (objective.kind === 'rescue') {
        const student = snapshot.students[objective.studentId ?? -1];
        if (student === undefined || !student.waiting) continue;
        g.lineStyle(1.5, colour, pulse).strokeCircle(student.x * TILE_SIZE, student.y * TILE_SIZE, 9);
        continue;
      }
      const r = 5 + pulse * 1.5;
      g.fillStyle(colour, 0.35 * pulse)
        .fillTriangle(cx, cy - r, cx + r, cy, cx - r, cy)
        .fillTriangle(cx, cy + r, cx + r, cy, cx - r, cy);
      g.lineStyle(1, colour, 1)
        .lineBetween(cx, cy - r, cx + r, cy)
        .lineBetween(cx + r, cy, cx, cy + r)
        .lineBetween(cx, cy + r, cx - r, cy)
        .lineBetween(cx - r, cy, cx, cy - r);
    }
  }

  destroy(): void {
    this.graphics.destroy();
  }
}
