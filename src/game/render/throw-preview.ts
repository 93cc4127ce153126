/**
 * The aimed throw's preview: while the player aims the phone alarm (the mouse's right button held
 * on the map, a finger dragged out of the ALARM button, a pad's right stick), a dotted line from the
 * student to where it would land, a marker on that tile, and a ring as wide as the alarm is heard.
 * Where it lands and how far it carries come from the simulation's own query (`aimThrow`), so the
 * preview is the throw: the line stops at the wall the phone would stop at. When it would not land
 * on the aimed tile (a wall, a locker or a closed door in the way, or out of range), a red dashed line
 * goes on from there to the aimed tile, crossed out, so a short throw is never a surprise.
 */

import type Phaser from 'phaser';
import type { Simulation, ThrowAim } from '../../core';
import type { AimTarget } from '../input/player-controls';
import type { Snapshot } from '../../core';
import { SOUND_RING_DEPTH } from './depths';
import { TILE_SIZE } from './sprite-layout';

const LINE = 0xffe27a;
const RING = 0xff9f43;
const SHORT = 0xff4a3d;

export interface PreviewShown {
  tileX: number;
  tileY: number;
  hearingRadius: number;
  by: AimTarget['by'];
  /** It would land short of the aimed tile (something in the way, or out of range). */
  short: boolean;
}

export class ThrowPreview {
  private readonly graphics: Phaser.GameObjects.Graphics;
  /** What was drawn last frame (for `hyosan.look`), or null. */
  shown: PreviewShown | null = null;

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(SOUND_RING_DEPTH + 10);
  }

  draw(simulation: Simulation, snapshot: Snapshot, target: AimTarget | null, timeMs: number): void {
    const g = this.graphics;
    g.clear();
    this.shown = null;
    if (target === null) return;
    const me = snapshot.students.find((s) => s.controlled && !s.down);
    const aim = me === undefined ? undefined : simulation.aimThrow({ kind: 'lure' }, target);
    if (me === undefined || aim === undefined) return;
    const short = aim.tileX !== target.tileX || aim.tileY !== target.tileY;
    this.shown = { tileX: aim.tileX, tileY: aim.tileY, hearingRadius: aim.hearingRadius, by: target.by, short };
    this.drawAim(g, me.x * TILE_SIZE, me.y * TILE_SIZE, aim, timeMs);
    if (short) drawShort(g, aim, target);
  }

  private drawAim(g: Phaser.GameObjects.Graphics, fromX: number, fromY: number, aim: ThrowAim, timeMs: number): void {
    const x = (aim.tileX + 0.5) * TILE_SIZE;
    const y = (aim.tileY + 0.5) * TILE_SIZE;
    // How far it is heard: a soft disc and a ring with a slow pulse inside it.
    const radius = aim.hearingRadius * TILE_SIZE;
    g.fillStyle(RING, 0.07).fillCircle(x, y, radius);
    g.lineStyle(2, RING, 0.7).strokeCircle(x, y, radius);
    const pulse = ((timeMs / 1200) % 1) * radius;
    g.lineStyle(1, RING, 0.45 * (1 - pulse / radius)).strokeCircle(x, y, pulse);
    // The flight: dots from the student to the landing point.
    const length = Math.hypot(x - fromX, y - fromY);
    const dots = Math.max(1, Math.floor(length / 6));
    g.fillStyle(LINE, 0.95);
    for (let i = 1; i < dots; i++) g.fillRect(fromX + ((x - fromX) * i) / dots - 1, fromY + ((y - fromY) * i) / dots - 1, 2, 2);
    // The landing tile: a bright square with a dark edge so it reads on any floor.
    g.lineStyle(3, 0x05070a, 0.9).strokeRect(x - TILE_SIZE / 2 + 1, y - TILE_SIZE / 2 + 1, TILE_SIZE - 2, TILE_SIZE - 2);
    g.lineStyle(1.5, LINE, 1).strokeRect(x - TILE_SIZE / 2 + 1, y - TILE_SIZE / 2 + 1, TILE_SIZE - 2, TILE_SIZE - 2);
  }

  destroy(): void {
    this.graphics.destroy();
  }
}

/** From where it would land on to the aimed tile: red dashes, and the aimed tile crossed out. */
function drawShort(g: Phaser.GameObjects.Graphics, aim: ThrowAim, target: AimTarget): void {
  const fromX = (aim.tileX + 0.5) * TILE_SIZE;
  const fromY = (aim.tileY + 0.5) * TILE_SIZE;
  const x = (target.tileX + 0.5) * TILE_SIZE;
  const y = (target.tileY + 0.5) * TILE_SIZE;
  const length = Math.hypot(x - fromX, y - fromY);
  const dots = Math.max(1, Math.floor(length / 6));
  g.fillStyle(SHORT, 0.9);
  for (let i = 1; i < dots; i++) g.fillRect(fromX + ((x - fromX) * i) / dots - 1, fromY + ((y - fromY) * i) / dots - 1, 2, 2);
  const arm = TILE_SIZE / 2 - 3;
  for (const [width, colour] of [
    [4, 0x05070a],
    [2, SHORT],
  ] as const) {
    g.lineStyle(width, colour, 1);
    g.lineBetween(x - arm, y - arm, x + arm, y + arm);
    g.lineBetween(x - arm, y + arm, x + arm, y - arm);
  }
}
