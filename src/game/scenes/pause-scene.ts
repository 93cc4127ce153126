/**
 * Pause: shown over the stopped level (see `pause.ts`), whether the player paused or the browser
 * hid the tab. Resume with Enter, Esc, P, a gamepad's A or Start, or a tap. The level under it
 * does not tick until then.
 */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { createMenuInput } from '../input/menu-input';
import { currentLayout } from '../layout/live-layout';
import { PAUSE_SCENE, resumeGame, type PauseReason } from '../pause';
import { t, type MessageKey } from '../i18n/i18n';
import { FONT } from '../render/textures';

const REASONS: Record<PauseReason, MessageKey | null> = {
  player: null,
  hidden: 'controls.pausedHidden',
  blur: 'controls.pausedBlur',
};

export class PauseScene extends Phaser.Scene {
  constructor() {
    super(PAUSE_SCENE);
  }

  create(data: { reason?: PauseReason }): void {
    const layout = currentLayout();
    const { width, height } = this.scale;
    const unit = layout.unit;
    this.add.rectangle(0, 0, width, height, 0x05070a, 0.72).setOrigin(0);
    this.add.text(width / 2, height * 0.36, t('controls.paused'), { fontFamily: FONT, fontStyle: 'bold', fontSize: `${Math.round(44 * unit)}px`, color: '#f2ede4', stroke: '#05070a', strokeThickness: 6 }).setOrigin(0.5);
    const reason = REASONS[data.reason ?? 'player'];
    if (reason !== null) {
      this.add.text(width / 2, height * 0.36 + 48 * unit, t(reason), { fontFamily: FONT, fontSize: `${Math.round(16 * unit)}px`, color: '#b8c4d2', align: 'center', wordWrap: { width: width - 32 } }).setOrigin(0.5, 0);
    }
    const prompt = this.add.text(width / 2, height * 0.58, t(layout.stick !== null ? 'controls.resumeTouch' : 'controls.resumeKeys'), {
      fontFamily: FONT, fontStyle: 'bold', fontSize: `${Math.round(22 * unit)}px`, color: '#ffe27a', stroke: '#05070a', strokeThickness: 5,
    }).setOrigin(0.5);
    this.tweens.add({ targets: prompt, alpha: 0.45, yoyo: true, repeat: -1, duration: 700 });

    let done = false;
    const resume = (): void => {
      if (done) return;
      done = true;
      soundBoard().unlock();
      resumeGame(this.game);
    };
    createMenuInput(this).on((move) => {
      if (move === 'confirm' || move === 'back') resume();
    });
    // P as well: the same key that paused.
    this.input.keyboard?.on('keydown-P', resume);
    // A short grace period, so the tap that paused (or still-held keys) does not resume at once.
    this.time.delayedCall(250, () => this.input.on(Phaser.Input.Events.POINTER_UP, resume));
  }
}
