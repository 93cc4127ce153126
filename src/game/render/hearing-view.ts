/**
 * Hearing made visible. A halfbie student hears through walls: each `halfbieHeard` event puts a
 * pulsing sound sign on the heard tile (a dot with sound waves either side, "(( • ))": a shape
 * that reads as a sound at phone size, unlike a small ear, which read as a question mark), drawn
 * over walls and fog, fading over two seconds of the game's own time (merged with a marker already
 * on that tile): a paused or slowed game keeps them for as long as its steps take, so a slow frame
 * never hides a step that was heard a moment of play ago. Thunder and the bell cover quieter noises (core
 * rules/noise/noise-mask.ts): a thunderclap flashes the screen (not with reduced motion), and while a mask
 * covers the controlled student a line over their head says their steps go unheard.
 *
 * A zombie right behind a closed door the controlled student stands at is heard there (heard-shape.ts):
 * a red sign pulses where it stands, over the door's darkness, for as long as it stays.
 *
 * Markers live in a fixed pool drawn by one Graphics: nothing is allocated per marker or per frame.
 */

import type Phaser from 'phaser';
import { TICK_MS, type NoiseCause, type SimEvent, type Snapshot } from '../../core';
import { t } from '../i18n/i18n';
import { settings } from '../settings/settings';
import { FLOAT_TEXT_DEPTH, SOUND_RING_DEPTH } from './depths';
import { doorHeardThrough } from './heard-shape';
import { TILE_SIZE } from './sprite-layout';
import { FONT, setTextColour } from './textures';

const MARKER_MS = 2000;
const MAX_MARKERS = 24;
/** The sound sign's waves (world px from the heard tile's centre) and how far each side they reach (radians). */
const WAVES = [3.5, 6.5] as const;
const WAVE_SPREAD = 0.75;
/** Loud, dangerous causes in red, people in amber, everything else pale blue. */
const DANGER: ReadonlySet<NoiseCause> = new Set(['scream', 'bash', 'glass', 'barricade', 'growl', 'alarm', 'fireAlarm']);
const PEOPLE: ReadonlySet<NoiseCause> = new Set(['footstep', 'fight', 'door', 'hammer', 'craft', 'scrape', 'switch', 'thud', 'spray']);

interface Marker {
  tileX: number;
  tileY: number;
  bornMs: number;
  colour: number;
  active: boolean;
}

/** The sign at (x, y): a dot and two waves either side of it, each on a dark edge so it reads on any floor. */
export function drawSoundSign(g: Phaser.GameObjects.Graphics, x: number, y: number, colour: number, alpha: number): void {
  for (const [width, stroke, strokeAlpha] of [
    [3, 0x05070a, 0.7 * alpha],
    [1.5, colour, alpha],
  ] as const) {
    g.lineStyle(width, stroke, strokeAlpha);
    for (const radius of WAVES) {
      for (const side of [0, Math.PI]) {
        g.beginPath();
        g.arc(x, y, radius, side - WAVE_SPREAD, side + WAVE_SPREAD, false);
        g.strokePath();
      }
    }
  }
  g.fillStyle(0x05070a, 0.7 * alpha).fillCircle(x, y, 2.4);
  g.fillStyle(colour, alpha).fillCircle(x, y, 1.5);
}

