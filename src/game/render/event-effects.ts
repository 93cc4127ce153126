/**
 * Event effects: what the player sees when something happens. Sound made visible — a ring where
 * each noise was made, and for a noise off screen an arrow at the screen edge pointing to it — and
 * juice with restraint: blood specks on hits, dust under running feet, a number where someone is
 * hit, a shake when a student is bitten. Reduced motion (settings) drops the shake, the dust and
 * most of the blood; sound rings follow their own setting. Cosmetic only; nothing here feeds back
 * into the simulation.
 */

import type Phaser from 'phaser';
import type { SimEvent } from '../../core';
import type { Snapshot } from '../../core';
import { FLOAT_TEXT_DEPTH, SOUND_RING_DEPTH } from './depths';
import { TILE_SIZE } from './sprite-layout';
import { itemName, t } from '../i18n/i18n';
import { settings } from '../settings/settings';
import { hudBarHeight } from '../layout/live-layout';
import { FONT } from './textures';
import { placeRisingWord, risingWordBottom } from './rising-words';
import { ringLook, type RingLook } from './ring-look';

const RING_COLOURS: Record<string, number> = { footstep: 0x9fb4c8, fight: 0xffd27a, scream: 0xff5a4e, groan: 0x9ee07a, alarm: 0x7ad7ff };
/** How long an edge marker for an off-screen sound stays, in ms. */
const EDGE_MARKER_MS = 1100;
/** A rising word's rise (world px) and life. */
const FLOAT_RISE = 12;
const FLOAT_MS = 700;
/** How long a word to be read (`say`) takes to rise and fade. */
const SAY_MS = 2600;
/** Edge markers sit this far inside the screen edge, in screen pixels. */
const EDGE_INSET = 26;
const FX = { speck: 'fx:speck', arrow: 'fx:arrow' } as const;

interface EdgeMarker {
  sprite: Phaser.GameObjects.Image;
  x: number;
  y: number;
  bornMs: number;
}

export class EventEffects {
  private readonly blood: Phaser.GameObjects.Particles.ParticleEmitter;
  private readonly dust: Phaser.GameObjects.Particles.ParticleEmitter;
  private readonly markers: EdgeMarker[] = [];
  /** Boxes in world pixels that rising words keep clear of (labels drawn by someone else); none by default. */
  keepClearOf: () => { x: number; y: number; width: number; height: number }[] = () => [];
  /** Words still rising, oldest first (see `floatText`): each with when it was born and where its rise started (its bottom). */
  private floats: { label: Phaser.GameObjects.Text; bornMs: number; from: number; text: string; x: number; count: number; lifeMs: number }[] = [];
  private nowMs = 0;
  private rings = 0;
  /** Rings and edge markers on screen last frame (for the testing hook). */
  ringsShown = 0;
  edgeMarkersShown = 0;

  constructor(private readonly scene: Phaser.Scene) {
    makeFxTextures(scene);
    this.blood = scene.add
      .particles(0, 0, FX.speck, {
        speed: { min: 18, max: 60 },
        lifespan: { min: 260, max: 520 },
        gravityY: 90,
        scale: { start: 1, end: 0.5 },
        tint: [0x8e1b26, 0xc8323a, 0x4d0f18],
        emitting: false,
      })
      .setDepth(FLOAT_TEXT_DEPTH - 1);
    this.dust = scene.add
      .particles(0, 0, FX.speck, {
        speed: { min: 4, max: 14 },
        lifespan: 380,
        alpha: { start: 0.55, end: 0 },
        scale: { start: 1, end: 1.6 },
        tint: 0xcbc2a3,
        angle: { min: 180, max: 360 },
        emitting: false,
      })
      .setDepth(1);
  }

  private get reducedMotion(): boolean {
    return settings().accessibility.reducedMotion;
  }

