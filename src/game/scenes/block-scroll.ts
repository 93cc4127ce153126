/**
 * A screen drawn taller than the window (the camp of a big group, at a big text size, on a phone
 * held sideways) shown from one of its blocks on: a block is a card, a row of buttons or a line. Only
 * blocks wholly in view are drawn, as a scrolling menu draws only whole rows, with ▲ / ▼ marks
 * (tappable) where there is more above or below. A finger dragged up or down, the mouse wheel and
 * the keyboard's focus (`reveal`) move it.
 */

import Phaser from 'phaser';
import { followDrags } from './menu/menu-drag';
import { FONT } from '../render/textures';

/** Room for a ▲ / ▼ mark at the top or bottom of a scrolled screen (px). */
const MARK = 26;
/** The finger's travel that scrolls one block (px). */
const STEP = 40;

interface Span {
  top: number;
  bottom: number;
}

export class BlockScroll {
  /** The first block shown. */
  private first = 0;
  private root: Phaser.GameObjects.Container | undefined;
  private blocks: Phaser.GameObjects.Container[] = [];
  private spans: Span[] = [];
  private up: Phaser.GameObjects.Text | undefined;
  private down: Phaser.GameObjects.Text | undefined;

  /** `cancelTap`: a drag that scrolled is no tap on the button it started on. */
  constructor(
    private readonly scene: Phaser.Scene,
    cancelTap: () => void,
  ) {
    followDrags(scene, { rowHeight: () => STEP, first: () => this.first, scrollTo: (first) => this.scrollTo(first), cancelTap });
    const onWheel = (_pointer: unknown, _over: unknown, _dx: number, dy: number): void => {
      if (dy !== 0) this.scrollTo(this.first + Math.sign(dy));
    };
    scene.input.on(Phaser.Input.Events.POINTER_WHEEL, onWheel);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.input.off(Phaser.Input.Events.POINTER_WHEEL, onWheel));
  }

  /** Takes a new drawing: `blocks` (in order, top to bottom) inside `root`, drawn from its top at y = 0; keeps the place shown as near as it can. */
  show(root: Phaser.GameObjects.Container, blocks: Phaser.GameObjects.Container[]): void {
    this.root = root;
    this.blocks = blocks;
    this.spans = blocks.map((block) => {
      const box = block.getBounds();
      return { top: box.y, bottom: box.y + box.height };
    });
    const mark = (text: string, step: number): Phaser.GameObjects.Text =>
      this.scene.add
        .text(this.scene.scale.width / 2, 0, text, { fontFamily: FONT, fontSize: '20px', color: '#ffe27a' })
        .setOrigin(0.5)
        .setDepth(1)
        .setInteractive({ useHandCursor: true })
        .on('pointerup', () => this.scrollTo(this.first + step));
    this.up = mark('▲', -1);
    this.down = mark('▼', 1);
    this.scrollTo(this.first);
  }

  /** Scrolls as little as needed for block `index` to be wholly in view. */
  reveal(index: number): void {
    if (index < 0 || index >= this.spans.length) return;
    if (index < this.first) this.scrollTo(index);
    else while (this.lastShown(this.first) < index && this.first < index) this.scrollTo(this.first + 1);
  }

  private scrolls(): boolean {
    const last = this.spans[this.spans.length - 1];
    return last !== undefined && last.bottom > this.scene.scale.height - 8;
  }

  /** Where the screen is moved up to when block `first` is the first shown. */
  private offset(first: number): number {
    return first === 0 ? 0 : this.spans[first]!.top - MARK;
  }

  /** The last block wholly in view when `first` is the first shown (at least `first` itself). */
  private lastShown(first: number): number {
    if (!this.scrolls()) return this.spans.length - 1;
    const bottom = this.offset(first) + this.scene.scale.height - MARK;
    let last = first;
    while (last + 1 < this.spans.length && this.spans[last + 1]!.bottom <= bottom) last++;
    return last;
  }

  private scrollTo(wanted: number): void {
    const count = this.spans.length;
    if (this.root === undefined || count === 0) return;
    // No further than where the last block comes into view.
    let most = 0;
    while (most < count - 1 && this.lastShown(most) < count - 1) most++;
    this.first = this.scrolls() ? Math.max(0, Math.min(wanted, most)) : 0;
    const last = this.lastShown(this.first);
    this.root.y = -this.offset(this.first);
    this.blocks.forEach((block, i) => block.setVisible(i >= this.first && i <= last));
    const { width, height } = this.scene.scale;
    this.up?.setPosition(width / 2, MARK / 2).setVisible(this.first > 0);
    this.down?.setPosition(width / 2, height - MARK / 2).setVisible(last < count - 1);
  }
}
