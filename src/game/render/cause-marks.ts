/**
 * The cause marked on the "What happened?" replay: each time a zombie noticed something, a thick
 * outlined line from where it stood to what it sensed (red: saw, blue: heard, pink: smelled, amber:
 * struck), a ring on that tile and a label; the culprit's own detections stay until the end, the
 * others fade after three seconds. The culprit carries its name tag all through the replay.
 * Labels that would cover one another, or the tag, are stacked upward (label-stack.ts).
 */

import type Phaser from 'phaser';
import type { Detection, LossStory } from '../../core';
import type { Snapshot } from '../../core';
import { TICKS_PER_SECOND } from '../../core';
import { markLabel, zombieName } from '../loss-story-text';
import { NOTICE_DEPTH } from './depths';
import { TILE_SIZE } from './sprite-layout';
import { FONT } from './textures';
import { keptInView, stackLabels, type LabelBox, type LabelView } from './label-stack';
import { settings } from '../settings/settings';

const COLOURS = { sight: 0xff4a3d, sound: 0x6fd0ff, smell: 0xff7ad1, struck: 0xffc861 } as const;
const OTHERS_TICKS = 3 * TICKS_PER_SECOND;
const MAX_LABELS = 12;

export class CauseMarks {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private readonly tag: Phaser.GameObjects.Text;
  /** The labels drawn last frame, for the testing hook. */
  shown: string[] = [];
  /** The part of the world in view (world px) that labels stay inside; none by default. */
  view: () => LabelView | undefined = () => undefined;
  /** Words already on the map (world px, bottom centre: the students' names) that labels must not cover. */
  keepClearOf: () => LabelBox[] = () => [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly story: LossStory,
    private readonly names: Snapshot,
  ) {
    this.graphics = scene.add.graphics().setDepth(NOTICE_DEPTH - 10);
    const culprit = story.culprit;
    this.tag = scene.add
      .text(0, 0, culprit === undefined ? '' : zombieName(culprit.zombieId, culprit.kind, culprit.name), {
        fontFamily: FONT,
        fontStyle: 'bold',
        fontSize: `${Math.round(15 * settings().accessibility.textSize)}px`,
        color: '#ffe27a',
        backgroundColor: '#05070acc',
        padding: { x: 4, y: 2 },
      })
      .setOrigin(0.5, 1)
      .setDepth(NOTICE_DEPTH - 5)
      .setResolution(2)
      .setVisible(false);
  }

  draw(snapshot: Snapshot, tick: number, timeMs: number): void {
    const g = this.graphics;
    g.clear();
    const px = 1 / this.scene.cameras.main.zoom;
    const chain = new Set(this.story.chain);
    let used = 0;
    this.shown = [];
    const labelled = new Set<string>();
    const placing: Array<{ label: Phaser.GameObjects.Text; box: LabelBox }> = [];
    const inChain = (d: Detection): boolean => chain.has(d) || this.story.chain.some((c) => c.tick === d.tick && c.zombieId === d.zombieId && c.sense === d.sense);
    for (const d of [...this.story.detections, ...this.story.chain.filter((c) => c.sense === 'struck')]) {
      if (d.tick > tick) continue;
      const key = inChain(d);
      if (!key && tick - d.tick > OTHERS_TICKS) continue;
      const colour = COLOURS[d.sense];
      const fromX = (d.fromTileX + 0.5) * TILE_SIZE;
      const fromY = (d.fromTileY + 0.5) * TILE_SIZE;
      const toX = (d.tileX + 0.5) * TILE_SIZE;
      const toY = (d.tileY + 0.5) * TILE_SIZE;
      const width = key ? 4 : 2.5;
      const alpha = key ? 1 : 0.75;
      g.lineStyle((width + 3) * px, 0x05070a, 0.85 * alpha)
        .lineBetween(fromX, fromY, toX, toY)
        .strokeCircle(toX, toY, 7)
        .strokeCircle(fromX, fromY, 5);
      g.lineStyle(width * px, colour, alpha)
        .lineBetween(fromX, fromY, toX, toY)
        .strokeCircle(toX, toY, 7)
        .strokeCircle(fromX, fromY, 5);
      if (key) {
        const pulse = 7 + 3 * Math.abs(Math.sin(timeMs / 250));
        g.lineStyle(2 * px, colour, 0.8).strokeCircle(toX, toY, pulse + 3);
      }
      const text = markLabel(d, this.names);
      // One label per tile and words: a zombie that notices the same student twice is one story.
      const where = `${d.tileX},${d.tileY},${text}`;
      if (used < MAX_LABELS && !labelled.has(where)) {
        labelled.add(where);
        const label = this.label(used++, text, key);
        label.setScale(px).setColor(`#${colour.toString(16).padStart(6, '0')}`);
        placing.push({ label, box: { x: toX, y: toY - 9, width: label.width * px, height: label.height * px } });
        this.shown.push(text);
      }
    }
    for (let i = used; i < this.labels.length; i++) this.labels[i]!.setVisible(false);
    const culprit = this.story.culprit === undefined ? undefined : snapshot.zombies[this.story.culprit.zombieId];
    const view = this.view();
    const fixed: LabelBox[] = this.keepClearOf();
    if (culprit === undefined || culprit.mode === 'down') this.tag.setVisible(false);
    else {
      // Over its zombie, moved in from the screen's edge when the zombie stands by it (it was cut at a phone's right edge).
      const tag = keptInView({ x: culprit.x * TILE_SIZE, y: culprit.y * TILE_SIZE - 16, width: this.tag.width * px, height: this.tag.height * px }, view);
      this.tag.setVisible(true).setScale(px).setPosition(tag.x, tag.y);
      fixed.push(tag);
      g.lineStyle(2 * px, 0xffe27a, 1).strokeCircle(culprit.x * TILE_SIZE, culprit.y * TILE_SIZE, 10);
    }
    // The culprit's own detections keep their spots first; the rest stack around them.
    const order = [...placing].sort((a, b) => Number(b.label.style.fontStyle === 'bold') - Number(a.label.style.fontStyle === 'bold'));
    stackLabels(
      order.map((p) => p.box),
      fixed,
      px,
      view,
    ).forEach((at, i) => order[i]!.label.setPosition(at.x, at.y));
  }

  /** The labels and the culprit's tag as drawn now (world pixels), for words that must not cover them. */
  boxes(): { x: number; y: number; width: number; height: number }[] {
    return [this.tag, ...this.labels]
      .filter((label) => label.visible)
      .map((label) => {
        const bounds = label.getBounds();
        return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
      });
  }

  private label(index: number, text: string, key: boolean): Phaser.GameObjects.Text {
    let label = this.labels[index];
    if (label === undefined) {
      label = this.scene.add
        .text(0, 0, '', { fontFamily: FONT, fontSize: `${Math.round(14 * settings().accessibility.textSize)}px`, color: '#ffffff', backgroundColor: '#05070acc', padding: { x: 3, y: 1 } })
        .setOrigin(0.5, 1)
        .setDepth(NOTICE_DEPTH - 4)
        .setResolution(2);
      this.labels.push(label);
    }
    if (label.text !== text) label.setText(text);
    return label.setVisible(true).setFontStyle(key ? 'bold' : '');
  }
}
