/**
 * Notice banner, over the level for a few seconds in the player's language: a save problem
 * noticed while playing (an autosave or a save that did not fit the storage, a damaged save
 * replaced by its backup, an imported file) — so it is never only in a menu the player may not
 * open — and what the player asked for that could not be done ("Nothing to barricade with…").
 */

import type Phaser from 'phaser';
import type { ObjectiveNews } from '../objective-feedback';
import { noticeText } from '../save/messages';
import { saveNotice, type SaveNotice } from '../save/save-status';
import type { PlaySession } from '../play-session';
import { FONT } from '../render/textures';

const SAVE_MS = 7000;
const REFUSAL_MS = 2500;
const NEWS_MS = 4000;
const NOT_YET_MS = 5500;
const SHOWN_KINDS: ReadonlySet<SaveNotice['kind']> = new Set(['writeFailed', 'usedBackup', 'keptAside', 'imported', 'migrated', 'campaignDropped']);

export class NoticeBanner {
  private readonly text: Phaser.GameObjects.Text;
  /** The save notice last looked at; one from before this level (the load that started it) is news too. */
  private seenNotice: SaveNotice | undefined;
  private seenRefusal: number;
  private hideAt = 0;
  private showingSave = false;

  /** `play`: the play whose refusals it tells of. */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly play: PlaySession,
  ) {
    this.seenRefusal = play.refusal?.serial ?? 0;
    this.text = scene.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '15px', color: '#ffd27a', backgroundColor: '#0b0f1ae6', padding: { x: 10, y: 6 }, align: 'center' })
      .setOrigin(0.5, 0)
      .setVisible(false);
  }

  /** Centred at the top `top` (screen px), in letters grown by the text size. */
  layout(width: number, top: number, textSize: number): void {
    this.text
      .setFontSize(Math.round(15 * textSize))
      .setPosition(width / 2, top)
      .setWordWrapWidth(Math.min(640 * textSize, width - 24));
  }

  /** Objective news from `ObjectiveFeedback`, all at once on one banner (a save problem on screen stays). */
  news(items: readonly ObjectiveNews[]): void {
    if (items.length === 0 || (this.text.visible && this.showingSave)) return;
    const notYet = items.some((item) => item.kind === 'notYet');
    this.show(items.map((item) => item.text).join('\n'), this.scene.time.now + (notYet ? NOT_YET_MS : NEWS_MS), false);
    this.text.setColor(notYet ? '#ffd27a' : '#8fe3a8');
  }

  /** What the banner shows now, or null (for the testing hook). */
  shown(): string | null {
    return this.text.visible ? this.text.text : null;
  }

  update(): void {
    const now = this.scene.time.now;
    const notice = saveNotice();
    if (notice !== this.seenNotice) {
      this.seenNotice = notice;
      if (notice !== undefined && SHOWN_KINDS.has(notice.kind)) this.show(noticeText(notice), now + SAVE_MS, true);
    }
    const refusal = this.play.refusal;
    if (refusal !== undefined && refusal.serial !== this.seenRefusal) {
      this.seenRefusal = refusal.serial;
      // A save problem on screen is not pushed out by a refusal.
      if (!(this.text.visible && this.showingSave)) this.show(refusal.text, now + REFUSAL_MS, false);
    }
    if (this.text.visible && now >= this.hideAt) this.text.setVisible(false);
    const box = this.text.visible ? this.text.getBounds() : null;
    this.play.bannerBox = box === null ? null : { x: box.x, y: box.y, width: box.width, height: box.height };
  }

  private show(text: string, until: number, save: boolean): void {
    this.text.setText(text).setVisible(true).setColor('#ffd27a');
    this.hideAt = until;
    this.showingSave = save;
  }
}
