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
import { ITEM_KINDS, type ItemKind } from '../kernel/item-kinds';
import { ROLES } from '../kernel/roles';
import { ZOMBIE_KINDS, type ZombieKind } from '../kernel/tuning';
import {
  MAX_MAP_TILES, TILE_PIXELS, MAX_STUDENTS, MAX_STUDENT_NAME, KNOWN_TILESET_IMAGES, TILE_LAYERS, OBJECT_LAYERS, DOOR_KINDS, LIGHT_KINDS, NOISE_MAKER_KINDS, type DoorKind, type LightKind, type NoiseMakerKind, REQUIRED_LAYERS, type TileLayerName, type ObjectLayerName, OBJECTIVE_KINDS, type ObjectiveKind, DEVICES, MAX_OBJECTIVE_STEP, MAX_DEVICE_NOISE_TILES, MAX_DEVICE_SECONDS, MAX_HOLD_SECONDS, MAX_OBJECTIVE_LABEL,
} from './level-words';

// A strict Content-Security-Policy forbids `new Function`; zod must not compile validators.
z.config({ jitless: true });

// ---------------------------------------------------------------------------------------------
// Custom properties: Tiled's `[{ name, type, value }]` arrays, one entry shape per known name.

type TiledPropertyType = 'string' | 'int' | 'float' | 'bool';

function customProperty<const N extends string, V extends z.ZodType>(name: N, type: TiledPropertyType, value: V, description: string) {
  return z
    .strictObject({
      name: z.literal(name),
      type: z.literal(type).optional().meta({ description: `Tiled's property type: "${type}". May be left out when editing by hand.` }),
      /** Tiled 1.8+ writes this for class-typed properties only; harmless elsewhere. */
      propertytype: z.string().optional(),
      value,
    })
    .meta({ title: name, description });
}

/** A custom-property list where only the given names are allowed. */
function propertyList<const T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(options: T, description: string) {
  return z.array(z.discriminatedUnion('name', options)).meta({ description });
}

/** A custom-property list for something that has no custom properties (yet). */
const noProperties = z.array(z.never()).meta({ description: 'This has no custom properties; leave the list empty or out.' });


const mapProperties = propertyList(
  [
    customProperty('title', 'string', z.string().min(1).max(80).meta({ description: '1..80 characters. Default: the file name.' }), 'The level\'s title, for listings such as levels:check and level select.'),
    customProperty('titleKo', 'string', z.string().min(1).max(80).meta({ description: '1..80 characters. Default: the English title.' }), 'The level\'s title in Korean, shown when the game speaks Korean.'),
    customProperty(
      'survivors', 'int', z.int().min(1).max(MAX_STUDENTS).meta({ default: 1 }),
      `Keep this many students standing (1..${MAX_STUDENTS}, at most the level's students): fewer, and the level is lost. Default 1.`,
    ),
    customProperty('startHour', 'float', z.number().min(0).max(23.99).meta({ default: 17 }), 'Time of day when the level starts, in hours 0..23.99 (night is 19..6). Left out: 17:00; a campaign carries the group\'s own time over.'),
    customProperty('clockSpeed', 'float', z.number().min(0).max(120).meta({ default: 1 }), 'Game minutes that pass per second of play, 0..120; 0 stops the clock. Default 1.'),
    customProperty('ambientLight', 'float', z.number().min(0).max(1).meta({ default: 0.6 }), 'How lit the whole floor is by full daylight, 0..1, before windows and lamps (night falls to a fixed darkness). Default 0.6.'),
    customProperty('hunterEntry', 'string', z.string().regex(/^\d{1,4},\d{1,4}$/, 'not a tile "x,y" such as "30,4"').meta({ description: 'A tile "x,y" (walkable, inside the map).' }), 'Where a halfbie hunter that followed the group from the last level comes in (a walkable tile "x,y"). Left out: a reachable tile far from the students\' start, picked from the seed.'),
    customProperty('director', 'bool', z.boolean().meta({ default: false }), 'The pacing director for siege and long levels: build-up, peak and relax phases; at the peak a bell, thunder or a helicopter pulls the existing horde (it never adds zombies). Default false.'),
    customProperty('waves', 'bool', z.boolean().meta({ default: false }), 'Siege waves: every 18 s a bigger wave of zombies comes up at one of the zombie spawn points far from the group and heads for it, bashing barricades in its way. Default false.'),
  ],
  'Map custom properties (Map > Map Properties in Tiled).',
);

