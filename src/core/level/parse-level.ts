/**
 * parseLevel: Tiled JSON text -> a checked `Level`, or every error found, each with file, JSON path,
 * line:col, the bad value and what was expected. Limits (text size, nesting, map size) are checked
 * before anything big is allocated. Never throws on bad input.
 *
 * Conventions (the designers' manual is levels/README.md):
 * - tile layers: `floor` (required), `walls` (required), `furniture`, `decals`;
 * - object layers: `students` (type `student`, properties `name`, `look`), `zombies` (type = kind),
 *   `items` (type = item kind), `exits` (type `exit`, a rectangle);
 * - tile properties in the embedded tileset: `solid` (bool), `opaque` (bool), `cost` (int 1..255).
 *   A cell with no floor tile, or with any solid tile, cannot be entered.
 */

import { isRole } from '../kernel/roles';
import type { ItemKind } from '../kernel/item-kinds';
import { createTileGrid, type TileGrid } from '../grid/tile-grid';
import type { ZombieKind } from '../kernel/tuning';
import { DOORS, NOISE_MAKERS, ticks } from '../kernel/tuning';
import type { DoorPlacement, ItemPlacement, Level, LevelSettings, LightPlacement, NoiseMakerPlacement, Objective, StudentSpawn, TileRect, ZombieSpawn } from './level';
import { applyDoorsToGrid, createDoors } from './doors';
import { findPushables } from './furniture';
import { describeValue, lineColAt, lineStartsOf, locateErrors, type JsonPath, type LevelError, type LevelResult } from './level-error';
import {
  KNOWN_TILESET_IMAGES, MAX_MAP_TILES, MAX_STUDENT_NAME, MAX_STUDENTS, REQUIRED_LAYERS, TILE_LAYERS, tiledMapSchema,
  type Device, type DoorKind, type LightKind, type NoiseMakerKind, type ObjectiveKind, type TiledMap, type TiledObject, type TiledProperty, type TiledTileset,
} from './level-schema';
import { issuesToErrors, valueAt } from './schema-issues';
import { jsonSyntaxError } from './json-syntax';
import { dataLengthError } from './data-length';
import { checkObjectIds } from './object-ids';
import { checkDoorsInWalls, checkItemPlacement, checkObjectCount, checkZombiePopulation, ZOMBIE_LIMITS } from './placement-rules';

export { MAX_MAP_TILES, OBJECT_LAYERS, TILE_LAYERS } from './level-schema';
export const MAX_LEVEL_BYTES = 4 * 1024 * 1024;
export const MAX_JSON_DEPTH = 32;
export const MAX_ZOMBIES_PER_LEVEL = ZOMBIE_LIMITS.perLevel;
const GID_MASK = 0x1fffffff; // the top three bits of a gid are Tiled's flip flags

export function levelIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(tmj|json)$/i, '');
}

