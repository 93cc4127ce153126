/**
 * AI debug overlay (`?debug=ai`, or F3 in dev builds): each zombie's view cone coloured by its
 * awareness, the line to where it is heading, its mode, the blood trails it can smell, and for a
 * moment after every detection a line from the zombie to what gave the student away, labelled with
 * the cause ("saw", "heard: footstep", "smelled"): thick and outlined, drawn above characters,
 * darkness and hit numbers so it stays readable under an attacking zombie. Cones are drawn without occlusion: walls still block the real sight test.
 * Every noise shows as a ring of its reach for a second (walls and doors shorten the real spread,
 * see core noise.ts), and a zombie walking a planned route shows it as a dotted line.
 *
 * Players never see it, so it is a chunk of its own, fetched only when asked for (./debug-request.ts).
 */

import type Phaser from 'phaser';
import type { SimEvent } from '../../core';
import type { Simulation } from '../../core';
import type { Snapshot } from '../../core';
import { TICKS_PER_SECOND, ZOMBIE } from '../../core';
import { TILE_SIZE } from './sprite-layout';
import { FONT, setTextColour } from './textures';
import { FLOAT_TEXT_DEPTH, FOG_DEPTH } from './depths';
import type { PlaySession } from '../play-session';

const AWARENESS_COLOURS = { unaware: 0x7ad78a, suspicious: 0xffd84a, hunting: 0xff4a3d } as const;
const CAUSE_WORDS = { sight: 'saw', sound: 'heard', smell: 'smelled' } as const;
const MAX_LABELS = 60;
const DETECTION_TICKS = TICKS_PER_SECOND * 2;
const RING_TICKS = TICKS_PER_SECOND;
const MAX_RINGS = 40;
/** Detection markers sit above everything in the level (hit numbers included). */
const DETECTION_DEPTH = FLOAT_TEXT_DEPTH + 100;
/** Cones, routes and labels: over the darkness and the fog (a debug view shows what the player cannot see), under the detection notes. */
const OVERLAY_DEPTH = FOG_DEPTH + 100;
const DETECTION_COLOURS = { saw: 0xff4a3d, heard: 0x6fd0ff, smelled: 0xff7ad1 } as const;

interface Ring {
  x: number;
  y: number;
  radius: number;
  untilTick: number;
}

interface Detection {
  zombieId: number;
  tileX: number;
  tileY: number;
  word: keyof typeof DETECTION_COLOURS;
  /** What was heard (a noise's cause), when that is known. */
  detail: string;
  untilTick: number;
}

export class DebugOverlay {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly detectionGraphics: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly detectionLabels: Phaser.GameObjects.Text[] = [];
  private detections: Detection[] = [];
  private rings: Ring[] = [];
  private visible: boolean;

