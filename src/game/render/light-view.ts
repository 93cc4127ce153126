/**
 * Light and darkness: a darkness layer over the floor and everyone on it, lifted where light
 * falls, and a small glow around each living student so the player always sees their own. Fog of
 * war is drawn above it (fog-view.ts). The darkness layer is the core's per-tile light map (through
 * the light field, light-field.ts): lamps, windows, phone cones and fires are in it already, each
 * stopped by walls. Only the students' own glow and the barrels' warm flickering tint are added
 * here; nothing here decides how light anything is.
 *
 * Measuring its cost: `?light=0` turns lighting off (and `?fog=0` the fog), so the browser bench can
 * compare the same scene with and without them; `hyosan.look()` reports whether they are on.
 */

import Phaser from 'phaser';
import type { Level } from '../../core';
import type { Snapshot } from '../../core';
import { GLOW_DEPTH, LIGHT_DEPTH } from './depths';
import { redrawOnContextRestore } from './context-restore';
import { LightField } from './light-field';
import { TILE_SIZE } from './sprite-layout';

/** The colour of darkness: deep night blue, never pure black. */
const DARK_RGB = [6, 9, 18] as const;
/** How opaque the darkness is on a tile with no light at all. */
const MAX_DARKNESS = 0.93;
/** The warm glow drawn over a fire barrel (its light on the floor is in the core's map). */
const FIRE_GLOW_TILES = 1.5;
const STUDENT_GLOW_TILES = 1.6;
/** Pixels of darkness drawn beyond the camera's edges, so fast scrolling never shows a seam. */
const MARGIN = TILE_SIZE * 2;
/**
 * World pixels per texel of the darkness layer. Light is soft, so a quarter-resolution layer,
 * smoothly scaled up, looks the same and costs a sixteenth of the fill (software WebGL included).
 */
const LIGHT_SCALE = 4;
/** Texels per tile in the darkness layer. */
const TILE_TEXELS = TILE_SIZE / LIGHT_SCALE;

const KEYS = { dark: 'light:dark', layer: 'light:layer', glow: 'light:glow' } as const;

/** Reads `?light=0` / `?fog=0` from a query string: lighting and fog are on unless turned off. */
export function lookSwitches(search: string): { light: boolean; fog: boolean } {
  const params = new URLSearchParams(search);
  return { light: params.get('light') !== '0', fog: params.get('fog') !== '0' };
}

