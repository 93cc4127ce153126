/**
 * The `?edit=<id>` preview scene: a level shown whole, not played (no simulation runs, no fog), with
 * the camera moved by dragging (mouse or one finger) and zoomed by the wheel or a pinch. Always
 * drawn: where students can walk from their spawns and the route to the exit, every zombie's path
 * to the spawn, items, lights and what they light, noise makers and how far they carry, locked doors
 * and their keys (edit-layers-view.ts), markers for spawns, zombies, objectives and exits. A click
 * or tap that does not drag picks a tile: a box shows the properties of what is placed there, and
 * the map overlays how far noise made there carries. A panel names the level, lists what is in it
 * and the checker's warnings, and has a legend (edit-panel.ts). World objects are seen by the main
 * camera, the panels by a fixed UI camera.
 */

import Phaser from 'phaser';
import type { Level } from '../../core';
import { createLevelPreview, type LevelPreview, type NoiseReach } from '../../core';
import { previewLayers, type PreviewLayers } from '../../core';
import { objectsAt, type PickedObject } from '../../core';
import { levelWarnings } from '../../core';
import { language, t } from '../i18n/i18n';
import { defaultObjectiveText } from '../objective-text';
import { createLevelView } from '../render/level-view';
import { TILE_SIZE } from '../render/sprite-layout';
import { appOf, setScreen, type EditView } from '../app-state';
import { settings } from '../settings/settings';
import { drawExitRoute, drawItems, drawLights, drawLockedDoors, drawSounds, drawSpawnReach } from './edit-layers-view';
import { drawNoise, drawPathsAndMarkers } from './edit-overlay';
import { buildLevelPanel, buildObjectBox, type LevelPanel, type ObjectBox } from './edit-panel';

export interface EditSceneData {
  level: Level;
  /** Where the camera was before a hot reload, to keep it there. */
  view?: { scrollX: number; scrollY: number; zoom: number };
  clicked?: { tileX: number; tileY: number } | null;
  builds: number;
}

const TAP_SLOP_PX = 6;

/** The level panel's width on a wide screen: wider with bigger text, at most 40% of the screen. */
function panelWidth(screenWidth: number): number {
  return Math.min(300 * settings().accessibility.textSize, screenWidth * 0.4, screenWidth - 24);
}
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 6;

export class EditScene extends Phaser.Scene {
  private level!: Level;
  private preview!: LevelPreview;
  private noise!: Phaser.GameObjects.Graphics;
  private layers!: PreviewLayers;
  private drawn!: EditView['drawn'];
  private panel!: LevelPanel;
  private objectBox!: ObjectBox;
  private picked: { tileX: number; tileY: number; picked: PickedObject[] } | undefined;
  private reach: NoiseReach | undefined;
  /** A press being dragged: on the map it moves the camera, on the panel it scrolls the panel. */
  private drag: { x: number; y: number; scrollX: number; scrollY: number; moved: boolean; onPanel: boolean } | undefined;
  private pinch: { distance: number; zoom: number } | undefined;
  private builds = 0;

  constructor() {
    super('edit');
  }

