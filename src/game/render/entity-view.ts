/**
 * Entity view: one sprite per student, zombie and item, kept in step with the core's snapshots and
 * drawn between the last two ticks (`alpha`) so movement is smooth at any frame rate.
 * Owns no rules: every decision it shows was made by the core.
 */

import Phaser from 'phaser';
import { helpUpText } from '../help-up-text';
import type { Device } from '../tutorial/prompt-text';
import { isTouchMode } from '../layout/live-layout';
import type { Snapshot, StudentView, ZombieView } from '../../core';
import { ATLAS_KEY, uiFrame, type AtlasLook } from './atlas-layout';
import { bodyFrame, bodyOriginY, downFrame, grabCue, itemIconFrame, studentLook, zombieLook } from './character-looks';
import { exitMarkerAlpha } from './exit-marker';
import { TILE_SIZE } from './sprite-layout';
import { GOAL_DEPTH, LABEL_DEPTH } from './depths';
import type { FogView } from './fog-view';
import { heardOutOfSight } from './heard-shape';
import { FONT, setTextColour } from './textures';
import { studentName } from '../i18n/i18n';
import { WORLD_FONT_PX, worldTextScale } from './world-text';
import { clearLabelSpots, type LabelView } from './label-stack';
import { ToughnessPips } from './toughness-pips';
import { screenBoxesToWorld } from './edge-arrow';

interface Posable {
  facing: StudentView['facing'];
  moving: boolean;
  swinging: boolean;
  hurt: boolean;
}

/** Bodies and markers are images, not sprites: frames are set here, and a sprite's per-frame animation update cost 1,000 calls a frame with 500 zombies. */
interface CharacterSprite {
  body: Phaser.GameObjects.Image;
  /** Frame time when it went down (for the falling frame), or -1 while standing. */
  downSince: number;
  /** Frame time when the current hit started (for the hit flash), or -1. */
  hurtSince: number;
  /** The tint the body has now, so it is set only when it changes. */
  tint: 'none' | 'flash' | 'hurt';
}

/** A student's sprite: the name over the controlled one and the ring under their feet. */
interface StudentSprite extends CharacterSprite {
  label: Phaser.GameObjects.Text;
  ring: Phaser.GameObjects.Ellipse;
  /** A wedge on the ring's rim the way the student faces: where a swing on the move lands. */
  facing: Phaser.GameObjects.Graphics;
}

/** The ring under the controlled student, in world pixels, and its colour (the name tag's). */
const RING = { width: 15, height: 7, colour: 0xffe27a } as const;

/** A zombie's sprite, with its look worked out once for its kind. */
interface ZombieSprite extends CharacterSprite {
  /** The ?/! over its head, only while it shows (from `markerPool`). */
  marker: Phaser.GameObjects.Image | undefined;
  kind: ZombieView['kind'];
  look: AtlasLook;
}

/** Zombies this far outside the camera's view (pixels) are hidden and not posed. */
const OFF_VIEW_MARGIN = 32;

/** How long a hit flashes white, in ms (a red tint instead when motion is reduced). */
const HIT_FLASH_MS = 90;

export class EntityView {
  /** Off once the level is over: the name showed through the end screen's heading. */
  namesShown = true;
  /** A fallen student's call for help (who, the time left, the player's Use control): off in a replay, where nobody can act on it. */
  helpShown = true;
  private readonly students = new Map<number, StudentSprite>();
  private readonly zombies = new Map<number, ZombieSprite>();
  private readonly items = new Map<number, Phaser.GameObjects.Sprite>();
  private readonly lures = new Map<number, Phaser.GameObjects.Sprite>();
  private readonly exitMarkers: Phaser.GameObjects.Sprite[] = [];
  /** Hidden ?/! images for zombies to take when theirs shows: a horde mostly shows none, and a hidden image per zombie still took part in every depth sort. */
  private readonly markerPool: Phaser.GameObjects.Image[] = [];
  /** The interpolated position of the controlled student, for the camera to follow. */
  readonly focus: Phaser.GameObjects.Zone;
  /** A struck zombie's blows left, under its feet. */
  readonly pips: ToughnessPips;