const tileProperties = propertyList(
  [
    customProperty('solid', 'bool', z.boolean().meta({ default: false }), 'Nobody can walk into a cell holding this tile (walls, desks, lockers). Default false.'),
    customProperty('opaque', 'bool', z.boolean().meta({ default: false }), 'Blocks sight and dims noise through the cell (walls, closed doors, bookshelves). Default false.'),
    customProperty('cost', 'int', z.int().min(1).max(255).meta({ default: 1 }), 'Price of walking through the cell, 1..255 (chairs, debris: 2). The highest cost on a cell wins. Default 1.'),
  ],
  'Tile custom properties (select the tile in the tileset editor).',
);

// ---------------------------------------------------------------------------------------------
// Objects: Tiled's keys are accepted as Tiled writes them; `type` picks the kind.

const tiledObjectKeys = {
  id: z.int().min(0).meta({ description: 'Unique object id; Tiled assigns it.' }),
  name: z.string().optional().meta({ description: 'Free text; for a student, the fallback for the `name` property.' }),
  class: z.string().optional().meta({ description: 'Tiled 1.9 wrote the kind here instead of `type`; read when `type` is empty.' }),
  x: z.number().meta({ description: 'Pixels from the map\'s left edge. The object stands on tile floor(x / 16).' }),
  y: z.number().meta({ description: 'Pixels from the map\'s top edge. The object stands on tile floor(y / 16).' }),
  width: z.number().min(0).optional().meta({ description: 'Pixels; 0 for a point.' }),
  height: z.number().min(0).optional().meta({ description: 'Pixels; 0 for a point.' }),
  rotation: z.number().optional(),
  visible: z.boolean().optional(),
  point: z.boolean().optional().meta({ description: 'Tiled sets this for point objects (Insert Point).' }),
};

function objectKind<const T extends string, P extends z.ZodType>(type: T, description: string, properties: P) {
  return z.looseObject({ ...tiledObjectKeys, type: z.literal(type).meta({ description }), properties: properties.optional() }).meta({ title: type, description });
}

const studentProperties = propertyList(
  [
    // Empty is allowed: Tiled's "Resolve object types and properties" export writes a type's empty
    // default into every object, and an empty name means "use the default".
    customProperty('name', 'string', z.string().max(MAX_STUDENT_NAME), `The student's name, up to ${MAX_STUDENT_NAME} characters. Empty or left out: the object's name, else "Student N".`),
    customProperty('look', 'int', z.int().min(0).max(3), 'Which of the four student sprites, 0..3. Default: the student\'s position in the layer, modulo 4.'),
    customProperty('role', 'string', z.union([z.enum(ROLES), z.literal('')]), `What the student is good at: ${ROLES.join(', ')}. Empty or left out: the roles in that order by the student's position in the layer.`),
  ],
  'Student custom properties.',
);

