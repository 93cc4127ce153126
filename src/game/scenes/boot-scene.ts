/**
 * Boot: loads the generated art (Phaser's loader) and the sounds (howler, since Phaser's audio is
 * off) behind one loading bar, then shows the title.
 */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { loadTextures } from '../render/textures';
import { loadFont } from '../i18n/font';

/** Share of the bar that is art; the rest is sound. */
const ART_SHARE = 0.75;

export class BootScene extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Rectangle;
  private artLoaded = 0;

  constructor() {
    super('boot');
  }

  preload(): void {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, 240, 14).setStrokeStyle(2, 0x8fa3b8);
    this.bar = this.add.rectangle(width / 2 - 118, height / 2, 0, 10, 0xd8e0ea).setOrigin(0, 0.5);
    this.load.on('progress', (value: number) => {
      this.artLoaded = value;
      this.showProgress();
    });
    // The font first: every text made after boot draws with it (Korean needs it to show at all).
    loadFont(this.load);
    loadTextures(this.load);
    // Howler loads the sound sprite and loops meanwhile.
    soundBoard();
  }

  create(): void {
    this.artLoaded = 1;
    const poll = this.time.addEvent({ delay: 50, loop: true, callback: () => this.showProgress() });
    // Sound never holds the game up for long: the title comes once it has loaded, or after 3 s.
    const timeout = new Promise<void>((resolve) => this.time.delayedCall(3000, resolve));
    void Promise.race([soundBoard().ready, timeout]).then(() => {
      poll.remove();
      this.scene.start('title');
    });
  }

  private showProgress(): void {
    this.bar.setSize(236 * (ART_SHARE * this.artLoaded + (1 - ART_SHARE) * soundBoard().progress()), 10);
  }
}