  constructor(
    private readonly scene: Phaser.Scene,
    first: Snapshot,
  ) {
    this.focus = scene.add.zone(0, 0, 1, 1);
    this.pips = new ToughnessPips(scene, LABEL_DEPTH - 2);
    for (const exit of first.exits) {
      const arrow = scene.add.sprite((exit.tileX + exit.width / 2) * TILE_SIZE, (exit.tileY + exit.height / 2) * TILE_SIZE, ATLAS_KEY, uiFrame('exit-arrow'));
      arrow.setDepth(GOAL_DEPTH);
      scene.tweens.add({ targets: arrow, y: arrow.y - 4, yoyo: true, repeat: -1, duration: 600, ease: 'Sine.easeInOut' });
      this.exitMarkers.push(arrow);
    }
  }

  /** Where each student was drawn last frame, in pixels (for the light around them). */
  readonly drawnStudents: Array<{ x: number; y: number; down: boolean }> = [];

  /** The students' name tags shown now (world px; `x` the centre, `y` the bottom), for labels that must not cover them. */
  nameBoxes(): Array<{ x: number; y: number; width: number; height: number }> {
    const boxes: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (const { label } of this.students.values()) if (label.visible) boxes.push({ x: label.x, y: label.y, width: label.displayWidth, height: label.displayHeight });
    return boxes;
  }

  /** Softer effects (no white flashes) when the player asked for reduced motion. */
  reducedMotion = false;

  /** The device whose controls the words on the map name (the play scene's: tutorial-run.ts currentDevice). */
  device: () => Device = () => (isTouchMode() ? 'touch' : 'keyboard');