const doorProperties = propertyList(
  [
    customProperty('open', 'bool', z.boolean().meta({ default: false }), 'Starts open. Default false (closed).'),
    customProperty('locked', 'bool', z.boolean().meta({ default: false }), 'Starts locked (a closed door nobody can open until it is unlocked or broken). Default false.'),
    customProperty('lockable', 'bool', z.boolean().meta({ default: true }), 'Students can lock and unlock it from either side. Default true for doors; windows never lock.'),
    customProperty('strength', 'int', z.int().min(1).max(1000).meta({ default: 80 }), 'Health of the door or pane itself, 1..1000. Default 80 for a door, 20 for a window.'),
    customProperty('barricade', 'int', z.int().min(0).max(150).meta({ default: 0 }), 'Health of a barricade already built over it, 0..150 (0: none). Default 0.'),
  ],
  'Door and window custom properties.',
);
const lightProperties = propertyList(
  [
    customProperty('radius', 'float', z.number().min(1).max(16), 'How far the light reaches, 1..16 tiles. Default 5 for a lamp, 4 for a fire.'),
    customProperty('brightness', 'float', z.number().min(0).max(1), 'Light at its centre, 0..1. Default 1 for a lamp, 0.9 for a fire.'),
    customProperty('on', 'bool', z.boolean().meta({ default: true }), 'Starts lit. A lamp is switched with interact. Default true.'),
  ],
  'Light custom properties.',
);
const noiseMakerProperties = propertyList(
  [customProperty('loudness', 'int', z.int().min(1).max(60), 'How far its sound carries through open floor, 1..60 tiles. Default by kind (speaker 24, piano 18, fire alarm 30, bell 40).')],
  'Noise maker custom properties.',
);
const DOOR_DESCRIPTIONS: Record<DoorKind, string> = {
  door: 'A door on one tile: open, closed, locked, barricaded or broken. Students open and close it with interact; zombies bash it.',
  'window': 'A window on one tile: glass lets light and sight through, muffles sound and breaks loudly.',
};
const LIGHT_DESCRIPTIONS: Record<LightKind, string> = {
  lamp: 'A lamp or ceiling light: lights the tiles it can see, fading over its radius; a student switches it with interact (a quiet click).',
  fire: 'A fire: lights the tiles it can see, flickering; it cannot be switched off.',
};
const NOISE_MAKER_DESCRIPTIONS: Record<NoiseMakerKind, string> = {
  speaker: 'A PA speaker: sounds when a paConsole is used, or with interact beside it.',
  paConsole: 'The PA console: interact plays a chime through every speaker of the level.',
  piano: 'A piano: interact plays it, loudly, for a few seconds.',
  fireAlarm: 'A fire alarm: interact sets it ringing for a long time.',
  bell: 'The school bell: interact rings it, and the pacing director rings it too; loud enough to mask quieter sounds for a moment.',
};

const ZOMBIE_DESCRIPTIONS: Partial<Record<ZombieKind, string>> = {
  walker: 'The common infected: wanders, hunts by sound.',
  runner: 'Fast: sprints at whatever it hears or sees.',
  crawler: 'Low and slow, easy to miss in the dark.',
  brute: 'Tough former athlete or teacher; breaks barricades fast.',
  hunter: 'The halfbie hunter: ignored by the horde, tracks by blood and breath, opens closed doors, bashes locked ones slowly, is not fooled twice by a lure in one place.',
};
const ITEM_DESCRIPTIONS: Partial<Record<ItemKind, string>> = {
  food: 'A snack: eases hunger.',
  water: 'A bottle of water: eases thirst, restores stamina.',
  bandage: 'Stops bleeding and heals.',
  painkillers: 'Steadies morale and eases fatigue.',
  antiseptic: 'Treats a wound: slows an infection, can cure a fresh scratch.',
  phone: 'A phone (battery 100): flashlight, messages, or thrown as an alarm that lures zombies.',
  battery: 'A spare battery: recharges the phone.',
  cloth: 'Torn into a bandage (craft).',
  blanket: 'Carried, keeps the cold of the night off.',
  plank: 'Barricade material (2 kg); whittled into arrows with a knife.',
  chair: 'Barricade material (4 kg); broken into two planks.',
  desk: 'Heavy barricade material (9 kg).',
  broom: 'A weak, long weapon; wears out.',
  mop: 'A weak, long weapon; with a knife, a spear.',
  bat: 'A baseball bat: hits hard.',
  pipe: 'A metal pipe: hits hard, lasts long, loud.',
  extinguisher: 'Sprays a cone that stuns zombies; six sprays.',
  knife: 'Short, quiet; a tool for arrows and spears.',
  spear: 'Long reach.',
  bow: 'Quiet ranged shots; needs arrows. The archery club never misses.',
  arrow: 'Shot from a bow; can be picked up again unless it breaks.',
};

