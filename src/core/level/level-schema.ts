/**
 * The level format, once: a Tiled JSON map (orthogonal, 16 px tiles, embedded tileset, CSV or
 * uncompressed base64 layers) plus Hyosan High's conventions — which layers exist, which object
 * kinds each object layer holds, and which custom properties (name, type, range, default) each
 * object, tile and the map may carry. From this one zod schema come the TypeScript types
 * (`TiledMap`), the runtime validation in `parse-level.ts`, and the JSON Schema that VS Code uses
 * for autocomplete (`levelJsonSchema()`, written to levels/schema/level.schema.json by
 * `npm run levels:schema`).
 *
 * Namespaces: keys Tiled writes (compressionlevel, editorsettings, nextlayerid, draworder, class,
 * ...) are Tiled's and always accepted. Layer names, object types and custom property names are the
 * game's: an unknown one is an error, with a "did you mean".
 *
 * Words: a *gid* is a global tile id (tileset firstgid + local tile id; 0 = empty; the top three
 * bits are Tiled's flip flags). A *custom property* is Tiled's `{ name, type, value }` entry.
 */

import { z } from 'zod';
import { doorProperties, lightProperties, mapProperties, noiseMakerProperties, noProperties, objectiveProperties, studentProperties, tileProperties } from './level-properties';
import { ITEM_KINDS } from '../kernel/item-kinds';
import { ZOMBIE_KINDS } from '../kernel/tuning';
import {
  MAX_MAP_TILES,
  TILE_PIXELS,
  KNOWN_TILESET_IMAGES,
  TILE_LAYERS,
  OBJECT_LAYERS,
  DOOR_KINDS,
  LIGHT_KINDS,
  NOISE_MAKER_KINDS,
  REQUIRED_LAYERS,
  type TileLayerName,
  type ObjectLayerName,
  OBJECTIVE_KINDS,
} from './level-words';
import {
  DOOR_DESCRIPTIONS,
  ITEM_DESCRIPTIONS,
  LIGHT_DESCRIPTIONS,
  NOISE_MAKER_DESCRIPTIONS,
  OBJECT_LAYER_DESCRIPTIONS,
  OBJECTIVE_DESCRIPTIONS,
  TILE_LAYER_DESCRIPTIONS,
  ZOMBIE_DESCRIPTIONS,
} from './level-descriptions';

// A strict Content-Security-Policy forbids `new Function`; zod must not compile validators.
z.config({ jitless: true });

// ---------------------------------------------------------------------------------------------
// Objects: Tiled's keys are accepted as Tiled writes them; `type` picks the kind.

const tiledObjectKeys = {
  id: z.int().min(0).meta({ description: 'Unique object id; Tiled assigns it.' }),
  name: z.string().optional().meta({ description: 'Free text; for a student, the fallback for the `name` property.' }),
  class: z.string().optional().meta({ description: 'Tiled 1.9 wrote the kind here instead of `type`; read when `type` is empty.' }),
  x: z.number().meta({ description: "Pixels from the map's left edge. The object stands on tile floor(x / 16)." }),
  y: z.number().meta({ description: "Pixels from the map's top edge. The object stands on tile floor(y / 16)." }),
  width: z.number().min(0).optional().meta({ description: 'Pixels; 0 for a point.' }),
  height: z.number().min(0).optional().meta({ description: 'Pixels; 0 for a point.' }),
  rotation: z.number().optional(),
  visible: z.boolean().optional(),
  point: z.boolean().optional().meta({ description: 'Tiled sets this for point objects (Insert Point).' }),
};

function objectKind<const T extends string, P extends z.ZodType>(type: T, description: string, properties: P) {
  return z.looseObject({ ...tiledObjectKeys, type: z.literal(type).meta({ description }), properties: properties.optional() }).meta({ title: type, description });
}

type Options = readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]];
type KindSchema<K extends string> = ReturnType<typeof objectKind<K, typeof noProperties>>;
/** One object schema per kind (a runtime list, e.g. ZOMBIE_KINDS), typed as a non-empty tuple. */
const kindsOf = <K extends string>(kinds: readonly K[], describe: (kind: K) => string): [KindSchema<K>, ...KindSchema<K>[]] =>
  kinds.map((kind) => objectKind(kind, describe(kind), noProperties)) as [KindSchema<K>, ...KindSchema<K>[]];
