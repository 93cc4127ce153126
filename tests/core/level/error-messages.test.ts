/**
 * One test per kind of level error, each with its exact message: a designer reads these, so a
 * change of wording is a change of the manual (levels/README.md, "What each error means").
 * Each case mutates the shipped level; messages are shown as `json.path: message`, and one test
 * checks the `file:line:col` prefix points at the offending text.
 */

import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../../../src/core/kernel/item-kinds';
import { formatJsonPath, formatLevelError } from '../../../src/core/level/level-error';
import { parseLevel } from '../../../src/core/level/parse-level';
import { readFileSync } from 'node:fs';

/** A frozen copy of the classroom wing as it was before it had objectives: the messages below name its layers and counts. */
const shippedLevelText = (): string => readFileSync('tests/core/level/fixtures/classroom-wing-before-objectives.json', 'utf8');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const li = (m: Json, n: string): number => (m['layers'] as Json[]).findIndex((l) => l['name'] === n);
const objects = (m: Json, n: string): Json[] => m['layers'][li(m, n)]['objects'] as Json[];

/**
 * Indices the messages name, looked up by name in the shipped level (Tiled writes properties in
 * name order, so a property's position is not part of the level's meaning).
 */
const SHIPPED = JSON.parse(shippedLevelText()) as Json;
const at = (list: Json[], name: string): number => list.findIndex((p) => p['name'] === name);
const studentProperty = (m: Json, name: string): Json => (objects(m, 'students')[0]!['properties'] as Json[]).find((p) => p['name'] === name)!;
const NAME = at(objects(SHIPPED, 'students')[0]!['properties'], 'name');
const LOOK = at(objects(SHIPPED, 'students')[0]!['properties'], 'look');
const STUDENT_PROPERTIES = (objects(SHIPPED, 'students')[0]!['properties'] as Json[]).length;
const MAP_PROPERTIES = (SHIPPED['properties'] as Json[]).length;
const TITLE = at(SHIPPED['properties'], 'title');
const TILE_COUNT = SHIPPED['tilesets'][0]['tilecount'] as number;
/** The first tile of the shipped tileset with the named property, and that property's index. */
const tileWith = (name: string): [number, number] => {
  const tiles = SHIPPED['tilesets'][0]['tiles'] as Json[];
  const tile = tiles.findIndex((t) => at(t['properties'] ?? [], name) >= 0);
  return [tile, at(tiles[tile]!['properties'], name)];
};
const [SOLID_TILE, SOLID] = tileWith('solid');
const [COST_TILE, COST] = tileWith('cost');

/** Adds an `objectives` layer (as layers[8]) holding `list`. */
const withObjectives = (m: Json, ...list: Json[]): void => {
  m['layers'].splice(8, 0, { id: 90, name: 'objectives', type: 'objectgroup', objects: list.map((o, i) => ({ id: 200 + i, name: '', ...o })) });
};
/** Replaces the shipped level's doors (layers[8]) with a door or window on each tile given. */
const withDoors = (m: Json, ...tiles: [string, number, number][]): void => {
  m['layers'][li(m, 'doors')]['objects'] = tiles.map(([type, x, y], i) => ({ id: 300 + i, name: '', type, x: x * 16 + 8, y: y * 16 + 8, point: true }));
};
/** Walls in the 8 tiles around tile x,y of the shipped level. */
const wallAround = (m: Json, x: number, y: number): void => {
  const walls = m['layers'][li(m, 'walls')]['data'] as number[];
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (dx !== 0 || dy !== 0) walls[(y + dy) * 48 + x + dx] = 7;
};