const stepProperty = customProperty(
  'step', 'int', z.int().min(1).max(MAX_OBJECTIVE_STEP).meta({ default: 1 }),
  `Order, 1..${MAX_OBJECTIVE_STEP}: objectives of step 2 open once every objective of step 1 is done; the same step = in any order. Default 1.`,
);
const labelKoProperty = customProperty(
  'labelKo', 'string', z.string().min(1).max(MAX_OBJECTIVE_LABEL),
  `The objective's text in Korean (the object's name is the English one), up to ${MAX_OBJECTIVE_LABEL} characters, shown when the game speaks Korean. Left out: the English text.`,
);
const OBJECTIVE_DESCRIPTIONS: Record<ObjectiveKind, string> = {
  reach: 'A rectangle: done when a student of the group stands in it (e.g. "Get into the broadcasting room").',
  collect: 'A point: a key item lying there (e.g. "Lab notebook"); done when a student walks over it or presses E beside it.',
  activate: 'A point on a device (PA console, piano, SOS sign, fire): done when a student presses E within 1.5 tiles. It may stand on a solid tile (a piano) if a walkable tile touches it.',
  hold: 'A rectangle: done when students of the group have stood in it for `seconds` in total, or, with `untilDawn`, when dawn comes with one of them in it (a siege).',
  rescue: 'A point: a student waiting there, not yet in the group; joins when a group member comes close. Done when they join (or, with `escort`, when they stand in an exit).',
};
const objectiveProperties = {
  reach: propertyList([stepProperty, labelKoProperty], 'Reach properties.'),
  collect: propertyList([stepProperty, labelKoProperty], 'Collect properties.'),
  activate: propertyList(
    [
      stepProperty,
      labelKoProperty,
      customProperty('device', 'string', z.enum(DEVICES).meta({ default: 'switch' }), `What it is: ${DEVICES.join(', ')}. Default switch.`),
      customProperty('noise', 'float', z.number().min(0).max(MAX_DEVICE_NOISE_TILES).meta({ default: 0 }), `How far (tiles, 0..${MAX_DEVICE_NOISE_TILES}) its sound carries once on: a piano or the PA pulls the horde. Default 0 (silent).`),
      customProperty('seconds', 'float', z.number().min(0).max(MAX_DEVICE_SECONDS).meta({ default: 0 }), `How long it keeps sounding once on, 0..${MAX_DEVICE_SECONDS} s (a noise every half second). Default 0: one noise.`),
    ],
    'Activate properties.',
  ),
  hold: propertyList(
    [stepProperty, labelKoProperty, customProperty('seconds', 'float', z.number().min(1).max(MAX_HOLD_SECONDS).meta({ default: 30 }), `How long to hold the area, 1..${MAX_HOLD_SECONDS} s (time inside, added up). Default 30.`),
      customProperty('untilDawn', 'bool', z.boolean().meta({ default: false }), 'Hold until dawn instead: done at the first 06:00 after the level begins (see startHour and clockSpeed) while a student of the group is in the area; `seconds` is then ignored. Default false.')],
    'Hold properties.',
  ),
  rescue: propertyList(
    [
      stepProperty,
      labelKoProperty,
      customProperty('name', 'string', z.string().max(MAX_STUDENT_NAME), `The waiting student's name, up to ${MAX_STUDENT_NAME} characters. Empty or left out: the object's name, else "Student N".`),
      customProperty('look', 'int', z.int().min(0).max(3), 'Which of the four student sprites, 0..3.'),
      customProperty('escort', 'bool', z.boolean().meta({ default: false }), 'When true the objective is done only once the rescued student stands in an exit. Default false.'),
    ],
    'Rescue properties.',
  ),
} satisfies Record<ObjectiveKind, z.ZodType>;

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