type KindWithSchema<K extends string, P extends z.ZodType> = ReturnType<typeof objectKind<K, P>>;
/** Like `kindsOf`, for kinds that share a custom-property list. */
const kindsWith = <K extends string, P extends z.ZodType>(kinds: readonly K[], describe: (kind: K) => string, properties: P): [KindWithSchema<K, P>, ...KindWithSchema<K, P>[]] =>
  kinds.map((kind) => objectKind(kind, describe(kind), properties)) as [KindWithSchema<K, P>, ...KindWithSchema<K, P>[]];

export const OBJECT_KINDS: Record<ObjectLayerName, readonly string[]> = {
  students: ['student'],
  zombies: ZOMBIE_KINDS,
  items: ITEM_KINDS,
  exits: ['exit'],
  objectives: OBJECTIVE_KINDS,
  doors: DOOR_KINDS,
  lights: LIGHT_KINDS,
  noisemakers: NOISE_MAKER_KINDS,
};

// ---------------------------------------------------------------------------------------------
// Layers: the name picks the convention.

const tileLayerKeys = {
  type: z.literal('tilelayer'),
  id: z.int().min(0).optional(),
  width: z.int().min(1).max(MAX_MAP_TILES).meta({ description: 'Must equal the map width.' }),
  height: z.int().min(1).max(MAX_MAP_TILES).meta({ description: 'Must equal the map height.' }),
  data: z
    .union([z.array(z.int().min(0).max(0xffffffff)), z.string()])
    .meta({ description: 'width x height gids, row by row (CSV), or the same as uncompressed base64 little-endian uint32 (encoding "base64"). 0 = no tile.' }),
  encoding: z.enum(['csv', 'base64']).optional().meta({ description: 'Tiled > Map Properties > Tile Layer Format: "CSV" or "Base64 (uncompressed)".' }),
  compression: z.string().optional().meta({ description: 'Must be empty: compressed layers are not supported.' }),
  visible: z.boolean().optional(),
  opacity: z.number().min(0).max(1).optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  properties: noProperties.optional(),
};

const tileLayer = (name: TileLayerName) =>
  z.looseObject({ ...tileLayerKeys, name: z.literal(name).meta({ description: TILE_LAYER_DESCRIPTIONS[name] }) }).meta({ title: `tile layer "${name}"`, description: TILE_LAYER_DESCRIPTIONS[name] });

const objectLayer = <O extends Options>(name: ObjectLayerName, objects: O) =>
  z
    .looseObject({
      type: z.literal('objectgroup'),
      id: z.int().min(0).optional(),
      name: z.literal(name).meta({ description: OBJECT_LAYER_DESCRIPTIONS[name] }),
      objects: z.array(z.discriminatedUnion('type', objects)),
      draworder: z.enum(['topdown', 'index']).optional(),
      visible: z.boolean().optional(),
      opacity: z.number().min(0).max(1).optional(),
      x: z.number().optional(),
      y: z.number().optional(),
      properties: noProperties.optional(),
    })
    .meta({ title: `object layer "${name}"`, description: OBJECT_LAYER_DESCRIPTIONS[name] });

const layerSchema = z.discriminatedUnion('name', [
  tileLayer('floor'),
  tileLayer('walls'),
  tileLayer('furniture'),
  tileLayer('decals'),
  objectLayer('students', [objectKind('student', "A student's starting place (a point).", studentProperties)]),
  objectLayer(
    'zombies',
    kindsOf(ZOMBIE_KINDS, (kind) => ZOMBIE_DESCRIPTIONS[kind] ?? `A ${kind} zombie.`),
  ),
  objectLayer(
    'items',
    kindsOf(ITEM_KINDS, (kind) => ITEM_DESCRIPTIONS[kind] ?? `A ${kind}.`),
  ),
  objectLayer('exits', [objectKind('exit', 'A rectangle of tiles that ends the level in a win (Insert Rectangle).', noProperties)]),
  objectLayer('objectives', [
    objectKind('reach', OBJECTIVE_DESCRIPTIONS.reach, objectiveProperties.reach),
    objectKind('collect', OBJECTIVE_DESCRIPTIONS.collect, objectiveProperties.collect),
    objectKind('activate', OBJECTIVE_DESCRIPTIONS.activate, objectiveProperties.activate),
    objectKind('hold', OBJECTIVE_DESCRIPTIONS.hold, objectiveProperties.hold),
    objectKind('rescue', OBJECTIVE_DESCRIPTIONS.rescue, objectiveProperties.rescue),
  ]),
  objectLayer(
    'doors',
    kindsWith(DOOR_KINDS, (kind) => DOOR_DESCRIPTIONS[kind], doorProperties),
  ),
  objectLayer(
    'lights',
    kindsWith(LIGHT_KINDS, (kind) => LIGHT_DESCRIPTIONS[kind], lightProperties),
  ),
  objectLayer(
    'noisemakers',
    kindsWith(NOISE_MAKER_KINDS, (kind) => NOISE_MAKER_DESCRIPTIONS[kind], noiseMakerProperties),
  ),
]);

