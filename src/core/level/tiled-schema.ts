/**
 * The shape of a Tiled JSON map as Hyosan High reads it (orthogonal, embedded tilesets, CSV or
 * uncompressed base64 layers). Structure only; the level rules (which layers, which object kinds,
 * reachability) live in `parse-level.ts`. Keys Tiled writes that the game does not use are allowed.
 */

import { z } from 'zod';

// A strict Content-Security-Policy forbids `new Function`; zod must not compile validators.
z.config({ jitless: true });

export const MAX_MAP_TILES = 512;

const propertySchema = z.looseObject({
  name: z.string(),
  type: z.enum(['string', 'int', 'float', 'bool', 'color', 'file', 'object', 'class']).optional(),
  value: z.unknown(),
});
export type TiledProperty = z.infer<typeof propertySchema>;

const tileSchema = z.looseObject({
  id: z.int().min(0),
  type: z.string().optional(),
  class: z.string().optional(),
  properties: z.array(propertySchema).optional(),
});

const tilesetSchema = z.looseObject({
  firstgid: z.int().min(1),
  name: z.string().min(1),
  image: z.string().min(1),
  imagewidth: z.int().positive(),
  imageheight: z.int().positive(),
  tilewidth: z.int().positive(),
  tileheight: z.int().positive(),
  tilecount: z.int().positive(),
  columns: z.int().positive(),
  margin: z.int().min(0).optional(),
  spacing: z.int().min(0).optional(),
  tiles: z.array(tileSchema).optional(),
});
export type TiledTileset = z.infer<typeof tilesetSchema>;

const tileLayerSchema = z.looseObject({
  type: z.literal('tilelayer'),
  name: z.string(),
  width: z.int().positive(),
  height: z.int().positive(),
  data: z.union([z.array(z.int().min(0)), z.string()]),
  encoding: z.enum(['csv', 'base64']).optional(),
  compression: z.string().optional(),
  visible: z.boolean().optional(),
});
export type TiledTileLayer = z.infer<typeof tileLayerSchema>;

const objectSchema = z.looseObject({
  id: z.int().min(0),
  name: z.string().optional(),
  type: z.string().optional(),
  class: z.string().optional(),
  x: z.number(),
  y: z.number(),
  width: z.number().min(0).optional(),
  height: z.number().min(0).optional(),
  point: z.boolean().optional(),
  properties: z.array(propertySchema).optional(),
});
export type TiledObject = z.infer<typeof objectSchema>;

const objectLayerSchema = z.looseObject({
  type: z.literal('objectgroup'),
  name: z.string(),
  objects: z.array(objectSchema),
});
export type TiledObjectLayer = z.infer<typeof objectLayerSchema>;

const otherLayerSchema = z.looseObject({
  type: z.enum(['group', 'imagelayer']),
  name: z.string(),
});

export const tiledMapSchema = z.looseObject({
  type: z.literal('map').optional(),
  orientation: z.literal('orthogonal'),
  infinite: z.literal(false).optional(),
  width: z.int().min(1).max(MAX_MAP_TILES),
  height: z.int().min(1).max(MAX_MAP_TILES),
  tilewidth: z.int().positive(),
  tileheight: z.int().positive(),
  properties: z.array(propertySchema).optional(),
  tilesets: z.array(tilesetSchema).min(1),
  layers: z.array(z.discriminatedUnion('type', [tileLayerSchema, objectLayerSchema, otherLayerSchema])).min(1),
});
export type TiledMap = z.infer<typeof tiledMapSchema>;
export type TiledLayer = TiledMap['layers'][number];