  create(data: EditSceneData): void {
    this.level = data.level;
    this.builds = data.builds;
    this.preview = createLevelPreview(this.level);
    this.layers = previewLayers(this.level);
    this.reach = undefined;
    this.picked = undefined;
    this.drag = undefined;
    this.pinch = undefined;
    this.cameras.main.setBackgroundColor('#07090f');
    createLevelView(this, this.level);
    const layer = (depth: number): Phaser.GameObjects.Graphics => this.add.graphics().setDepth(depth);
    const spawnReach = drawSpawnReach(layer(40), this.level, this.layers);
    const lights = drawLights(layer(41), this.level, this.layers);
    const sounds = drawSounds(layer(42), this.level, this.layers);
    this.noise = layer(50);
    const exitRoute = drawExitRoute(layer(55), this.level, this.layers);
    drawPathsAndMarkers(layer(60), this.level, this.preview.paths);
    const items = drawItems(layer(61), this.level);
    const { locks, keys } = drawLockedDoors(layer(62), this.layers);
    this.drawn = { spawnReachCells: spawnReach, exitRouteCells: exitRoute, lights, sounds, items, lockedDoors: locks, keys };
    const world = [...this.children.list];

    this.placeCamera(data.view);
    const ui = this.buildPanels();
    const uiCamera = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'edit-ui');
    uiCamera.ignore(world);
    this.cameras.main.ignore(ui);
    this.scale.on('resize', this.onResize, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.onResize, this));

    this.input.on('pointerdown', this.onDown, this);
    this.input.on('pointermove', this.onMove, this);
    this.input.on('pointerup', this.onUp, this);
    this.input.on('wheel', (pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      if (this.panel.contains(pointer.x, pointer.y)) this.panel.scrollBy(Math.sign(dy) * 60);
      else this.zoomBy(dy > 0 ? 1 / 1.15 : 1.15);
    });
    if (data.clicked !== undefined && data.clicked !== null) this.pick(data.clicked.tileX, data.clicked.tileY, false);
    else this.updateView();
    setScreen(appOf(this.game), 'edit');
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
    const mapWidth = this.level.width * TILE_SIZE;
    const mapHeight = this.level.height * TILE_SIZE;
    if (this.narrow()) {
      // A phone: the map across the top, the panel under it.
      const zoom = Phaser.Math.Clamp(Math.min((width - 24) / mapWidth, (height * 0.3) / mapHeight), MIN_ZOOM, MAX_ZOOM);
      camera.setZoom(zoom);
      camera.centerOn(mapWidth / 2, (height / 2 - 12) / zoom);
      return;
    }
    // The whole map fits, leaving the panel's column on the left when there is room.
    const panel = width >= 900 ? panelWidth(width) + 20 : 0;
    const zoom = Phaser.Math.Clamp(Math.min((width - panel - 24) / mapWidth, (height - 24) / mapHeight), MIN_ZOOM, MAX_ZOOM);
    camera.setZoom(zoom);
    camera.centerOn(mapWidth / 2 - panel / 2 / zoom, mapHeight / 2);
  }

  private onDown(pointer: Phaser.Input.Pointer): void {
    const [a, b] = this.activePointers();
    if (a !== undefined && b !== undefined) {
      this.drag = undefined;
      this.pinch = { distance: Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y), zoom: this.cameras.main.zoom };
      return;
    }
    const camera = this.cameras.main;
    this.drag = { x: pointer.x, y: pointer.y, scrollX: camera.scrollX, scrollY: camera.scrollY, moved: false, onPanel: this.panel.contains(pointer.x, pointer.y) };
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
    if (this.drag.onPanel) {
      this.panel.scrollBy(this.drag.y - pointer.y);
      this.drag.y = pointer.y;
      return;
    }
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
    if (drag === undefined || drag.moved || drag.onPanel) return;
    const at = this.cameras.main.getWorldPoint(pointer.x, pointer.y);
    const tileX = Math.floor(at.x / TILE_SIZE);
    const tileY = Math.floor(at.y / TILE_SIZE);
    if (tileX >= 0 && tileY >= 0 && tileX < this.level.width && tileY < this.level.height) this.pick(tileX, tileY, true);
  }

  /** A phone held upright: the map goes on top and the panel under it. */
  private narrow(): boolean {
    return this.scale.width < 600 && this.scale.height > this.scale.width;
  }

  private activePointers(): Phaser.Input.Pointer[] {
    return this.input.manager.pointers.filter((p) => p.isDown);
  }

  private zoomBy(factor: number): void {
    const camera = this.cameras.main;
    camera.setZoom(Phaser.Math.Clamp(camera.zoom * factor, MIN_ZOOM, MAX_ZOOM));
  }

  private pick(tileX: number, tileY: number, showObjects: boolean): void {
    this.reach = this.preview.noiseFrom(tileX, tileY);
    drawNoise(this.noise, this.level, this.reach);
    this.picked = showObjects ? { tileX, tileY, picked: objectsAt(this.level, tileX, tileY) } : undefined;
    this.objectBox.show(this.picked);
    this.updateView();
  }

  private buildPanels(): Phaser.GameObjects.GameObject[] {
    const level = this.level;
    const paths = this.preview.paths.filter((p) => p.cells.length > 0).length;
    const warnings = levelWarnings(level, this.preview.paths);
    const korean = language() === 'ko';
    const objectives = level.objectives.map((o) => `• ${(korean ? o.labelKo : undefined) ?? (o.label !== '' ? o.label : defaultObjectiveText(o.kind, o.device, undefined))}`);
    const warningLines = warnings.map((w) => `• ${t(`edit.${w.code}`, { kind: w.kind, x: w.tileX, y: w.tileY })}`);
    const route = this.layers.exitRoute.length;
    const lines = [
      t('edit.level', { width: level.width, height: level.height }),
      t('edit.zombies', { count: level.zombies.length, paths }),
      t('edit.placed', { items: level.items.length, lights: level.lights.length, sounds: this.layers.sounds.length, locked: this.layers.lockedDoors.length }),
      route > 0 ? t('edit.reach', { cells: this.layers.spawnReachCells, steps: route - 1 }) : t('edit.noExitRoute', { cells: this.layers.spawnReachCells }),
      '',
      t('edit.objectives'),
      ...(objectives.length > 0 ? objectives : [`• ${t('edit.noObjectives')}`]),
      '',
      warnings.length > 0 ? t('edit.warnings', { count: warnings.length }) : t('edit.noWarnings'),
      ...warningLines.slice(0, 8),
    ];
    const { width, height } = this.scale;
    const size = settings().accessibility.textSize;
    const heading = t('edit.heading', { title: korean ? (level.titleKo ?? level.title) : level.title });
    if (this.narrow()) {
      const mapBottom = 12 + Math.min(height * 0.3, level.height * TILE_SIZE * this.cameras.main.zoom) + 10;
      this.panel = buildLevelPanel(this, heading, lines, { x: 8, y: mapBottom, width: width - 16, height: height - 8 - mapBottom, fontSize: 12 * size });
      this.objectBox = buildObjectBox(this, { x: 8, y: height - 8, width: width - 16, fontSize: 13 * size, anchorBottom: true });
    } else {
      this.panel = buildLevelPanel(this, heading, lines, { x: 12, y: 12, width: panelWidth(width), height: height - 24, fontSize: 13 * size });
      const boxWidth = Math.min(280 * size, width - 24);
      this.objectBox = buildObjectBox(this, { x: width - 12 - boxWidth, y: 12, width: boxWidth, fontSize: 13 * size, anchorBottom: false });
    }
    return [...this.panel.objects, ...this.objectBox.objects];
  }

  private updateView(): void {
    const reach = this.reach;
    this.panel.setInfo(reach === undefined ? t('edit.noNoise') : t('edit.noiseFrom', { x: reach.tileX, y: reach.tileY, cells: reach.reachCells }));
    const paths = this.preview.paths.filter((p) => p.cells.length > 0);
    appOf(this.game).edit = {
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
      drawn: { ...this.drawn },
      lockedDoors: this.layers.lockedDoors.map((d) => ({ tileX: d.tileX, tileY: d.tileY, lockable: d.lockable, key: d.lockable ? d.unlockFrom : null })),
      legend: this.panel.legend(),
      picked:
        this.picked === undefined
          ? null
          : {
              tileX: this.picked.tileX,
              tileY: this.picked.tileY,
              objects: this.picked.picked.map((p) => ({ layer: p.layer, id: p.id, kind: p.kind, properties: Object.fromEntries(p.properties.map((q) => [q.name, q.value])) })),
            },
      pickedText: this.objectBox.lines(),
    };
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.cameras.getCamera('edit-ui')?.setSize(size.width, size.height);
  }
}
