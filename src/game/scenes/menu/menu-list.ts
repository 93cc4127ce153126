/**
 * A vertical menu: rows with a label and an optional value ("◀ 60% ▶"), one focused row marked
 * by a ▶ and a highlight bar (a shape, not only a colour). Driven by `createMenuInput` (keyboard by
 * physical key, gamepads, sideways swipes) and by the pointer: tapping a row focuses and confirms it (a row with only a
 * value to change is focused: its value changes by a tap on the value's left or right half, ◀ or ▶). Rows that do not
 * fit scroll, with ▲ ▼ marks that can be tapped, and follow a finger dragged up or down (menu-drag.ts). Labels are functions, read again on `refresh()`, so values and languages update.
 *
 * Page-wide state: the menus on screen, top one last: one stack for the page, since menus of
 * different scenes stack over each other.
 */

import Phaser from 'phaser';
import { soundBoard } from '../../audio/sound-board';
import { css } from '../../settings/palette';
import { createMenuInput, type MenuMove } from '../../input/menu-input';
import { fitFor, menuText, palette } from './text-style';
import { followDrags } from './menu-drag';
import { boxOf, drawnText, rowLabel } from './row-label';
import type { MenuArea, MenuItem, MenuState } from './menu-types';

export type { Box, MenuArea, MenuItem, MenuState } from './menu-types';

interface Row {
  back: Phaser.GameObjects.Rectangle;
  label: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
}

const menus: MenuList[] = [];

/** The menu the player is using now (the most recently opened one still on screen), if any. */
export function activeMenu(): MenuState | undefined {
  for (let i = menus.length - 1; i >= 0; i--) {
    const menu = menus[i]!;
    if (menu.isLive()) return menu.state();
  }
  return undefined;
}

/** Moves the focus of the menu in use to its row `id` (scrolling it into view); false when there is no such enabled row. */
export function focusActiveMenu(id: string): boolean {
  for (let i = menus.length - 1; i >= 0; i--) {
    const menu = menus[i]!;
    if (!menu.isLive()) continue;
    menu.focusOn(id);
    return menu.focusedId() === id;
  }
  return false;
}