const CASES: [string, (m: Json) => void, string[]][] = [
  [
    'wrong type',
    (m) => {
      m['width'] = '48';
    },
    ['width: wrong type (got "48"; expected number)'],
  ],
  [
    'missing key',
    (m) => {
      delete m['orientation'];
    },
    ['orientation: missing (got nothing; expected "orthogonal")'],
  ],
  [
    'value not allowed',
    (m) => {
      m['orientation'] = 'isometric';
      m['tilewidth'] = 32;
    },
    ['orientation: not allowed (got "isometric"; expected "orthogonal")', 'tilewidth: not allowed (got 32; expected 16)'],
  ],
  [
    'number out of range',
    (m) => {
      m['width'] = 0;
      m['height'] = 100000;
    },
    ['width: too small (got 0; expected at least 1)', 'height: too big (got 100000; expected at most 512)'],
  ],
  [
    'too few entries',
    (m) => {
      m['tilesets'] = [];
    },
    ['tilesets: too few entries (got an array of 0; expected at least 1)'],
  ],
  [
    'string too long',
    (m) => {
      studentProperty(m, 'name')['value'] = 'Kim Min-jun the Magnificent';
    },
    [`layers[4].objects[0].properties[${NAME}].value: too long (got "Kim Min-jun the Magnificent"; expected at most 24 characters)`],
  ],
  [
    'list or string expected',
    (m) => {
      m['layers'][0]['data'] = 7;
    },
    ['layers[0].data: wrong type (got 7; expected array or string)'],
  ],
  [
    'unknown tile layer',
    (m) => {
      m['layers'][li(m, 'furniture')]['name'] = 'furnture';
    },
    ['layers[2].name: unknown tile layer; did you mean "furniture"? (got "furnture"; expected one of floor, walls, furniture, decals)'],
  ],
  [
    'unknown object layer',
    (m) => {
      m['layers'][li(m, 'items')]['name'] = 'loot';
    },
    ['layers[6].name: unknown object layer (got "loot"; expected one of students, zombies, items, exits, objectives, doors, lights, noisemakers)'],
  ],
  [
    'tile layer with an object layer name',
    (m) => {
      m['layers'][li(m, 'decals')]['name'] = 'zombies';
    },
    ['layers[1].type: layer "zombies" must be an object layer (got "tilelayer"; expected "objectgroup")'],
  ],
  [
    'layer name of the wrong kind',
    (m) => {
      m['layers'][li(m, 'decals')]['type'] = 'objectgroup';
      m['layers'][li(m, 'decals')]['objects'] = [];
    },
    ['layers[1].type: layer "decals" must be a tile layer (got "objectgroup"; expected "tilelayer")'],
  ],
  [
    'layer type not supported',
    (m) => {
      m['layers'].push({ type: 'group', name: 'props', layers: [] });
    },
    ['layers[10].type: layer type not supported (got "group"; expected "tilelayer" or "objectgroup")'],
  ],
  [
    'unknown zombie kind',
    (m) => {
      objects(m, 'zombies')[2]!['type'] = 'runer';
    },
    ['layers[5].objects[2].type: unknown zombie kind; did you mean "runner"? (got "runer"; expected one of walker, runner, crawler, brute, hunter)'],
  ],
  [
    'unknown item kind',
    (m) => {
      objects(m, 'items')[0]!['type'] = 'cake';
    },
    [`layers[6].objects[0].type: unknown item kind (got "cake"; expected one of ${ITEM_KINDS.join(', ')})`],
  ],
  [
    'unknown object type',
    (m) => {
      objects(m, 'students')[0]!['type'] = 'teacher';
    },
    ['layers[4].objects[0].type: unknown object type in layer "students" (got "teacher"; expected one of student)'],
  ],
  [
    'unknown student property',
    (m) => {
      studentProperty(m, 'look')['name'] = 'lok';
    },
    [`layers[4].objects[0].properties[${LOOK}].name: unknown property on a "student"; did you mean "look"? (got "lok"; expected one of name, look, role)`],
  ],
  [
    'kind in class',
    (m) => {
      const o = objects(m, 'zombies')[0]!;
      delete o['type'];
      o['class'] = 'brut';
    },
    ['layers[5].objects[0].class: unknown zombie kind; did you mean "brute"? (got "brut"; expected one of walker, runner, crawler, brute, hunter)'],
  ],
  [
    'property on a kind without properties',
    (m) => {
      objects(m, 'zombies')[0]!['properties'] = [{ name: 'speed', type: 'int', value: 3 }];
    },
    ['layers[5].objects[0].properties[0].name: unknown property on a "walker" (got "speed"; expected no custom properties)'],
  ],
  [
    'unknown map property',
    (m) => {
      m['properties'].push({ name: 'titel', type: 'string', value: 'x' });
    },
    [
      `properties[${MAP_PROPERTIES}].name: unknown property on the map; did you mean "title"? (got "titel"; expected one of title, titleKo, survivors, startHour, clockSpeed, ambientLight, hunterEntry, director, waves)`,
    ],
  ],
  [
    'hunter entry in a wall',
    (m) => {
      m['properties'].push({ name: 'hunterEntry', type: 'string', value: '0,0' });
    },
    [`properties[${MAP_PROPERTIES}].value: hunterEntry is in a wall or off the floor (got tile 0,0; expected a walkable tile)`],
  ],
  [
    'hunter entry outside the map',
    (m) => {
      m['properties'].push({ name: 'hunterEntry', type: 'string', value: '48,3' });
    },
    [`properties[${MAP_PROPERTIES}].value: hunterEntry is outside the map (got tile 48,3; expected 0..47,0..22)`],
  ],
  [
    'hunter entry not a tile',
    (m) => {
      m['properties'].push({ name: 'hunterEntry', type: 'string', value: 'east' });
    },
    [`properties[${MAP_PROPERTIES}].value: not a tile "x,y" such as "30,4" (got "east")`],
  ],
  [
    'unknown tile property',
    (m) => {
      m['tilesets'][0]['tiles'][SOLID_TILE]['properties'][SOLID]['name'] = 'sold';
    },
    [`tilesets[0].tiles[${SOLID_TILE}].properties[${SOLID}].name: unknown property on a tile; did you mean "solid"? (got "sold"; expected one of solid, opaque, cost)`],
  ],
  [
    'property on a layer',
    (m) => {
      m['layers'][0]['properties'] = [{ name: 'music', type: 'string', value: 'x' }];
    },
    ['layers[0].properties[0].name: unknown property on a layer (got "music"; expected no custom properties)'],
  ],
  [
    'unknown key in a property',
    (m) => {
      m['properties'][TITLE]['valeu'] = 'x';
    },
    [`properties[${TITLE}].valeu: unknown key in a custom property; did you mean "value"? (got "valeu"; expected only name, type, propertytype, value)`],
  ],
  [
    'property value type',
    (m) => {
      studentProperty(m, 'look')['value'] = '2';
    },
    [`layers[4].objects[0].properties[${LOOK}].value: wrong type (got "2"; expected number)`],
  ],
  [
    'property value range',
    (m) => {
      m['tilesets'][0]['tiles'][COST_TILE]['properties'][COST]['value'] = 0;
    },
    [`tilesets[0].tiles[${COST_TILE}].properties[${COST}].value: too small (got 0; expected at least 1)`],
  ],
  [
    'property type mismatch',
    (m) => {
      studentProperty(m, 'look')['type'] = 'float';
    },
    [`layers[4].objects[0].properties[${LOOK}].type: not allowed (got "float"; expected "int")`],
  ],
  [
    'duplicate property',
    (m) => {
      objects(m, 'students')[0]!['properties'].push({ name: 'look', type: 'int', value: 2 });
    },
    [`layers[4].objects[0].properties[${STUDENT_PROPERTIES}].name: duplicate property (got a second "look"; expected each property once)`],
  ],
  [
    'duplicate layer',
    (m) => {
      m['layers'].push({ ...m['layers'][li(m, 'decals')] });
    },
    ['layers[10].name: duplicate layer (got a second "decals"; expected each layer once)'],
  ],
  [
    'missing required layer',
    (m) => {
      m['layers'] = (m['layers'] as Json[]).filter((l) => l['name'] !== 'exits');
    },
    ['layers: missing required object layer (got none named "exits"; expected a layer named "exits")'],
  ],
  [
    'external tileset',
    (m) => {
      m['tilesets'][0] = { firstgid: 1, source: 'school.tsj' };
    },
    ['tilesets[0].source: external tilesets are not supported (got "school.tsj"; expected the tileset embedded in the map: Tiled > Map > Embed Tileset)'],
  ],
  [
    'unknown tileset image',
    (m) => {
      m['tilesets'][0]['image'] = '../assets/tiles/castle.png';
    },
    ['tilesets[0].image: unknown tileset image (got "../assets/tiles/castle.png"; expected a file named school.png, e.g. "../assets/tiles/school.png")'],
  ],
  [
    'tileset geometry',
    (m) => {
      m['tilesets'][0]['columns'] = 7;
      m['tilesets'][0]['tilecount'] = TILE_COUNT + 6;
    },
    [
      'tilesets[0].columns: tileset columns do not match its image (got 7; expected 8 = imagewidth / tilewidth)',
      `tilesets[0].tilecount: tileset has more tiles than its image holds (got ${TILE_COUNT + 6}; expected at most ${TILE_COUNT})`,
    ],
  ],
  [
    'overlapping tilesets',
    (m) => {
      m['tilesets'].push({ ...m['tilesets'][0], firstgid: 20, tiles: [] });
    },
    [`tilesets[1].firstgid: tileset gids overlap the previous tileset (got firstgid 20; expected at least ${TILE_COUNT + 1})`],
  ],
  [
    'tile id outside the tileset',
    (m) => {
      m['tilesets'][0]['tiles'][0]['id'] = TILE_COUNT + 16;
    },
    [`tilesets[0].tiles[0].id: tile id outside the tileset (got ${TILE_COUNT + 16}; expected 0..${TILE_COUNT - 1})`],
  ],
  [
    'duplicate tile id',
    (m) => {
      m['tilesets'][0]['tiles'][1]['id'] = 0;
    },
    ['tilesets[0].tiles[1].id: duplicate tile id (got a second 0; expected each tile listed once)'],
  ],
  [
    'layer size',
    (m) => {
      m['layers'][0]['width'] = 40;
    },
    ['layers[0].width: layer size differs from the map (got 40x23; expected 48x23)'],
  ],
  [
    'layer data length',
    (m) => {
      m['layers'][0]['data'].pop();
    },
    ['layers[0].data[1102]: layer data has the wrong length: it ends at row 22, column 46, 1 tile short (got 1103 tiles; expected 1104 = 48 x 23, width x height)'],
  ],
  [
    'layer data too long',
    (m) => {
      m['layers'][0]['data'].push(0, 0);
    },
    ['layers[0].data[1104]: layer data has the wrong length: 2 tiles too many after the last row (row 22, column 47) (got 1106 tiles; expected 1104 = 48 x 23, width x height)'],
  ],
  [
    'duplicate object id',
    (m) => {
      objects(m, 'zombies')[1]!['id'] = objects(m, 'students')[0]!['id'];
    },
    ['layers[5].objects[1].id: duplicate object id (got a second 1, already used by layers[4].objects[0]; expected every object of the map to have its own id)'],
  ],
  [
    'object from a template',
    (m) => {
      objects(m, 'zombies').push({ id: 900, template: 'templates/runner.tx', x: 72, y: 216 });
    },
    ['layers[5].objects[12].template: object still tied to its template (got "templates/runner.tx"; expected a plain object with its own type)'],
  ],
  [
    'nextobjectid too low',
    (m) => {
      m['nextobjectid'] = 20;
    },
    ['nextobjectid: nextobjectid is not above every object id (got 20; expected at least 35, one more than the highest id 34 at layers[9].objects[0])'],
  ],
  [
    'string data without base64',
    (m) => {
      m['layers'][0]['data'] = 'AAAA';
    },
    ['layers[0].data: layer data is a string but encoding is not base64 (got nothing; expected "base64")'],
  ],
  [
    'compressed data',
    (m) => {
      m['layers'][0]['data'] = 'eJzt';
      m['layers'][0]['encoding'] = 'base64';
      m['layers'][0]['compression'] = 'zlib';
    },
    ['layers[0].data: compressed layer data is not supported (got compression "zlib"; expected Tile Layer Format "CSV" or "Base64 (uncompressed)")'],
  ],
  [
    'base64 of the wrong size',
    (m) => {
      m['layers'][0]['data'] = 'AAAA';
      m['layers'][0]['encoding'] = 'base64';
    },
    ['layers[0].data: base64 layer data has the wrong size (got 3 bytes; expected 4416 bytes)'],
  ],
  [
    'gid not in a tileset',
    (m) => {
      m['layers'][0]['data'][50] = TILE_COUNT + 75;
    },
    [`layers[0].data[50]: tile gid not in any tileset (got ${TILE_COUNT + 75} at tile 2,1; expected 1..${TILE_COUNT})`],
  ],
  [
    "gid below the tileset's firstgid",
    (m) => {
      m['tilesets'][0]['firstgid'] = 5;
      for (const layer of m['layers'] as { data?: unknown }[]) if (Array.isArray(layer.data)) layer.data = layer.data.map((gid: number) => (gid === 0 ? 0 : gid + 4));
      m['layers'][0]['data'][50] = 3;
    },
    [`layers[0].data[50]: tile gid not in any tileset (got 3 at tile 2,1; expected 5..${TILE_COUNT + 4})`],
  ],
  [
    'object outside the map',
    (m) => {
      objects(m, 'items')[0]!['x'] = 2000;
    },
    ['layers[6].objects[0].x: object is outside the map (got tile 125,2; expected 0..47,0..22)'],
  ],
  [
    'object in a wall',
    (m) => {
      objects(m, 'items')[0]!['x'] = 8;
      objects(m, 'items')[0]!['y'] = 8;
    },
    ['layers[6].objects[0].x: object stands in a wall or off the floor (got tile 0,0; expected a walkable tile)'],
  ],
  [
    'exit not a rectangle',
    (m) => {
      objects(m, 'exits')[0]!['width'] = 0;
    },
    ['layers[7].objects[0].width: an exit must be a rectangle (got 0x32 pixels; expected a width and height above 0)'],
  ],
  [
    'exit outside the map',
    (m) => {
      objects(m, 'exits')[0]!['x'] = 740;
    },
    ['layers[7].objects[0].x: exit reaches outside the map (got tiles 46,2 to 50,3; expected inside 0..47,0..22)'],
  ],
  [
    'no student',
    (m) => {
      m['layers'][li(m, 'students')]['objects'] = [];
    },
    ['layers[4].objects: no student spawn (got 0 objects of type "student"; expected at least 1)'],
  ],
  [
    'no exit',
    (m) => {
      m['layers'][li(m, 'exits')]['objects'] = [];
    },
    ['layers[7].objects: no exit (got 0 objects of type "exit"; expected at least 1)'],
  ],
  [
    'too many students',
    (m) => {
      const s = objects(m, 'students');
      for (let i = 0; i < 5; i++) s.push({ ...s[0], id: 100 + i });
    },
    ['layers[4].objects: too many students (got 7; expected at most 6)'],
  ],
  [
    'too many zombies',
    (m) => {
      const z = objects(m, 'zombies');
      const first = z[0]!;
      for (let i = 0; i < 5001; i++) z.push({ ...first, id: 1000 + i });
    },
    [
      'layers[5].objects: too many zombies (got 5013; expected at most 5000)',
      'layers[5].objects: too many zombies for the floor space (got 5013 on 730 walkable tiles, 6.87 per walkable tile; expected at most 0.5 per walkable tile, here 365)',
    ],
  ],
  [
    'too many zombies for the floor space',
    (m) => {
      const z = objects(m, 'zombies');
      const first = z[0]!;
      for (let i = 0; i < 354; i++) z.push({ ...first, id: 1000 + i });
    },
    ['layers[5].objects: too many zombies for the floor space (got 366 on 730 walkable tiles, 0.50 per walkable tile; expected at most 0.5 per walkable tile, here 365)'],
  ],
  ['door in a wall opening is right', (m) => withDoors(m, ['door', 4, 11], ['window', 12, 11]), ['OK']],
  ['double doors in a wall opening are right', (m) => withDoors(m, ['door', 36, 11], ['door', 37, 11], ['door', 35, 11], ['door', 38, 11]), ['OK']],
  [
    'door in the open',
    (m) => withDoors(m, ['door', 20, 13]),
    [
      'layers[8].objects[0].x: door stands in the open (got tile 20,13 with no wall beside it; expected walls on two opposite sides, west and east or north and south, and open tiles on the other two)',
    ],
  ],
  [
    'door beside a wall, not in it',
    (m) => withDoors(m, ['door', 35, 11]),
    [
      'layers[8].objects[0].x: door is not in a wall opening (got tile 35,11 with walls to the west; expected walls on two opposite sides, west and east or north and south, and open tiles on the other two)',
    ],
  ],
  [
    'window in a corner',
    (m) => withDoors(m, ['window', 1, 12]),
    [
      'layers[8].objects[0].x: window is not in a wall opening (got tile 1,12 with walls to the north and west; expected walls on two opposite sides, west and east or north and south, and open tiles on the other two)',
    ],
  ],
  [
    'unknown objective kind',
    (m) => withObjectives(m, { type: 'colect', x: 56, y: 200 }),
    ['layers[8].objects[0].type: unknown objective kind; did you mean "collect"? (got "colect"; expected one of reach, collect, activate, hold, rescue)'],
  ],
  [
    'objective not a rectangle',
    (m) => withObjectives(m, { type: 'hold', x: 56, y: 200 }),
    ['layers[8].objects[0].width: a "hold" objective must be a rectangle (got 0x0 pixels; expected a width and height above 0)'],
  ],
  [
    'objective area outside the map',
    (m) => withObjectives(m, { type: 'reach', x: 740, y: 192, width: 64, height: 16 }),
    ['layers[8].objects[0].x: objective area reaches outside the map (got tiles 46,12 to 50,12; expected inside 0..47,0..22)'],
  ],
  [
    'device with no walkable tile beside it',
    (m) => withObjectives(m, { type: 'activate', x: 8, y: 8 }),
    ['layers[8].objects[0].x: a device needs a walkable tile beside it (got tile 0,0 with none around it; expected a walkable tile on or next to it)'],
  ],
  [
    'objective unreachable',
    (m) => {
      wallAround(m, 40, 13);
      withObjectives(m, { type: 'collect', name: 'Lab notebook', x: 648, y: 216 });
    },
    ['layers[8].objects[0]: objective "Lab notebook" cannot be reached from student spawn "Min-jun" (got tile 40,13 walled off from tile 14,9; expected a walkable route)'],
  ],
  [
    'unnamed objective unreachable',
    (m) => {
      wallAround(m, 40, 13);
      withObjectives(m, { type: 'reach', x: 640, y: 208, width: 16, height: 16 });
    },
    ['layers[8].objects[0]: a "reach" objective cannot be reached from student spawn "Min-jun" (got tile 40,13 walled off from tile 14,9; expected a walkable route)'],
  ],
  [
    'more survivors than students',
    (m) => {
      m['properties'].push({ name: 'survivors', type: 'int', value: 3 });
    },
    [`properties[${MAP_PROPERTIES}].value: survivors is more than the level's students (got 3; expected at most 2)`],
  ],
  [
    'too many students counting rescues',
    (m) => {
      const s = objects(m, 'students');
      for (let i = 0; i < 4; i++) s.push({ ...s[0], id: 100 + i });
      withObjectives(m, { type: 'rescue', x: 56, y: 216 });
    },
    ['layers[4].objects: too many students (got 7, counting 1 to rescue; expected at most 6)'],
  ],
  [
    'exclusive bound',
    (m) => {
      m['tilesets'][0]['imagewidth'] = 0;
    },
    ['tilesets[0].imagewidth: too small (got 0; expected more than 0)'],
  ],
  [
    'number beyond exact counting',
    (m) => {
      m['width'] = 1e20;
    },
    ['width: too big (got 100000000000000000000; expected at most 512)'],
  ],
  [
    'items piled on one tile',
    (m) => {
      const items = objects(m, 'items');
      for (let i = 0; i < 8; i++) items.push({ ...items[0]!, id: 900 + i });
    },
    [
      `layers[${li(SHIPPED, 'items')}].objects: too many items on one tile (got 9 on tile ${Math.floor(objects(SHIPPED, 'items')[0]!['x'] / 16)},${Math.floor(objects(SHIPPED, 'items')[0]!['y'] / 16)}; expected at most 8)`,
    ],
  ],
  [
    'too many objects',
    (m) => {
      const items = objects(m, 'items');
      for (let i = 0; i < 8000; i++) items.push({ ...items[0]!, id: 10_000 + i });
    },
    [
      `layers: too many objects (got ${8000 + (SHIPPED['layers'] as Json[]).reduce((n: number, l: Json) => n + ((l['objects'] as Json[] | undefined)?.length ?? 0), 0)} in all object layers; expected at most 8000)`,
    ],
  ],
];

