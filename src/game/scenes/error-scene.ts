/**
 * Error: a level could not be loaded. Lists every error with file, line:col and JSON path, as the
 * level checker prints them, so a designer can fix the file without opening the console.
 * Text only (never HTML), so a level cannot inject markup.
 */

import { isTouchMode } from '../layout/live-layout';
import Phaser from 'phaser';
import { formatLevelError } from '../../core';
import { appOf, setScreen } from '../app-state';
import { FONT } from '../render/textures';
import { t } from '../i18n/i18n';

const MAX_SHOWN = 12;

export class ErrorScene extends Phaser.Scene {
  constructor() {
    super('error');
  }

  create(): void {
    setScreen(appOf(this.game), 'error');
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, 0x140a0c).setOrigin(0);
    const errors = appOf(this.game).errors;
    this.add.text(24, 20, t('error.heading'), { fontFamily: FONT, fontStyle: 'bold', fontSize: '26px', color: '#e0564b' });
    const lines = errors.slice(0, MAX_SHOWN).map((error) => `• ${formatLevelError(error)}`);
    if (errors.length > MAX_SHOWN) lines.push(t('error.more', { count: errors.length - MAX_SHOWN }));
    this.add.text(24, 64, lines.join('\n\n'), { fontFamily: FONT, fontSize: '16px', color: '#f2ede4', wordWrap: { width: width - 48, useAdvancedWrap: true }, lineSpacing: 2 });
    this.add.text(24, height - 36, t(isTouchMode() ? 'error.backTouch' : 'error.back'), { fontFamily: FONT, fontSize: '16px', color: '#ffe27a' });
    const back = (): void => {
      this.scene.start('title');
    };
    // A key still held from before (auto-repeat) must not skip the list; a fresh press does.
    this.input.keyboard?.on('keydown-ENTER', (event: KeyboardEvent) => {
      if (!event.repeat) back();
    });
    this.time.delayedCall(300, () => this.input.once('pointerdown', back));
  }
}
