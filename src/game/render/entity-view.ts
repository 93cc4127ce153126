/**
 * Entity view: one sprite per student, zombie and item, kept in step with the core's snapshots and
 * drawn between the last two ticks (`alpha`) so movement is smooth at any frame rate.
 * Owns no rules: every decision it shows was made by the core.
 */

import type Phaser from 'phaser';
import type { Snapshot, StudentView, ZombieView } from '../../core/snapshot';
import {
  FALLEN_COLUMN, HURT_COLUMN, ITEM_ICONS, TILE_SIZE, UI_ICONS,
  characterFrame, characterSpecialFrame, type CharacterLook, type Pose,
} from './sprite-layout';
import { FOG_DEPTH, HEARD_RADIUS_TILES, type FogView } from './fog-view';
import { FONT, TEXTURES } from './textures';

interface CharacterSprite {
  body: Phaser.GameObjects.Sprite;
  marker: Phaser.GameObjects.Sprite;
}

const STUDENT_LOOKS: readonly CharacterLook[] = ['student-boy', 'student-girl', 'student-boy-2', 'student-girl-2'];

export function zombieLook(zombie: Pick<ZombieView, 'id' | 'kind'>): CharacterLook {
  if (zombie.kind === 'brute') return 'zombie-teacher';
  if (zombie.kind === 'runner') return 'zombie-student-girl';
  return zombie.id % 2 === 0 ? 'zombie-student' : 'zombie-student-girl';
}

export class EntityView {
  private readonly students = new Map<number, CharacterSprite & { label: Phaser.GameObjects.Text }>();
  private readonly zombies = new Map<number, CharacterSprite>();
  private readonly items = new Map<number, Phaser.GameObjects.Sprite>();
  private readonly lures = new Map<number, Phaser.GameObjects.Sprite>();
  private readonly exitMarkers: Phaser.GameObjects.Sprite[] = [];
  /** The interpolated position of the controlled student, for the camera to follow. */
  readonly focus: Phaser.GameObjects.Zone;

  constructor(private readonly scene: Phaser.Scene, first: Snapshot) {
    this.focus = scene.add.zone(0, 0, 1, 1);
    for (const exit of first.exits) {
      const arrow = scene.add.sprite((exit.tileX + exit.width / 2) * TILE_SIZE, (exit.tileY + exit.height / 2) * TILE_SIZE, TEXTURES.ui, UI_ICONS.indexOf('exit-arrow'));
      arrow.setDepth(FOG_DEPTH + 100); // the goal is always marked, fog or not
      scene.tweens.add({ targets: arrow, y: arrow.y - 4, yoyo: true, repeat: -1, duration: 600, ease: 'Sine.easeInOut' });
      this.exitMarkers.push(arrow);
    }
  }

  /** `fog` says which tiles the students can see; without it everything is shown. */
  draw(previous: Snapshot, current: Snapshot, alpha: number, timeMs: number, fog?: FogView): void {
    const walkPhase = Math.floor(timeMs / 140) % 2 === 0 ? 'walk1' : 'walk2';
    this.drawItems(current, fog);
    this.drawLures(current, timeMs);
    for (const student of current.students) {
      const before = previous.students[student.id] ?? student;
      const x = lerp(before.x, student.x, alpha) * TILE_SIZE;
      const y = lerp(before.y, student.y, alpha) * TILE_SIZE;
      const sprite = this.studentSprite(student);
      placeCharacter(sprite, x, y, STUDENT_LOOKS[student.look % STUDENT_LOOKS.length]!, student, walkPhase);
      // Only the controlled student is named on the map (the HUD names everyone): labels would overlap.
      sprite.label.setPosition(x, y - 12).setVisible(student.controlled && !student.down);
      sprite.label.setColor(student.controlled ? '#ffe27a' : '#d8e0ea');
      sprite.marker.setVisible(student.controlled && !student.down).setPosition(x, y + 7);
      if (student.controlled) this.focus.setPosition(x, y);
    }
    const previousZombies = previous.zombies;
    for (const zombie of current.zombies) {
      const before = previousZombies[zombie.id] ?? zombie;
      const x = lerp(before.x, zombie.x, alpha) * TILE_SIZE;
      const y = lerp(before.y, zombie.y, alpha) * TILE_SIZE;
      const sprite = this.zombieSprite(zombie);
      placeCharacter(sprite, x, y, zombieLook(zombie), { ...zombie, down: zombie.mode === 'down' }, walkPhase);
      if (zombie.kind === 'crawler') sprite.body.setScale(1, 0.8);
      // Out of sight: hidden, or a faint shape if it is close and moving (the students hear it).
      const seen = fog === undefined || fog.isVisible(zombie.tileX, zombie.tileY);
      const heard = !seen && zombie.moving && focusDistance(this.focus, x, y) <= HEARD_RADIUS_TILES * TILE_SIZE;
      sprite.body.setVisible(seen || heard).setAlpha(seen ? 1 : 0.28);
      const icon = zombie.awareness === 'hunting' ? 'hunting' : zombie.awareness === 'suspicious' ? 'suspicious' : undefined;
      sprite.marker.setVisible(icon !== undefined && seen);
      if (icon !== undefined) sprite.marker.setFrame(UI_ICONS.indexOf(icon)).setPosition(x, y - 14 + Math.sin(timeMs / 150) * 1.5);
    }
  }

