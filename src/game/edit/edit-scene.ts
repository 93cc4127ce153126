/**
 * The `?edit=<id>` preview scene: a level shown whole, not played (no simulation runs, no fog), with
 * the camera moved by dragging (mouse or one finger) and zoomed by the wheel or a pinch. A click or
 * tap that does not drag picks a tile and overlays how far noise made there carries; every zombie's
 * path to the spawn is always drawn. A panel names the level and lists its zombies, objectives and
 * the checker's warnings. World objects are seen by the main camera, the panel by a fixed UI camera.
 */

import Phaser from 'phaser';
import type { Level } from '../../core/level/level';
import { createLevelPreview, PREVIEW_LOUDNESS, type LevelPreview, type NoiseReach } from '../../core/level/preview';
import { levelWarnings, type LevelWarning } from '../../core/level/warnings';
import { language, t } from '../i18n/i18n';
import { defaultObjectiveText } from '../objective-text';
import { createLevelView } from '../render/level-view';
import { FONT } from '../render/textures';
import { TILE_SIZE } from '../render/sprite-layout';
import { session, setScreen } from '../session';
import { BAND_COLOURS, drawNoise, drawPathsAndMarkers } from './edit-overlay';

export interface EditSceneData {
  level: Level;
  /** Where the camera was before a hot reload, to keep it there. */
  view?: { scrollX: number; scrollY: number; zoom: number };
  clicked?: { tileX: number; tileY: number } | null;
  builds: number;
}

const TAP_SLOP_PX = 6;
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 6;

export class EditScene extends Phaser.Scene {
  private level!: Level;
  private preview!: LevelPreview;
  private noise!: Phaser.GameObjects.Graphics;
  private info!: Phaser.GameObjects.Text;
  private reach: NoiseReach | undefined;
  private drag: { x: number; y: number; scrollX: number; scrollY: number; moved: boolean } | undefined;
  private pinch: { distance: number; zoom: number } | undefined;
  private builds = 0;

  constructor() {
    super('edit');
  }

