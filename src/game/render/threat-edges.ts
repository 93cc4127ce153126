/**
 * Threats off screen: a zombie hunting the group from somewhere the camera does not show (a room
 * south of the corridor, round a corner) gets a red arrow at the screen's edge, on the line from
 * the controlled student toward it, so nothing arrives from off screen unannounced. The students
 * hear what hunts them; the arrow only says from where (the zombie itself stays hidden until seen).
 * Drawn over fog, the same size on the screen at any zoom.
 *
 * The zombie that stopped a tapped walk (core walk-watch.ts: it came into the group's sight ahead)
 * gets its arrow too, whatever it is doing, with the word ZOMBIE by it, for a few seconds: a phone
 * held upright shows about 8 tiles across while the students see 9, so the walk stopped for a
 * zombie the player could not see on the screen. The walk still stops (it is the same rule on
 * every screen, and the zombie is there, ahead); the arrow shows where.
 */

import type Phaser from 'phaser';
import { TICKS_PER_SECOND, type SimEvent, type Snapshot } from '../../core';
import { t } from '../i18n/i18n';
import { NOTICE_DEPTH } from './depths';
import { clearSpot, drawEdgeArrow, edgePoint, screenBoxesToWorld, type ArrowShape, type Rect } from './edge-arrow';
import { TILE_SIZE } from './sprite-layout';
import { FONT } from './textures';
import { WORLD_FONT_PX, worldTextScale } from './world-text';

/** Hunting zombies farther than this (tiles) from the controlled student are not announced. */
const ANNOUNCE_TILES = 14;
/** The arrow's distance from the screen's edge, and its size, in screen pixels. */
const INSET = 34;
const ARROW = 13;
const COLOUR = 0xff4a3d;
const THREAT_ARROW: ArrowShape = { halfWidth: 0.75, back: 0.4 };
/** How long the zombie that stopped a tapped walk keeps its arrow, in ticks. */
const STOPPED_TICKS = 4 * TICKS_PER_SECOND;

/** What is shown, for the testing hook: each arrow's zombie and where it stands (world px). */
export interface ThreatShown {
  zombieId: number;
  x: number;
  y: number;
  /** Why it is shown: it hunts the group, or it stopped the tapped walk. */
  why: 'hunting' | 'walkStopped';
}

export class ThreatEdges {
  private readonly graphics: Phaser.GameObjects.Graphics;
  /** The word by the arrow toward the zombie that stopped the walk. */
  private readonly label: Phaser.GameObjects.Text;
  private stoppedBy: { zombieId: number; untilTick: number } | null = null;
  shown: ThreatShown[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(NOTICE_DEPTH);
    this.label = scene.add
      .text(0, 0, '', { fontFamily: FONT, fontStyle: 'bold', fontSize: `${WORLD_FONT_PX}px`, color: '#ffd27a', stroke: '#05070a', strokeThickness: 3 })
      .setOrigin(0.5)
      .setDepth(NOTICE_DEPTH)
      .setResolution(2)
      .setVisible(false);
  }

  /** Notes the zombie that stopped a tapped walk among a tick's events (`tick`: the tick they came from). */
  play(events: readonly SimEvent[], tick: number): void {
    for (const event of events) if (event.type === 'walkStopped') this.stoppedBy = { zombieId: event.zombieId, untilTick: tick + STOPPED_TICKS };
  }

  /** `focus`: where the controlled student is drawn (world px); `covers`: the HUD's boxes on the screen (game px), which the arrows keep clear of. */
  draw(snapshot: Snapshot, focus: { x: number; y: number }, timeMs: number, covers: readonly Rect[] = []): void {
    const g = this.graphics;
    g.clear();
    this.shown = [];
    const me = snapshot.students.find((s) => s.controlled && !s.down);
    if (me === undefined || snapshot.status !== 'playing') return;
    const camera = this.scene.cameras.main;
    const px = 1 / camera.zoom;
    const view = camera.worldView;
    const pulse = 0.75 + 0.25 * Math.sin(timeMs / 160);
    const hud = screenBoxesToWorld(covers, view, camera.zoom);
    const stopped = this.stoppedBy !== null && snapshot.tick <= this.stoppedBy.untilTick ? this.stoppedBy.zombieId : null;
    let labelled = false;
    for (const zombie of snapshot.zombies) {
      const why = zombie.id === stopped ? 'walkStopped' : 'hunting';
      if ((why === 'hunting' && zombie.awareness !== 'hunting') || zombie.mode === 'down') continue;
      const dx = zombie.x - me.x;
      const dy = zombie.y - me.y;
      if (dx * dx + dy * dy > ANNOUNCE_TILES * ANNOUNCE_TILES) continue;
      const at = { x: zombie.x * TILE_SIZE, y: zombie.y * TILE_SIZE };
      const edge = edgePoint(view, INSET * px, focus, at);
      if (edge === null) continue;
      const spot = clearSpot(edge, focus, ARROW * px * 1.6, hud);
      const { ux, uy } = drawEdgeArrow(g, spot, at, ARROW * px, px, { colour: COLOUR, alpha: pulse }, THREAT_ARROW);
      this.shown.push({ zombieId: zombie.id, x: spot.x, y: spot.y, why });
      if (why === 'walkStopped') {
        labelled = true;
        this.placeLabel(spot, ux, uy, px);
      }
    }
    if (!labelled && this.label.visible) this.label.setVisible(false);
  }

  /** The word by the arrow at `spot` (pointing along ux, uy), on the screen's side of it. */
  private placeLabel(spot: { x: number; y: number }, ux: number, uy: number, px: number): void {
    const word = t('threats.zombie');
    if (this.label.text !== word) this.label.setText(word);
    this.label.setScale(worldTextScale(this.scene.cameras.main.zoom));
    // Back from the arrow toward the middle of the screen, by half the word's size and a little.
    const back = ARROW * px * 1.2 + Math.abs(ux) * (this.label.displayWidth / 2) + Math.abs(uy) * (this.label.displayHeight / 2);
    this.label.setPosition(spot.x - ux * back, spot.y - uy * back).setVisible(true);
  }

  destroy(): void {
    this.graphics.destroy();
    this.label.destroy();
  }
}
