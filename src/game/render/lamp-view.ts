/**
 * Lamp view: a ceiling-light sprite over each lamp of the level (lit or dark, as the snapshot says),
 * so a player can find the switch in a dark room; the light itself comes from the core's light map.
 * Fires draw as their furniture tile. Only a lamp whose state changed gets a new frame.
 */

import type Phaser from 'phaser';
import type { Snapshot } from '../../core/snapshot';
import { ATLAS_KEY, uiFrame } from './atlas-layout';
import { TILE_SIZE } from './sprite-layout';

/** Just over the walls and barricade planks, under characters. */
const LAMP_DEPTH = -0.4;

export class LampLayerView {
  private readonly sprites: (Phaser.GameObjects.Image | undefined)[];
  private readonly drawnOn: (boolean | undefined)[] = [];

  constructor(scene: Phaser.Scene, snapshot: Snapshot) {
    this.sprites = snapshot.lamps.map((lamp) =>
      lamp.kind === 'lamp' ? scene.add.image((lamp.tileX + 0.5) * TILE_SIZE, (lamp.tileY + 0.5) * TILE_SIZE, ATLAS_KEY, uiFrame('lamp-off')).setDepth(LAMP_DEPTH) : undefined,
    );
    this.draw(snapshot);
  }

  draw(snapshot: Snapshot): void {
    snapshot.lamps.forEach((lamp, i) => {
      const sprite = this.sprites[i];
      if (sprite === undefined || this.drawnOn[i] === lamp.on) return;
      this.drawnOn[i] = lamp.on;
      sprite.setFrame(uiFrame(lamp.on ? 'lamp-on' : 'lamp-off'));
    });
  }
}
