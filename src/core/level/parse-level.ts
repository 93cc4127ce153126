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

import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { ITEM_KINDS, type ItemKind } from '../commands';
import { createTileGrid, type TileGrid } from '../grid/tile-grid';
import { ZOMBIE_KINDS, type ZombieKind } from '../tuning';
import type { ItemPlacement, Level, StudentSpawn, TileRect, ZombieSpawn } from './level';
import { describeValue, didYouMean, lineColAt, lineStartsOf, locateErrors, type JsonPath, type LevelError, type LevelResult } from './level-error';
import { MAX_MAP_TILES, tiledMapSchema, type TiledMap, type TiledObject, type TiledProperty, type TiledTileset } from './tiled-schema';

export const MAX_LEVEL_BYTES = 4 * 1024 * 1024;
export const MAX_JSON_DEPTH = 32;
export const MAX_ZOMBIES_PER_LEVEL = 5000;
export const TILE_LAYERS = ['floor', 'walls', 'furniture', 'decals'] as const;
export const OBJECT_LAYERS = ['students', 'zombies', 'items', 'exits'] as const;
const REQUIRED_LAYERS = ['floor', 'walls', 'students', 'exits'] as const;
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
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    return { ok: false, errors: [{ file, path: [], message: `JSON is nested too deeply (got depth ${depth}; expected at most ${MAX_JSON_DEPTH})` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [syntaxError(text, file)] };
  }

  const parsed = tiledMapSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push({ file, path: issue.path.filter(isPathPart), message: describeIssue(issue) });
    return fail();
  }
  const map = parsed.data;
  const add = (path: JsonPath, message: string) => errors.push({ file, path, message });

  checkTilesets(map, add);
  const layers = indexLayers(map, add);
  if (errors.length > 0) return fail();

  const tileProps = collectTileProperties(map, add);
  const grid = buildGrid(map, layers.tile, tileProps, add);
  if (grid === undefined || errors.length > 0) return fail();

  const placed = readObjects(map, layers.object, grid, add);
  if (errors.length === 0) checkReachability(map, layers.object, grid, placed, add);
  if (errors.length > 0) return fail();

  return {
    ok: true,
    level: {
      id: levelIdFromFile(file),
      file,
      title: stringProperty(map.properties, 'title') ?? levelIdFromFile(file),
      width: map.width,
      height: map.height,
      tileSize: map.tilewidth,
      grid,
      students: placed.students,
      zombies: placed.zombies,
      items: placed.items,
      exits: placed.exits,
      tiled: map,
    },
  };
}

type AddError = (path: JsonPath, message: string) => void;

function isPathPart(part: PropertyKey): part is string | number {
  return typeof part === 'string' || typeof part === 'number';
}