export function parseLevel(text: string, file: string): LevelResult<Level> {
  const errors: LevelError[] = [];
  const fail = (): LevelResult<Level> => ({ ok: false, errors: locateErrors(text, errors) });

  if (text.length > MAX_LEVEL_BYTES) {
    return { ok: false, errors: [{ file, path: [], message: `level file is too large (got ${text.length} bytes; expected at most ${MAX_LEVEL_BYTES})` }] };
  }
  // Tiled and many editors may start the file with a byte-order mark; it is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const tooDeep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    const { line, col } = lineColAt(lineStartsOf(text), tooDeep);
    return { ok: false, errors: [{
      file, path: [], line, col,
      message: `JSON is nested too deeply (got a bracket ${MAX_JSON_DEPTH + 1} levels deep here; expected at most ${MAX_JSON_DEPTH})`,
      fix: `a level is never nested more than ${MAX_JSON_DEPTH} deep: look for brackets pasted in by mistake at line ${line}, column ${col}.`,
    }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [jsonSyntaxError(text, file)] };
  }

  const add: AddError = (path, message, fix) => errors.push({ file, path, message, ...(fix === undefined ? {} : { fix }) });
  const external = checkExternalTilesets(raw, add);
  const templated = checkTemplateInstances(raw, add);
  const { input, adopted } = adoptClassAsType(raw);
  const parsed = tiledMapSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    // An external tileset has none of the embedded keys: one error for it is enough.
    // So has an object placed from a template: its kind is in the .tx file.
    const issues = parsed.error.issues.filter((issue) => !(issue.path[0] === 'tilesets' && external.has(issue.path[1] as number)) && !(issue.path[0] === 'layers' && templated.has(`${String(issue.path[1])}/${String(issue.path[3])}`)));
    errors.push(...issuesToErrors(issues, raw, file, adopted));
  }
  if (errors.length > 0 || !parsed.success) return fail();
  const map = parsed.data;

  checkTilesets(map, add);
  checkDuplicateProperties(map, add);
  checkObjectIds(map, valueAt(raw, ['nextobjectid']), add);
  const layers = indexLayers(map, add);
  if (errors.length > 0) return fail();

  const tileProps = collectTileProperties(map, add);
  const wrongLength = (path: JsonPath, length: number): void => {
    errors.push(dataLengthError(text, file, path, length, map.width, map.height));
  };
  const built = buildGrid(map, layers.tile, tileProps, add, wrongLength);
  if (built === undefined || errors.length > 0) return fail();
  const { grid, hasFloor, bare, furniture } = built;

  let objectCount = 0;
  for (const index of layers.object.values()) {
    const layer = map.layers[index];
    if (layer?.type === 'objectgroup') objectCount += layer.objects.length;
  }
  checkObjectCount(objectCount, add);
  if (errors.length > 0) return fail();
  const placed = readObjects(map, layers.object, grid, add, hasFloor);
  checkItemPlacement(placed.items, ['layers', layers.object.get('items') ?? 0, 'objects'], add);
  checkDoorsInWalls(built, placed.doors, placed.doorPaths, add);
  checkZombiePopulation(grid, placed.zombies, ['layers', layers.object.get('zombies') ?? 0, 'objects'], add);
  const survivors = numberProperty(map.properties, 'survivors') ?? 1;
  if (survivors > placed.students.length && placed.students.length > 0) {
    add(['properties', map.properties!.findIndex((p) => p.name === 'survivors'), 'value'], `survivors is more than the level's students (got ${survivors}; expected at most ${placed.students.length})`);
  }
  checkHunterEntry(map, grid, add);
  if (errors.length === 0) checkReachability(map, layers.object, grid, placed, add);
  if (errors.length > 0) return fail();
  // A door's state, not the tile drawn under it, decides whether its cell can be walked and seen through.
  applyDoorsToGrid(grid, createDoors(placed.doors));
  grid.version = 0;
  grid.changedCells = [];

  return {
    ok: true,
    level: {
      id: levelIdFromFile(file),
      file,
      title: stringProperty(map.properties, 'title') ?? levelIdFromFile(file),
      ...(stringProperty(map.properties, 'titleKo') === undefined ? {} : { titleKo: stringProperty(map.properties, 'titleKo')! }),
      width: map.width,
      height: map.height,
      tileSize: map.tilewidth,
      grid,
      students: placed.students,
      zombies: placed.zombies,
      items: placed.items,
      exits: placed.exits,
      objectives: placed.objectives,
      survivors,
      doors: placed.doors,
      lights: placed.lights,
      noiseMakers: placed.noiseMakers,
      furniture: { pieces: findPushables(furniture, map.width, (gid) => tileProps.get(gid)), bare, gids: furniture },
      settings: readSettings(map),
      tiled: map,
    },
  };
}

type AddError = (path: JsonPath, message: string, fix?: string) => void;

/**
 * How deep brackets nest in JSON text, outside strings, read without parsing: the deepest level
 * reached, and the offset of the first `[` or `{` deeper than `limit` (the scan stops there).
 */
function scanDepth(text: string, limit: number): { deepest: number; overAt: number | undefined } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      deepest = Math.max(deepest, ++depth);
      if (depth > limit) return { deepest, overAt: i }; // deep enough to refuse: no need to read on
    } else if (ch === 125 || ch === 93) depth--;
  }
  return { deepest, overAt: undefined };
}

/** The deepest bracket nesting of JSON text; with `stopAbove`, reading stops once it is passed. */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  return scanDepth(text, stopAbove).deepest;
}

/** Offset of the first `[` or `{` deeper than `limit` (outside strings), or undefined when none is. */
export function tooDeepAt(text: string, limit: number): number | undefined {
  return scanDepth(text, limit).overAt;
}

/** Tilesets kept in a separate .tsj/.tsx file (`source`), which the game cannot read; their indices. */
function checkExternalTilesets(raw: unknown, add: AddError): Set<number> {
  const external = new Set<number>();
  const tilesets = valueAt(raw, ['tilesets']);
  if (!Array.isArray(tilesets)) return external;
  tilesets.forEach((tileset: unknown, i) => {
    const source = valueAt(tileset, ['source']);
    if (source === undefined) return;
    external.add(i);
    add(['tilesets', i, 'source'], `external tilesets are not supported (got ${describeValue(source)}; expected the tileset embedded in the map: Tiled > Map > Embed Tileset)`);
  });
  return external;
}

/**
 * An object placed from a template (levels/templates/*.tx) keeps only a `template` reference until it
 * is detached; the game reads plain objects. Returns the objects as `"layer/object"`.
 */
