/**
 * The `?edit=` preview's panels, drawn by the fixed UI camera: the level panel (what is in the
 * level, the checker's warnings, the noise reach of the clicked tile, a legend of every layer the
 * map shows, the hint) and the box that shows the properties of the object clicked on.
 */

import type Phaser from 'phaser';
import type { PickedObject } from '../../core';
import { PREVIEW_LOUDNESS } from '../../core';
import { t } from '../i18n/i18n';
import { isTouchMode } from '../layout/live-layout';
import { FONT } from '../render/textures';
import { BAND_COLOURS, PATH_COLOURS } from './edit-overlay';
import { LAYER_COLOURS } from './edit-layers-view';

type Icon = (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;

/** The legend's rows: the symbol drawn in a 14x12 box at x, y and the text's key. */
const LEGEND: [string, Icon][] = [
  ['legendSpawn', (g, x, y) => g.fillStyle(0x4aa3ff, 1).fillTriangle(x + 7, y, x, y + 12, x + 14, y + 12)],
  [
    'legendZombie',
    (g, x, y) =>
      g
        .lineStyle(2, PATH_COLOURS['walker']!, 1)
        .lineBetween(x, y + 6, x + 14, y + 6)
        .fillStyle(PATH_COLOURS['walker']!, 1)
        .fillCircle(x + 3, y + 6, 4),
  ],
  ['legendSpawnReach', (g, x, y) => g.fillStyle(LAYER_COLOURS.spawnReach, 0.5).fillRect(x, y, 14, 12)],
  [
    'legendExitRoute',
    (g, x, y) =>
      g
        .lineStyle(3, LAYER_COLOURS.exitRoute, 1)
        .lineBetween(x, y + 6, x + 5, y + 6)
        .lineBetween(x + 9, y + 6, x + 14, y + 6),
  ],
  ['legendExit', (g, x, y) => g.lineStyle(1.5, 0x34c759, 1).strokeRect(x + 0.5, y + 0.5, 13, 11)],
  ['legendObjective', (g, x, y) => g.lineStyle(1.5, 0xffe27a, 1).strokeRect(x + 0.5, y + 0.5, 13, 11)],
  [
    'legendItem',
    (g, x, y) =>
      g
        .fillStyle(LAYER_COLOURS.item, 1)
        .fillTriangle(x + 7, y, x + 13, y + 6, x + 7, y + 12)
        .fillTriangle(x + 7, y, x + 1, y + 6, x + 7, y + 12),
  ],
  [
    'legendLight',
    (g, x, y) =>
      g
        .fillStyle(LAYER_COLOURS.light, 0.45)
        .fillRect(x, y, 14, 12)
        .fillStyle(LAYER_COLOURS.light, 1)
        .fillCircle(x + 7, y + 6, 4),
  ],
  [
    'legendLampOff',
    (g, x, y) =>
      g
        .lineStyle(1.5, LAYER_COLOURS.lampOff, 1)
        .strokeCircle(x + 7, y + 6, 6)
        .fillStyle(LAYER_COLOURS.lampOff, 1)
        .fillCircle(x + 7, y + 6, 3),
  ],
  [
    'legendSound',
    (g, x, y) =>
      g
        .fillStyle(LAYER_COLOURS.sound, 0.35)
        .fillRect(x, y, 14, 12)
        .lineStyle(1, LAYER_COLOURS.sound, 1)
        .strokeRect(x + 0.5, y + 0.5, 13, 11),
  ],
  [
    'legendLocked',
    (g, x, y) =>
      g
        .lineStyle(2, LAYER_COLOURS.key, 1)
        .lineBetween(x, y + 9, x + 8, y + 9)
        .fillStyle(LAYER_COLOURS.locked, 1)
        .fillRect(x + 8, y + 4, 6, 6),
  ],
  [
    'legendNoKey',
    (g, x, y) =>
      g
        .fillStyle(LAYER_COLOURS.locked, 1)
        .fillRect(x + 3, y + 3, 8, 7)
        .lineStyle(2, 0xffffff, 1)
        .lineBetween(x + 1, y, x + 13, y + 12)
        .lineBetween(x + 13, y, x + 1, y + 12),
  ],
];

export interface LevelPanel {
  objects: Phaser.GameObjects.GameObject[];
  setInfo(text: string): void;
  /** The legend's texts as shown, for the testing hook. */
  legend(): string[];
  /** True when the page point is on the panel. */
  contains(x: number, y: number): boolean;
  /** Scrolls a panel taller than its room by `dy` pixels (down when positive). */
  scrollBy(dy: number): void;
}

/** A text of a scrolling column at its spot from the column's top, and the icon drawn beside it (given its top). */
interface Placed {
  text: Phaser.GameObjects.Text;
  x: number;
  y: number;
  icon?: (top: number) => void;
}

/**
 * A column of texts on a backdrop at `place`, never taller than `place.height`: when its texts need
 * more room they scroll (`scrollBy`, or a tap on its ▲ ▼ marks), and only those wholly in view are drawn.
 */
function scrollingColumn(scene: Phaser.Scene, place: { x: number; y: number; width: number; height: number }, style: Phaser.Types.GameObjects.Text.TextStyle) {
  const { x, width } = place;
  const back = scene.add.rectangle(x, place.y, width, 10, 0x07090f, 0.84).setOrigin(0).setStrokeStyle(1, 0x3a4658).setDepth(-1);
  const icons = scene.add.graphics();
  const marks = ['▲', '▼'].map((mark) =>
    scene.add
      .text(x + width / 2, 0, mark, { ...style, color: '#8fa0b4' })
      .setOrigin(0.5, 0)
      .setInteractive({ useHandCursor: true }),
  );
  const markRoom = marks[0]!.height + 4;
  let placed: Placed[] = [];
  let contentHeight = 0;
  let scroll = 0;
  const draw = (): void => {
    const overflow = contentHeight > place.height;
    const mark = overflow ? markRoom : 0;
    const room = overflow ? place.height - 2 * mark : contentHeight;
    const most = Math.max(0, contentHeight - room);
    scroll = Math.min(Math.max(0, scroll), most);
    // The ▲ takes room only once it shows (scrolled down): at the top, the heading is in view.
    const above = scroll > 0 ? mark : 0;
    icons.clear();
    for (const item of placed) {
      const top = item.y - scroll;
      const shown = top >= above - 0.5 && top + item.text.height <= mark + room + 0.5;
      item.text.setPosition(item.x, place.y + top).setVisible(shown);
      if (shown) item.icon?.(place.y + top);
    }
    marks[0]!.setVisible(overflow && scroll > 0).setY(place.y + 2);
    marks[1]!.setVisible(overflow && scroll < most).setY(place.y + place.height - mark + 2);
    back.setSize(width, overflow ? place.height : contentHeight);
  };
  const scrollBy = (dy: number): void => {
    scroll += dy;
    draw();
  };
  marks[0]!.on('pointerup', () => scrollBy(-place.height * 0.6));
  marks[1]!.on('pointerup', () => scrollBy(place.height * 0.6));
  return {
    objects: [back, icons, ...marks],
    icons,
    show(next: Placed[], height: number): void {
      placed = next;
      contentHeight = height;
      draw();
    },
    scrollBy,
    contains: (px: number, py: number): boolean => px >= x && px <= x + width && py >= place.y && py <= place.y + back.height,
  };
}

/**
 * The level panel at `place` (its font size already grown with the text size), never taller than
 * `place.height`: when its lines need more, they scroll (the wheel, a drag on the panel, or the
 * ▲ ▼ marks), and only the lines wholly in view are drawn.
 */
export function buildLevelPanel(scene: Phaser.Scene, heading: string, lines: string[], place: { x: number; y: number; width: number; height: number; fontSize: number }): LevelPanel {
  const { x, width } = place;
  const left = x + 10;
  const style = { fontFamily: FONT, fontSize: `${place.fontSize}px`, color: '#f2ede4', lineSpacing: 1, wordWrap: { width: width - 20, useAdvancedWrap: true } };
  const row = place.fontSize + 5;
  const title = scene.add.text(left, 0, heading, { ...style, fontSize: `${place.fontSize + 4}px`, fontStyle: 'bold', color: '#ffe27a' });
  const body = scene.add.text(left, 0, lines.join('\n'), style);
  const info = scene.add.text(left, 0, '', { ...style, color: '#b8c4d2' });
  const iconStyle = { ...style, wordWrap: { width: width - 44, useAdvancedWrap: true } };
  const legendTitle = scene.add.text(left, 0, t('edit.legend'), { ...style, color: '#8fa0b4' });
  const legendRows = LEGEND.map(([key]) => scene.add.text(left + 22, 0, t(`edit.${key}` as 'edit.legend'), iconStyle));
  const bandsTitle = scene.add.text(left, 0, t('edit.noiseBands'), { ...style, color: '#8fa0b4' });
  const column = (width - 20) / 2;
  const bandRows = PREVIEW_LOUDNESS.map((band) => scene.add.text(0, 0, `${t(`edit.${band.id}`)} (${band.radius})`, { ...style, wordWrap: { width: column - 22, useAdvancedWrap: true } }));
  const hint = scene.add.text(left, 0, t(isTouchMode() ? 'edit.hintTouch' : 'edit.hint'), { ...style, color: '#8fa0b4', fontSize: `${Math.max(12, place.fontSize - 1)}px` });
  const scroller = scrollingColumn(scene, place, style);
  const icons = scroller.icons;

  /** Each text at its spot from the panel's top (and the icon drawn beside it, given its top). */
  let placed: Placed[] = [];

  const layout = (): void => {
    placed = [];
    let y = 8;
    placed.push({ text: title, x: left, y });
    y += title.height + 8;
    placed.push({ text: body, x: left, y });
    y += body.height + 10;
    placed.push({ text: info, x: left, y });
    y += Math.max(info.height, row) + 8;
    placed.push({ text: legendTitle, x: left, y });
    y += row;
    legendRows.forEach((text, i) => {
      placed.push({ text, x: left + 22, y, icon: (top) => LEGEND[i]![1](icons, left, top + Math.max(0, (row - 12) / 2) - 1) });
      y += Math.max(row, text.height + 2);
    });
    y += 4;
    placed.push({ text: bandsTitle, x: left, y });
    y += row;
    // Two bands a row.
    for (let i = 0; i < bandRows.length; i += 2) {
      const pair = bandRows.slice(i, i + 2);
      pair.forEach((text, j) => {
        const bx = left + j * column;
        placed.push({ text, x: bx + 20, y, icon: (top) => icons.fillStyle(BAND_COLOURS[i + j]!, 0.8).fillRect(bx, top + 2, 14, 12) });
      });
      y += Math.max(row, ...pair.map((text) => text.height + 2));
    }
    y += 6;
    placed.push({ text: hint, x: left, y });
    scroller.show(placed, y + hint.height + 8);
  };

  layout();
  return {
    objects: [...scroller.objects, title, body, info, legendTitle, ...legendRows, bandsTitle, ...bandRows, hint],
    setInfo(text) {
      info.setText(text);
      layout();
    },
    legend: () => [legendTitle.text, ...legendRows.map((r) => r.text), bandsTitle.text, ...bandRows.map((r) => r.text)],
    contains: scroller.contains,
    scrollBy: scroller.scrollBy,
  };
}

/** Lines describing one picked object: its kind, id and layer, name, tiles, and each custom property. */
export function objectLines(picked: PickedObject): string[] {
  const lines: string[] = [t('edit.objectHeading', { kind: picked.kind, id: picked.id, layer: picked.layer })];
  if (picked.name !== '') lines.push(t('edit.objectName', { name: picked.name }));
  lines.push(
    picked.width > 0
      ? t('edit.objectArea', { x: picked.tileX, y: picked.tileY, x2: picked.tileX + picked.width - 1, y2: picked.tileY + picked.height - 1 })
      : t('edit.objectTile', { x: picked.tileX, y: picked.tileY }),
  );
  if (picked.properties.length === 0) lines.push(t('edit.objectDefaults'));
  for (const property of picked.properties) lines.push(`${property.name} = ${typeof property.value === 'string' ? JSON.stringify(property.value) : String(property.value)}`);
  return lines;
}

export interface ObjectBox {
  objects: Phaser.GameObjects.GameObject[];
  /** Shows the objects on a tile (or says there is none); undefined hides the box. */
  show(tile: { tileX: number; tileY: number; picked: PickedObject[] } | undefined): void;
  lines(): string[];
}

export function buildObjectBox(scene: Phaser.Scene, place: { x: number; y: number; width: number; fontSize: number; anchorBottom: boolean }): ObjectBox {
  const style = { fontFamily: FONT, fontSize: `${place.fontSize}px`, color: '#f2ede4', lineSpacing: 2, wordWrap: { width: place.width - 20, useAdvancedWrap: true } };
  // Above the level panel: on a phone it covers the panel's foot.
  const text = scene.add.text(place.x + 10, place.y + 8, '', style).setDepth(11);
  const back = scene.add.rectangle(place.x, place.y, place.width, 10, 0x101826, 0.96).setOrigin(0).setStrokeStyle(1.5, 0xffe27a).setDepth(10);
  let shown: string[] = [];
  const show: ObjectBox['show'] = (tile) => {
    if (tile === undefined) {
      shown = [];
      text.setVisible(false);
      back.setVisible(false);
      return;
    }
    shown = tile.picked.length === 0 ? [t('edit.nothingHere', { x: tile.tileX, y: tile.tileY })] : tile.picked.flatMap((p, i) => [...(i > 0 ? [''] : []), ...objectLines(p)]);
    text.setText([...shown, '', t(isTouchMode() ? 'edit.closeTouch' : 'edit.close')].join('\n'));
    const height = text.height + 16;
    const top = place.anchorBottom ? place.y - height : place.y;
    text.setY(top + 8);
    back.setPosition(place.x, top).setSize(place.width, height);
    text.setVisible(true);
    back.setVisible(true);
  };
  show(undefined);
  return { objects: [back, text], show, lines: () => [...shown] };
}
