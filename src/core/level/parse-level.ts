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

import type { Level } from './level';
import { applyDoorsToGrid, createDoors } from './doors';
import { findPushables } from './furniture';
import { lineColAt, lineStartsOf, locateErrors, type AddError, type JsonPath, type LevelError, type LevelResult } from './level-error';
import { readLimitedJson } from './json-depth';
import { adoptClassAsType, checkDuplicateProperties, checkExternalTilesets, checkTemplateInstances, checkTilesets, collectTileProperties, indexLayers, type TileProps } from './tiled-checks';
import { buildGrid, type BuiltGrid } from './layer-grid';
import { checkHunterEntry, numberProperty, readObjects, readSettings, stringProperty, type Placed } from './read-objects';
import { checkReachability } from './reachability';
import { tiledMapSchema, type TiledMap } from './level-schema';
import { issuesToErrors, valueAt } from './schema-issues';
import { jsonSyntaxError } from './json-syntax';
import { dataLengthError } from './data-length';
import { checkObjectIds } from './object-ids';
import { checkDoorsInWalls, checkItemPlacement, checkObjectCount, checkZombiePopulation, ZOMBIE_LIMITS } from './placement-rules';

export { MAX_MAP_TILES, OBJECT_LAYERS, TILE_LAYERS } from './level-words';
export const MAX_LEVEL_BYTES = 4 * 1024 * 1024;
export const MAX_JSON_DEPTH = 32;
export const MAX_ZOMBIES_PER_LEVEL = ZOMBIE_LIMITS.perLevel;

export function levelIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(tmj|json)$/i, '');
}

export function parseLevel(source: string, file: string): LevelResult<Level> {
  const read = readJsonText(source, file);
  if (!read.ok) return read;
  const { text, raw } = read;
  const errors: LevelError[] = [];
  const fail = (): LevelResult<Level> => ({ ok: false, errors: locateErrors(text, errors) });
  const add: AddError = (path, message, fix) => errors.push({ file, path, message, ...(fix === undefined ? {} : { fix }) });

  const map = checkSchema(raw, file, errors, add);
  if (map === undefined || errors.length > 0) return fail();
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

  checkObjectCount(countObjects(map, layers.object), add);
  if (errors.length > 0) return fail();
  const placed = readObjects(map, layers.object, built.grid, add, built.hasFloor);
  const survivors = checkPlacements(map, layers.object, built, placed, add);
  if (errors.length === 0) checkReachability(map, layers.object, built.grid, placed, add);
  if (errors.length > 0) return fail();
  return { ok: true, level: levelOf(file, map, built, placed, survivors, tileProps) };
}

/** The text's size and nesting checked before it is parsed, a byte-order mark dropped, and the JSON read (json-depth.ts: the rule every outside JSON is read by). */
function readJsonText(source: string, file: string): { ok: true; text: string; raw: unknown } | { ok: false; errors: LevelError[] } {
  const read = readLimitedJson(source, { maxChars: MAX_LEVEL_BYTES, maxDepth: MAX_JSON_DEPTH });
  if (read.ok) return read;
  if (read.why === 'size') return { ok: false, errors: [{ file, path: [], message: `level file is too large (got ${read.chars} bytes; expected at most ${MAX_LEVEL_BYTES})` }] };
  if (read.why === 'syntax') return { ok: false, errors: [jsonSyntaxError(read.text, file)] };
  const { line, col } = lineColAt(lineStartsOf(read.text), read.at);
  return {
    ok: false,
    errors: [
      {
        file,
        path: [],
        line,
        col,
        message: `JSON is nested too deeply (got a bracket ${MAX_JSON_DEPTH + 1} levels deep here; expected at most ${MAX_JSON_DEPTH})`,
        fix: `a level is never nested more than ${MAX_JSON_DEPTH} deep: look for brackets pasted in by mistake at line ${line}, column ${col}.`,
      },
    ],
  };
}

/** The map as the schema reads it, or undefined with its errors added. */
function checkSchema(raw: unknown, file: string, errors: LevelError[], add: AddError): TiledMap | undefined {
  const external = checkExternalTilesets(raw, add);
  const templated = checkTemplateInstances(raw, add);
  const { input, adopted } = adoptClassAsType(raw);
  const parsed = tiledMapSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  // An external tileset has none of the embedded keys: one error for it is enough.
  // So has an object placed from a template: its kind is in the .tx file.
  const issues = parsed.error.issues.filter(
    (issue) => !(issue.path[0] === 'tilesets' && external.has(issue.path[1] as number)) && !(issue.path[0] === 'layers' && templated.has(`${String(issue.path[1])}/${String(issue.path[3])}`)),
  );
  errors.push(...issuesToErrors(issues, raw, file, adopted));
  return undefined;
}

function countObjects(map: TiledMap, objectLayers: Map<string, number>): number {
  let count = 0;
  for (const index of objectLayers.values()) {
    const layer = map.layers[index];
    if (layer?.type === 'objectgroup') count += layer.objects.length;
  }
  return count;
}

/** Checks of the placements against the grid and each other; returns the level's `survivors`. */
function checkPlacements(map: TiledMap, objectLayers: Map<string, number>, built: BuiltGrid, placed: Placed, add: AddError): number {
  checkItemPlacement(placed.items, ['layers', objectLayers.get('items') ?? 0, 'objects'], add);
  checkDoorsInWalls(built, placed.doors, placed.doorPaths, add);
  checkZombiePopulation(built.grid, placed.zombies, ['layers', objectLayers.get('zombies') ?? 0, 'objects'], add);
  const survivors = numberProperty(map.properties, 'survivors') ?? 1;
  if (survivors > placed.students.length && placed.students.length > 0) {
    add(
      ['properties', map.properties!.findIndex((p) => p.name === 'survivors'), 'value'],
      `survivors is more than the level's students (got ${survivors}; expected at most ${placed.students.length})`,
    );
  }
  checkHunterEntry(map, built.grid, add);
  return survivors;
}

/** The checked level. A door's state, not the tile drawn under it, decides whether its cell can be walked and seen through. */
function levelOf(file: string, map: TiledMap, built: BuiltGrid, placed: Placed, survivors: number, tileProps: Map<number, TileProps>): Level {
  const { grid, bare, furniture } = built;
  applyDoorsToGrid(grid, createDoors(placed.doors));
  grid.version = 0;
  grid.changedCells = [];
  const titleKo = stringProperty(map.properties, 'titleKo');
  return {
    id: levelIdFromFile(file),
    file,
    title: stringProperty(map.properties, 'title') ?? levelIdFromFile(file),
    ...(titleKo === undefined ? {} : { titleKo }),
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
  };
}

export { readLimitedJson, type JsonLimits, type LimitedJson } from './json-depth';
export { LIGHT_DEFAULTS, NOISE_MAKER_LOUDNESS } from './read-objects';