// ---------------------------------------------------------------------------------------------
// Tilesets and the map.

const tileSchema = z.looseObject({
  id: z.int().min(0).meta({ description: 'Local tile id, 0-based position in the tileset image.' }),
  type: z.string().optional().meta({ description: 'The tile\'s name, e.g. "wall-top" (free text).' }),
  class: z.string().optional(),
  properties: tileProperties.optional(),
});

const tilesetSchema = z
  .looseObject({
    firstgid: z.int().min(1).meta({ description: "The gid of this tileset's tile 0." }),
    name: z.string().min(1),
    image: z
      .string()
      .min(1)
      .meta({ description: `Path of the tileset image relative to the level file; its file name must be one of ${KNOWN_TILESET_IMAGES.join(', ')}.` }),
    imagewidth: z.int().positive(),
    imageheight: z.int().positive(),
    tilewidth: z.literal(TILE_PIXELS),
    tileheight: z.literal(TILE_PIXELS),
    tilecount: z.int().positive(),
    columns: z.int().positive(),
    margin: z.int().min(0).optional(),
    spacing: z.int().min(0).optional(),
    tiles: z.array(tileSchema).optional(),
  })
  .meta({ title: 'embedded tileset', description: 'Tilesets must be embedded (Map > Embed Tileset); an external `source` is not supported.' });

export const tiledMapSchema = z
  .looseObject({
    $schema: z.string().optional().meta({ description: 'Editor hint only; not needed when .vscode/settings.json binds the schema.' }),
    type: z.literal('map').optional(),
    orientation: z.literal('orthogonal'),
    infinite: z.literal(false).optional().meta({ description: 'Maps must be finite (uncheck Infinite in Map Properties).' }),
    width: z
      .int()
      .min(1)
      .max(MAX_MAP_TILES)
      .meta({ description: `Map width in tiles, 1..${MAX_MAP_TILES}.` }),
    height: z
      .int()
      .min(1)
      .max(MAX_MAP_TILES)
      .meta({ description: `Map height in tiles, 1..${MAX_MAP_TILES}.` }),
    tilewidth: z.literal(TILE_PIXELS).meta({ description: `Tile width in pixels: always ${TILE_PIXELS}.` }),
    tileheight: z.literal(TILE_PIXELS).meta({ description: `Tile height in pixels: always ${TILE_PIXELS}.` }),
    properties: mapProperties.optional(),
    tilesets: z.array(tilesetSchema).min(1),
    layers: z
      .array(layerSchema)
      .min(1)
      .meta({ description: `Tile layers ${TILE_LAYERS.join(', ')}; object layers ${OBJECT_LAYERS.join(', ')}. Required: ${REQUIRED_LAYERS.join(', ')}.` }),
  })
  .meta({
    title: 'Hyosan High level (Tiled JSON map)',
    description: "A level of Hyosan High: Lockdown. See levels/README.md for the designers' manual.",
  });

export type TiledMap = z.infer<typeof tiledMapSchema>;
export type TiledLayer = TiledMap['layers'][number];
export type TiledTileLayer = Extract<TiledLayer, { type: 'tilelayer' }>;
export type TiledObjectLayer = Extract<TiledLayer, { type: 'objectgroup' }>;
export type TiledObject = TiledObjectLayer['objects'][number];
export type TiledTileset = TiledMap['tilesets'][number];
export interface TiledProperty {
  name: string;
  type?: string | undefined;
  value: unknown;
}

/** The JSON Schema (draft-07) of a level file, for editors. Deterministic: same schema, same text. */
export function levelJsonSchema(): Record<string, unknown> {
  // Inlined (no $refs): longer, but every part reads on its own, and editors show its description.
  return z.toJSONSchema(tiledMapSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** `levelJsonSchema()` as the text committed in levels/schema/level.schema.json. */
export function levelJsonSchemaText(): string {
  return `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;
}
