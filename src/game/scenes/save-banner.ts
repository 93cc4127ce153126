/**
 * Save banner: a save problem noticed while playing — an autosave or a save that did not fit the
 * storage, a damaged save replaced by its backup, an imported file — shown over the level for a few
 * seconds in the player's language, so it is never only in a menu the player may not open.
 */

import type Phaser from 'phaser';
import { noticeText } from '../save/messages';
import { saveNotice, type SaveNotice } from '../save/save-status';
import { FONT } from '../render/textures';

const SHOW_MS = 7000;
const SHOWN_KINDS: ReadonlySet<SaveNotice['kind']> = new Set(['writeFailed', 'usedBackup', 'imported']);

export class SaveBanner {
  private readonly text: Phaser.GameObjects.Text;
  /** The notice last looked at; one from before this level (the load that started it) is news too. */
  private seen: SaveNotice | undefined;
  private hideAt = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.text = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '15px', color: '#ffd27a', backgroundColor: '#0b0f1ae6', padding: { x: 10, y: 6 }, align: 'center' })
      .setOrigin(0.5, 0).setVisible(false);
  }

  layout(width: number, top: number): void {
    this.text.setPosition(width / 2, top).setWordWrapWidth(Math.min(640, width - 24));
  }

  update(): void {
    const notice = saveNotice();
    const now = this.scene.time.now;
    if (notice !== this.seen) {
      this.seen = notice;
      if (notice !== undefined && SHOWN_KINDS.has(notice.kind)) {
        this.text.setText(noticeText(notice)).setVisible(true);
        this.hideAt = now + SHOW_MS;
      }
    }
    if (this.text.visible && now >= this.hideAt) this.text.setVisible(false);
  }
}