function checkTemplateInstances(raw: unknown, add: AddError): Set<string> {
  const templated = new Set<string>();
  const layers = valueAt(raw, ['layers']);
  if (!Array.isArray(layers)) return templated;
  layers.forEach((layer: unknown, i) => {
    const objects = valueAt(layer, ['objects']);
    if (!Array.isArray(objects)) return;
    objects.forEach((object: unknown, k) => {
      const template = valueAt(object, ['template']);
      if (template === undefined) return;
      templated.add(`${i}/${k}`);
      add(
        ['layers', i, 'objects', k, 'template'],
        `object still tied to its template (got ${describeValue(template)}; expected a plain object with its own type)`,
        'detach it: in Tiled select the objects placed from templates, right-click > Detach, and save (the Tiled command "Check this level" shows what is left)',
      );
    });
  });
  return templated;
}

/**
 * Tiled 1.9 wrote an object's kind in `class` instead of `type`: read it as the type. Returns a
 * copy (the input is never changed) and which objects were adopted, so errors point at `class`.
 */
function adoptClassAsType(raw: unknown): { input: unknown; adopted: Set<string> } {
  const adopted = new Set<string>();
  const layers = valueAt(raw, ['layers']);
  if (!Array.isArray(layers)) return { input: raw, adopted };
  const copied = layers.map((layer: unknown, i) => {
    const objects = valueAt(layer, ['objects']);
    if (!Array.isArray(objects)) return layer;
    return {
      ...(layer as object),
      objects: objects.map((object: unknown, k) => {
        const type = valueAt(object, ['type']);
        const kind = valueAt(object, ['class']);
        if ((type !== undefined && type !== '') || typeof kind !== 'string') return object;
        adopted.add(`${i}/${k}`);
        return { ...(object as object), type: kind };
      }),
    };
  });
  return { input: { ...(raw as object), layers: copied }, adopted };
}

/** The tileset must be one the renderer has art for, and tilesets must not overlap in gids. */
function checkTilesets(map: TiledMap, add: AddError): void {
  const known: readonly string[] = KNOWN_TILESET_IMAGES;
  let nextFree = 1;
  map.tilesets.forEach((tileset, i) => {
    const imageName = tileset.image.split(/[\\/]/).pop() ?? '';
    if (!known.includes(imageName)) {
      add(['tilesets', i, 'image'], `unknown tileset image (got ${describeValue(tileset.image)}; expected a file named ${known.join(' or ')}, e.g. "../assets/tiles/school.png")`);
    }
    const columns = Math.floor(tileset.imagewidth / tileset.tilewidth);
    const rows = Math.floor(tileset.imageheight / tileset.tileheight);
    if (tileset.columns !== columns) add(['tilesets', i, 'columns'], `tileset columns do not match its image (got ${tileset.columns}; expected ${columns} = imagewidth / tilewidth)`);
    if (tileset.tilecount > columns * rows) add(['tilesets', i, 'tilecount'], `tileset has more tiles than its image holds (got ${tileset.tilecount}; expected at most ${columns * rows})`);
    if (tileset.firstgid < nextFree) add(['tilesets', i, 'firstgid'], `tileset gids overlap the previous tileset (got firstgid ${tileset.firstgid}; expected at least ${nextFree})`);
    nextFree = Math.max(nextFree, tileset.firstgid + tileset.tilecount);
  });
}

/** A custom property named twice: which one wins would be a guess. */
function checkDuplicateProperties(map: TiledMap, add: AddError): void {
  const check = (properties: readonly TiledProperty[] | undefined, path: JsonPath): void => {
    const seen = new Set<string>();
    properties?.forEach((entry, p) => {
      if (seen.has(entry.name)) add([...path, p, 'name'], `duplicate property (got a second ${describeValue(entry.name)}; expected each property once)`);
      seen.add(entry.name);
    });
  };
  check(map.properties, ['properties']);
  map.tilesets.forEach((tileset, t) => tileset.tiles?.forEach((tile, k) => check(tile.properties, ['tilesets', t, 'tiles', k, 'properties'])));
  map.layers.forEach((layer, i) => {
    if (layer.type === 'objectgroup') layer.objects.forEach((object, k) => check(object.properties as TiledProperty[] | undefined, ['layers', i, 'objects', k, 'properties']));
  });
}

interface LayerIndex {
  tile: Map<string, number>;
  object: Map<string, number>;
}

/** Layer names and kinds are checked by the schema; here: each layer once, and the required ones present. */
function indexLayers(map: TiledMap, add: AddError): LayerIndex {
  const index: LayerIndex = { tile: new Map(), object: new Map() };
  map.layers.forEach((layer, i) => {
    const table = layer.type === 'tilelayer' ? index.tile : index.object;
    if (table.has(layer.name)) add(['layers', i, 'name'], `duplicate layer (got a second ${describeValue(layer.name)}; expected each layer once)`);
    else table.set(layer.name, i);
  });
  for (const name of REQUIRED_LAYERS) {
    const isTile = (TILE_LAYERS as readonly string[]).includes(name);
    if (!(isTile ? index.tile : index.object).has(name)) {
      add(['layers'], `missing required ${isTile ? 'tile' : 'object'} layer (got none named "${name}"; expected a layer named "${name}")`);
    }
  }
  return index;
}

