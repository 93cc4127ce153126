/**
 * Level view: draws a level's Tiled layers with Phaser's tilemap, from the same checked JSON the
 * core read. Layer order: floor, decals, furniture, walls (walls last so their faces cover feet).
 *
 * Baked: the tile layers are drawn once into one texture the size of the map and shown as a single
 * image; they are drawn into it again only when a tile changes (a door's state, a pushed piece of
 * furniture: call `redraw`). A live tilemap layer submits every visible tile every frame, about
 * 3 ms a frame for an 80×45-tile view in software WebGL. Every tile layer sits below everything
 * else in the scene, so one image at the floor's depth draws the same picture. Maps larger than
 * `MAX_BAKED_SIDE` pixels a side (or than the GPU's texture limit) keep the live layers. A lost
 * graphics context empties the texture: it is drawn again when the context is back, in every
 * scene that shows a level (play, "What happened?", the `?edit=` preview).
 */

import Phaser from 'phaser';
import type { Level } from '../../core';
import { redrawOnContextRestore } from './context-restore';
import { WALLS_DEPTH } from './depths';
import { TEXTURES } from './textures';

const LAYER_ORDER = ['floor', 'decals', 'furniture', 'walls'] as const;
/** Largest baked texture side in pixels (a 256-tile side; 16 MB at most for a square map). */
const MAX_BAKED_SIDE = 2048;
const FLOOR_DEPTH = -10;

export interface LevelView {
  /** The map's data: doors and furniture change tiles through it, then call `redraw`. */
  readonly map: Phaser.Tilemaps.Tilemap;
  /** Whether the layers are baked into one texture (false: live tilemap layers). */
  readonly baked: boolean;
  /** Draws the baked texture again from the map's tiles (nothing to do for live layers). */
  redraw(): void;
}

export function createLevelView(scene: Phaser.Scene, level: Level): LevelView {
  const key = `level:${level.id}`;
  // The same id may come back edited (a new seed, a reloaded file): always replace the cache entry.
  if (scene.cache.tilemap.exists(key)) scene.cache.tilemap.remove(key);
  scene.cache.tilemap.add(key, { format: Phaser.Tilemaps.Formats.TILED_JSON, data: level.tiled });
  const map = scene.make.tilemap({ key });
  const tilesets = level.tiled.tilesets.map((tileset) => map.addTilesetImage(tileset.name, TEXTURES.tiles)).filter((tileset): tileset is Phaser.Tilemaps.Tileset => tileset !== null);
  const layers: Phaser.GameObjects.GameObject[] = [];
  LAYER_ORDER.forEach((name, index) => {
    if (map.getLayerIndex(name) === null) return;
    const layer = map.createLayer(name, tilesets, 0, 0);
    if (layer === null) return;
    // Tiled's eye, opacity and offset are editing aids: the level is drawn as the simulation reads
    // it, every tile where it counts (a floor hidden while walls were edited is still the floor).
    layer.setVisible(true).setAlpha(1);
    // Walls sit above characters standing north of them, below those standing south: depth by row
    // is approximated by drawing walls just under the entity band.
    layer.setDepth(name === 'walls' ? WALLS_DEPTH : FLOOR_DEPTH + index);
    layers.push(layer);
  });
  const texture = bakedTexture(scene, map.widthInPixels, map.heightInPixels);
  if (texture === undefined) return { map, baked: false, redraw: () => undefined };

  // The live layers stay as the drawing source, hidden from the camera.
  for (const layer of layers) (layer as Phaser.Tilemaps.TilemapLayer).setVisible(false);
  const image = scene.add.image(0, 0, texture.key).setOrigin(0, 0).setDepth(FLOOR_DEPTH);
  image.setSizeToFrame();
  const redraw = (): void => {
    texture.clear();
    // An array of game objects is drawn whether visible or not, in its order.
    texture.draw(layers);
    texture.render();
  };
  redraw();
  redrawOnContextRestore(scene, redraw);
  return { map, baked: true, redraw };
}

/**
 * The scene's baked-level texture, sized to the map: one per scene for the whole game (every new
 * DynamicTexture in Phaser 4.2.1 leaves a WebGL texture behind when destroyed), or undefined when
 * the map is too large to bake.
 */
function bakedTexture(scene: Phaser.Scene, width: number, height: number): Phaser.Textures.DynamicTexture | undefined {
  const renderer = scene.sys.game.renderer as Partial<Phaser.Renderer.WebGL.WebGLRenderer>;
  const limit = Math.min(MAX_BAKED_SIDE, renderer.getMaxTextureSize?.() ?? MAX_BAKED_SIDE);
  if (width <= 0 || height <= 0 || width > limit || height > limit) return undefined;
  const key = `level:baked:${scene.sys.settings.key}`;
  const texture = scene.textures.exists(key) ? (scene.textures.get(key) as Phaser.Textures.DynamicTexture) : (scene.textures.addDynamicTexture(key, width, height, false) ?? undefined);
  if (texture === undefined) return undefined;
  texture.setSize(width, height, false);
  texture.setFilter(Phaser.Textures.FilterMode.NEAREST);
  return texture;
}