const TILE_LAYER_DESCRIPTIONS: Record<TileLayerName, string> = {
  floor: 'Required. The ground. A cell with no floor tile is a wall (cannot be entered, blocks sight).',
  walls: 'Required. Walls, doors and windows, drawn above characters; use solid/opaque tiles.',
  furniture: 'Optional. Desks, chairs, lockers, shelves; their tile properties block or slow walking. Tiles of type desk, trash-can, plant, teacher-desk, locker(-open, -bloody) and vending-machine can be pushed by students.',
  decals: 'Optional. Blood, signs and marks on the floor; usually no properties.',
};
const OBJECT_LAYER_DESCRIPTIONS: Record<ObjectLayerName, string> = {
  students: 'Required. Where students start: point objects of type "student", 1..6 of them.',
  zombies: `Optional. Where zombies start: point objects whose type is the kind (${ZOMBIE_KINDS.join(', ')}).`,
  items: `Optional. Loot on the floor: point objects whose type is the item kind (${ITEM_KINDS.join(', ')}).`,
  exits: 'Required. Rectangles of type "exit": a living student standing in one wins the level, once every objective is done.',
  objectives: `Optional. What the level asks besides reaching an exit: ${OBJECTIVE_KINDS.join(', ')}. The object's name is the text shown in the HUD.`,
  doors: `Optional. Doors and windows: point objects on the tile they fill (${DOOR_KINDS.join(', ')}); their state replaces the tile's solid/opaque.`,
  lights: `Optional. Light sources: point objects (${LIGHT_KINDS.join(', ')}); lamps are switched with interact.`,
  noisemakers: `Optional. Things that will make noise when used: point objects (${NOISE_MAKER_KINDS.join(', ')}): a student uses one with E (the PA console plays every speaker); an activate objective's device at one sounds it.`,
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
  objectLayer('students', [objectKind('student', 'A student\'s starting place (a point).', studentProperties)]),
  objectLayer('zombies', kindsOf(ZOMBIE_KINDS, (kind) => ZOMBIE_DESCRIPTIONS[kind] ?? `A ${kind} zombie.`)),
  objectLayer('items', kindsOf(ITEM_KINDS, (kind) => ITEM_DESCRIPTIONS[kind] ?? `A ${kind}.`)),
  objectLayer('exits', [objectKind('exit', 'A rectangle of tiles that ends the level in a win (Insert Rectangle).', noProperties)]),
  objectLayer('objectives', [
    objectKind('reach', OBJECTIVE_DESCRIPTIONS.reach, objectiveProperties.reach),
    objectKind('collect', OBJECTIVE_DESCRIPTIONS.collect, objectiveProperties.collect),
    objectKind('activate', OBJECTIVE_DESCRIPTIONS.activate, objectiveProperties.activate),
    objectKind('hold', OBJECTIVE_DESCRIPTIONS.hold, objectiveProperties.hold),
    objectKind('rescue', OBJECTIVE_DESCRIPTIONS.rescue, objectiveProperties.rescue),
  ]),
  objectLayer('doors', kindsWith(DOOR_KINDS, (kind) => DOOR_DESCRIPTIONS[kind], doorProperties)),
  objectLayer('lights', kindsWith(LIGHT_KINDS, (kind) => LIGHT_DESCRIPTIONS[kind], lightProperties)),
  objectLayer('noisemakers', kindsWith(NOISE_MAKER_KINDS, (kind) => NOISE_MAKER_DESCRIPTIONS[kind], noiseMakerProperties)),
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
    firstgid: z.int().min(1).meta({ description: 'The gid of this tileset\'s tile 0.' }),
    name: z.string().min(1),
    image: z.string().min(1).meta({ description: `Path of the tileset image relative to the level file; its file name must be one of ${KNOWN_TILESET_IMAGES.join(', ')}.` }),
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
    width: z.int().min(1).max(MAX_MAP_TILES).meta({ description: `Map width in tiles, 1..${MAX_MAP_TILES}.` }),
    height: z.int().min(1).max(MAX_MAP_TILES).meta({ description: `Map height in tiles, 1..${MAX_MAP_TILES}.` }),
    tilewidth: z.literal(TILE_PIXELS).meta({ description: `Tile width in pixels: always ${TILE_PIXELS}.` }),
    tileheight: z.literal(TILE_PIXELS).meta({ description: `Tile height in pixels: always ${TILE_PIXELS}.` }),
    properties: mapProperties.optional(),
    tilesets: z.array(tilesetSchema).min(1),
    layers: z.array(layerSchema).min(1).meta({ description: `Tile layers ${TILE_LAYERS.join(', ')}; object layers ${OBJECT_LAYERS.join(', ')}. Required: ${REQUIRED_LAYERS.join(', ')}.` }),
  })
  .meta({
    title: 'Hyosan High level (Tiled JSON map)',
    description: 'A level of Hyosan High: Lockdown. See levels/README.md for the designers\' manual.',
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