interface TileProps {
  solid: boolean;
  opaque: boolean;
  cost: number;
  /** The tile's name in the tileset (its `type`), e.g. "desk". */
  type: string;
}

/** Properties of every tile referenced by gid; tiles without properties are plain floor. */
function collectTileProperties(map: TiledMap, add: AddError): Map<number, TileProps> {
  const byGid = new Map<number, TileProps>();
  map.tilesets.forEach((tileset: TiledTileset, t) => {
    tileset.tiles?.forEach((tile, k) => {
      const path = ['tilesets', t, 'tiles', k];
      if (tile.id >= tileset.tilecount) add([...path, 'id'], `tile id outside the tileset (got ${tile.id}; expected 0..${tileset.tilecount - 1})`);
      const props: TileProps = { solid: false, opaque: false, cost: 1, type: tile.type ?? tile.class ?? '' };
      // Names, types and ranges were checked by the schema.
      for (const property of tile.properties ?? []) {
        if (property.name === 'cost') props.cost = property.value;
        else props[property.name] = property.value;
      }
      if (byGid.has(tileset.firstgid + tile.id)) add([...path, 'id'], `duplicate tile id (got a second ${tile.id}; expected each tile listed once)`);
      byGid.set(tileset.firstgid + tile.id, props);
    });
  });
  return byGid;
}