export class LightView {
  private readonly field: LightField;
  private readonly darkCanvas: Phaser.Textures.CanvasTexture;
  /** The darkness layer: one texture for the whole game, shown by an image per level. */
  private readonly layer: Phaser.Textures.DynamicTexture;
  private readonly layerImage: Phaser.GameObjects.Image;
  private readonly glow: Phaser.GameObjects.Image;
  private readonly fireGlows: Phaser.GameObjects.Image[] = [];
  private enabled = true;
  private texWidth = 0;
  private texHeight = 0;
  /** The darkness canvas is shared by every level: paint it on the first frame whatever the field says. */
  private painted = false;
  private darkPixels: ImageData | undefined;
  /** What the layer was last drawn from (view, lights, students), and a scratch list to compare. */
  private drawnKey: number[] = [];
  private sceneKey: number[] = [];
  /** Phone lights and fires drawn last frame. */
  lastSpots = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    level: Level,
  ) {
    this.field = new LightField(level);
    makeGradientTextures(scene);
    this.darkCanvas = darknessCanvas(scene, level.width, level.height);
    // Kept across levels: every new DynamicTexture in Phaser 4.2.1 leaves a WebGL texture behind
    // (its source makes one that the drawing context's own replaces), so one per level leaked.
    this.layer = scene.textures.exists(KEYS.layer) ? (scene.textures.get(KEYS.layer) as Phaser.Textures.DynamicTexture) : scene.textures.addDynamicTexture(KEYS.layer, 16, 16)!;
    this.texWidth = this.layer.width;
    this.texHeight = this.layer.height;
    this.layerImage = scene.add.image(0, 0, KEYS.layer).setOrigin(0, 0).setDepth(LIGHT_DEPTH).setScale(LIGHT_SCALE);
    redrawOnContextRestore(scene, () => this.invalidate());
    // drawn only into the darkness layer, never on its own
    this.glow = new Phaser.GameObjects.Image(scene, 0, 0, KEYS.glow);
    for (const fire of this.field.fires) {
      const glow = scene.add
        .image(fire.x * TILE_SIZE, fire.y * TILE_SIZE, KEYS.glow)
        .setDepth(GLOW_DEPTH)
        .setBlendMode(Phaser.BlendModes.ADD)
        .setTint(0xff9a3c);
      this.fireGlows.push(glow);
    }
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.layerImage.setVisible(enabled);
    for (const glow of this.fireGlows) glow.setVisible(enabled);
  }

  /** Brightness 0..1 of a tile as drawn (for tests and the hook). */
  brightnessAt(tileX: number, tileY: number): number {
    return this.field.brightness[tileY * this.field.width + tileX] ?? 0;
  }

  /**
   * Draws the light of `snapshot`: its own light map, or `preview` (the core's light map under a
   * drawing preview, `hyosan.look({ daylight, phoneLight })`) when one is given.
   */
  draw(snapshot: Snapshot, studentsAt: ReadonlyArray<{ x: number; y: number; down: boolean }>, timeMs: number, preview?: { light: ArrayLike<number>; phoneLight: boolean }): void {
    if (!this.enabled) return;
    const darknessChanged = this.field.update(preview?.light ?? snapshot.light) || !this.painted;
    if (darknessChanged) this.paintDarkness();
    const view = this.scene.cameras.main.worldView;
    // Even sizes: the texture would round odd ones up and never match, recreating it every frame.
    const width = 2 * Math.ceil((view.width + MARGIN * 2) / LIGHT_SCALE / 2);
    const height = 2 * Math.ceil((view.height + MARGIN * 2) / LIGHT_SCALE / 2);
    if (this.texWidth !== width || this.texHeight !== height) {
      this.layer.setSize(width, height);
      this.layer.setFilter(Phaser.Textures.FilterMode.LINEAR);
      this.layerImage.setSizeToFrame();
      this.texWidth = width;
      this.texHeight = height;
    }
    // The layer's origin in world pixels, on a texel boundary so it does not shimmer as it scrolls.
    const ox = Math.floor((view.x - MARGIN) / LIGHT_SCALE) * LIGHT_SCALE;
    const oy = Math.floor((view.y - MARGIN) / LIGHT_SCALE) * LIGHT_SCALE;
    this.layerImage.setPosition(ox, oy);
    const spots = this.field.spots(snapshot, preview?.phoneLight === true);
    this.lastSpots = spots.length;
    this.flickerGlows(timeMs);
    // Redrawn only when something in it moved: the view, a light, a student, the darkness itself.
    if (darknessChanged || !this.sameScene(ox, oy, width, height, studentsAt)) this.redraw(ox, oy, studentsAt);
  }

  /**
   * Paints the darkness and draws the layer afresh next frame (their textures were lost with the
   * graphics context). It is the key of what was drawn that must be forgotten: `sceneKey` is only
   * the scratch array the next key is built in.
   */
  invalidate(): void {
    this.drawnKey = [];
    this.painted = false;
  }

  /** Whether the layer would come out as drawn last time (the darkness itself is compared by the caller). */
  private sameScene(ox: number, oy: number, width: number, height: number, students: ReadonlyArray<{ x: number; y: number; down: boolean }>): boolean {
    const key = this.sceneKey;
    key.length = 0;
    key.push(ox, oy, width, height);
    for (const student of students) key.push(student.down ? -1 : student.x, student.y);
    const drawn = this.drawnKey;
    const same = key.length === drawn.length && key.every((v, i) => v === drawn[i]);
    this.sceneKey = drawn;
    this.drawnKey = key;
    return same;
  }

  private redraw(ox: number, oy: number, studentsAt: ReadonlyArray<{ x: number; y: number; down: boolean }>): void {
    this.layer.clear();
    this.layer.stamp(this.darkCanvas.key, undefined, -ox / LIGHT_SCALE, -oy / LIGHT_SCALE, { originX: 0, originY: 0, scale: TILE_TEXELS });
    for (const student of studentsAt) {
      if (!student.down) this.erase((student.x - ox) / LIGHT_SCALE, (student.y - oy) / LIGHT_SCALE, STUDENT_GLOW_TILES, 0.55);
    }
    this.layer.render();
  }

  private flickerGlows(timeMs: number): void {
    this.fireGlows.forEach((glow, i) => {
      const flicker = 0.85 + 0.15 * Math.sin(timeMs / 61 + i * 1.7) * Math.sin(timeMs / 157 + i);
      // The fire's reach is in the darkness layer (walls stop it): only the barrel's own warm glow here.
      glow.setScale((FIRE_GLOW_TILES * 2 * TILE_SIZE * flicker) / glow.width).setAlpha(0.32 * flicker);
    });
  }

  private erase(x: number, y: number, radiusTiles: number, alpha: number): void {
    this.glow
      .setPosition(x, y)
      .setScale((radiusTiles * 2 * TILE_TEXELS) / this.glow.width)
      .setAlpha(alpha);
    this.layer.erase(this.glow);
  }

  /** One pixel per tile, darkness as alpha; drawn 16× larger with smooth filtering. */
  private paintDarkness(): void {
    const { width, height, brightness } = this.field;
    const context = this.darkCanvas.getContext();
    this.darkPixels ??= context.createImageData(width, height);
    const image = this.darkPixels;
    for (let i = 0; i < width * height; i++) {
      image.data[i * 4] = DARK_RGB[0];
      image.data[i * 4 + 1] = DARK_RGB[1];
      image.data[i * 4 + 2] = DARK_RGB[2];
      image.data[i * 4 + 3] = Math.round(255 * MAX_DARKNESS * (1 - (brightness[i] ?? 0)));
    }
    context.putImageData(image, 0, 0);
    this.darkCanvas.refresh();
    this.darkCanvas.setFilter(Phaser.Textures.FilterMode.LINEAR);
    this.painted = true;
  }

  destroy(): void {
    this.glow.destroy();
  }
}