/** The highest object id of a map plus one: what Tiled keeps in `nextobjectid`. */
const nextId = (m: Json): number => Math.max(0, ...(m['layers'] as Json[]).flatMap((l) => ((l['objects'] ?? []) as Json[]).map((o) => o['id'] as number))) + 1;

function errorsAfter(mutate: (map: Json) => void): string[] {
  const map = JSON.parse(shippedLevelText()) as Json;
  const before = map['nextobjectid'] as number;
  mutate(map);
  // Objects a case adds get ids above the map's; keep nextobjectid above them, as Tiled would.
  if (map['nextobjectid'] === before) map['nextobjectid'] = Math.max(before, nextId(map));
  const result = parseLevel(JSON.stringify(map, null, 1), 'levels/x.json');
  return result.ok ? ['OK'] : result.errors.map((error) => `${formatJsonPath(error.path)}: ${error.message}`);
}

describe('each kind of level error has one exact message', () => {
  it.each(CASES)('%s', (_label, mutate, expected) => {
    expect(errorsAfter(mutate)).toEqual(expected);
  });
});

describe('error locations', () => {
  it('prefix each message with file:line:col of the offending key', () => {
    const map = JSON.parse(shippedLevelText()) as Json;
    objects(map, 'zombies')[2]!['type'] = 'runer';
    const text = JSON.stringify(map, null, 1);
    const result = parseLevel(text, 'levels/x.json');
    if (result.ok) throw new Error('expected errors');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"runer"')) + 1;
    const col = lines[line - 1]!.indexOf('"type"') + 1;
    expect(formatLevelError(result.errors[0]!)).toBe(
      `levels/x.json:${line}:${col} layers[${li(map, 'zombies')}].objects[2].type: unknown zombie kind; did you mean "runner"? (got "runer"; expected one of walker, runner, crawler, brute, hunter)\n    fix: change the object's type (Tiled: its Type or Class field) from "runer" to "runner"`,
    );
  });
});