export class HearingView {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly hint: Phaser.GameObjects.Text;
  private readonly markers: Marker[] = Array.from({ length: MAX_MARKERS }, () => ({ tileX: 0, tileY: 0, bornMs: 0, colour: 0, active: false }));
  /** The game's time (ms of play) at the last draw: markers are born and age on it. */
  private nowMs = 0;
  private drawnAny = false;
  /** Heard markers drawn last frame, and the hint shown (null when none), for the testing hook. */
  markersShown = 0;
  /** Zombies marked as heard behind the door the student stands at, last frame. */
  behindDoorShown = 0;
  hintShown: string | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(SOUND_RING_DEPTH + 50);
    this.hint = scene.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '16px', color: '#bfe3ff', stroke: '#05070a', strokeThickness: 4 })
      .setOrigin(0.5, 1)
      .setScale(0.35)
      .setResolution(2)
      .setDepth(FLOAT_TEXT_DEPTH + 1)
      .setVisible(false);
  }

  play(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type === 'halfbieHeard') this.mark(event.tileX, event.tileY, event.cause);
      else if (event.type === 'directorEvent' && event.sound === 'thunder' && !settings().accessibility.reducedMotion) this.scene.cameras.main.flash(140, 210, 225, 255);
    }
  }

  private mark(tileX: number, tileY: number, cause: NoiseCause): void {
    const colour = DANGER.has(cause) ? 0xff5a4e : PEOPLE.has(cause) ? 0xffc861 : 0x9fd8ff;
    let slot = this.markers.find((m) => m.active && m.tileX === tileX && m.tileY === tileY);
    // A full pool reuses the oldest marker.
    slot ??= this.markers.find((m) => !m.active) ?? this.markers.reduce((oldest, m) => (m.bornMs < oldest.bornMs ? m : oldest));
    slot.tileX = tileX;
    slot.tileY = tileY;
    slot.bornMs = this.nowMs;
    slot.colour = colour;
    slot.active = true;
  }

  /** Draws the markers and the hint; call once per frame after the events of its ticks (`timeMs`, the page's time, only pulses them). */
  draw(snapshot: Snapshot, timeMs: number): void {
    this.nowMs = snapshot.tick * TICK_MS;
    const g = this.graphics;
    let shown = 0;
    for (const m of this.markers) {
      if (!m.active) continue;
      const age = (this.nowMs - m.bornMs) / MARKER_MS;
      if (age >= 1 || age < 0) {
        m.active = false;
        continue;
      }
      if (shown === 0) g.clear();
      shown++;
      const x = (m.tileX + 0.5) * TILE_SIZE;
      const y = (m.tileY + 0.5) * TILE_SIZE;
      const fade = 1 - age;
      const pulse = (timeMs % 600) / 600;
      drawSoundSign(g, x, y, m.colour, fade);
      g.lineStyle(1, m.colour, fade * (1 - pulse));
      g.strokeCircle(x, y, WAVES[1] + 1 + pulse * 8);
    }
    const me = snapshot.students[snapshot.controlledId];
    let behind = 0;
    if (me !== undefined && !me.down) {
      for (const zombie of snapshot.zombies) {
        if (doorHeardThrough(zombie, me, snapshot.doors) === undefined) continue;
        if (shown + behind === 0) g.clear();
        behind++;
        const pulse = (timeMs % 900) / 900;
        drawSoundSign(g, zombie.x * TILE_SIZE, zombie.y * TILE_SIZE, 0xff5a4e, 0.95);
        g.lineStyle(1.5, 0xff5a4e, 1 - pulse);
        g.strokeCircle(zombie.x * TILE_SIZE, zombie.y * TILE_SIZE, WAVES[1] + 1 + pulse * 6);
      }
    }
    this.behindDoorShown = behind;
    shown += behind;
    if (shown === 0 && this.drawnAny) g.clear();
    this.drawnAny = shown > 0;
    this.markersShown = shown;
    this.drawHint(snapshot);
  }

  private drawHint(snapshot: Snapshot): void {
    const me = snapshot.students[snapshot.controlledId];
    const mask = me === undefined || me.down ? undefined : snapshot.noiseMasks.find((m) => m.covers.includes(me.id));
    if (mask === undefined || me === undefined) {
      if (this.hintShown !== null) this.hint.setVisible(false);
      this.hintShown = null;
      return;
    }
    const text = t(mask.kind === 'thunder' ? 'hearing.thunderCovers' : 'hearing.bellCovers');
    if (text !== this.hintShown) this.hint.setText(text);
    setTextColour(this.hint, mask.kind === 'thunder' ? '#bfe3ff' : '#ffe29a');
    this.hint.setPosition(me.x * TILE_SIZE, me.y * TILE_SIZE - 20).setVisible(true);
    this.hintShown = text;
  }

  destroy(): void {
    this.graphics.destroy();
    this.hint.destroy();
  }
}
