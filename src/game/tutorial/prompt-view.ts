/**
 * The tutorial's prompt over the level (in the HUD scene): a short line naming the player's own
 * controls, on a dark plate at the top centre, clear of the status panel and the goal (under the
 * panel on a narrow screen). A click, a tap or Enter hides it (the lesson then counts as done); one
 * that holds the game still (tutor.ts `holding`) says the game waits, and the same goes on with it.
 */

import type Phaser from 'phaser';
import { isTouchMode } from '../layout/live-layout';
import { circleHitsRect, rectsMeet, type Circle, type Rect } from '../layout/screen-layout';
import { t } from '../i18n/i18n';
import { FONT } from '../render/textures';
import { settings } from '../settings/settings';

const MAX_WIDTH = 520;
/** The least width the prompt takes at the top of the screen; narrower room puts it at the bottom. */
const TOP_ROOM = 360;
/** The least width beside the panel, left of the touch buttons, that takes the prompt. */
const ASIDE_ROOM = 220;

/** What the prompt must keep clear of, in screen pixels. */
export interface PromptRoom {
  width: number;
  height: number;
  /** The status panel's right and bottom edges. */
  panelRight: number;
  panelBottom: number;
  /** The goal lines' left and bottom edges (top right), or null when there are none. */
  goal: { left: number; bottom: number } | null;
  /** Where the captions' bottom centre goes and how wide they may be: the spot at the bottom between the thumbs. */
  captions: { x: number; y: number; maxWidth: number };
  /** The touch buttons (and the corner buttons). */
  buttons: readonly Circle[];
  /** The box round the controlled student (captions-spot.ts studentBox): a prompt beside the panel on a phone held sideways covered their name. */
  student: Rect;
}
/** The least the prompt's letters shrink to fit a short screen (never under the 12 px that reads). */
const MIN_FIT = 0.6;
/** "Tap to hide" under the prompt: small, but not under the 12 px that reads. */
const HINT_PX = 13;

export class PromptView {
  private readonly plate: Phaser.GameObjects.Rectangle;
  private readonly text: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private shownText = '';
  /** How much the letters are shrunk to fit a short screen (1: as the text size asks). */
  private fit = 1;
  private fitKey = '';
  /** The prompt up holds the game still until read: its hint says the game waits ("go on"), not "hide". */
  holding = false;

  constructor(scene: Phaser.Scene, onHide: () => void) {
    this.plate = scene.add.rectangle(0, 0, 10, 10, 0x0b1420, 0.92).setOrigin(0.5, 0).setStrokeStyle(2, 0xffe27a).setInteractive({ useHandCursor: true });
    this.text = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '16px', color: '#f2ede4', align: 'center', lineSpacing: 3 }).setOrigin(0.5, 0);
    this.hint = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: `${HINT_PX}px`, color: '#ffe27a' }).setOrigin(0.5, 0);
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
    const size = `${Math.max(12, Math.round(16 * textSize * this.fit))}px`;
    const resized = this.text.style.fontSize !== size;
    if (resized) {
      this.text.setFontSize(size);
      this.hint.setFontSize(`${Math.max(12, Math.round(HINT_PX * textSize * this.fit))}px`);
    }
    const wrap = Math.min(MAX_WIDTH * textSize, width) - 28;
    const hint = t(isTouchMode() ? (this.holding ? 'tutorial.goOnTouch' : 'tutorial.hideTouch') : this.holding ? 'tutorial.goOnKeys' : 'tutorial.hideKeys');
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

  /**
   * Shows `text` at the top, between the panel and the goal lines when there is room there, else
   * under the goal lines; and where that covers a touch button or the student (a phone held sideways
   * at 150% text), or the top has no room, at the bottom between the thumbs, above the captions. Returns
   * where the captions' bottom goes then.
   */
  place(text: string | null, room: PromptRoom): number {
    const goalLeft = room.goal?.left ?? room.width;
    const goalBottom = room.goal?.bottom ?? 0;
    const between = goalLeft - room.panelRight - 24;
    const beside = room.width - room.panelRight - 24;
    const clear = (): boolean => {
      const box = this.box;
      const rect = box === null ? null : { x: box.x - box.width / 2, y: box.y, width: box.width, height: box.height };
      return rect === null || (rect.y + rect.height <= room.height - 4 && !room.buttons.some((button) => circleHitsRect(button, rect, 4)) && !rectsMeet(rect, room.student));
    };
    // Beside the panel, left of the touch buttons under the goal lines (a phone held sideways).
    const buttonsLeft = Math.min(room.width, ...room.buttons.filter((button) => button.y + button.r > goalBottom).map((button) => button.x - button.r)) - 12;
    const aside = buttonsLeft - room.panelRight - 12;
    if (between >= TOP_ROOM) {
      this.draw(text, (room.panelRight + goalLeft) / 2, 10, between);
      if (clear()) return room.captions.y;
    } else if (beside >= TOP_ROOM) {
      this.draw(text, (room.panelRight + room.width) / 2, goalBottom + 8, beside);
      if (clear()) return room.captions.y;
    }
    if (aside >= ASIDE_ROOM && aside < beside) {
      this.draw(text, (room.panelRight + 12 + buttonsLeft) / 2, goalBottom + 8, aside);
      if (clear()) return room.captions.y;
    }
    // At the bottom, above the touch buttons (or the slot bar), clear of the student drawn in the middle;
    // on a short screen (a phone on its side, or upright under a tall panel, at 150%) in smaller letters until it fits.
    const highest = Math.max(room.panelBottom, goalBottom) + 8;
    // Worked out once for a text and screen, not every frame (each size change draws the text again).
    const fitKey = `${text}|${room.width}x${room.height}|${highest}|${settings().accessibility.textSize}`;
    if (fitKey !== this.fitKey) {
      this.fitKey = fitKey;
      this.fit = 1;
    }
    this.draw(text, room.captions.x, highest, room.captions.maxWidth);
    // Its whole plate (the hint line too) above the captions' spot, which is above the touch buttons:
    // a phone held upright at 150% had the hint line under the item buttons.
    const lowest = Math.min(room.height - 4, room.captions.y);
    while (this.box !== null && this.box.height > lowest - highest && this.fit > MIN_FIT) {
      this.fit = Math.max(MIN_FIT, Math.round((this.fit - 0.1) * 10) / 10);
      this.draw(text, room.captions.x, highest, room.captions.maxWidth);
    }
    const box = this.box;
    if (box === null) return room.captions.y;
    const top = Math.max(highest, room.captions.y - box.height);
    this.draw(text, room.captions.x, top, room.captions.maxWidth);
    return top - 8;
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