  play(events: readonly SimEvent[], snapshot: Snapshot): void {
    // A blow that downs its zombie says so, in place of "hit" (its pips, toughness-pips.ts, are gone).
    const downed = new Set(events.flatMap((event) => (event.type === 'zombieDowned' ? [event.zombieId] : [])));
    for (const event of events) {
      switch (event.type) {
        case 'noiseMade': {
          const x = (event.tileX + 0.5) * TILE_SIZE;
          const y = (event.tileY + 0.5) * TILE_SIZE;
          // Quiet sneaking steps stay invisible, as they are to the zombies.
          if (event.radius >= 2 && settings().accessibility.soundRings) {
            const colour = RING_COLOURS[event.cause] ?? 0xffffff;
            this.ring(x, y, event.radius, colour, ringLook(event.cause, event.radius));
            this.edgeMarker(x, y, colour);
          }
          if (event.cause === 'footstep' && event.radius >= 4 && !this.reducedMotion) this.dust.explode(3, x, y + 5);
          break;
        }
        case 'studentHit': {
          const student = snapshot.students[event.studentId];
          if (student !== undefined) {
            this.floatText(student.x * TILE_SIZE, student.y * TILE_SIZE, `-${event.damage}`, '#ff6b5e');
            this.blood.explode(this.reducedMotion ? 2 : 8, student.x * TILE_SIZE, student.y * TILE_SIZE - 4);
          }
          if (settings().accessibility.screenShake && !this.reducedMotion) this.scene.cameras.main.shake(120, 0.004);
          break;
        }
        case 'zombieHit': {
          const zombie = snapshot.zombies[event.zombieId];
          const down = downed.has(event.zombieId);
          if (zombie !== undefined) {
            this.floatText(zombie.x * TILE_SIZE, zombie.y * TILE_SIZE, t(down ? 'effects.downed' : 'effects.hit'), down ? '#ff9a4e' : '#ffe27a');
            this.blood.explode(this.reducedMotion ? 2 : down ? 14 : 6, zombie.x * TILE_SIZE, zombie.y * TILE_SIZE - 4);
          }
          if (down && settings().accessibility.screenShake && !this.reducedMotion) this.scene.cameras.main.shake(90, 0.002);
          break;
        }
        case 'studentDowned': {
          const student = snapshot.students[event.studentId];
          if (student !== undefined) this.blood.explode(this.reducedMotion ? 3 : 14, student.x * TILE_SIZE, student.y * TILE_SIZE);
          break;
        }
        case 'itemPickedUp': {
          const student = snapshot.students[event.studentId];
          if (student !== undefined) this.floatText(student.x * TILE_SIZE, student.y * TILE_SIZE, t('effects.pickedUp', { item: itemName(event.item) }), '#8fe3a8');
          break;
        }
        default:
          break;
      }
    }
  }

  /** Keeps edge markers on the screen edge as the camera moves; call once per frame. */
  update(timeMs: number): void {
    this.nowMs = timeMs;
    const camera = this.scene.cameras.main;
    const view = camera.worldView;
    const inset = EDGE_INSET / camera.zoom;
    // Clear of the HUD's slot bar along the bottom.
    const bottomInset = inset + hudBarHeight() / camera.zoom;
    for (let i = this.markers.length - 1; i >= 0; i--) {
      const marker = this.markers[i]!;
      const age = timeMs - marker.bornMs;
      const inside = view.contains(marker.x, marker.y);
      if (age > EDGE_MARKER_MS || inside) {
        marker.sprite.destroy();
        this.markers.splice(i, 1);
        continue;
      }
      const cx = view.centerX;
      const cy = view.centerY;
      const angle = Math.atan2(marker.y - cy, marker.x - cx);
      // where the line from the centre to the sound leaves the inset view rectangle
      const halfW = view.width / 2 - inset;
      const halfH = Math.max(0, Math.sin(angle) > 0 ? view.height / 2 - bottomInset : view.height / 2 - inset);
      const scale = Math.min(halfW / Math.max(1e-6, Math.abs(Math.cos(angle))), halfH / Math.max(1e-6, Math.abs(Math.sin(angle))));
      marker.sprite
        .setPosition(cx + Math.cos(angle) * scale, cy + Math.sin(angle) * scale)
        .setRotation(angle)
        .setScale((1 / camera.zoom) * 2)
        .setAlpha(1 - age / EDGE_MARKER_MS);
    }
    this.edgeMarkersShown = this.markers.length;
    this.ringsShown = this.rings;
    this.riseWords();
  }

