/**
 * Level view: draws a level's Tiled layers with Phaser's tilemap, from the same checked JSON the
 * core read. Layer order: floor, decals, furniture, walls (walls last so their faces cover feet).
 */

import Phaser from 'phaser';
import type { Level } from '../../core/level/level';
import { WALLS_DEPTH } from './depths';
import { TEXTURES } from './textures';

const LAYER_ORDER = ['floor', 'decals', 'furniture', 'walls'] as const;

export function createLevelView(scene: Phaser.Scene, level: Level): Phaser.Tilemaps.Tilemap {
  const key = `level:${level.id}`;
  // The same id may come back edited (a new seed, a reloaded file): always replace the cache entry.
  if (scene.cache.tilemap.exists(key)) scene.cache.tilemap.remove(key);
  scene.cache.tilemap.add(key, { format: Phaser.Tilemaps.Formats.TILED_JSON, data: level.tiled });
  const map = scene.make.tilemap({ key });
  const tilesets = level.tiled.tilesets
    .map((tileset) => map.addTilesetImage(tileset.name, TEXTURES.tiles))
    .filter((tileset): tileset is Phaser.Tilemaps.Tileset => tileset !== null);
  LAYER_ORDER.forEach((name, index) => {
    if (map.getLayerIndex(name) === null) return;
    const layer = map.createLayer(name, tilesets, 0, 0);
    // Walls sit above characters standing north of them, below those standing south: depth by row
    // is approximated by drawing walls just under the entity band.
    layer?.setDepth(name === 'walls' ? WALLS_DEPTH : -10 + index);
  });
  return map;
}