export class MenuList {
  private rows: Row[] = [];
  private focus = 0;
  private first = 0;
  /** The height of a one-line row (and of the room kept for the ▲ ▼ marks). */
  private rowHeight = 48;
  /** Each row's height, and whether its value is on a line under its label (see `layout`). */
  private heights: number[] = [];
  private stacked: boolean[] = [];
  /** More rows than the area holds: the list scrolls. */
  private scrolled = false;
  /** Drawn to keep the focused row where it was (see `anchor`). */
  private anchored = false;
  private area: MenuArea = { x: 0, y: 0, width: 0, height: 0 };
  private readonly up: Phaser.GameObjects.Text;
  private readonly down: Phaser.GameObjects.Text;
  /** The row a pointer went down on in this scene; a release elsewhere (or from before the menu) does nothing. */
  private pressedRow: number | undefined;
  private used = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly items: MenuItem[],
    private readonly options: { onBack?: () => void; focus?: string; ignoring?: () => boolean; anchorY?: number } = {},
  ) {
    const wanted = items.findIndex((item) => item.id === options.focus);
    this.focus = wanted >= 0 ? wanted : 0;
    if (!this.enabled(this.focus)) this.move(1, false);
    this.rows = items.map((_, index) => this.makeRow(index));
    this.up = scene.add.text(0, 0, '▲', menuText(24)).setOrigin(0.5).setInteractive({ useHandCursor: true });
    this.down = scene.add.text(0, 0, '▼', menuText(24)).setOrigin(0.5).setInteractive({ useHandCursor: true });
    this.up.on('pointerup', () => this.scrollTo(this.first - 1));
    this.down.on('pointerup', () => this.scrollTo(this.first + 1));
    createMenuInput(scene).on((move) => this.handle(move));
    followDrags(scene, { rowHeight: () => this.rowHeight, first: () => this.first, scrollTo: (first) => this.scrollTo(first), cancelTap: () => (this.pressedRow = undefined) });
    menus.push(this);
    scene.events.once('shutdown', () => menus.splice(menus.indexOf(this), 1));
  }

  isLive(): boolean {
    return this.scene.sys.isActive();
  }

  state(): MenuState {
    return {
      scene: this.scene.scene.key,
      focus: this.items[this.focus]?.id ?? '',
      items: this.items.map((item, index) => {
        const row = this.rows[index];
        const shown = row?.back.visible === true;
        const at = shown ? { x: row.back.x + row.back.width / 2, y: row.back.y } : null;
        const textBoxes = shown ? [row.label, row.value].filter((text) => text.text !== '').map((text) => ({ text: drawnText(text), ...boxOf(text) })) : [];
        return { id: item.id, label: item.label(), value: item.value?.() ?? null, enabled: this.enabled(index), at, box: shown ? boxOf(row.back) : null, textBoxes };
      }),
    };
  }

  focusedId(): string {
    return this.items[this.focus]?.id ?? '';
  }

  /** True once the player has moved the focus or chosen something here. */
  get touched(): boolean {
    return this.used;
  }

  /** Moves the focus to the row `id` (when it exists and is enabled). */
  focusOn(id: string): void {
    const index = this.items.findIndex((item) => item.id === id);
    if (index >= 0 && this.enabled(index)) this.setFocus(index, false);
  }

  private enabled(index: number): boolean {
    return this.items[index]?.enabled?.() ?? true;
  }

  private makeRow(index: number): Row {
    const back = this.scene.add.rectangle(0, 0, 10, 10, 0xffffff, 0).setOrigin(0, 0.5).setInteractive({ useHandCursor: true });
    const label = this.scene.add.text(0, 0, '', menuText(24)).setOrigin(0, 0.5);
    const value = this.scene.add.text(0, 0, '', menuText(24)).setOrigin(1, 0.5);
    back.on('pointerover', (pointer: Phaser.Input.Pointer) => {
      if (pointer.wasTouch || !this.enabled(index)) return;
      this.setFocus(index, false);
    });
    back.on('pointerdown', () => {
      this.pressedRow = index;
    });
    back.on('pointerup', (pointer: Phaser.Input.Pointer) => {
      if (this.pressedRow !== index) return;
      this.pressedRow = undefined;
      this.tap(index, pointer.x, pointer.y);
    });
    return { back, label, value };
  }

  /** Puts the menu in `area` (screen pixels) and draws it. */
  layout(area: MenuArea): void {
    this.area = area;
    const fit = fitFor(area.width, this.scene.scale.height);
    for (const row of this.rows) {
      row.label.setStyle(menuText(24, { fit }));
      row.value.setStyle(menuText(24, { fit }));
    }
    this.up.setStyle(menuText(24, { fit }));
    this.down.setStyle(menuText(24, { fit }));
    // A row whose label and value do not fit side by side (big text, a narrow phone) puts its value
    // under the label, each wrapped to the row's width, and is as tall as its lines need.
    for (const row of this.rows) {
      row.label.setWordWrapWidth(null);
      row.value.setWordWrapWidth(null);
    }
    const line = this.rows[0] === undefined ? 30 : this.rows[0].label.setText('▶').height;
    // Rows at least 48 CSS px tall: thumbs need targets that big.
    this.rowHeight = Math.max(48, Math.ceil(line * 1.45));
    this.stacked = this.items.map((item, index) => this.widthOf(item, index) > area.width - 36);
    this.heights = this.items.map((item, index) => {
      if (!this.stacked[index]) return this.rowHeight;
      const row = this.rows[index]!;
      row.label.setWordWrapWidth(area.width - 24, true);
      row.value.setWordWrapWidth(area.width - 24, true);
      return Math.max(this.rowHeight, Math.ceil(this.heightOf(item, index) + line * 0.6));
    });
    this.scrolled = this.heights.reduce((sum, height) => sum + height, 0) > area.height;
    this.anchor();
    this.keepInView();
    this.refresh();
  }

  /** The last row shown when the list starts at row `first` (at least that one). */
  private lastShown(first: number): number {
    if (!this.scrolled) return this.rows.length - 1;
    const room = this.area.height - this.rowHeight; // the ▲ ▼ marks take half a row each
    let used = 0;
    let index = first;
    while (index < this.rows.length && used + this.heights[index]! <= room) used += this.heights[index++]!;
    return Math.max(first, index - 1);
  }

  /**
   * A menu drawn again under the player's finger (a text-size change redraws the screen with bigger
   * rows): scrolled so the focused row is where it was, at `anchorY`, as near as the list allows.
   */
  private anchor(): void {
    const anchorY = this.options.anchorY;
    if (anchorY === undefined) return;
    if (!this.scrolled) {
      // A list that fits starts at the top of its area; if bigger rows above pushed the focused row
      // from under the finger, the list scrolls instead (▲ shows the rows above), so it can be put back.
      let y = this.area.y;
      for (let index = 0; index < this.focus; index++) y += this.heights[index]!;
      if (Math.abs(y + this.heights[this.focus]! / 2 - anchorY) <= this.heights[this.focus]! / 2) return;
      this.scrolled = true;
    }
    let best = this.first;
    let bestOff = Infinity;
    for (let first = 0; first <= this.focus; first++) {
      if (this.lastShown(first) < this.focus) continue;
      let y = this.area.y + this.rowHeight / 2;
      for (let index = first; index < this.focus; index++) y += this.heights[index]!;
      const off = Math.abs(y + this.heights[this.focus]! / 2 - anchorY);
      if (off < bestOff) [best, bestOff] = [first, off];
    }
    this.first = best;
    this.anchored = true;
  }

  /** The centre y of the focused row as drawn (screen pixels), or undefined when it is not shown. */
  focusedY(): number | undefined {
    const row = this.rows[this.focus];
    return row?.back.visible === true ? row.back.y : undefined;
  }

  /** How wide a row's label and value are side by side, as drawn now. */
  private widthOf(item: MenuItem, index: number): number {
    const row = this.rows[index]!;
    const value = item.value?.();
    const shown = value === undefined ? '' : item.adjust !== undefined ? `◀ ${value} ▶` : value;
    row.label.setText(`▶ ${item.label()}`);
    row.value.setText(shown).setScale(1);
    return row.label.width + (shown === '' ? 0 : row.value.width + 12);
  }

  /** How tall a row's label and value are one above the other, wrapped as drawn now. */
  private heightOf(item: MenuItem, index: number): number {
    this.widthOf(item, index);
    const row = this.rows[index]!;
    return row.label.height + (row.value.text === '' ? 0 : row.value.height);
  }

  /** Re-reads every label and value and redraws the visible rows. */
  refresh(): void {
    const colours = palette();
    const last = this.lastShown(this.first);
    let top = this.area.y + (this.scrolled ? this.rowHeight / 2 : 0);
    let outgrown = false;
    this.rows.forEach((row, index) => {
      const shown = index >= this.first && index <= last;
      row.back.setVisible(shown);
      row.label.setVisible(shown);
      row.value.setVisible(shown);
      if (!shown) {
        row.back.disableInteractive();
        return;
      }
      row.back.setInteractive({ useHandCursor: true });
      const item = this.items[index]!;
      const height = this.heights[index] ?? this.rowHeight;
      const y = top + height / 2;
      top += height;
      const focused = index === this.focus;
      const enabled = this.enabled(index);
      const stacked = this.stacked[index] === true;
      row.back.setPosition(this.area.x, y).setSize(this.area.width, height - 4);
      row.back.input?.hitArea.setTo(0, 0, this.area.width, height - 4);
      row.back.setFillStyle(focused ? colours.info : colours.panel, focused ? 0.35 : colours.panelAlpha * 0.6);
      row.back.setStrokeStyle(focused ? 2 : 0, colours.info, 1);
      const value = item.value?.();
      row.label.setText(rowLabel(row.label, item.label(), focused));
      row.value.setText(value === undefined ? '' : item.adjust !== undefined ? `◀ ${value} ▶` : value);
      // Stacked: the label's lines, then the value's, centred in the row together.
      const valueHeight = row.value.text === '' ? 0 : row.value.height;
      const total = stacked ? row.label.height + valueHeight : 0;
      row.label.setPosition(this.area.x + 12, stacked ? y - total / 2 + row.label.height / 2 : y);
      row.value.setPosition(this.area.x + this.area.width - 12, stacked ? y + total / 2 - valueHeight / 2 : y);
      // A value grown since the layout shrinks (down to 60%) rather than run into its label.
      const valueRoom = stacked ? this.area.width - 24 : this.area.width - 36 - row.label.width;
      row.value.setScale(row.value.width > valueRoom ? Math.max(0.6, valueRoom / row.value.width) : 1);
      outgrown ||= !stacked && row.value.displayWidth > valueRoom + 0.5;
      const colour = !enabled ? '#6b7480' : focused ? css(colours.warning) : css(colours.text);
      row.label.setColor(colour);
      row.value.setColor(colour);
    });
    this.up.setVisible(this.scrolled && this.first > 0).setPosition(this.area.x + this.area.width / 2, this.area.y + this.rowHeight * 0.25);
    this.down.setVisible(this.scrolled && last < this.rows.length - 1).setPosition(this.area.x + this.area.width / 2, top + this.rowHeight * 0.25);
    // A value that came after the layout (the title's Continue: the save is read once the menu is up) and runs into its label: laid out again, under it.
    if (outgrown) this.layout(this.area);
  }

  /** Height the menu needs to show every row (for layouts that size around it). */
  fullHeight(): number {
    return this.heights.reduce((sum, height) => sum + height, 0);
  }

  handle(action: MenuMove): void {
    // A screen that is listening for something else (a key to bind) takes no menu moves meanwhile.
    if (this.options.ignoring?.() === true) return;
    this.used = true;
    const item = this.items[this.focus];
    switch (action) {
      case 'up':
        this.move(-1, true);
        break;
      case 'down':
        this.move(1, true);
        break;
      case 'left':
      case 'right':
        if (item?.adjust !== undefined && this.enabled(this.focus)) {
          item.adjust(action === 'left' ? -1 : 1);
          soundBoard().playUi('ui-click');
          this.refreshIfLive();
        }
        break;
      case 'confirm':
        if (item === undefined || !this.enabled(this.focus)) break;
        if (item.activate !== undefined) {
          soundBoard().playUi('ui-confirm');
          item.activate();
        } else if (item.adjust !== undefined) {
          item.adjust(1);
          soundBoard().playUi('ui-click');
        }
        this.refreshIfLive();
        break;
      case 'back':
        if (this.options.onBack !== undefined) {
          soundBoard().playUi('ui-click');
          this.options.onBack();
        }
        break;
    }
  }

  private refreshIfLive(): void {
    // An action may have started another scene; this one is then shutting down.
    if (this.scene.sys.isActive()) this.refresh();
  }

  /** A tap on a value (◀ 60% ▶, on its own line when stacked) changes it; elsewhere it confirms a row that does something, and only focuses one with just a value. */
  private tap(index: number, pointerX: number, pointerY: number): void {
    if (!this.enabled(index) || this.options.ignoring?.() === true) return;
    const item = this.items[index]!;
    this.setFocus(index, false);
    const value = this.rows[index]!.value;
    const valueLeft = value.x - value.displayWidth;
    const onValueLine = !this.stacked[index] || Math.abs(pointerY - value.y) <= value.displayHeight / 2 + 8;
    if (item.adjust !== undefined && pointerX >= valueLeft - 8 && onValueLine) {
      const middle = valueLeft + value.displayWidth / 2;
      this.handle(pointerX < middle ? 'left' : 'right');
    } else if (item.activate !== undefined) {
      this.handle('confirm');
    } else {
      this.used = true;
    }
  }

  private setFocus(index: number, sound: boolean): void {
    if (index === this.focus) return;
    this.focus = index;
    if (sound) soundBoard().playUi('ui-click');
    this.keepInView();
    this.refresh();
  }

  private move(step: -1 | 1, sound: boolean): void {
    const count = this.items.length;
    for (let i = 1; i <= count; i++) {
      const next = (this.focus + step * i + count * 2) % count;
      if (this.enabled(next)) {
        if (this.rows.length === 0) this.focus = next;
        else this.setFocus(next, sound);
        return;
      }
    }
  }

  /** Shows the list from row `first`, kept between its top and the first row that shows its end. */
  private scrollTo(first: number): void {
    if (!this.scrolled) return;
    let top = Phaser.Math.Clamp(first, 0, this.rows.length - 1);
    while (top > 0 && this.lastShown(top - 1) >= this.rows.length - 1) top--;
    if (top === this.first) return;
    this.first = top;
    const last = this.lastShown(this.first);
    this.focus = Phaser.Math.Clamp(this.focus, this.first, last);
    this.refresh();
  }

  private keepInView(): void {
    if (this.rows.length === 0) return;
    if (this.focus < this.first) this.first = this.focus;
    while (this.first < this.focus && this.lastShown(this.first) < this.focus) this.first++;
    // No empty room left at the end when earlier rows would fill it (unless the list was drawn to keep a row under the finger).
    while (!this.anchored && this.first > 0 && this.lastShown(this.first - 1) >= this.rows.length - 1) this.first--;
  }
}
