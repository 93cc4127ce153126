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
import { TILE_SIZE } from './sprite-layout';

/** Hunting zombies farther than this (tiles) from the controlled student are not announced. */
const ANNOUNCE_TILES = 14;
/** The arrow's distance from the screen's edge, and its size, in screen pixels. */
const INSET = 34;
const ARROW = 13;
const COLOUR = 0xff4a3d;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the line from `from` toward `to` leaves `view` shrunk by `inset` on every side, or null when
 * `to` is inside `view` (on screen: no arrow) or the two points coincide.
 */
export function edgePoint(view: Rect, inset: number, from: { x: number; y: number }, to: { x: number; y: number }): { x: number; y: number } | null {
  if (to.x >= view.x && to.x <= view.x + view.width && to.y >= view.y && to.y <= view.y + view.height) return null;
  const left = view.x + inset;
  const right = view.x + view.width - inset;
  const top = view.y + inset;
  const bottom = view.y + view.height - inset;
  const cx = Math.min(right, Math.max(left, from.x));
  const cy = Math.min(bottom, Math.max(top, from.y));
  const dx = to.x - cx;
  const dy = to.y - cy;
  if (dx === 0 && dy === 0) return null;
  // The largest step along (dx, dy) that stays inside the inset box.
  let scale = Infinity;
  if (dx > 0) scale = Math.min(scale, (right - cx) / dx);
  if (dx < 0) scale = Math.min(scale, (left - cx) / dx);
  if (dy > 0) scale = Math.min(scale, (bottom - cy) / dy);
  if (dy < 0) scale = Math.min(scale, (top - cy) / dy);
  return { x: cx + dx * scale, y: cy + dy * scale };
}

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
      const angle = Math.atan2(at.y - spot.y, at.x - spot.x);
      const size = ARROW * px;
      const tipX = spot.x + Math.cos(angle) * size;
      const tipY = spot.y + Math.sin(angle) * size;
      const nx = -Math.sin(angle) * size * 0.75;
      const ny = Math.cos(angle) * size * 0.75;
      const backX = spot.x - Math.cos(angle) * size * 0.4;
      const backY = spot.y - Math.sin(angle) * size * 0.4;
      g.lineStyle(3 * px, 0x05070a, 0.9).fillStyle(COLOUR, pulse);
      g.beginPath()
        .moveTo(tipX, tipY)
        .lineTo(backX + nx, backY + ny)
        .lineTo(backX - nx, backY - ny)
        .closePath()
        .fillPath()
        .strokePath();
      this.shown.push({ zombieId: zombie.id, x: spot.x, y: spot.y });
    }
  }

  destroy(): void {
    this.graphics.destroy();
  }
}
