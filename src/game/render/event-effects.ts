/**
 * Event effects: what the player sees when something happens — a ring where a noise was made (so
 * sound is visible), a flash and a number where someone is hit, a shake when a student is bitten.
 * Cosmetic only; nothing here feeds back into the simulation.
 */

import type Phaser from 'phaser';
import type { SimEvent } from '../../core/events';
import type { Snapshot } from '../../core/snapshot';
import { TILE_SIZE } from './sprite-layout';
import { itemName, t } from '../i18n/i18n';
import { settings } from '../settings/settings';
import { FONT } from './textures';

const RING_COLOURS: Record<string, number> = { footstep: 0x9fb4c8, fight: 0xffd27a, scream: 0xff5a4e, groan: 0x9ee07a, alarm: 0x7ad7ff };

export class EventEffects {
  constructor(private readonly scene: Phaser.Scene) {}

  play(events: readonly SimEvent[], snapshot: Snapshot): void {
    for (const event of events) {
      switch (event.type) {
        case 'noiseMade':
          // Quiet sneaking steps stay invisible, as they are to the zombies.
          if (event.radius >= 2 && settings().accessibility.soundRings) this.ring((event.tileX + 0.5) * TILE_SIZE, (event.tileY + 0.5) * TILE_SIZE, event.radius, RING_COLOURS[event.cause] ?? 0xffffff);
          break;
        case 'studentHit': {
          const student = snapshot.students[event.studentId];
          if (student !== undefined) this.floatText(student.x * TILE_SIZE, student.y * TILE_SIZE, `-${event.damage}`, '#ff6b5e');
          if (settings().accessibility.screenShake && !settings().accessibility.reducedMotion) this.scene.cameras.main.shake(120, 0.004);
          break;
        }
        case 'zombieHit': {
          const zombie = snapshot.zombies[event.zombieId];
          if (zombie !== undefined) this.floatText(zombie.x * TILE_SIZE, zombie.y * TILE_SIZE, t('effects.hit'), '#ffe27a');
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

  private ring(x: number, y: number, radiusTiles: number, colour: number): void {
    const ring = this.scene.add.circle(x, y, 4).setStrokeStyle(1, colour, 0.8).setDepth(4000);
    ring.isFilled = false;
    this.scene.tweens.add({
      targets: ring,
      radius: radiusTiles * TILE_SIZE,
      alpha: 0,
      duration: 450 + radiusTiles * 40,
      ease: 'Cubic.easeOut',
      onComplete: () => ring.destroy(),
    });
  }

  private floatText(x: number, y: number, text: string, colour: string): void {
    const label = this.scene.add.text(x, y - 10, text, { fontFamily: FONT, fontStyle: 'bold', fontSize: '16px', color: colour, stroke: '#05070a', strokeThickness: 4 })
      .setOrigin(0.5).setScale(0.4).setDepth(7000).setResolution(2);
    this.scene.tweens.add({ targets: label, y: y - 22, alpha: 0, duration: 700, onComplete: () => label.destroy() });
  }
}