  /** `fog` says which tiles the students can see; without it everything is shown. `covers`: the HUD's boxes on the screen (game px), which names keep clear of. */
  draw(previous: Snapshot, current: Snapshot, alpha: number, timeMs: number, fog?: FogView, covers: readonly LabelView[] = []): void {
    this.drawItems(current, fog);
    this.drawnStudents.length = 0;
    this.drawLures(current, timeMs);
    for (const student of current.students) {
      const before = previous.students[student.id] ?? student;
      const x = lerp(before.x, student.x, alpha) * TILE_SIZE;
      const y = lerp(before.y, student.y, alpha) * TILE_SIZE;
      const sprite = this.studentSprite(student);
      this.placeCharacter(sprite, x, y, studentLook(student), student, student.gait === 'run', timeMs, student.down, student.gait === 'sneak');
      // Only the controlled student is named on the map (the HUD names everyone): labels would
      // overlap. A fallen one a friend can still help up says so, with the time left.
      const fallen = student.helpUpTicks !== null && this.helpShown;
      sprite.label
        .setPosition(x, y - (fallen ? 6 : 12))
        .setScale(worldTextScale(this.scene.cameras.main.zoom))
        .setVisible(this.namesShown && ((student.controlled && !student.down) || fallen));
      const name = fallen ? helpUpText(student.name, student.helpUpTicks ?? 0, this.device()) : studentName(student.name);
      if (sprite.label.text !== name) sprite.label.setText(name);
      setTextColour(sprite.label, fallen ? '#ff8a7a' : student.controlled ? '#ffe27a' : '#d8e0ea');
      sprite.ring
        .setVisible(student.controlled && !student.down)
        .setPosition(x, y + 5)
        .setDepth(y - 1);
      const facingShown = student.controlled && !student.down && (student.facingX !== 0 || student.facingY !== 0);
      if (facingShown) {
        // On the ring's rim (an ellipse: half as tall as wide), pointing out.
        sprite.facing
          .setPosition(x + student.facingX * (RING.width / 2 + 1.5), y + 5 + student.facingY * (RING.height / 2 + 1.5))
          .setRotation(Math.atan2(student.facingY, student.facingX))
          .setDepth(y - 1);
        if (!sprite.facing.visible) sprite.facing.setVisible(true);
      } else if (sprite.facing.visible) sprite.facing.setVisible(false);
      if (student.controlled) this.focus.setPosition(x, y);
      this.drawnStudents.push({ x, y, down: student.down });
    }
    const camera = this.scene.cameras.main;
    this.keepNamesApart(current, screenBoxesToWorld(covers, camera.worldView, camera.zoom));
    for (const arrow of this.exitMarkers) arrow.setAlpha(exitMarkerAlpha(arrow, this.drawnStudents));
    const previousZombies = previous.zombies;
    const view = this.scene.cameras.main.worldView;
    const left = view.x - OFF_VIEW_MARGIN;
    const top = view.y - OFF_VIEW_MARGIN;
    const right = view.right + OFF_VIEW_MARGIN;
    const bottom = view.bottom + OFF_VIEW_MARGIN;
    const bob = this.reducedMotion ? 0 : Math.sin(timeMs / 150) * 1.5;
    this.pips.clear();
    for (const zombie of current.zombies) {
      const before = previousZombies[zombie.id] ?? zombie;
      const x = lerp(before.x, zombie.x, alpha) * TILE_SIZE;
      const y = lerp(before.y, zombie.y, alpha) * TILE_SIZE;
      const sprite = this.zombieSprite(zombie);
      // Off the camera: hidden and not posed (posed again, from the snapshot, when it comes back into view).
      if (x < left || x > right || y < top || y > bottom) {
        if (sprite.body.visible) sprite.body.setVisible(false);
        this.showMarker(sprite, false);
        continue;
      }
      const running = zombie.kind === 'runner' || zombie.awareness === 'hunting';
      // In reach, it shows the bite it winds up: a blinking "!" and, at the last, the lunge.
      const grab = grabCue(zombie.biteIn, timeMs);
      this.placeCharacter(sprite, x, y, sprite.look, grab.lunge ? { ...zombie, swinging: true } : zombie, running, timeMs, zombie.mode === 'down');
      // Out of sight: hidden, or a faint shape if the student hears it (heard-shape.ts: close and moving, or right behind the door they stand at).
      const seen = fog === undefined || fog.isVisible(zombie.tileX, zombie.tileY);
      const heard = !seen && heardOutOfSight(zombie, { x: this.focus.x / TILE_SIZE, y: this.focus.y / TILE_SIZE }, current.doors);
      const shown = seen || heard;
      if (sprite.body.visible !== shown) sprite.body.setVisible(shown);
      const alphaNow = seen ? 1 : 0.28;
      if (sprite.body.alpha !== alphaNow) sprite.body.setAlpha(alphaNow);
      if (seen) this.pips.add(zombie, x, y);
      const icon = zombie.awareness === 'hunting' ? 'hunting' : zombie.awareness === 'suspicious' ? 'suspicious' : undefined;
      // Within reach of a student the fight itself says it is hunting: the ?/! would only cover it.
      const marked = seen && (zombie.biteIn !== null ? grab.mark : icon !== undefined && !inReach(zombie, current.students));
      const marker = this.showMarker(sprite, marked);
      if (marker !== undefined) setFrameName(marker, uiFrame(icon ?? 'hunting')).setPosition(x, y - 14 + bob);
    }
  }

  private drawItems(current: Snapshot, fog: FogView | undefined): void {
    const present = new Set<number>();
    for (const item of current.items) {
      present.add(item.id);
      if (!this.items.has(item.id)) {
        const sprite = this.scene.add.sprite((item.tileX + 0.5) * TILE_SIZE, (item.tileY + 0.5) * TILE_SIZE, ATLAS_KEY, itemIconFrame(item.kind));
        sprite.setDepth((item.tileY + 0.2) * TILE_SIZE);
        if (!this.reducedMotion) this.scene.tweens.add({ targets: sprite, y: sprite.y - 2, yoyo: true, repeat: -1, duration: 900, ease: 'Sine.easeInOut' });
        this.items.set(item.id, sprite);
      }
      this.items.get(item.id)!.setVisible(fog === undefined || fog.isExplored(item.tileX, item.tileY));
    }
    for (const [id, sprite] of this.items) {
      if (present.has(id)) continue;
      this.scene.tweens.killTweensOf(sprite);
      sprite.destroy();
      this.items.delete(id);
    }
  }