/** Line and column (1-based) of the first occurrence of `needle` in `text`. */
const where = (text: string, needle: string, from = 0): string => {
  const offset = text.indexOf(needle, from);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
};

describe('the checker says where and what to do', () => {
  const fail = (text: string): string[] => {
    const result = parseLevel(text, 'levels/x.json');
    if (result.ok) throw new Error('expected errors');
    return result.errors.map(formatLevelError);
  };

  it('gives a duplicate object id at file:line:col with the fix', () => {
    const map = JSON.parse(shippedLevelText()) as Json;
    objects(map, 'zombies')[1]!['id'] = 1;
    const text = JSON.stringify(map, null, 1);
    const zombie = text.indexOf('"walker"');
    const at = where(text, '"id": 1,', text.lastIndexOf('{', zombie + text.slice(zombie).indexOf('"walker"', 10)));
    expect(fail(text)).toEqual([
      `levels/x.json:${at} layers[5].objects[1].id: duplicate object id (got a second 1, already used by layers[4].objects[0]; expected every object of the map to have its own id)\n` +
        '    fix: give this object an unused id, e.g. 35, and set the map\'s "nextobjectid" to 36 (or move the object in Tiled with cut and paste, which gives it a new id)',
    ]);
  });

  it('gives a nextobjectid at or below an id in use at file:line:col with the fix', () => {
    const map = JSON.parse(shippedLevelText()) as Json;
    map['nextobjectid'] = 34;
    const text = JSON.stringify(map, null, 1);
    expect(fail(text)).toEqual([
      `levels/x.json:${where(text, '"nextobjectid"')} nextobjectid: nextobjectid is not above every object id (got 34; expected at least 35, one more than the highest id 34 at layers[9].objects[0])\n` +
        '    fix: set "nextobjectid" to 35: Tiled gives the next new object this id, and it is taken.',
    ]);
  });

  it('accepts a file that starts with a byte-order mark, as Tiled and editors may write it', () => {
    const result = parseLevel(`\uFEFF${shippedLevelText()}`, 'levels/x.json');
    expect(result.ok).toBe(true);
  });

  it('points at the bracket that nests too deeply, with the fix', () => {
    const text = shippedLevelText().replace(/("nextobjectid": ?\d+),/, `$1,\n "deep": ${'['.repeat(40)}${']'.repeat(40)},`);
    const [error] = fail(text);
    const line = text.split('\n').findIndex((l) => l.includes('"deep"')) + 1;
    // The map is level 1, so the 32nd bracket of "deep" is the 33rd level (columns count from 1).
    const col = text.split('\n')[line - 1]!.indexOf('[') + 31 + 1;
    expect(error).toBe(
      `levels/x.json:${line}:${col} (root): JSON is nested too deeply (got a bracket 33 levels deep here; expected at most 32)\n` +
        `    fix: a level is never nested more than 32 deep: look for brackets pasted in by mistake at line ${line}, column ${col}.`,
    );
  });

  it('explains a trailing comma in plain words, on a line of its own, at the comma', () => {
    const text = shippedLevelText().replace(/("nextobjectid": ?\d+),/, '$1,\n "x": [1, 2,],');
    const [error] = fail(text);
    const [first, second] = error!.split('\n');
    expect(first).toBe(`levels/x.json:${where(text, ',]')} (root): not valid JSON: a comma after the last entry of a list (got "," before "]"; expected no comma there)`);
    expect(second).toMatch(/^ {4}fix: delete the comma at line \d+, column \d+: JSON allows no comma after the last entry of a list or an object\.$/);
  });

  it('names the row and column where one-row-per-line tile data goes wrong', () => {
    const rows = (width: number, count: number, short: number): string =>
      Array.from({ length: count }, (_, r) =>
        Array(r === short ? width - 1 : width)
          .fill(1)
          .join(', '),
      ).join(',\n    ');
    const map = JSON.parse(shippedLevelText()) as Json;
    map['layers'][0]['data'] = 'DATA';
    const text = JSON.stringify(map, null, 1).replace('"DATA"', `[\n    ${rows(48, 23, 7)}\n   ]`);
    const [error] = fail(text);
    const row7 = text.split('\n').findIndex((line) => /^ {4}1(, 1){46},$/.test(line)) + 1;
    expect(error).toBe(
      `levels/x.json:${row7}:${5 + 46 * 3} layers[0].data[382]: layer data has the wrong length: row 7 stops at column 46, 1 tile short (got 1103 tiles; expected 1104 = 48 x 23, width x height)\n` +
        '    fix: add 1 tile at the end of row 7 (0 for an empty cell)',
    );
  });

  it('suggests the nearest property name and how to rename it', () => {
    const map = JSON.parse(shippedLevelText()) as Json;
    studentProperty(map, 'look')['name'] = 'lok';
    expect(fail(JSON.stringify(map, null, 1))[0]).toMatch(/did you mean "look"\? .*\n {4}fix: rename the property "lok" to "look"$/);
  });
});
