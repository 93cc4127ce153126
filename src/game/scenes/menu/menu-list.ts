/**
 * A vertical menu: rows with a label and an optional value ("◀ 60% ▶"), one focused row marked
 * by a ▶ and a highlight bar (a shape, not only a colour). Driven by `createMenuInput` (keyboard by
 * physical key, gamepads, touch swipes) and by the pointer: tapping a row focuses and confirms it; tapping the left or right
 * half of a value changes it down or up. Rows that do not fit scroll, with ▲ ▼ marks that can be
 * tapped. Labels are functions, read again on `refresh()`, so values and languages update.
 *
 * Page-wide state: the menus on screen, top one last: one stack for the page, since menus of
 * different scenes stack over each other.
 */

import Phaser from 'phaser';
import { soundBoard } from '../../audio/sound-board';
import { css } from '../../settings/palette';
import { createMenuInput, type MenuMove } from '../../input/menu-input';
import { fitFor, menuText, palette } from './text-style';

export interface MenuItem {
  /** Stable name for tests and for keeping the focus across a redraw, e.g. `'newGame'`. */
  id: string;
  label: () => string;
  /** Shown at the right; adjustable items show it between ◀ ▶. */
  value?: () => string;
  /** Confirm (Enter, A, a tap on the label). */
  activate?: () => void;
  /** Left/right (or a tap on either half of the value). */
  adjust?: (step: -1 | 1) => void;
  /** Disabled rows are shown dimmed and skipped by up/down. */
  enabled?: () => boolean;
}