function decodeLayerData(data: number[] | string, encoding: string | undefined, compression: string | undefined, count: number, path: JsonPath, add: AddError, wrongLength: WrongLength): Uint32Array | undefined {
  if (typeof data !== 'string') {
    if (data.length !== count) {
      wrongLength(path, data.length);
      return undefined;
    }
    return Uint32Array.from(data);
  }
  if (encoding !== 'base64') {
    add(path, `layer data is a string but encoding is not base64 (got ${describeValue(encoding)}; expected "base64")`);
    return undefined;
  }
  if (compression !== undefined && compression !== '') {
    add(path, `compressed layer data is not supported (got compression ${describeValue(compression)}; expected Tile Layer Format "CSV" or "Base64 (uncompressed)")`);
    return undefined;
  }
  const bytes = decodeBase64(data);
  if (bytes === undefined || bytes.length !== count * 4) {
    add(path, `base64 layer data has the wrong size (got ${bytes === undefined ? 'invalid base64' : `${bytes.length} bytes`}; expected ${count * 4} bytes)`);
    return undefined;
  }
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = (bytes[i * 4]! | (bytes[i * 4 + 1]! << 8) | (bytes[i * 4 + 2]! << 16) | (bytes[i * 4 + 3]! << 24)) >>> 0;
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | BASE64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

interface BuiltGrid {
  grid: TileGrid;
  hasFloor: Uint8Array;
  /** The same cells without the furniture layer: what is left where a piece is pushed away. */
  bare: TileGrid;
  /** The furniture layer's gid per cell (0 = none). */
  furniture: Uint32Array;
  /** 1 where the walls layer has a solid tile (for the door rule). */
  solidWall: Uint8Array;
  width: number;
  height: number;
}

type WrongLength = (path: JsonPath, length: number) => void;

function buildGrid(map: TiledMap, tileLayers: Map<string, number>, tileProps: Map<number, TileProps>, add: AddError, wrongLength: WrongLength): BuiltGrid | undefined {
  const count = map.width * map.height;
  if (map.width > MAX_MAP_TILES || map.height > MAX_MAP_TILES) return undefined;
  // A gid belongs to a tileset when firstgid <= gid < firstgid + tilecount; one below the first
  // firstgid or in a gap between tilesets is in none (Phaser cannot draw it).
  const ranges = map.tilesets.map((t) => [t.firstgid, t.firstgid + t.tilecount - 1] as const).filter(([first, last]) => last >= first);
  const inTileset = (gid: number): boolean => ranges.some(([first, last]) => gid >= first && gid <= last);
  const expected = ranges.map(([first, last]) => `${first}..${last}`).join(' or ');
  const grid = createTileGrid(map.width, map.height);
  const bare = createTileGrid(map.width, map.height);
  const furniture = new Uint32Array(count);
  const hasFloor = new Uint8Array(count);
  const solidWall = new Uint8Array(count);
  let ok = true;
  for (const [name, index] of tileLayers) {
    const layer = map.layers[index]!;
    if (layer.type !== 'tilelayer') continue;
    if (layer.width !== map.width || layer.height !== map.height) {
      add(['layers', index, 'width'], `layer size differs from the map (got ${layer.width}x${layer.height}; expected ${map.width}x${map.height})`);
      ok = false;
      continue;
    }
    const data = decodeLayerData(layer.data, layer.encoding, layer.compression, count, ['layers', index, 'data'], add, wrongLength);
    if (data === undefined) {
      ok = false;
      continue;
    }
    for (let cell = 0; cell < count; cell++) {
      const gid = data[cell]! & GID_MASK;
      if (gid === 0) continue;
      if (!inTileset(gid)) {
        add(typeof layer.data === 'string' ? ['layers', index, 'data'] : ['layers', index, 'data', cell], `tile gid not in any tileset (got ${gid} at tile ${cell % map.width},${Math.floor(cell / map.width)}; expected ${expected || 'a tileset with tiles'})`);
        ok = false;
        continue;
      }
      if (name === 'floor') hasFloor[cell] = 1;
      if (name === 'furniture') furniture[cell] = gid;
      const props = tileProps.get(gid);
      if (props === undefined) continue;
      if (props.solid && name === 'walls') solidWall[cell] = 1;
      for (const target of name === 'furniture' ? [grid] : [grid, bare]) {
        if (props.solid) target.cost[cell] = 0;
        else if (target.cost[cell]! > 0) target.cost[cell] = Math.max(target.cost[cell]!, props.cost);
        if (props.opaque) target.opaque[cell] = 1;
      }
    }
  }
  for (let cell = 0; cell < count; cell++) {
    if (hasFloor[cell] === 0) {
      for (const target of [grid, bare]) {
        target.cost[cell] = 0;
        target.opaque[cell] = 1;
      }
    }
  }
  return ok ? { grid, hasFloor, bare, furniture, solidWall, width: map.width, height: map.height } : undefined;
}

function boolProperty(properties: readonly TiledProperty[] | undefined, name: string, fallback: boolean): boolean {
  const value = property(properties, name);
  return typeof value === 'boolean' ? value : fallback;
}

/** Map properties for the clock, light and director (ranges were checked by the schema). */
function readSettings(map: TiledMap): LevelSettings {
  const properties = map.properties as TiledProperty[] | undefined;
  return {
    startHour: numberProperty(properties, 'startHour') ?? 17,
    clockSpeed: numberProperty(properties, 'clockSpeed') ?? 1,
    ambientLight: numberProperty(properties, 'ambientLight') ?? 0.6,
    director: boolProperty(properties, 'director', false),
    waves: boolProperty(properties, 'waves', false),
    hunterEntry: tileProperty(properties, 'hunterEntry'),
  };
}

export const LIGHT_DEFAULTS: Record<LightKind, { radius: number; brightness: number }> = { lamp: { radius: 5, brightness: 1 }, fire: { radius: 4, brightness: 0.9 } };
export const NOISE_MAKER_LOUDNESS: Record<NoiseMakerKind, number> = { speaker: NOISE_MAKERS.speaker.loudness, paConsole: NOISE_MAKERS.paConsole.loudness, piano: NOISE_MAKERS.piano.loudness, fireAlarm: NOISE_MAKERS.fireAlarm.loudness, bell: NOISE_MAKERS.bell.loudness };

/** A tile written "x,y" (the schema checked the form). */
function tileProperty(properties: readonly TiledProperty[] | undefined, name: string): { tileX: number; tileY: number } | null {
  const value = property(properties, name);
  if (typeof value !== 'string') return null;
  const [x, y] = value.split(',').map(Number);
  return { tileX: x!, tileY: y! };
}

/** The map's `hunterEntry` must be a walkable tile inside the map. */
function checkHunterEntry(map: TiledMap, grid: TileGrid, add: AddError): void {
  const entry = tileProperty(map.properties as TiledProperty[] | undefined, 'hunterEntry');
  if (entry === null) return;
  const path: JsonPath = ['properties', map.properties!.findIndex((p) => p.name === 'hunterEntry'), 'value'];
  const where = `tile ${entry.tileX},${entry.tileY}`;
  if (entry.tileX >= map.width || entry.tileY >= map.height) add(path, `hunterEntry is outside the map (got ${where}; expected 0..${map.width - 1},0..${map.height - 1})`);
  else if (grid.cost[entry.tileY * map.width + entry.tileX] === 0) add(path, `hunterEntry is in a wall or off the floor (got ${where}; expected a walkable tile)`);
}

function property(properties: readonly TiledProperty[] | undefined, name: string): unknown {
  return properties?.find((p) => p.name === name)?.value;
}

function numberProperty(properties: readonly TiledProperty[] | undefined, name: string): number | undefined {
  const value = property(properties, name);
  return typeof value === 'number' ? value : undefined;
}

function stringProperty(properties: readonly TiledProperty[] | undefined, name: string): string | undefined {
  const value = property(properties, name);
  return typeof value === 'string' ? value : undefined;
}

/** A student's spawn from a `student` object or a `rescue` objective; `index` -1 leaves name and look to the caller. */
function studentSpawn(object: TiledObject, index: number, tileX: number, tileY: number): StudentSpawn {
  const properties = object.properties as TiledProperty[] | undefined;
  const given = (stringProperty(properties, 'name') ?? '').trim() || (object.name ?? '').trim();
  const look = property(properties, 'look');
  const role = property(properties, 'role');
  const fallbackName = index >= 0 ? `Student ${index + 1}` : '';
  return {
    name: (given || fallbackName).slice(0, MAX_STUDENT_NAME),
    look: typeof look === 'number' ? look : index >= 0 ? index % 4 : -1,
    ...(isRole(role) ? { role } : {}),
    tileX,
    tileY,
  };
}

interface Placed {
  students: StudentSpawn[];
  zombies: ZombieSpawn[];
  items: ItemPlacement[];
  exits: TileRect[];
  objectives: Objective[];
  doors: DoorPlacement[];
  lights: LightPlacement[];
  noiseMakers: NoiseMakerPlacement[];
  /** JSON paths of each student, exit, objective and door, in the same order, for messages. */
  studentPaths: JsonPath[];
  doorPaths: JsonPath[];
  exitPaths: JsonPath[];
  objectivePaths: JsonPath[];
}

const RECT_OBJECTIVES: readonly ObjectiveKind[] = ['reach', 'hold'];

function readObjects(map: TiledMap, objectLayers: Map<string, number>, grid: TileGrid, add: AddError, hasFloor: Uint8Array): Placed {
  const placed: Placed = { students: [], zombies: [], items: [], exits: [], objectives: [], doors: [], lights: [], noiseMakers: [], studentPaths: [], doorPaths: [], exitPaths: [], objectivePaths: [] };
  /** Students waiting to be rescued join the list after the group, whatever the layer order. */
  const waiting: { spawn: StudentSpawn; path: JsonPath; objective: Objective }[] = [];
  const doorCells = new Set<number>();
  const tile = map.tilewidth;
  for (const [name, index] of objectLayers) {
    const layer = map.layers[index]!;
    if (layer.type !== 'objectgroup') continue;
    layer.objects.forEach((object, k) => {
      const path: JsonPath = ['layers', index, 'objects', k];
      const type: string = object.type; // the kind, checked by the schema (`class` adopted)
      const tileX = Math.floor(object.x / tile);
      const tileY = Math.floor(object.y / tile);
      const where = `tile ${tileX},${tileY}`;
      const checkPoint = (): boolean => {
        if (tileX < 0 || tileY < 0 || tileX >= map.width || tileY >= map.height) {
          add([...path, 'x'], `object is outside the map (got ${where}; expected 0..${map.width - 1},0..${map.height - 1})`);
          return false;
        }
        if (grid.cost[tileY * map.width + tileX] === 0) {
          add([...path, 'x'], `object stands in a wall or off the floor (got ${where}; expected a walkable tile)`);
          return false;
        }
        return true;
      };
      const rectOf = (what: string): TileRect | undefined => {
        const width = object.width ?? 0;
        const height = object.height ?? 0;
        if (width <= 0 || height <= 0) {
          add([...path, 'width'], `${what} must be a rectangle (got ${width}x${height} pixels; expected a width and height above 0)`);
          return undefined;
        }
        const rect: TileRect = { tileX, tileY, width: Math.ceil((object.x + width) / tile) - tileX, height: Math.ceil((object.y + height) / tile) - tileY };
        if (rect.tileX < 0 || rect.tileY < 0 || rect.tileX + rect.width > map.width || rect.tileY + rect.height > map.height) {
          const subject = what.startsWith('an exit') ? 'exit' : 'objective area';
          add([...path, 'x'], `${subject} reaches outside the map (got tiles ${rect.tileX},${rect.tileY} to ${rect.tileX + rect.width - 1},${rect.tileY + rect.height - 1}; expected inside 0..${map.width - 1},0..${map.height - 1})`);
          return undefined;
        }
        return rect;
      };
      const checkInside = (): boolean => {
        if (tileX >= 0 && tileY >= 0 && tileX < map.width && tileY < map.height) return true;
        add([...path, 'x'], `object is outside the map (got ${where}; expected 0..${map.width - 1},0..${map.height - 1})`);
        return false;
      };
      const properties = object.properties as TiledProperty[] | undefined;
      if (name === 'doors') {
        if (!checkInside()) return;
        const cell = tileY * map.width + tileX;
        if (hasFloor[cell] === 0) {
          add([...path, 'x'], `a ${type} needs a floor tile under it (got ${where} with no floor; expected a tile of the floor layer)`);
          return;
        }
        if (doorCells.has(cell)) {
          add([...path, 'x'], `two doors or windows on one tile (got a second one at ${where}; expected one per tile)`);
          return;
        }
        doorCells.add(cell);
        placed.doorPaths.push(path);
        const kind = type as DoorKind;
        placed.doors.push({
          kind,
          tileX,
          tileY,
          open: boolProperty(properties, 'open', false),
          locked: kind === 'door' && boolProperty(properties, 'locked', false),
          lockable: kind === 'door' && boolProperty(properties, 'lockable', true),
          strength: numberProperty(properties, 'strength') ?? (kind === 'window' ? DOORS.windowHealth : DOORS.doorHealth),
          barricade: numberProperty(properties, 'barricade') ?? 0,
        });
        return;
      }
      if (name === 'lights' || name === 'noisemakers') {
        if (!checkInside()) return;
        if (name === 'lights') {
          const kind = type as LightKind;
          placed.lights.push({
            kind,
            tileX,
            tileY,
            radius: numberProperty(properties, 'radius') ?? LIGHT_DEFAULTS[kind].radius,
            brightness: numberProperty(properties, 'brightness') ?? LIGHT_DEFAULTS[kind].brightness,
            on: boolProperty(properties, 'on', true),
          });
        } else {
          const kind = type as NoiseMakerKind;
          placed.noiseMakers.push({ kind, tileX, tileY, loudness: numberProperty(properties, 'loudness') ?? NOISE_MAKER_LOUDNESS[kind] });
        }
        return;
      }
      if (name === 'students') {
        if (!checkPoint()) return;
        placed.students.push(studentSpawn(object, placed.students.length, tileX, tileY));
        placed.studentPaths.push(path);
      } else if (name === 'zombies') {
        if (!checkPoint()) return;
        placed.zombies.push({ kind: type as ZombieKind, tileX, tileY });
      } else if (name === 'items') {
        if (!checkPoint()) return;
        placed.items.push({ kind: type as ItemKind, tileX, tileY });
      } else if (name === 'exits') {
        const rect = rectOf('an exit');
        if (rect === undefined) return;
        placed.exits.push(rect);
        placed.exitPaths.push(path);
      } else if (name === 'objectives') {
        const kind = type as ObjectiveKind;
        let area: TileRect | undefined;
        if (RECT_OBJECTIVES.includes(kind)) area = rectOf(`a "${kind}" objective`);
        else if (kind === 'activate') area = checkDevice() ? { tileX, tileY, width: 1, height: 1 } : undefined;
        else area = checkPoint() ? { tileX, tileY, width: 1, height: 1 } : undefined;
        if (area === undefined) return;
        const objective: Objective = { kind, label: (object.name ?? '').trim(), step: numberProperty(properties, 'step') ?? 1, area };
        const labelKo = stringProperty(properties, 'labelKo')?.trim();
        if (labelKo !== undefined && labelKo !== '') objective.labelKo = labelKo;
        if (kind === 'activate') {
          objective.device = (stringProperty(properties, 'device') ?? 'switch') as Device;
          objective.noiseRadius = numberProperty(properties, 'noise') ?? 0;
          objective.soundTicks = ticks(numberProperty(properties, 'seconds') ?? 0);
        } else if (kind === 'hold') {
          objective.holdTicks = Math.max(1, ticks(numberProperty(properties, 'seconds') ?? 30));
          if (property(properties, 'untilDawn') === true) objective.untilDawn = true;
        } else if (kind === 'rescue') {
          objective.escort = property(properties, 'escort') === true;
          waiting.push({ spawn: { ...studentSpawn(object, -1, tileX, tileY), waiting: true }, path, objective });
        }
        placed.objectives.push(objective);
        placed.objectivePaths.push(path);
      }

      /** A device may stand on a solid tile (a piano), but a student must be able to stand beside it. */
      function checkDevice(): boolean {
        if (tileX < 0 || tileY < 0 || tileX >= map.width || tileY >= map.height) return checkPoint();
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const x = tileX + dx;
            const y = tileY + dy;
            if (x >= 0 && y >= 0 && x < map.width && y < map.height && grid.cost[y * map.width + x]! > 0) return true;
          }
        }
        add([...path, 'x'], `a device needs a walkable tile beside it (got tile ${tileX},${tileY} with none around it; expected a walkable tile on or next to it)`);
        return false;
      }
    });
  }
  for (const { spawn, path, objective } of waiting) {
    objective.studentIndex = placed.students.length;
    if (spawn.name === '') spawn.name = `Student ${placed.students.length + 1}`;
    if (spawn.look < 0) spawn.look = placed.students.length % 4;
    placed.students.push(spawn);
    placed.studentPaths.push(path);
  }
  const layerObjects = (layerName: string): number => {
    const layer = map.layers[objectLayers.get(layerName) ?? -1];
    return layer?.type === 'objectgroup' ? layer.objects.length : 0;
  };
  // "None at all" only when the layer is empty: a misplaced one already has its own error.
  if (layerObjects('students') === 0) add(['layers', objectLayers.get('students') ?? 0, 'objects'], 'no student spawn (got 0 objects of type "student"; expected at least 1)');
  if (layerObjects('exits') === 0) add(['layers', objectLayers.get('exits') ?? 0, 'objects'], 'no exit (got 0 objects of type "exit"; expected at least 1)');
  if (placed.students.length > MAX_STUDENTS) {
    const counted = waiting.length > 0 ? `${placed.students.length}, counting ${waiting.length} to rescue` : `${placed.students.length}`;
    add(['layers', objectLayers.get('students') ?? 0, 'objects'], `too many students (got ${counted}; expected at most ${MAX_STUDENTS})`);
  }
  return placed;
}