/** Deepest bracket nesting, skipping strings; linear and allocation-free, run before JSON.parse. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) deepest = Math.max(deepest, ++depth);
    else if (ch === 125 || ch === 93) depth--;
  }
  return deepest;
}

function syntaxError(text: string, file: string): LevelError {
  const problems: ParseError[] = [];
  parseJsonc(text, problems, { allowTrailingComma: false, disallowComments: true });
  const first = problems[0];
  if (first === undefined) return { file, path: [], message: 'not valid JSON' };
  const { line, col } = lineColAt(lineStartsOf(text), first.offset);
  const near = JSON.stringify(text.slice(first.offset, first.offset + 12));
  return { file, path: [], line, col, message: `not valid JSON: ${printParseErrorCode(first.error)} (got ${near}; expected valid JSON)` };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? describeValue(issue.input) : 'nothing';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing (expected ${issue.expected})` : `wrong type (got ${got}; expected ${issue.expected})`;
    case 'invalid_value':
      return `not allowed (got ${got}; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`;
    case 'too_small':
      return `too small (got ${got}; expected at least ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (got ${got}; expected at most ${String(issue.maximum)})`;
    case 'invalid_union':
      if (issue.discriminator === 'type') {
        return `unknown layer type (got ${describeValue((issue.input as { type?: unknown } | undefined)?.type)}; expected "tilelayer" or "objectgroup")`;
      }
      return `${issue.message} (got ${got})`;
    default:
      return `${issue.message} (got ${got})`;
  }
}

function checkTilesets(map: TiledMap, add: AddError): void {
  if (map.tilewidth !== map.tileheight) add(['tileheight'], `tiles must be square (got ${map.tilewidth}x${map.tileheight}; expected equal width and height)`);
  map.tilesets.forEach((tileset, i) => {
    if ('source' in tileset) add(['tilesets', i, 'source'], `external tilesets are not supported (got ${describeValue(tileset['source'])}; expected the tileset embedded in the map: Tiled > Map > Embed Tileset)`);
    if (tileset.tilewidth !== map.tilewidth || tileset.tileheight !== map.tileheight) {
      add(['tilesets', i, 'tilewidth'], `tileset tile size differs from the map (got ${tileset.tilewidth}x${tileset.tileheight}; expected ${map.tilewidth}x${map.tileheight})`);
    }
  });
}

interface LayerIndex {
  tile: Map<string, number>;
  object: Map<string, number>;
}

function indexLayers(map: TiledMap, add: AddError): LayerIndex {
  const index: LayerIndex = { tile: new Map(), object: new Map() };
  const known: readonly string[] = [...TILE_LAYERS, ...OBJECT_LAYERS];
  map.layers.forEach((layer, i) => {
    const path = ['layers', i, 'name'];
    if (layer.type === 'group' || layer.type === 'imagelayer') {
      add(['layers', i, 'type'], `layer type not supported (got "${layer.type}"; expected "tilelayer" or "objectgroup")`);
      return;
    }
    const expected: readonly string[] = layer.type === 'tilelayer' ? TILE_LAYERS : OBJECT_LAYERS;
    const table = layer.type === 'tilelayer' ? index.tile : index.object;
    if (!expected.includes(layer.name)) {
      const guess = didYouMean(layer.name, known);
      const hint = guess === undefined ? '' : `; did you mean "${guess}"?`;
      const wrongKind = known.includes(layer.name) ? ` (a ${layer.type === 'tilelayer' ? 'tile' : 'object'} layer cannot be named that)` : '';
      add(path, `unknown ${layer.type === 'tilelayer' ? 'tile' : 'object'} layer${wrongKind}${hint} (got ${describeValue(layer.name)}; expected one of ${expected.join(', ')})`);
    } else if (table.has(layer.name)) {
      add(path, `duplicate layer (got a second ${describeValue(layer.name)}; expected each layer once)`);
    } else {
      table.set(layer.name, i);
    }
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
}

/** Properties of every tile referenced by gid; tiles without properties are plain floor. */
function collectTileProperties(map: TiledMap, add: AddError): Map<number, TileProps> {
  const byGid = new Map<number, TileProps>();
  map.tilesets.forEach((tileset: TiledTileset, t) => {
    tileset.tiles?.forEach((tile, k) => {
      const path = ['tilesets', t, 'tiles', k];
      if (tile.id >= tileset.tilecount) add([...path, 'id'], `tile id outside the tileset (got ${tile.id}; expected 0..${tileset.tilecount - 1})`);
      const props: TileProps = { solid: false, opaque: false, cost: 1 };
      tile.properties?.forEach((property, p) => {
        const at = [...path, 'properties', p, 'value'];
        if (property.name === 'solid' || property.name === 'opaque') {
          if (typeof property.value !== 'boolean') add(at, `tile property "${property.name}" must be a bool (got ${describeValue(property.value)}; expected true or false)`);
          else props[property.name] = property.value;
        } else if (property.name === 'cost') {
          if (!Number.isInteger(property.value) || (property.value as number) < 1 || (property.value as number) > 255) {
            add(at, `tile property "cost" out of range (got ${describeValue(property.value)}; expected an int 1..255)`);
          } else props.cost = property.value as number;
        }
      });
      byGid.set(tileset.firstgid + tile.id, props);
    });
  });
  return byGid;
}