/** The one-texel-per-tile darkness canvas, kept across levels and resized when a level's size differs. */
function darknessCanvas(scene: Phaser.Scene, width: number, height: number): Phaser.Textures.CanvasTexture {
  const existing = scene.textures.exists(KEYS.dark) ? (scene.textures.get(KEYS.dark) as Phaser.Textures.CanvasTexture) : undefined;
  if (existing !== undefined && existing.width === width && existing.height === height) return existing;
  if (existing !== undefined) scene.textures.remove(KEYS.dark);
  const canvas = scene.textures.createCanvas(KEYS.dark, width, height)!;
  canvas.setFilter(Phaser.Textures.FilterMode.LINEAR);
  return canvas;
}

/** A soft round glow, white with alpha falling off to the edge (made once per game). */
function makeGradientTextures(scene: Phaser.Scene): void {
  if (!scene.textures.exists(KEYS.glow)) {
    const size = 64;
    const texture = scene.textures.createCanvas(KEYS.glow, size, size)!;
    const ctx = texture.getContext();
    const gradient = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
    gradient.addColorStop(0, 'rgba(255,255,255,1)');
    gradient.addColorStop(0.45, 'rgba(255,255,255,0.75)');
    gradient.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, size, size);
    texture.setFilter(Phaser.Textures.FilterMode.LINEAR);
    texture.refresh();
  }
}
