/**
 * The ending, after the campaign's last level is won (not another camp): who got off the roof, who
 * was lost, the day the rescue came and a short epilogue (../ending-text.ts), then the credits.
 * Keys count after the end screens' grace, taps after a moment, so a key or finger still busy
 * from play does not skip it.
 */

import Phaser from 'phaser';
import { appOf, setScreen } from '../app-state';
import { endingLines } from '../ending-text';
import { t } from '../i18n/i18n';
import { isTouchMode } from '../layout/live-layout';
import { FONT } from '../render/textures';
import { settings } from '../settings/settings';
import { KEY_GRACE_MS } from './end-scene';
import { listenFreshTaps } from '../input/fresh-taps';

export class EndingScene extends Phaser.Scene {
  constructor() {
    super('ending');
  }

  create(): void {
    const app = appOf(this.game);
    setScreen(app, 'ending');
    app.endKeysReady = false;
    const { width, height } = this.scale;
    const size = settings().accessibility.textSize;
    this.add.rectangle(0, 0, width, height, 0x05070a, 1).setOrigin(0);
    const { heading, lines } = app.campaign === undefined ? { heading: t('ending.heading'), lines: [] } : endingLines(app.campaign);
    const style = (px: number, colour: string): Phaser.Types.GameObjects.Text.TextStyle => ({
      fontFamily: FONT,
      fontSize: `${Math.round(px * size)}px`,
      color: colour,
      align: 'center',
      wordWrap: { width: Math.min(760, width - 32), useAdvancedWrap: false },
    });
    const texts = [
      this.add.text(width / 2, 0, heading, { ...style(Math.min(48, width / 8), '#ffe27a'), fontStyle: 'bold' }),
      ...lines.map((line, i) => this.add.text(width / 2, 0, line, style(18, i === lines.length - 1 ? '#b8c4d2' : '#e8e2d6'))),
      this.add.text(width / 2, 0, t(isTouchMode() ? 'ending.nextTouch' : 'ending.next'), { ...style(18, '#ffe27a'), padding: { x: 12, y: 8 } }).setInteractive({ useHandCursor: true }),
    ];
    // Down the middle, a gap between each, shrunk together when taller than the screen.
    const gap = 18;
    const total = texts.reduce((sum, text) => sum + text.height, 0) + gap * (texts.length - 1);
    const fit = Math.min(1, (height - 24) / total);
    let y = Math.max(12, (height - total * fit) / 2);
    for (const text of texts) {
      text
        .setOrigin(0.5, 0)
        .setScale(fit)
        .setPosition(width / 2, y);
      y += text.displayHeight + gap * fit;
    }
    let ready = false;
    let done = false;
    const next = (): void => {
      if (!ready || done) return;
      done = true;
      app.endKeysReady = false;
      this.scene.start('credits');
    };
    this.time.delayedCall(KEY_GRACE_MS, () => {
      ready = true;
      app.endKeysReady = true;
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (!event.repeat && (event.key === 'Enter' || event.key === ' ' || event.key === 'Escape')) next();
    });
    const last = texts[texts.length - 1]!;
    app.endTapsReady = false;
    this.events.once('shutdown', () => (app.endTapsReady = false));
    listenFreshTaps(
      this,
      (target) => target === last && next(),
      () => (app.endTapsReady = true),
    );
  }
}