/**
 * Tiles a student can walk to from `tileX, tileY` (4-direction flood fill over walkable tiles), as
 * 1s. Door and window tiles count as passable whatever their state: students open them, and a
 * locked one may be the level's puzzle.
 */
function walkableFrom(grid: TileGrid, tileX: number, tileY: number, doors: readonly { tileX: number; tileY: number }[] = []): Uint8Array {
  const seen = new Uint8Array(grid.width * grid.height);
  const queue = new Int32Array(grid.width * grid.height);
  for (const door of doors) seen[door.tileY * grid.width + door.tileX] = 2;
  let head = 0;
  let tail = 0;
  const start = tileY * grid.width + tileX;
  queue[tail++] = start;
  seen[start] = 1;
  while (head < tail) {
    const cell = queue[head++]!;
    const x = cell % grid.width;
    const y = (cell - x) / grid.width;
    const neighbours = [x > 0 ? cell - 1 : -1, x < grid.width - 1 ? cell + 1 : -1, y > 0 ? cell - grid.width : -1, y < grid.height - 1 ? cell + grid.width : -1];
    for (const next of neighbours) {
      if (next >= 0 && (seen[next] === 2 || (seen[next] === 0 && grid.cost[next]! > 0))) {
        seen[next] = 1;
        queue[tail++] = next;
      }
    }
  }
  for (const door of doors) if (seen[door.tileY * grid.width + door.tileX] === 2) seen[door.tileY * grid.width + door.tileX] = 0;
  return seen;
}