  /** Ringing phones: they buzz on the floor where they landed until they fall silent. */
  private drawLures(current: Snapshot, timeMs: number): void {
    const present = new Set<number>();
    for (const lure of current.lures) {
      present.add(lure.id);
      let sprite = this.lures.get(lure.id);
      if (sprite === undefined) {
        sprite = this.scene.add.sprite(0, 0, ATLAS_KEY, itemIconFrame('phone')).setDepth(lure.y * TILE_SIZE);
        this.lures.set(lure.id, sprite);
      }
      sprite.setPosition(lure.x * TILE_SIZE + Math.sin(timeMs / 25) * 0.8, lure.y * TILE_SIZE).setAngle(Math.sin(timeMs / 40) * 8);
    }
    for (const [id, sprite] of this.lures) {
      if (present.has(id)) continue;
      sprite.destroy();
      this.lures.delete(id);
    }
  }

  /**
   * The controlled student's name keeps its spot; a fallen student's call for help (two lines,
   * wide) moves a row at a time until it covers no other name and no HUD box (`covers`, world px):
   * a friend standing by to help them up had their name under it. Each stays inside the view,
   * wrapped to its width (on a phone at 150% text it was cut at both edges), and hides where no
   * row is clear.
   */
  private keepNamesApart(current: Snapshot, covers: readonly LabelView[]): void {
    const shown = [...current.students]
      .sort((a, b) => Number(b.controlled) - Number(a.controlled))
      .map((student) => this.students.get(student.id)?.label)
      .filter((label): label is Phaser.GameObjects.Text => label?.visible === true);
    const view = this.scene.cameras.main.worldView;
    for (const label of shown) {
      const wrap = Math.floor((view.width * 0.96) / label.scaleX);
      if (label.style.wordWrapWidth !== wrap) label.setWordWrapWidth(wrap);
    }
    const spots = clearLabelSpots(
      shown.map((label) => ({ x: label.x, y: label.y, width: label.displayWidth, height: label.displayHeight })),
      covers.map((cover) => ({ x: cover.x + cover.width / 2, y: cover.y + cover.height, width: cover.width, height: cover.height })),
      1,
      { x: view.x, y: view.y, width: view.width, height: view.height },
    );
    shown.forEach((label, i) => {
      const spot = spots[i];
      if (spot === null || spot === undefined) label.setVisible(false);
      else label.setPosition(spot.x, spot.y);
    });
  }

  private studentSprite(student: StudentView): StudentSprite {
    let sprite = this.students.get(student.id);
    if (sprite === undefined) {
      const body = this.scene.add.image(0, 0, ATLAS_KEY, bodyFrame(studentLook(student), student, false, 0));
      const ring = this.scene.add.ellipse(0, 0, RING.width, RING.height, RING.colour, 0.22).setStrokeStyle(1.5, RING.colour, 0.95);
      const label = this.scene.add
        .text(0, 0, studentName(student.name), { fontFamily: FONT, fontSize: `${WORLD_FONT_PX}px`, color: '#d8e0ea', stroke: '#0b0f1a', strokeThickness: 3, align: 'center' })
        .setOrigin(0.5, 1)
        .setScale(worldTextScale(this.scene.cameras.main.zoom))
        .setDepth(LABEL_DEPTH)
        .setResolution(2);
      const facing = this.scene.add.graphics().fillStyle(RING.colour, 0.95).lineStyle(1, 0x0b0f1a, 0.9);
      facing.beginPath().moveTo(-1, -3).lineTo(4, 0).lineTo(-1, 3).closePath().fillPath().strokePath();
      sprite = { body, label, ring, facing, downSince: -1, hurtSince: -1, tint: 'none' };
      this.students.set(student.id, sprite);
    }
    return sprite;
  }

