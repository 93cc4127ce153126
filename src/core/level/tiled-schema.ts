/**
 * Kept for modules that import the Tiled types from here; the schema now lives in level-schema.ts.
 */

export type { TiledLayer, TiledMap, TiledObject, TiledObjectLayer, TiledProperty, TiledTileLayer, TiledTileset } from './level-schema';
export { MAX_MAP_TILES, tiledMapSchema } from './level-schema';