function decodeLayerData(data: number[] | string, encoding: string | undefined, compression: string | undefined, count: number, path: JsonPath, add: AddError): Uint32Array | undefined {
  if (typeof data !== 'string') {
    if (data.length !== count) {
      add(path, `layer data has the wrong length (got ${data.length} tiles; expected ${count} = width x height)`);
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

function buildGrid(map: TiledMap, tileLayers: Map<string, number>, tileProps: Map<number, TileProps>, add: AddError): TileGrid | undefined {
  const count = map.width * map.height;
  if (map.width > MAX_MAP_TILES || map.height > MAX_MAP_TILES) return undefined;
  const maxGid = Math.max(...map.tilesets.map((t) => t.firstgid + t.tilecount - 1));
  const grid = createTileGrid(map.width, map.height);
  const hasFloor = new Uint8Array(count);
  let ok = true;
  for (const [name, index] of tileLayers) {
    const layer = map.layers[index]!;
    if (layer.type !== 'tilelayer') continue;
    if (layer.width !== map.width || layer.height !== map.height) {
      add(['layers', index, 'width'], `layer size differs from the map (got ${layer.width}x${layer.height}; expected ${map.width}x${map.height})`);
      ok = false;
      continue;
    }
    const data = decodeLayerData(layer.data, layer.encoding, layer.compression, count, ['layers', index, 'data'], add);
    if (data === undefined) {
      ok = false;
      continue;
    }
    for (let cell = 0; cell < count; cell++) {
      const gid = data[cell]! & GID_MASK;
      if (gid === 0) continue;
      if (gid > maxGid) {
        add(['layers', index, 'data', cell], `tile gid not in any tileset (got ${gid} at tile ${cell % map.width},${Math.floor(cell / map.width)}; expected 1..${maxGid})`);
        ok = false;
        continue;
      }
      if (name === 'floor') hasFloor[cell] = 1;
      const props = tileProps.get(gid);
      if (props === undefined) continue;
      if (props.solid) grid.cost[cell] = 0;
      else if (grid.cost[cell]! > 0) grid.cost[cell] = Math.max(grid.cost[cell]!, props.cost);
      if (props.opaque) grid.opaque[cell] = 1;
    }
  }
  for (let cell = 0; cell < count; cell++) {
    if (hasFloor[cell] === 0) {
      grid.cost[cell] = 0;
      grid.opaque[cell] = 1;
    }
  }
  return ok ? grid : undefined;
}

function objectType(object: TiledObject): string {
  return object.type !== undefined && object.type !== '' ? object.type : (object.class ?? '');
}

function property(properties: readonly TiledProperty[] | undefined, name: string): { value: unknown; index: number } | undefined {
  const index = properties?.findIndex((p) => p.name === name) ?? -1;
  return index < 0 ? undefined : { value: properties![index]!.value, index };
}

function stringProperty(properties: readonly TiledProperty[] | undefined, name: string): string | undefined {
  const found = property(properties, name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

interface Placed {
  students: StudentSpawn[];
  zombies: ZombieSpawn[];
  items: ItemPlacement[];
  exits: TileRect[];
  /** JSON paths of each student and exit object, in the same order, for reachability messages. */
  studentPaths: JsonPath[];
  exitPaths: JsonPath[];
}

function readObjects(map: TiledMap, objectLayers: Map<string, number>, grid: TileGrid, add: AddError): Placed {
  const placed: Placed = { students: [], zombies: [], items: [], exits: [], studentPaths: [], exitPaths: [] };
  const tile = map.tilewidth;
  for (const [name, index] of objectLayers) {
    const layer = map.layers[index]!;
    if (layer.type !== 'objectgroup') continue;
    layer.objects.forEach((object, k) => {
      const path: JsonPath = ['layers', index, 'objects', k];
      const type = objectType(object);
      const typePath = [...path, object.type !== undefined && object.type !== '' ? 'type' : object.class !== undefined ? 'class' : 'type'];
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
      const expectKind = (kinds: readonly string[], what: string): boolean => {
        if (kinds.includes(type)) return true;
        const guess = didYouMean(type, kinds);
        add(typePath, `unknown ${what}${guess === undefined ? '' : `; did you mean "${guess}"?`} (got ${describeValue(type)}; expected one of ${kinds.join(', ')})`);
        return false;
      };
      if (name === 'students') {
        if (!expectKind(['student'], 'object type in layer "students"') || !checkPoint()) return;
        const nameProp = property(object.properties, 'name');
        const lookProp = property(object.properties, 'look');
        const studentName = typeof nameProp?.value === 'string' && nameProp.value.trim() !== '' ? nameProp.value.trim() : (object.name ?? '').trim() || `Student ${placed.students.length + 1}`;
        let look = placed.students.length % 4;
        if (lookProp !== undefined) {
          if (!Number.isInteger(lookProp.value) || (lookProp.value as number) < 0 || (lookProp.value as number) > 3) {
            add([...path, 'properties', lookProp.index, 'value'], `student look out of range (got ${describeValue(lookProp.value)}; expected an int 0..3)`);
            return;
          }
          look = lookProp.value as number;
        }
        placed.students.push({ name: studentName.slice(0, 24), look, tileX, tileY });
        placed.studentPaths.push(path);
      } else if (name === 'zombies') {
        if (!expectKind(ZOMBIE_KINDS, 'zombie kind') || !checkPoint()) return;
        placed.zombies.push({ kind: type as ZombieKind, tileX, tileY });
      } else if (name === 'items') {
        if (!expectKind(ITEM_KINDS, 'item kind') || !checkPoint()) return;
        placed.items.push({ kind: type as ItemKind, tileX, tileY });
      } else if (name === 'exits') {
        if (!expectKind(['exit'], 'object type in layer "exits"')) return;
        const width = object.width ?? 0;
        const height = object.height ?? 0;
        if (width <= 0 || height <= 0) {
          add([...path, 'width'], `an exit must be a rectangle (got ${width}x${height} pixels; expected a width and height above 0)`);
          return;
        }
        const rect: TileRect = { tileX, tileY, width: Math.ceil((object.x + width) / tile) - tileX, height: Math.ceil((object.y + height) / tile) - tileY };
        if (rect.tileX < 0 || rect.tileY < 0 || rect.tileX + rect.width > map.width || rect.tileY + rect.height > map.height) {
          add([...path, 'x'], `exit reaches outside the map (got tiles ${rect.tileX},${rect.tileY} to ${rect.tileX + rect.width - 1},${rect.tileY + rect.height - 1}; expected inside 0..${map.width - 1},0..${map.height - 1})`);
          return;
        }
        placed.exits.push(rect);
        placed.exitPaths.push(path);
      }
    });
  }
  if (placed.students.length === 0) add(['layers', objectLayers.get('students') ?? 0, 'objects'], 'no student spawn (got 0 objects of type "student"; expected at least 1)');
  if (placed.exits.length === 0) add(['layers', objectLayers.get('exits') ?? 0, 'objects'], 'no exit (got 0 objects of type "exit"; expected at least 1)');
  if (placed.students.length > 6) add(['layers', objectLayers.get('students') ?? 0, 'objects'], `too many students (got ${placed.students.length}; expected at most 6)`);
  if (placed.zombies.length > MAX_ZOMBIES_PER_LEVEL) add(['layers', objectLayers.get('zombies') ?? 0, 'objects'], `too many zombies (got ${placed.zombies.length}; expected at most ${MAX_ZOMBIES_PER_LEVEL})`);
  return placed;
}

/** Every student spawn must be able to walk to at least one exit tile (4-direction flood fill). */
function checkReachability(map: TiledMap, _objectLayers: Map<string, number>, grid: TileGrid, placed: Placed, add: AddError): void {
  placed.students.forEach((student, s) => {
    const seen = new Uint8Array(grid.width * grid.height);
    const queue = new Int32Array(grid.width * grid.height);
    let head = 0;
    let tail = 0;
    const start = student.tileY * grid.width + student.tileX;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
      const cell = queue[head++]!;
      const x = cell % grid.width;
      const y = (cell - x) / grid.width;
      const neighbours = [x > 0 ? cell - 1 : -1, x < grid.width - 1 ? cell + 1 : -1, y > 0 ? cell - grid.width : -1, y < grid.height - 1 ? cell + grid.width : -1];
      for (const next of neighbours) {
        if (next >= 0 && seen[next] === 0 && grid.cost[next]! > 0) {
          seen[next] = 1;
          queue[tail++] = next;
        }
      }
    }
    const reachable = placed.exits.some((rect) => {
      for (let y = rect.tileY; y < rect.tileY + rect.height; y++) for (let x = rect.tileX; x < rect.tileX + rect.width; x++) if (seen[y * map.width + x] === 1) return true;
      return false;
    });
    if (!reachable) {
      const exit = placed.exits[0]!;
      add(placed.exitPaths[0]!, `exit cannot be reached from student spawn "${student.name}" (got exit tiles ${exit.tileX},${exit.tileY} to ${exit.tileX + exit.width - 1},${exit.tileY + exit.height - 1} walled off from tile ${student.tileX},${student.tileY} at ${formatPathShort(placed.studentPaths[s]!)}; expected a walkable route)`);
    }
  });
}

function formatPathShort(path: JsonPath): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '');
}