export interface MenuArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Row {
  back: Phaser.GameObjects.Rectangle;
  label: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a menu shows, for the testing hook. */
export interface MenuState {
  scene: string;
  focus: string;
  /**
   * `at`: the row's centre, `box`: the row, `textBoxes`: its label and value as drawn (after any
   * shrinking), all in game pixels while the row is on screen (the hook turns them into page pixels).
   */
  items: { id: string; label: string; value: string | null; enabled: boolean; at: { x: number; y: number } | null; box: Box | null; textBoxes: (Box & { text: string })[] }[];
}

function boxOf(object: Phaser.GameObjects.Text | Phaser.GameObjects.Rectangle): Box {
  const bounds = object.getBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
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

export class MenuList {
  private rows: Row[] = [];
  private focus = 0;
  private first = 0;
  private visible = 0;
  private rowHeight = 40;
  private area: MenuArea = { x: 0, y: 0, width: 0, height: 0 };
  private readonly up: Phaser.GameObjects.Text;
  private readonly down: Phaser.GameObjects.Text;
  /** The row a pointer went down on in this scene; a release elsewhere (or from before the menu) does nothing. */
  private pressedRow: number | undefined;
  private used = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly items: MenuItem[],
    private readonly options: { onBack?: () => void; focus?: string; ignoring?: () => boolean } = {},
  ) {
    const wanted = items.findIndex((item) => item.id === options.focus);
    this.focus = wanted >= 0 ? wanted : 0;
    if (!this.enabled(this.focus)) this.move(1, false);
    this.rows = items.map((_, index) => this.makeRow(index));
    this.up = scene.add.text(0, 0, '▲', menuText(24)).setOrigin(0.5).setInteractive({ useHandCursor: true });
    this.down = scene.add.text(0, 0, '▼', menuText(24)).setOrigin(0.5).setInteractive({ useHandCursor: true });
    this.up.on('pointerup', () => this.scroll(-1));
    this.down.on('pointerup', () => this.scroll(1));
    createMenuInput(scene).on((move) => this.handle(move));
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
        const textBoxes = shown ? [row.label, row.value].filter((text) => text.text !== '').map((text) => ({ text: text.text, ...boxOf(text) })) : [];
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
      this.tap(index, pointer.x);
    });
    return { back, label, value };
  }

  /** Puts the menu in `area` (screen pixels) and draws it. */
  layout(area: MenuArea): void {
    this.area = area;
    const fit = fitFor(area.width);
    for (const row of this.rows) {
      row.label.setStyle(menuText(24, { fit }));
      row.value.setStyle(menuText(24, { fit }));
    }
    this.up.setStyle(menuText(24, { fit }));
    this.down.setStyle(menuText(24, { fit }));
    // Rows at least 44 CSS px tall: thumbs need targets that big.
    this.rowHeight = Math.max(44, Math.ceil((this.rows[0]?.label.height ?? 30) * 1.45));
    const room = area.height - this.rowHeight; // leave room for the ▲ ▼ marks
    this.visible = this.rows.length * this.rowHeight <= area.height ? this.rows.length : Math.max(1, Math.floor(room / this.rowHeight));
    this.keepInView();
    this.refresh();
  }

  /** Re-reads every label and value and redraws the visible rows. */
  refresh(): void {
    const colours = palette();
    const scrolled = this.visible < this.rows.length;
    const top = this.area.y + (scrolled ? this.rowHeight / 2 : 0);
    this.rows.forEach((row, index) => {
      const shown = index >= this.first && index < this.first + this.visible;
      row.back.setVisible(shown);
      row.label.setVisible(shown);
      row.value.setVisible(shown);
      if (!shown) {
        row.back.disableInteractive();
        return;
      }
      row.back.setInteractive({ useHandCursor: true });
      const item = this.items[index]!;
      const y = top + (index - this.first + 0.5) * this.rowHeight;
      const focused = index === this.focus;
      const enabled = this.enabled(index);
      row.back.setPosition(this.area.x, y).setSize(this.area.width, this.rowHeight - 4);
      row.back.input?.hitArea.setTo(0, 0, this.area.width, this.rowHeight - 4);
      row.back.setFillStyle(focused ? colours.info : colours.panel, focused ? 0.35 : colours.panelAlpha * 0.6);
      row.back.setStrokeStyle(focused ? 2 : 0, colours.info, 1);
      row.label.setText(`${focused ? '▶ ' : '  '}${item.label()}`).setPosition(this.area.x + 12, y);
      const value = item.value?.();
      row.value.setText(value === undefined ? '' : item.adjust !== undefined ? `◀ ${value} ▶` : value).setPosition(this.area.x + this.area.width - 12, y);
      // A long value shrinks (down to 60%) rather than running into its label.
      const room = this.area.width - 36 - row.label.width;
      row.value.setScale(row.value.width > room ? Math.max(0.6, room / row.value.width) : 1);
      const colour = !enabled ? '#6b7480' : focused ? css(colours.warning) : css(colours.text);
      row.label.setColor(colour);
      row.value.setColor(colour);
    });
    this.up.setVisible(scrolled && this.first > 0).setPosition(this.area.x + this.area.width / 2, this.area.y + this.rowHeight * 0.25);
    this.down.setVisible(scrolled && this.first + this.visible < this.rows.length).setPosition(this.area.x + this.area.width / 2, top + this.visible * this.rowHeight + this.rowHeight * 0.25);
  }

  /** Height the menu needs to show every row (for layouts that size around it). */
  fullHeight(): number {
    return this.rows.length * this.rowHeight;
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

  private tap(index: number, pointerX: number): void {
    if (!this.enabled(index) || this.options.ignoring?.() === true) return;
    const item = this.items[index]!;
    this.setFocus(index, false);
    const valueLeft = this.rows[index]!.value.x - this.rows[index]!.value.displayWidth;
    if (item.adjust !== undefined && pointerX >= valueLeft - 8) {
      const middle = valueLeft + this.rows[index]!.value.displayWidth / 2;
      this.handle(pointerX < middle ? 'left' : 'right');
    } else {
      this.handle('confirm');
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

  private scroll(step: -1 | 1): void {
    this.first = Phaser.Math.Clamp(this.first + step, 0, Math.max(0, this.rows.length - this.visible));
    if (this.focus < this.first) this.focus = this.first;
    if (this.focus >= this.first + this.visible) this.focus = this.first + this.visible - 1;
    this.refresh();
  }

  private keepInView(): void {
    if (this.visible <= 0) return;
    if (this.focus < this.first) this.first = this.focus;
    if (this.focus >= this.first + this.visible) this.first = this.focus - this.visible + 1;
    this.first = Phaser.Math.Clamp(this.first, 0, Math.max(0, this.rows.length - this.visible));
  }
}
