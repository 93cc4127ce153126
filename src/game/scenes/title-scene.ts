/** Title: the school at night, the name, and how to start. Enter, Space, a click or a tap starts. */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { levelIds } from '../level-library';
import { setScreen } from '../session';
import { FONT, TEXTURES } from '../render/textures';
import { t } from '../i18n/i18n';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('title');
  }

  create(): void {
    setScreen('title');
    const backdrop = this.add.image(0, 0, TEXTURES.title).setOrigin(0.5);
    const title = this.add.text(0, 0, t('title.name'), { fontFamily: FONT, fontStyle: 'bold', fontSize: '64px', color: '#f2ede4', stroke: '#1a0d12', strokeThickness: 8 }).setOrigin(0.5);
    const subtitle = this.add.text(0, 0, t('title.subtitle'), { fontFamily: FONT, fontStyle: 'bold', fontSize: '28px', color: '#d9463e', stroke: '#1a0d12', strokeThickness: 6 }).setOrigin(0.5);
    const prompt = this.add.text(0, 0, t('title.start'), { fontFamily: FONT, fontSize: '22px', color: '#f2ede4', stroke: '#1a0d12', strokeThickness: 5 }).setOrigin(0.5);
    const help = this.add.text(0, 0, t('title.help'), {
      fontFamily: FONT, fontSize: '15px', color: '#b8c4d2', stroke: '#0b0f1a', strokeThickness: 4, align: 'center',
    }).setOrigin(0.5);
    // Level select (campaign progress): L, or a tap on this line.
    const levels = this.add.text(0, 0, t('levelSelect.open'), { fontFamily: FONT, fontSize: '18px', color: '#ffe27a', stroke: '#1a0d12', strokeThickness: 4, padding: { x: 8, y: 4 } }).setOrigin(0.5).setInteractive({ useHandCursor: true });
    this.tweens.add({ targets: prompt, alpha: 0.35, yoyo: true, repeat: -1, duration: 800 });

    const layout = (): void => {
      const { width, height } = this.scale;
      const scale = Math.max(width / backdrop.width, height / backdrop.height);
      backdrop.setPosition(width / 2, height / 2).setScale(scale);
      const textScale = Math.min(1, width / 720);
      title.setPosition(width / 2, height * 0.2).setScale(textScale);
      subtitle.setPosition(width / 2, height * 0.2 + 58 * textScale).setScale(textScale);
      // Small screens: the prompt and help stay readable, wrapping instead of shrinking further.
      const smallScale = Math.max(0.8, textScale);
      prompt.setPosition(width / 2, height * 0.72).setScale(smallScale);
      levels.setPosition(width / 2, height * 0.72 + 34 * smallScale).setScale(smallScale);
      help.setPosition(width / 2, height * 0.9).setScale(smallScale).setWordWrapWidth(width / smallScale - 32);
    };
    layout();
    this.scale.on('resize', layout);
    this.events.once('shutdown', () => this.scale.off('resize', layout));

    const start = (): void => {
      soundBoard().unlock();
      soundBoard().playUi('ui-confirm');
      this.scene.start('play', { levelId: levelIds()[0], seed: Date.now() % 1_000_000 });
    };
    const openLevels = (): void => {
      soundBoard().unlock();
      soundBoard().playUi('ui-click');
      this.scene.start('levels');
    };
    this.input.keyboard?.once('keydown-ENTER', start);
    this.input.keyboard?.once('keydown-SPACE', start);
    this.input.keyboard?.once('keydown-L', openLevels);
    this.input.once('pointerdown', (_pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => (over.includes(levels) ? openLevels() : start()));
  }
}
