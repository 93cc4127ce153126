/**
 * Boot: loads what the title screen needs — the font, the art — behind a loading bar that shows
 * the bytes received so far (load-progress.ts), then shows the title. Sound is not needed until
 * the first click; the title starts downloading it (src/game/audio/sound-board.ts).
 */

import Phaser from 'phaser';
import { loadTextures } from '../render/textures';
import { loadFont } from '../i18n/font';
import { trackBytes, type LoaderEvents } from './load-progress';

const BAR_WIDTH = 236;

export class BootScene extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Rectangle;

  constructor() {
    super('boot');
  }

  preload(): void {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, BAR_WIDTH + 4, 14).setStrokeStyle(2, 0x8fa3b8);
    this.bar = this.add.rectangle(width / 2 - BAR_WIDTH / 2, height / 2, 0, 10, 0xd8e0ea).setOrigin(0, 0.5);
    trackBytes(this.load as unknown as LoaderEvents, (share) => this.bar.setSize(BAR_WIDTH * share, 10));
    // The font first: every text made after boot draws with it (Korean needs it to show at all).
    loadFont(this.load);
    loadTextures(this.load);
  }

  create(): void {
    this.bar.setSize(BAR_WIDTH, 10);
    this.scene.start('title');
  }
}
