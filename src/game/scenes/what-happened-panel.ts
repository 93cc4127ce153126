/**
 * The "What happened?" panel, at screen scale over the replay: the heading and what got them on
 * top, and at the bottom a timeline (the culprit's detections marked on it, the seconds to the end)
 * and three large buttons — restart, play / pause, back — that fit a phone's thumb. Keys on desktop.
 */

import Phaser from 'phaser';
import { t } from '../i18n/i18n';
import { isTouchMode } from '../layout/live-layout';
import { fitFor, menuText } from './menu/text-style';
import { WHAT_HAPPENED, WHAT_HAPPENED_PANEL, type ReplayControls, type ReplayPanel, type WhatHappenedScene } from './what-happened-scene';

interface Button {
  back: Phaser.GameObjects.Rectangle;
  text: Phaser.GameObjects.Text;
}

const BUTTON_HEIGHT = 52;

export class WhatHappenedPanel extends Phaser.Scene implements ReplayPanel {
  private top!: Phaser.GameObjects.Rectangle;
  private bottom!: Phaser.GameObjects.Rectangle;
  private heading!: Phaser.GameObjects.Text;
  private story!: Phaser.GameObjects.Text;
  private clock!: Phaser.GameObjects.Text;
  private keys!: Phaser.GameObjects.Text;
  private bar!: Phaser.GameObjects.Graphics;
  private buttons!: { restart: Button; play: Button; leave: Button };
  private barRect = { x: 0, y: 0, width: 0 };

  constructor() {
    super(WHAT_HAPPENED_PANEL);
  }

  create(data: { controls: ReplayControls }): void {
    const replay = this.scene.get(WHAT_HAPPENED) as WhatHappenedScene;
    this.top = this.add.rectangle(0, 0, 10, 10, 0x05070a, 0.82).setOrigin(0);
    this.bottom = this.add.rectangle(0, 0, 10, 10, 0x05070a, 0.82).setOrigin(0);
    this.heading = this.add.text(0, 0, t('whatHappened.heading'), menuText(24, { bold: true, colour: '#ffe27a' })).setOrigin(0.5, 0);
    this.story = this.add.text(0, 0, replay.lines.join('\n'), menuText(16)).setOrigin(0.5, 0).setAlign('center');
    this.clock = this.add.text(0, 0, '', menuText(14, { colour: '#b8c4d2' })).setOrigin(1, 0.5);
    this.keys = this.add.text(0, 0, isTouchMode() ? '' : t('whatHappened.keys'), menuText(12, { colour: '#b8c4d2' })).setOrigin(0.5, 1);
    this.bar = this.add.graphics();
    const button = (label: string, action: () => void): Button => {
      const back = this.add.rectangle(0, 0, 10, BUTTON_HEIGHT, 0x1c2433, 1).setStrokeStyle(2, 0x8fa3bf).setOrigin(0.5).setInteractive({ useHandCursor: true });
      const text = this.add.text(0, 0, label, menuText(16, { bold: true })).setOrigin(0.5);
      back.on('pointerdown', action);
      return { back, text };
    };
    this.buttons = {
      restart: button(t('whatHappened.restart'), () => data.controls.restart()),
      play: button(t('whatHappened.pause'), () => data.controls.toggle()),
      leave: button(t('whatHappened.leave'), () => data.controls.leave()),
    };
    this.layout();
    this.scale.on('resize', this.layout, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.layout, this));
  }

  private layout(): void {
    const { width, height } = this.scale;
    const fit = fitFor(width);
    const pad = 10;
    this.heading.setStyle(menuText(24, { bold: true, colour: '#ffe27a', fit })).setPosition(width / 2, pad);
    this.story
      .setStyle(menuText(16, { fit }))
      .setWordWrapWidth(width - 2 * pad, true)
      .setPosition(width / 2, this.heading.y + this.heading.height + 4);
    this.top.setSize(width, this.story.y + this.story.height + pad);
    const rowWidth = Math.min(620, width - 2 * pad);
    const left = (width - rowWidth) / 2;
    const keysHeight = this.keys.text === '' ? 0 : 18;
    const buttonsY = height - pad - keysHeight - BUTTON_HEIGHT / 2;
    const gap = 8;
    const each = (rowWidth - 2 * gap) / 3;
    [this.buttons.restart, this.buttons.play, this.buttons.leave].forEach((b, i) => {
      const x = left + each / 2 + i * (each + gap);
      b.back.setSize(each, BUTTON_HEIGHT).setPosition(x, buttonsY);
      b.back.input?.hitArea.setTo(0, 0, each, BUTTON_HEIGHT);
      b.text.setStyle(menuText(16, { bold: true, fit })).setPosition(x, buttonsY);
    });
    const barY = buttonsY - BUTTON_HEIGHT / 2 - 22;
    this.clock.setStyle(menuText(14, { colour: '#b8c4d2', fit })).setPosition(left + rowWidth, barY);
    this.barRect = { x: left, y: barY, width: rowWidth - 80 };
    this.keys.setStyle(menuText(12, { colour: '#b8c4d2', fit })).setPosition(width / 2, height - 4);
    this.bottom.setPosition(0, barY - 16).setSize(width, height - barY + 16);
  }

  uncovered(): { top: number; bottom: number } {
    return { top: this.top.height, bottom: this.bottom.y };
  }

  override update(): void {
    const replay = this.scene.get(WHAT_HAPPENED) as WhatHappenedScene;
    if (!replay.sys.isActive()) return;
    const label = t(replay.isPlaying ? 'whatHappened.pause' : 'whatHappened.play');
    if (this.buttons.play.text.text !== label) this.buttons.play.text.setText(label);
    const clock = t('whatHappened.clock', { seconds: replay.secondsToEnd.toFixed(1) });
    if (this.clock.text !== clock) this.clock.setText(clock);
    const { x, y, width } = this.barRect;
    const g = this.bar;
    g.clear();
    g.fillStyle(0x2a3446, 1).fillRect(x, y - 4, width, 8);
    g.fillStyle(0xe0564b, 1).fillRect(x, y - 4, width * replay.progress, 8);
    for (const at of replay.chainMarks) {
      g.fillStyle(0xffe27a, 1).fillRect(x + width * at - 2, y - 10, 4, 20);
    }
    g.lineStyle(2, 0xffffff, 1).strokeCircle(x + width * replay.progress, y, 7);
  }
}
