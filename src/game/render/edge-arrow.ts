/**
 * Arrows at the screen's edge toward something off screen (threat-edges.ts: a hunting zombie;
 * objective-edges.ts: what the level needs next): where the line toward it leaves the view, and the
 * arrowhead drawn there, the same size on the screen at any zoom.
 */

import type Phaser from 'phaser';
import { rectsMeet } from '../layout/screen-layout';

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

/** How an arrowhead is shaped: its half-width and how far its base sits behind the spot, in arrow sizes. */
export interface ArrowShape {
  halfWidth: number;
  back: number;
}

/**
 * Draws an arrowhead of `size` world px at `spot`, pointing at `at`, filled with `colour` at `alpha`
 * and edged dark (`px`: one screen pixel in world px). Returns the unit direction it points in.
 */
export function drawEdgeArrow(
  g: Phaser.GameObjects.Graphics,
  spot: { x: number; y: number },
  at: { x: number; y: number },
  size: number,
  px: number,
  fill: { colour: number; alpha: number },
  shape: ArrowShape,
): { ux: number; uy: number } {
  const angle = Math.atan2(at.y - spot.y, at.x - spot.x);
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const nx = -uy * size * shape.halfWidth;
  const ny = ux * size * shape.halfWidth;
  const backX = spot.x - ux * size * shape.back;
  const backY = spot.y - uy * size * shape.back;
  g.lineStyle(3 * px, 0x05070a, 0.9).fillStyle(fill.colour, fill.alpha);
  g.beginPath()
    .moveTo(spot.x + ux * size, spot.y + uy * size)
    .lineTo(backX + nx, backY + ny)
    .lineTo(backX - nx, backY - ny)
    .closePath()
    .fillPath()
    .strokePath();
  return { ux, uy };
}

/**
 * The first place on the line from `spot` toward `toward` where a box of `half` each side of it
 * meets none of `covers` (the HUD's panels and buttons, in world px): a marker under the status
 * panel or the pause button slides in along its line until it shows. `spot` itself when it is
 * clear; `toward` when nothing on the way is.
 */
export function clearSpot(spot: { x: number; y: number }, toward: { x: number; y: number }, half: number, covers: readonly Rect[]): { x: number; y: number } {
  const dx = toward.x - spot.x;
  const dy = toward.y - spot.y;
  const steps = Math.max(1, Math.ceil(Math.hypot(dx, dy) / Math.max(1e-6, half / 2)));
  for (let i = 0; i <= steps; i++) {
    const p = { x: spot.x + (dx * i) / steps, y: spot.y + (dy * i) / steps };
    const box = { x: p.x - half, y: p.y - half, width: 2 * half, height: 2 * half };
    if (!covers.some((cover) => rectsMeet(box, cover))) return p;
  }
  return { ...toward };
}

/** Screen boxes (game px) as boxes in the world under a camera showing `view` at `zoom` (no rotation). */
export function screenBoxesToWorld(boxes: readonly Rect[], view: Rect, zoom: number): Rect[] {
  return boxes.map((b) => ({ x: view.x + b.x / zoom, y: view.y + b.y / zoom, width: b.width / zoom, height: b.height / zoom }));
}
