/**
 * HUD: drawn over the level at screen scale — each student's name, health and stamina, the group's
 * food, water and phones, and the goal. Reads the latest snapshot; changes nothing.
 */

import Phaser from 'phaser';
import type { ItemKind } from '../../core/commands';
import { soundBoard } from '../audio/sound-board';
import { objectiveLines } from '../objective-text';
import { currentLayout, onLayoutChange, setHudPanelSize } from '../layout/live-layout';
import { session } from '../session';
import { ITEM_ICONS, UI_ICONS } from '../render/sprite-layout';
import { FONT, TEXTURES } from '../render/textures';
import { t } from '../i18n/i18n';

interface StudentRow {
  name: Phaser.GameObjects.Text;
  heart: Phaser.GameObjects.Image;
  healthBack: Phaser.GameObjects.Rectangle;
  health: Phaser.GameObjects.Rectangle;
  stamina: Phaser.GameObjects.Rectangle;
}

const BAR_WIDTH = 110;

/** What the group carries, with the key that uses it. */
const INVENTORY_SLOTS: readonly { item: ItemKind; key: string }[] = [
  { item: 'food', key: '1' },
  { item: 'water', key: '2' },
  { item: 'phone', key: 'Q' },
];

export class HudScene extends Phaser.Scene {
  private rows: StudentRow[] = [];
  private counts: Phaser.GameObjects.Text[] = [];
  private goal!: Phaser.GameObjects.Text;
  /** Sound captions, bottom centre: "[groan, left]". */
  private captions!: Phaser.GameObjects.Text;
  /** Everything in the status panel, moved as one to the safe area's corner. */
  private panelGroup!: Phaser.GameObjects.Container;

  constructor() {
    super('hud');
  }

  create(): void {
    this.rows = [];
    const panel = this.add.rectangle(8, 8, 196, 0, 0x0b0f1a, 0.72).setOrigin(0).setStrokeStyle(1, 0x3a4a5e);
    const students = session.latest?.students ?? [];
    students.forEach((student, index) => {
      const y = 16 + index * 34;
      this.rows.push({
        name: this.add.text(40, y - 2, student.name, { fontFamily: FONT, fontStyle: 'bold', fontSize: '14px', color: '#d8e0ea' }),
        heart: this.add.image(24, y + 12, TEXTURES.ui, UI_ICONS.indexOf('heart')).setScale(1.25),
        healthBack: this.add.rectangle(40, y + 16, BAR_WIDTH, 7, 0x2a1416).setOrigin(0, 0.5),
        health: this.add.rectangle(40, y + 16, BAR_WIDTH, 7, 0xd9463e).setOrigin(0, 0.5),
        stamina: this.add.rectangle(40, y + 23, BAR_WIDTH, 3, 0xe8c547).setOrigin(0, 0.5),
      });
    });
    const itemsY = 20 + students.length * 34;
    this.counts = INVENTORY_SLOTS.map(({ item }, i) => {
      const x = 26 + (i % 2) * 80;
      const y = itemsY + Math.floor(i / 2) * 24;
      this.add.image(x, y + 6, TEXTURES.items, ITEM_ICONS.indexOf(item)).setScale(1.5);
      return this.add.text(x + 14, y - 2, '', { fontFamily: FONT, fontSize: '15px', color: '#f2ede4' });
    });
    panel.setSize(196, itemsY + Math.ceil(INVENTORY_SLOTS.length / 2) * 24);
    // Everything drawn so far is the panel: one container, placed by the screen layout.
    this.panelGroup = this.add.container(0, 0, [...this.children.list]);
    setHudPanelSize(panel.width, panel.height);
    // The level's objectives of the current step (src/game/objective-text.ts), top right.
    this.goal = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '15px', color: '#8fe3a8', stroke: '#05070a', strokeThickness: 4, align: 'right' }).setOrigin(1, 0);
    this.captions = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '16px', color: '#f2ede4', backgroundColor: '#0b0f1acc', padding: { x: 8, y: 4 }, align: 'center' }).setOrigin(0.5, 1);
    this.layout();
    const stop = onLayoutChange(() => this.layout());
    this.events.once('shutdown', stop);
  }

  /** Panel, goal and captions where the screen layout puts them (inside the safe area, clear of the touch controls). */
  private layout(): void {
    const { hud } = currentLayout();
    this.panelGroup.setPosition(hud.panel.x - 8, hud.panel.y - 8);
    this.goal.setOrigin(hud.goal.align === 'right' ? 1 : 0, 0).setPosition(hud.goal.x, hud.goal.y).setWordWrapWidth(hud.goal.maxWidth).setAlign(hud.goal.align);
    this.captions.setPosition(hud.captions.x, hud.captions.y).setWordWrapWidth(hud.captions.maxWidth);
  }

  override update(): void {
    const snapshot = session.latest;
    if (snapshot === undefined) return;
    const heard = [...new Set(soundBoard().captions().map((c) => c.text))].slice(-3);
    this.captions.setText(heard.join('\n')).setVisible(heard.length > 0);
    snapshot.students.forEach((student, index) => {
      const row = this.rows[index];
      if (row === undefined) return;
      const healthShare = student.health / student.maxHealth;
      row.health.setSize(BAR_WIDTH * healthShare, 7);
      row.stamina.setSize(BAR_WIDTH * (student.stamina / 100), 3);
      row.heart.setFrame(UI_ICONS.indexOf(student.down ? 'heart-empty' : 'heart'));
      row.name.setText(`${student.controlled ? '▶ ' : ''}${student.name}${student.down ? ` ${t('hud.down')}` : ''}`);
      row.name.setColor(student.down ? '#6b7480' : student.controlled ? '#ffe27a' : '#d8e0ea');
      // Low health blinks before it is too late.
      row.health.setAlpha(healthShare < 0.3 ? 0.55 + 0.45 * Math.abs(Math.sin(this.time.now / 180)) : 1);
    });
    INVENTORY_SLOTS.forEach(({ item, key }, i) => this.counts[i]?.setText(`×${snapshot.inventory[item]} [${key}]`));
    const goal = objectiveLines(snapshot).join('\n');
    if (this.goal.text !== goal) this.goal.setText(goal);
  }
}