  /** The box (left, top, width, height) of a word drawn now. */
  private static boxOf(label: Phaser.GameObjects.Text): { x: number; y: number; width: number; height: number } {
    return { x: label.x - label.displayWidth / 2, y: label.y - label.displayHeight, width: label.displayWidth, height: label.displayHeight };
  }

  /** The top of the view plus a margin: the highest bottom a word may have there (it would rise out of sight above). */
  private highestBottom(label: Phaser.GameObjects.Text): number {
    return this.scene.cameras.main.worldView.y + label.displayHeight + 14;
  }

  /** `x` moved in so that a word `width` wide is inside the view (a word said at the screen's edge was cut there). */
  private insideView(x: number, width: number): number {
    const view = this.scene.cameras.main.worldView;
    const half = width / 2 + 2;
    return view.width <= 2 * half ? view.centerX : Math.min(Math.max(x, view.x + half), view.right - half);
  }

  /**
   * Each word rises `FLOAT_RISE` px and fades over `FLOAT_MS`. What it keeps clear of can move
   * meanwhile (labels over characters that walk): a word that now covers one, or a younger word
   * that covers an older one, moves to the nearest clear spot (rising-words.ts) and rises on from there.
   */
  private riseWords(): void {
    const labels = this.keepClearOf();
    const placed: { x: number; y: number; width: number; height: number }[] = [];
    this.floats = this.floats.filter((float) => {
      const age = (this.nowMs - float.bornMs) / float.lifeMs;
      if (age >= 1) {
        float.label.destroy();
        return false;
      }
      const { label } = float;
      label.setX(this.insideView(float.x, label.displayWidth));
      const rise = FLOAT_RISE * Math.max(0, age);
      const taken = [...placed, ...labels];
      const bottom = risingWordBottom(label.x, label.displayWidth, label.displayHeight, float.from - rise, taken, this.highestBottom(label) - rise);
      float.from = bottom + rise;
      label.setY(bottom).setAlpha(1 - Math.max(0, age));
      placed.push(EventEffects.boxOf(label));
      return true;
    });
  }

  private ring(x: number, y: number, radiusTiles: number, colour: number, look: RingLook): void {
    const ring = this.scene.add.circle(x, y, 4).setStrokeStyle(look.lineWidth, colour, look.alpha).setDepth(SOUND_RING_DEPTH);
    ring.isFilled = false;
    this.rings++;
    const done = (): void => {
      ring.destroy();
      this.rings--;
    };
    if (look.lingerMs === 0) {
      this.scene.tweens.add({ targets: ring, radius: radiusTiles * TILE_SIZE, alpha: 0, duration: look.growMs, ease: 'Cubic.easeOut', onComplete: done });
      return;
    }
    // A loud one: grows bright to its full reach, then fades there.
    this.scene.tweens.chain({
      targets: ring,
      tweens: [
        { radius: radiusTiles * TILE_SIZE, alpha: look.alpha * 0.85, duration: look.growMs, ease: 'Cubic.easeOut' },
        { alpha: 0, duration: look.lingerMs, ease: 'Quad.easeIn' },
      ],
      onComplete: done,
    });
  }

  /** An arrow at the screen edge pointing at a sound made off screen. */
  private edgeMarker(x: number, y: number, colour: number): void {
    if (this.scene.cameras.main.worldView.contains(x, y)) return;
    // one marker per direction and moment is enough: merge sounds close together
    const near = this.markers.find((m) => Math.hypot(m.x - x, m.y - y) < TILE_SIZE * 3);
    if (near !== undefined) {
      near.bornMs = this.nowMs;
      near.sprite.setTint(colour);
      return;
    }
    const sprite = this.scene.add
      .image(x, y, FX.arrow)
      .setDepth(SOUND_RING_DEPTH + 1)
      .setTint(colour);
    this.markers.push({ sprite, x, y, bornMs: this.nowMs });
    this.update(this.nowMs);
  }