  create(data: EditSceneData): void {
    this.level = data.level;
    this.builds = data.builds;
    this.preview = createLevelPreview(this.level);
    this.reach = undefined;
    this.drag = undefined;
    this.pinch = undefined;
    this.cameras.main.setBackgroundColor('#07090f');
    createLevelView(this, this.level);
    this.noise = this.add.graphics().setDepth(50);
    drawPathsAndMarkers(this.add.graphics().setDepth(60), this.level, this.preview.paths);
    const world = [...this.children.list];

    const ui = this.buildPanel(this.preview.paths.filter((p) => p.cells.length > 0).length, levelWarnings(this.level, this.preview.paths));
    const uiCamera = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'edit-ui');
    uiCamera.ignore(world);
    this.cameras.main.ignore(ui);
    this.scale.on('resize', this.onResize, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.onResize, this));

    this.placeCamera(data.view);
    this.input.on('pointerdown', this.onDown, this);
    this.input.on('pointermove', this.onMove, this);
    this.input.on('pointerup', this.onUp, this);
    this.input.on('wheel', (_pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => this.zoomBy(dy > 0 ? 1 / 1.15 : 1.15));
    if (data.clicked !== undefined && data.clicked !== null) this.pick(data.clicked.tileX, data.clicked.tileY);
    else this.updateView();
    setScreen('edit');
  }

  /** Camera state to carry over a hot reload. */
  view(): { scrollX: number; scrollY: number; zoom: number } {
    const camera = this.cameras.main;
    return { scrollX: camera.scrollX, scrollY: camera.scrollY, zoom: camera.zoom };
  }

  clickedTile(): { tileX: number; tileY: number } | null {
    return this.reach === undefined ? null : { tileX: this.reach.tileX, tileY: this.reach.tileY };
  }

  private placeCamera(view: EditSceneData['view']): void {
    const camera = this.cameras.main;
    if (view !== undefined) {
      camera.setZoom(view.zoom);
      camera.setScroll(view.scrollX, view.scrollY);
      return;
    }
    const { width, height } = this.scale;
    // The whole map fits, leaving the panel's column on the left when there is room.
    const panel = width >= 900 ? 320 : 0;
    const zoom = Phaser.Math.Clamp(Math.min((width - panel - 24) / (this.level.width * TILE_SIZE), (height - 24) / (this.level.height * TILE_SIZE)), MIN_ZOOM, MAX_ZOOM);
    camera.setZoom(zoom);
    camera.centerOn((this.level.width * TILE_SIZE) / 2 - panel / 2 / zoom, (this.level.height * TILE_SIZE) / 2);
  }

  private onDown(pointer: Phaser.Input.Pointer): void {
    const [a, b] = this.activePointers();
    if (a !== undefined && b !== undefined) {
      this.drag = undefined;
      this.pinch = { distance: Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y), zoom: this.cameras.main.zoom };
      return;
    }
    const camera = this.cameras.main;
    this.drag = { x: pointer.x, y: pointer.y, scrollX: camera.scrollX, scrollY: camera.scrollY, moved: false };
  }

  private onMove(pointer: Phaser.Input.Pointer): void {
    const [a, b] = this.activePointers();
    if (this.pinch !== undefined && a !== undefined && b !== undefined) {
      const distance = Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y);
      this.zoomBy((this.pinch.zoom * distance) / Math.max(1, this.pinch.distance) / this.cameras.main.zoom);
      return;
    }
    if (this.drag === undefined || !pointer.isDown) return;
    const dx = pointer.x - this.drag.x;
    const dy = pointer.y - this.drag.y;
    if (!this.drag.moved && Math.hypot(dx, dy) < TAP_SLOP_PX) return;
    this.drag.moved = true;
    const camera = this.cameras.main;
    camera.setScroll(this.drag.scrollX - dx / camera.zoom, this.drag.scrollY - dy / camera.zoom);
  }

  private onUp(pointer: Phaser.Input.Pointer): void {
    if (this.pinch !== undefined) {
      if (this.activePointers().length < 2) this.pinch = undefined;
      return;
    }
    const drag = this.drag;
    this.drag = undefined;
    if (drag === undefined || drag.moved) return;
    const at = this.cameras.main.getWorldPoint(pointer.x, pointer.y);
    const tileX = Math.floor(at.x / TILE_SIZE);
    const tileY = Math.floor(at.y / TILE_SIZE);
    if (tileX >= 0 && tileY >= 0 && tileX < this.level.width && tileY < this.level.height) this.pick(tileX, tileY);
  }

  private activePointers(): Phaser.Input.Pointer[] {
    return this.input.manager.pointers.filter((p) => p.isDown);
  }

  private zoomBy(factor: number): void {
    const camera = this.cameras.main;
    camera.setZoom(Phaser.Math.Clamp(camera.zoom * factor, MIN_ZOOM, MAX_ZOOM));
  }

  private pick(tileX: number, tileY: number): void {
    this.reach = this.preview.noiseFrom(tileX, tileY);
    drawNoise(this.noise, this.level, this.reach);
    this.updateView();
  }

  private buildPanel(pathCount: number, warnings: LevelWarning[]): Phaser.GameObjects.GameObject[] {
    const level = this.level;
    const objectives = level.objectives.map((o) => `• ${o.label !== '' ? o.label : defaultObjectiveText(o.kind, o.device, undefined)}`);
    const warningLines = warnings.map((w) => `• ${t(`edit.${w.code}`, { kind: w.kind, x: w.tileX, y: w.tileY })}`);
    const lines = [
      t('edit.level', { id: level.id, width: level.width, height: level.height }),
      t('edit.zombies', { count: level.zombies.length, paths: pathCount }),
      '',
      t('edit.objectives'),
      ...(objectives.length > 0 ? objectives : [`• ${t('edit.noObjectives')}`]),
      '',
      warnings.length > 0 ? t('edit.warnings', { count: warnings.length }) : t('edit.noWarnings'),
      ...warningLines.slice(0, 8),
    ];
    const panelWidth = Math.min(300, this.scale.width - 24);
    const style = { fontFamily: FONT, fontSize: '13px', color: '#f2ede4', wordWrap: { width: panelWidth - 20, useAdvancedWrap: true } };
    const heading = this.add.text(22, 20, t('edit.heading', { title: language() === 'ko' ? level.titleKo ?? level.title : level.title }), { ...style, fontSize: '17px', fontStyle: 'bold', color: '#ffe27a' });
    const body = this.add.text(22, heading.y + heading.height + 8, lines.join('\n'), style);
    this.info = this.add.text(22, body.y + body.height + 10, '', { ...style, color: '#b8c4d2' });
    const legend = this.add.graphics();
    const labels = PREVIEW_LOUDNESS.map((band, i) => this.add.text(44, 0, `${t(`edit.${band.id}`)} (${band.radius})`, style).setData('band', i));
    const pathsLabel = this.add.text(44, 0, t('edit.paths'), style);
    const hint = this.add.text(22, 0, t('edit.hint'), { ...style, color: '#8fa0b4', fontSize: '12px' });
    const back = this.add.rectangle(12, 12, panelWidth, 10, 0x07090f, 0.82).setOrigin(0).setStrokeStyle(1, 0x3a4658);
    back.setDepth(-1);
    this.layoutPanel = () => {
      let y = this.info.y + Math.max(this.info.height, 16) + 10;
      legend.clear();
      labels.forEach((label, i) => {
        legend.fillStyle(BAND_COLOURS[i]!, 0.8).fillRect(22, y + 2, 14, 12);
        label.setY(y);
        y += 18;
      });
      legend.lineStyle(2, 0xb4ff6a, 1).lineBetween(22, y + 8, 36, y + 8);
      pathsLabel.setY(y);
      y += 24;
      hint.setY(y);
      back.setSize(panelWidth, y + hint.height + 10 - 12);
    };
    return [back, heading, body, this.info, legend, ...labels, pathsLabel, hint];
  }

  private layoutPanel: () => void = () => undefined;

  private updateView(): void {
    const reach = this.reach;
    this.info.setText(reach === undefined ? t('edit.noNoise') : t('edit.noiseFrom', { x: reach.tileX, y: reach.tileY, cells: reach.reachCells }));
    this.layoutPanel();
    const paths = this.preview.paths.filter((p) => p.cells.length > 0);
    session.edit = {
      levelId: this.level.id,
      title: this.level.title,
      zombies: this.level.zombies.length,
      pathCount: paths.length,
      pathCells: paths.reduce((sum, p) => sum + p.cells.length, 0),
      objectives: this.level.objectives.map((o) => o.label || o.kind),
      warnings: levelWarnings(this.level, this.preview.paths).map((w) => w.message),
      clicked: this.clickedTile(),
      reachCells: reach?.reachCells ?? 0,
      cellsPerBand: reach?.cellsPerBand.slice() ?? [],
      builds: this.builds,
    };
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.cameras.getCamera('edit-ui')?.setSize(size.width, size.height);
  }
}