  /** `play`: the play it draws over, where it reports what it drew (for the testing hook). */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly play: PlaySession,
    visible: boolean,
  ) {
    this.visible = visible;
    this.graphics = scene.add.graphics().setDepth(OVERLAY_DEPTH);
    this.detectionGraphics = scene.add.graphics().setDepth(DETECTION_DEPTH);
    scene.events.once('shutdown', () => {
      play.debugStats = undefined;
    });
  }

  toggle(): void {
    this.visible = !this.visible;
    if (!this.visible) {
      this.clear();
      this.play.debugStats = undefined;
    }
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Remembers what caused each detection, to draw it for a couple of seconds. */
  note(events: readonly SimEvent[], tick: number): void {
    for (const event of events) {
      if (event.type === 'noiseMade') this.rings.push({ x: (event.tileX + 0.5) * TILE_SIZE, y: (event.tileY + 0.5) * TILE_SIZE, radius: event.radius * TILE_SIZE, untilTick: tick + RING_TICKS });
      if (event.type !== 'zombieAlerted') continue;
      // A zombie hears a noise made earlier in the same tick, at the tile it turns to.
      const noise = event.cause === 'sound' ? events.find((e) => e.type === 'noiseMade' && e.tileX === event.tileX && e.tileY === event.tileY) : undefined;
      const detail = noise?.type === 'noiseMade' ? noise.cause : '';
      this.detections.push({ zombieId: event.zombieId, tileX: event.tileX, tileY: event.tileY, word: CAUSE_WORDS[event.cause], detail, untilTick: tick + DETECTION_TICKS });
    }
    this.detections = this.detections.filter((d) => d.untilTick > tick);
    this.rings = this.rings.filter((r) => r.untilTick > tick).slice(-MAX_RINGS);
  }

  draw(snapshot: Snapshot, simulation: Simulation): void {
    if (!this.visible) return;
    const g = this.graphics;
    g.clear();
    const illegal = simulation.illegalTransitions();
    const stats = { cones: 0, goals: 0, trailTiles: 0, detections: [] as string[], rings: 0, paths: 0, illegalTransitions: illegal.count, depth: this.graphics.depth };
    for (const ring of this.rings) {
      stats.rings++;
      g.lineStyle(1, 0x8fd3ff, 0.7);
      g.strokeCircle(ring.x, ring.y, ring.radius);
    }
    const width = simulation.level.grid.width;
    for (const path of simulation.aiPaths()) {
      const zombie = snapshot.zombies[path.zombieId];
      if (zombie === undefined) continue;
      stats.paths++;
      g.fillStyle(AWARENESS_COLOURS[zombie.awareness], 0.7);
      for (const cell of path.cells) g.fillRect((cell % width) * TILE_SIZE + 6, Math.floor(cell / width) * TILE_SIZE + 6, 4, 4);
    }
    for (const drop of simulation.scentTrail()) {
      stats.trailTiles++;
      g.fillStyle(0xb3122a, 0.15 + drop.strength * 0.35);
      g.fillRect(drop.tileX * TILE_SIZE + 3, drop.tileY * TILE_SIZE + 3, TILE_SIZE - 6, TILE_SIZE - 6);
    }
    const view = this.scene.cameras.main.worldView;
    let label = 0;
    for (const zombie of snapshot.zombies) {
      if (zombie.mode === 'down') continue;
      const x = zombie.x * TILE_SIZE;
      const y = zombie.y * TILE_SIZE;
      const tuning = ZOMBIE[zombie.kind];
      const colour = AWARENESS_COLOURS[zombie.awareness];
      const facing = Math.atan2(zombie.facingY, zombie.facingX);
      const half = Math.acos(tuning.sightCosHalfAngle);
      stats.cones++;
      g.fillStyle(colour, 0.1);
      g.slice(x, y, tuning.sightRange * TILE_SIZE, facing - half, facing + half, false);
      g.fillPath();
      g.lineStyle(1, colour, 0.35);
      g.strokePath();
      if (zombie.mode === 'investigate' || zombie.mode === 'chase' || zombie.mode === 'search') {
        stats.goals++;
        g.lineStyle(1, colour, 0.8);
        g.lineBetween(x, y, (zombie.goalX + 0.5) * TILE_SIZE, (zombie.goalY + 0.5) * TILE_SIZE);
        g.strokeRect(zombie.goalX * TILE_SIZE + 2, zombie.goalY * TILE_SIZE + 2, TILE_SIZE - 4, TILE_SIZE - 4);
      }
      if (label < MAX_LABELS && view.contains(x, y)) this.label(label++, x, y + 9, zombie.onTrail ? 'trail' : zombie.mode, colour);
    }
    // A rule asked for a state change its table forbids: say so where it cannot be missed.
    if (illegal.count > 0) this.label(label++, view.centerX, view.y + 10, `illegal transitions: ${illegal.count} (last: ${illegal.last})`, 0xff3b3b);
    for (let i = label; i < this.labels.length; i++) this.labels[i]!.setVisible(false);
    this.drawDetections(snapshot, stats.detections);
    this.play.debugStats = stats;
  }

  /**
   * "Why was I detected?": from each alerted zombie a thick, dark-outlined line in the cause's colour
   * to what it sensed, a ring and cross on that tile, and a label with the cause on a dark plate.
   */
  private drawDetections(snapshot: Snapshot, words: string[]): void {
    const g = this.detectionGraphics;
    g.clear();
    let shown = 0;
    for (const detection of this.detections) {
      const zombie = snapshot.zombies[detection.zombieId];
      if (zombie === undefined || shown >= MAX_LABELS) continue;
      words.push(detection.word);
      const colour = DETECTION_COLOURS[detection.word];
      const fromX = zombie.x * TILE_SIZE;
      const fromY = zombie.y * TILE_SIZE;
      const toX = (detection.tileX + 0.5) * TILE_SIZE;
      const toY = (detection.tileY + 0.5) * TILE_SIZE;
      g.lineStyle(5, 0x05070a, 0.85);
      g.lineBetween(fromX, fromY, toX, toY);
      g.strokeCircle(toX, toY, 6);
      g.strokeCircle(fromX, fromY, 4);
      g.lineStyle(3, colour, 1);
      g.lineBetween(fromX, fromY, toX, toY);
      g.strokeCircle(toX, toY, 6);
      g.strokeCircle(fromX, fromY, 4);
      g.lineStyle(1, 0xffffff, 1);
      g.lineBetween(toX - 3, toY - 3, toX + 3, toY + 3);
      g.lineBetween(toX - 3, toY + 3, toX + 3, toY - 3);
      const text = detection.detail === '' ? detection.word : `${detection.word}: ${detection.detail}`;
      // The label goes on the cause's side of the line, above the ring.
      this.label(shown++, toX, toY - 13, text, colour, this.detectionLabels, DETECTION_DEPTH + 1);
    }
    for (let i = shown; i < this.detectionLabels.length; i++) this.detectionLabels[i]!.setVisible(false);
  }

  private label(index: number, x: number, y: number, text: string, colour: number, pool = this.labels, depth = OVERLAY_DEPTH + 1): void {
    let label = pool[index];
    if (label === undefined) {
      label = this.scene.add
        .text(0, 0, '', { fontFamily: FONT, fontSize: '16px', color: '#ffffff', stroke: '#000000', strokeThickness: 4 })
        .setOrigin(0.5)
        .setScale(pool === this.labels ? 0.3 : 0.42)
        .setDepth(depth)
        .setResolution(2);
      if (pool !== this.labels) label.setBackgroundColor('#05070acc').setPadding(3, 1, 3, 1);
      pool.push(label);
    }
    if (label.text !== text) label.setText(text);
    setTextColour(label, `#${colour.toString(16).padStart(6, '0')}`)
      .setPosition(x, y)
      .setVisible(true);
  }

  private clear(): void {
    this.graphics.clear();
    this.detectionGraphics.clear();
    for (const label of [...this.labels, ...this.detectionLabels]) label.setVisible(false);
  }
}