  /**
   * A word rising from a spot and fading ("-12", "+1 food"). It starts above the name tag over a
   * student's head (entity-view.ts), and above any word still rising from near there, so words that
   * come together are read one above the other; but a word said again there is counted ("hit ×3"),
   * and words never pile more than two rows over their spot: the oldest in the way goes (rising-words.ts).
   */
  private floatText(x: number, y: number, text: string, colour: string, lifeMs = FLOAT_MS): void {
    const label = this.scene.add
      .text(x, 0, text, { fontFamily: FONT, fontStyle: 'bold', fontSize: '16px', color: colour, stroke: '#05070a', strokeThickness: 4 })
      .setOrigin(0.5, 1)
      .setScale(0.4 * settings().accessibility.textSize)
      .setDepth(FLOAT_TEXT_DEPTH)
      .setResolution(2);
    label.setX(this.insideView(x, label.displayWidth));
    // The name tag: 12 px above the feet, 7 px tall at 100% text.
    const bottom = y - 13 - 7 * settings().accessibility.textSize;
    // Words still rising from near there, and the labels of the caller's (boxes: left, top, width, height).
    const words = this.floats.map((float) => ({ text: float.text, x: float.x, box: EventEffects.boxOf(float.label) }));
    const plan = placeRisingWord(text, x, { width: label.displayWidth, height: label.displayHeight }, bottom, words, this.keepClearOf(), this.highestBottom(label));
    if ('merge' in plan) {
      // The same word again from the same spot: counted on the word still rising, which starts its rise again.
      label.destroy();
      const float = this.floats[plan.merge]!;
      float.count++;
      float.bornMs = this.nowMs;
      float.label.setText(t('effects.repeated', { word: text, count: float.count }));
      return;
    }
    for (const index of [...plan.drop].reverse()) this.floats.splice(index, 1)[0]!.label.destroy();
    label.setY(plan.bottom);
    this.floats.push({ label, bornMs: this.nowMs, from: label.y, text, x, count: 1, lifeMs });
  }

  /** Words over a student that must be read (why a tapped walk stopped): they rise as the others do, slowly enough to read. */
  say(x: number, y: number, text: string): void {
    this.floatText(x, y, text, '#ffd27a', SAY_MS);
  }

  /** Takes away the words still rising: the level is over, and they showed through the end screen's heading. */
  clearWords(): void {
    for (const float of this.floats) float.label.destroy();
    this.floats = [];
  }

  destroy(): void {
    this.clearWords();
    for (const marker of this.markers) marker.sprite.destroy();
    this.markers.length = 0;
  }
}

/** A 2×2 speck for blood and dust, and an arrow head (pointing east, white: tinted per sound). */
function makeFxTextures(scene: Phaser.Scene): void {
  if (!scene.textures.exists(FX.speck)) {
    const speck = scene.textures.createCanvas(FX.speck, 2, 2)!;
    const ctx = speck.getContext();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 2, 2);
    speck.refresh();
  }
  if (!scene.textures.exists(FX.arrow)) {
    const rows = ['##......', '####....', '.######.', '..######', '..######', '.######.', '####....', '##......'];
    const arrow = scene.textures.createCanvas(FX.arrow, 10, 10)!;
    const ctx = arrow.getContext();
    rows.forEach((row, y) =>
      [...row].forEach((ch, x) => {
        if (ch !== '#') return;
        ctx.fillStyle = '#0b0f1a';
        ctx.fillRect(x, y, 3, 3);
      }),
    );
    rows.forEach((row, y) =>
      [...row].forEach((ch, x) => {
        if (ch !== '#') return;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(x + 1, y + 1, 1, 1);
      }),
    );
    arrow.refresh();
  }
}
