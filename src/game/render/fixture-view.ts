/**
 * Fixture view: a sprite over each lamp (a ceiling panel, lit or dark as the snapshot says) and
 * each noise maker a student can set off (fire alarm, bell, PA speaker, PA console), so a player
 * can find them in a dark room; a sounding noise maker pulses. A lure the player can set off (the
 * fire alarm, the bell) is also marked over the dark, under the fog: a slowly breathing ring round
 * it, so a new player sees it once the room is seen. The light itself comes from the
 * core's light map, the sound from the sound plan. A piano and a fire draw as their furniture tile.
 * Only what changed is touched.
 */

import type Phaser from 'phaser';
import type { Snapshot } from '../../core';
import { ATLAS_KEY, fixtureFrame, type AtlasFixture } from './atlas-layout';
import { LABEL_DEPTH } from './depths';
import { TILE_SIZE } from './sprite-layout';

/** Just over the walls and barricade planks, under characters. */
const FIXTURE_DEPTH = -0.4;
const NOISE_MAKER_FRAMES: Partial<Record<Snapshot['noiseMakers'][number]['kind'], AtlasFixture>> = {
  fireAlarm: 'fireAlarm',
  bell: 'bell',
  speaker: 'speaker',
  paConsole: 'paConsole',
};
/** A sounding noise maker swells this much, once every `PULSE_MS`. */
const PULSE_SCALE = 0.18;
const PULSE_MS = 500;

export class FixtureLayerView {
  private readonly lamps: (Phaser.GameObjects.Image | undefined)[];
  private readonly lampOn: (boolean | undefined)[] = [];
  private readonly makers: (Phaser.GameObjects.Image | undefined)[];
  private readonly sounding: boolean[] = [];

  constructor(scene: Phaser.Scene, snapshot: Snapshot) {
    const image = (tileX: number, tileY: number, frame: AtlasFixture): Phaser.GameObjects.Image =>
      scene.add.image((tileX + 0.5) * TILE_SIZE, (tileY + 0.5) * TILE_SIZE, ATLAS_KEY, fixtureFrame(frame)).setDepth(FIXTURE_DEPTH);
    this.lamps = snapshot.lamps.map((lamp) => (lamp.kind === 'lamp' ? image(lamp.tileX, lamp.tileY, 'lamp-off') : undefined));
    this.makers = snapshot.noiseMakers.map((maker) => {
      const frame = NOISE_MAKER_FRAMES[maker.kind];
      return frame === undefined ? undefined : image(maker.tileX, maker.tileY, frame);
    });
    // The lures a player can set off are marked.
    for (const maker of snapshot.noiseMakers) if (maker.kind === 'fireAlarm' || maker.kind === 'bell') markLure(scene, maker.tileX, maker.tileY);
    this.draw(snapshot, 0);
  }

  draw(snapshot: Snapshot, timeMs: number): void {
    snapshot.lamps.forEach((lamp, i) => {
      const sprite = this.lamps[i];
      if (sprite === undefined || this.lampOn[i] === lamp.on) return;
      this.lampOn[i] = lamp.on;
      sprite.setFrame(fixtureFrame(lamp.on ? 'lamp-on' : 'lamp-off'));
    });
    snapshot.noiseMakers.forEach((maker, i) => {
      const sprite = this.makers[i];
      if (sprite === undefined) return;
      if (maker.sounding) sprite.setScale(1 + PULSE_SCALE * Math.abs(Math.sin((timeMs / PULSE_MS) * Math.PI)));
      else if (this.sounding[i] === true) sprite.setScale(1);
      this.sounding[i] = maker.sounding;
    });
  }
}

/** A ring round a lure's tile, breathing slowly so the eye finds it. */
function markLure(scene: Phaser.Scene, tileX: number, tileY: number): void {
  const ring = scene.add
    .circle((tileX + 0.5) * TILE_SIZE, (tileY + 0.5) * TILE_SIZE, TILE_SIZE * 0.62)
    .setStrokeStyle(1.5, 0xffd27a, 0.9)
    .setDepth(LABEL_DEPTH);
  scene.tweens.add({ targets: ring, alpha: 0.45, yoyo: true, repeat: -1, duration: 900, ease: 'Sine.easeInOut' });
}