  private drawItems(current: Snapshot, fog: FogView | undefined): void {
    const present = new Set<number>();
    for (const item of current.items) {
      present.add(item.id);
      if (!this.items.has(item.id)) {
        const sprite = this.scene.add.sprite((item.tileX + 0.5) * TILE_SIZE, (item.tileY + 0.5) * TILE_SIZE, TEXTURES.items, ITEM_ICONS.indexOf(item.kind));
        sprite.setDepth((item.tileY + 0.2) * TILE_SIZE);
        this.scene.tweens.add({ targets: sprite, y: sprite.y - 2, yoyo: true, repeat: -1, duration: 900, ease: 'Sine.easeInOut' });
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
        sprite = this.scene.add.sprite(0, 0, TEXTURES.items, ITEM_ICONS.indexOf('phone')).setDepth(lure.y * TILE_SIZE);
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

  private studentSprite(student: StudentView): CharacterSprite & { label: Phaser.GameObjects.Text } {
    let sprite = this.students.get(student.id);
    if (sprite === undefined) {
      const body = this.scene.add.sprite(0, 0, TEXTURES.characters, 0);
      const marker = this.scene.add.sprite(0, 0, TEXTURES.ui, UI_ICONS.indexOf('footprint')).setAlpha(0.55).setScale(0.6);
      const label = this.scene.add.text(0, 0, student.name, { fontFamily: FONT, fontSize: '14px', color: '#d8e0ea', stroke: '#0b0f1a', strokeThickness: 3 })
        .setOrigin(0.5, 1).setScale(0.35).setDepth(6000).setResolution(2);
      sprite = { body, marker, label };
      this.students.set(student.id, sprite);
    }
    return sprite;
  }

  private zombieSprite(zombie: ZombieView): CharacterSprite {
    let sprite = this.zombies.get(zombie.id);
    if (sprite === undefined) {
      const body = this.scene.add.sprite(0, 0, TEXTURES.characters, 0);
      const marker = this.scene.add.sprite(0, 0, TEXTURES.ui, 0).setDepth(6000).setVisible(false);
      sprite = { body, marker };
      this.zombies.set(zombie.id, sprite);
    }
    return sprite;
  }

  destroy(): void {
    for (const sprite of this.items.values()) this.scene.tweens.killTweensOf(sprite);
    for (const arrow of this.exitMarkers) this.scene.tweens.killTweensOf(arrow);
  }
}

interface Posable {
  facing: StudentView['facing'];
  moving: boolean;
  swinging: boolean;
  hurt: boolean;
  down: boolean;
}

function placeCharacter(sprite: CharacterSprite, x: number, y: number, look: CharacterLook, state: Posable, walkPhase: Pose): void {
  const { body } = sprite;
  body.setPosition(x, y - 2);
  if (state.down) {
    body.setFrame(characterSpecialFrame(look, FALLEN_COLUMN)).setDepth(y - 8);
    return;
  }
  body.setDepth(y);
  if (state.hurt) {
    body.setFrame(characterSpecialFrame(look, HURT_COLUMN));
    return;
  }
  const pose: Pose = state.swinging ? 'attack' : state.moving ? walkPhase : 'stand';
  body.setFrame(characterFrame(look, state.facing, pose));
}

function focusDistance(focus: Phaser.GameObjects.Zone, x: number, y: number): number {
  return Math.hypot(focus.x - x, focus.y - y);
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