function touchesSeen(seen: Uint8Array, width: number, height: number, rect: TileRect, margin: number): boolean {
  for (let y = Math.max(0, rect.tileY - margin); y < Math.min(height, rect.tileY + rect.height + margin); y++) {
    for (let x = Math.max(0, rect.tileX - margin); x < Math.min(width, rect.tileX + rect.width + margin); x++) if (seen[y * width + x] === 1) return true;
  }
  return false;
}

const rectText = (rect: TileRect): string => (rect.width === 1 && rect.height === 1 ? `tile ${rect.tileX},${rect.tileY}` : `tiles ${rect.tileX},${rect.tileY} to ${rect.tileX + rect.width - 1},${rect.tileY + rect.height - 1}`);

/**
 * Every student spawn must be able to walk to at least one exit tile, and the first student to
 * every objective (a device: to a tile touching it).
 */
function checkReachability(map: TiledMap, _objectLayers: Map<string, number>, grid: TileGrid, placed: Placed, add: AddError): void {
  placed.students.forEach((student, s) => {
    const seen = walkableFrom(grid, student.tileX, student.tileY, placed.doors);
    const reachable = placed.exits.some((rect) => touchesSeen(seen, map.width, map.height, rect, 0));
    if (!reachable) {
      const exit = placed.exits[0]!;
      add(placed.exitPaths[0]!, `exit cannot be reached from student spawn "${student.name}" (got exit tiles ${exit.tileX},${exit.tileY} to ${exit.tileX + exit.width - 1},${exit.tileY + exit.height - 1} walled off from tile ${student.tileX},${student.tileY} at ${formatPathShort(placed.studentPaths[s]!)}; expected a walkable route)`);
    }
    if (s !== 0) return;
    placed.objectives.forEach((objective, o) => {
      if (touchesSeen(seen, map.width, map.height, objective.area, objective.kind === 'activate' ? 1 : 0)) return;
      const what = objective.label !== '' ? `objective ${JSON.stringify(objective.label)}` : `a "${objective.kind}" objective`;
      add(placed.objectivePaths[o]!, `${what} cannot be reached from student spawn "${student.name}" (got ${rectText(objective.area)} walled off from tile ${student.tileX},${student.tileY}; expected a walkable route)`);
    });
  });
}

function formatPathShort(path: JsonPath): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '');
}
