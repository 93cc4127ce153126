/** Boot: loads the generated art with a loading bar, and the sounds through howler, then shows the title. */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { loadTextures } from '../render/textures';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  preload(): void {
    const { width, height } = this.scale;
    const frame = this.add.rectangle(width / 2, height / 2, 240, 14).setStrokeStyle(2, 0x8fa3b8);
    const bar = this.add.rectangle(width / 2 - 118, height / 2, 0, 10, 0xd8e0ea).setOrigin(0, 0.5);
    this.load.on('progress', (value: number) => bar.setSize(236 * value, 10));
    this.load.once('complete', () => {
      frame.destroy();
      bar.destroy();
    });
    loadTextures(this.load);
    // Howler loads the sound sprite and loops meanwhile (Phaser's own audio is off).
    soundBoard();
  }

  create(): void {
    // Sound never holds the game up for long: the title comes once it has loaded, or after 3 s.
    const timeout = new Promise<void>((resolve) => this.time.delayedCall(3000, resolve));
    void Promise.race([soundBoard().ready, timeout]).then(() => this.scene.start('title'));
  }
}
