/**
 * The tutorial's prompt over the level (in the HUD scene): a short line naming the player's own
 * controls, on a dark plate at the top centre, clear of the status panel and the goal (under the
 * panel on a narrow screen). A click, a tap or Enter hides it (the lesson then counts as done).
 */

import type Phaser from 'phaser';
import { isTouchMode } from '../layout/live-layout';
import { t } from '../i18n/i18n';
import { FONT } from '../render/textures';
import { settings } from '../settings/settings';

const MAX_WIDTH = 520;

export class PromptView {
  private readonly plate: Phaser.GameObjects.Rectangle;
  private readonly text: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private shownText = '';

  constructor(scene: Phaser.Scene, onHide: () => void) {
    this.plate = scene.add.rectangle(0, 0, 10, 10, 0x0b1420, 0.92).setOrigin(0.5, 0).setStrokeStyle(2, 0xffe27a).setInteractive({ useHandCursor: true });
    this.text = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '16px', color: '#f2ede4', align: 'center', lineSpacing: 3 }).setOrigin(0.5, 0);
    this.hint = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '11px', color: '#ffe27a' }).setOrigin(0.5, 0);
    this.plate.on('pointerdown', onHide);
    this.setVisible(false);
  }

  /** Shows `text` (or hides the prompt for null), centred at x with its top at y, at most `width` wide. */
  draw(text: string | null, x: number, y: number, width: number): void {
    if (text === null) {
      this.setVisible(false);
      this.shownText = '';
      return;
    }
    const textSize = settings().accessibility.textSize;
    const size = `${Math.round(16 * textSize)}px`;
    const resized = this.text.style.fontSize !== size;
    if (resized) {
      this.text.setFontSize(size);
      this.hint.setFontSize(`${Math.round(11 * textSize)}px`);
    }
    const wrap = Math.min(MAX_WIDTH * textSize, width) - 28;
    const hint = t(isTouchMode() ? 'tutorial.hideTouch' : 'tutorial.hideKeys');
    if (resized || text !== this.shownText || this.text.x !== x || this.text.y !== y + 10 || this.hint.text !== hint) {
      this.shownText = text;
      this.text
        .setWordWrapWidth(wrap, true)
        .setText(text)
        .setPosition(x, y + 10);
      this.hint.setText(hint).setPosition(x, this.text.y + this.text.height + 6);
      const plateWidth = Math.max(this.text.width, this.hint.width) + 28;
      this.plate.setPosition(x, y).setSize(plateWidth, this.text.height + this.hint.height + 26);
      this.plate.input?.hitArea.setSize(plateWidth, this.plate.height);
    }
    this.setVisible(true);
  }

  /** The prompt's plate in screen pixels (centre x, top y, size), or null when hidden. */
  get box(): { x: number; y: number; width: number; height: number } | null {
    return this.plate.visible ? { x: this.plate.x, y: this.plate.y, width: this.plate.width, height: this.plate.height } : null;
  }

  /** The text shown, or null. */
  get shown(): string | null {
    return this.plate.visible ? this.shownText : null;
  }

  private setVisible(visible: boolean): void {
    this.plate.setVisible(visible);
    this.text.setVisible(visible);
    this.hint.setVisible(visible);
  }
}