  private zombieSprite(zombie: ZombieView): ZombieSprite {
    let sprite = this.zombies.get(zombie.id);
    if (sprite === undefined) {
      const look = zombieLook(zombie);
      const body = this.scene.add.image(0, 0, ATLAS_KEY, bodyFrame(look, zombie, false, 0));
      body.setOrigin(0.5, bodyOriginY(body.frame.height));
      sprite = { body, marker: undefined, downSince: -1, hurtSince: -1, tint: 'none', kind: zombie.kind, look };
      this.zombies.set(zombie.id, sprite);
    } else if (sprite.kind !== zombie.kind) {
      sprite.kind = zombie.kind;
      sprite.look = zombieLook(zombie);
      sprite.body.setFrame(bodyFrame(sprite.look, zombie, false, 0));
      sprite.body.setOrigin(0.5, bodyOriginY(sprite.body.frame.height));
    }
    return sprite;
  }

  /** Gives a zombie a ?/! from the pool while `shown`, and hands it back when not; returns the one it has. */
  private showMarker(sprite: ZombieSprite, shown: boolean): Phaser.GameObjects.Image | undefined {
    if (shown && sprite.marker === undefined) {
      sprite.marker = this.markerPool.pop()?.setVisible(true) ?? this.scene.add.image(0, 0, ATLAS_KEY, uiFrame('hunting')).setDepth(LABEL_DEPTH);
    } else if (!shown && sprite.marker !== undefined) {
      this.markerPool.push(sprite.marker.setVisible(false));
      sprite.marker = undefined;
    }
    return sprite.marker;
  }

  private placeCharacter(sprite: CharacterSprite, x: number, y: number, look: AtlasLook, state: Posable, running: boolean, timeMs: number, down: boolean, crouched = false): void {
    const { body } = sprite;
    if (body.x !== x || body.y !== y - 2) body.setPosition(x, y - 2);
    if (down) {
      if (sprite.downSince < 0) sprite.downSince = timeMs;
      setFrameName(body, downFrame(look, timeMs - sprite.downSince));
      setDepth(body, y - 8);
      setTint(sprite, 'none');
      return;
    }
    sprite.downSince = -1;
    setDepth(body, y);
    setFrameName(body, bodyFrame(look, state, running, timeMs, crouched));
    // Hit flash: white for a blink as the hit lands (a red tint when motion is reduced).
    if (!state.hurt) sprite.hurtSince = -1;
    else if (sprite.hurtSince < 0) sprite.hurtSince = timeMs;
    const flashing = state.hurt && timeMs - sprite.hurtSince < HIT_FLASH_MS;
    setTint(sprite, flashing && !this.reducedMotion ? 'flash' : state.hurt ? 'hurt' : 'none');
  }

  destroy(): void {
    for (const sprite of this.items.values()) this.scene.tweens.killTweensOf(sprite);
    for (const arrow of this.exitMarkers) this.scene.tweens.killTweensOf(arrow);
    this.pips.destroy();
  }
}

/** Sets a sprite's frame only when it differs: looking a frame up by name and resizing costs, 500 times a frame. */
function setFrameName(sprite: Phaser.GameObjects.Image, name: string): Phaser.GameObjects.Image {
  return sprite.frame.name === name ? sprite : sprite.setFrame(name);
}

/** Sets a depth only when it differs: every set queues a sort of the whole display list. */
function setDepth(sprite: Phaser.GameObjects.Image, depth: number): void {
  if (sprite.depth !== depth) sprite.setDepth(depth);
}

function setTint(sprite: CharacterSprite, tint: CharacterSprite['tint']): void {
  if (sprite.tint === tint) return;
  sprite.tint = tint;
  if (tint === 'flash') sprite.body.setTint(0xffffff).setTintMode(Phaser.TintModes.FILL);
  else if (tint === 'hurt') sprite.body.setTint(0xff8080).setTintMode(Phaser.TintModes.MULTIPLY);
  else sprite.body.clearTint();
}

/** A zombie this close (tiles) to a standing student is in the fight. */
const FIGHT_REACH = 1.6;

function inReach(zombie: ZombieView, students: readonly StudentView[]): boolean {
  for (const s of students) if (!s.down && Math.abs(s.x - zombie.x) < FIGHT_REACH && Math.abs(s.y - zombie.y) < FIGHT_REACH) return true;
  return false;
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
