/**
 * Fixture view: a sprite over each lamp (a ceiling panel, lit or dark as the snapshot says) and
 * each noise maker a student can set off (fire alarm, bell, PA speaker, PA console), so a player
 * can find them in a dark room; a sounding noise maker pulses. A lure the player can set off (the
 * fire alarm, the bell) is also marked over the dark, under the fog: a slowly breathing ring round
 * it and its name over it, so a new player sees it once the room is seen. The name is in the
 * language of the moment, as big as the other world words (world-text.ts: readable on a phone,
 * grown by the text size), and hidden while it would lie under the HUD's prompt or captions
 * (screen boxes the caller passes) or cover a student's name (world boxes: a student beside the
 * alarm had the two names drawn over each other; they are there, and need no pointer to it). The light itself comes from the
 * core's light map, the sound from the sound plan. A piano and a fire draw as their furniture tile.
 * Only what changed is touched.
 */

import type Phaser from 'phaser';
import type { Snapshot } from '../../core';
import { t } from '../i18n/i18n';
import { ATLAS_KEY, fixtureFrame, type AtlasFixture } from './atlas-layout';
import { LABEL_DEPTH } from './depths';
import { screenBoxesToWorld } from './edge-arrow';
import { freeLabelSpot, labelRect } from './label-stack';
import { TILE_SIZE } from './sprite-layout';
import { FONT } from './textures';
import { WORLD_FONT_PX, worldTextScale } from './world-text';

/** Just over the walls and barricade planks, under characters. */
const FIXTURE_DEPTH = -0.4;
const NOISE_MAKER_FRAMES: Partial<Record<Snapshot['noiseMakers'][number]['kind'], AtlasFixture>> = {
  fireAlarm: 'fireAlarm',
  bell: 'bell',
  speaker: 'speaker',
  paConsole: 'paConsole',
};
/** Noise makers marked with a ring and their name: the lures a player can set off. */
const MARKED = { fireAlarm: 'fixtures.fireAlarm', bell: 'fixtures.bell' } as const;
/** A box on the screen (game px: left, top, size) that a lure's name must not lie under. */
export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A sounding noise maker swells this much, once every `PULSE_MS`. */
const PULSE_SCALE = 0.18;
const PULSE_MS = 500;

export class FixtureLayerView {
  private readonly lamps: (Phaser.GameObjects.Image | undefined)[];
  private readonly lampOn: (boolean | undefined)[] = [];
  private readonly makers: (Phaser.GameObjects.Image | undefined)[];
  private readonly sounding: boolean[] = [];
  /** Each lure's name, and where it wants to be (its bottom centre, world px). */
  private readonly names: { label: Phaser.GameObjects.Text; key: (typeof MARKED)[keyof typeof MARKED]; x: number; y: number }[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    snapshot: Snapshot,
  ) {
    const image = (tileX: number, tileY: number, frame: AtlasFixture): Phaser.GameObjects.Image =>
      scene.add.image((tileX + 0.5) * TILE_SIZE, (tileY + 0.5) * TILE_SIZE, ATLAS_KEY, fixtureFrame(frame)).setDepth(FIXTURE_DEPTH);
    this.lamps = snapshot.lamps.map((lamp) => (lamp.kind === 'lamp' ? image(lamp.tileX, lamp.tileY, 'lamp-off') : undefined));
    this.makers = snapshot.noiseMakers.map((maker) => {
      const frame = NOISE_MAKER_FRAMES[maker.kind];
      return frame === undefined ? undefined : image(maker.tileX, maker.tileY, frame);
    });
    // The lures a player can set off are marked.
    for (const maker of snapshot.noiseMakers) {
      if (maker.kind !== 'fireAlarm' && maker.kind !== 'bell') continue;
      const label = markLure(scene, maker.tileX, maker.tileY);
      this.names.push({ label, key: MARKED[maker.kind], x: label.x, y: label.y });
    }
    this.draw(snapshot, 0);
  }

  /**
   * `avoid`: boxes on the screen (the HUD: its words, panel and buttons) a lure's name is hidden
   * under; `names`: students' names in the world it hides for (`x` the centre, `y` the bottom, as
   * entity-view.ts nameBoxes gives them); `seen`: whether a tile has been seen (the fog's explored
   * tiles): the name hides rather than lie cut by the black fog's edge.
   */
  draw(snapshot: Snapshot, timeMs: number, avoid: readonly (ScreenBox | null)[] = [], names: readonly ScreenBox[] = [], seen: (tileX: number, tileY: number) => boolean = () => true): void {
    this.drawNames(avoid, names, seen);
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

  /**
   * Each lure's name in the language and text size of the moment, over its ring: moved in from the
   * screen's edge (a fire alarm by the edge had its name cut), hidden under the HUD, on tiles not
   * seen yet, and over a student's name.
   */
  private drawNames(avoid: readonly (ScreenBox | null)[], names: readonly ScreenBox[], seen: (tileX: number, tileY: number) => boolean): void {
    const camera = this.scene.cameras.main;
    const scale = worldTextScale(camera.zoom);
    const view = camera.worldView;
    const covers = [
      ...screenBoxesToWorld(
        avoid.filter((box) => box !== null),
        view,
        camera.zoom,
      ),
      ...names.map(labelRect),
    ];
    for (const { label, key, x, y } of this.names) {
      const name = t(key);
      if (label.text !== name) label.setText(name);
      if (label.scale !== scale) label.setScale(scale);
      const spot = freeLabelSpot({ x, y, width: label.displayWidth, height: label.displayHeight }, { x: view.x, y: view.y, width: view.width, height: view.height }, covers, seen, TILE_SIZE);
      if (spot !== null) label.setPosition(spot.x, spot.y);
      label.setVisible(spot !== null);
    }
  }
}

/** A ring round a lure's tile, breathing slowly so the eye finds it, and the name over it (its text set when drawn). */
function markLure(scene: Phaser.Scene, tileX: number, tileY: number): Phaser.GameObjects.Text {
  const x = (tileX + 0.5) * TILE_SIZE;
  const y = (tileY + 0.5) * TILE_SIZE;
  const ring = scene.add
    .circle(x, y, TILE_SIZE * 0.62)
    .setStrokeStyle(1.5, 0xffd27a, 0.9)
    .setDepth(LABEL_DEPTH);
  const label = scene.add
    .text(x, y - TILE_SIZE * 0.65, '', { fontFamily: FONT, fontSize: `${WORLD_FONT_PX}px`, color: '#ffd27a', stroke: '#05070a', strokeThickness: 3 })
    .setOrigin(0.5, 1)
    .setDepth(LABEL_DEPTH)
    .setResolution(2);
  scene.tweens.add({ targets: [ring, label], alpha: 0.45, yoyo: true, repeat: -1, duration: 900, ease: 'Sine.easeInOut' });
  return label;
}
