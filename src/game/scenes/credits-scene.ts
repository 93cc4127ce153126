/** Credits: who and what made the game, and the font's licence. */

import Phaser from 'phaser';
import { t } from '../i18n/i18n';
import { createMenuScreen } from './menu/menu-screen';
import { fitFor, menuText } from './menu/text-style';

export class CreditsScene extends Phaser.Scene {
  constructor() {
    super('credits');
  }

  create(): void {
    const back = (): void => {
      this.scene.start('title', { focus: 'credits' });
    };
    const screen = createMenuScreen(this, { heading: t('credits.heading'), items: [{ id: 'back', label: () => t('menu.back'), activate: back }], onBack: back, top: 0.78 });
    const body = this.add
      .text(0, 0, [t('credits.game'), t('credits.code'), t('credits.engine'), t('credits.font')].join('\n\n'), menuText(18))
      .setOrigin(0.5, 0)
      .setAlign('center');
    const layout = (): void => {
      const { width, height } = this.scale;
      body
        .setStyle(menuText(18, { fit: fitFor(width) }))
        .setAlign('center')
        .setWordWrapWidth(Math.min(760, width - 32), true);
      body.setPosition(width / 2, screen.heading.y + screen.heading.height + Math.max(12, height * 0.04));
    };
    layout();
    this.scale.on('resize', layout);
    this.events.once('shutdown', () => this.scale.off('resize', layout));
  }
}
