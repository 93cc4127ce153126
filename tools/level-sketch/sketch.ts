/**
 * Level sketches: a level drawn as ASCII rows plus its exits and objectives, turned into a Tiled
 * JSON map with the embedded school tileset (names, ids and properties from assets/tiles/tiles.json).
 * A sketching aid for a level's first draft only: once written, the JSON in levels/ is the source
 * designers edit (in Tiled or by hand), and `npm run levels:sketch` never overwrites it without --force.
 */

import { readFileSync } from 'node:fs';

export interface TileInfo {
  id: number;
  gid: number;
  name: string;
  layer: 'floor' | 'walls' | 'furniture' | 'decals';
  solid: boolean;
  opaque: boolean;
  cost: number;
}

export interface TilesetInfo {
  image: string;
  imagewidth: number;
  imageheight: number;
  columns: number;
  tilecount: number;
  tiles: TileInfo[];
}

export const readTileset = (): TilesetInfo => JSON.parse(readFileSync('assets/tiles/tiles.json', 'utf8')) as TilesetInfo;

type PropertyValue = string | number | boolean;

export interface SketchObjective {
  kind: 'reach' | 'collect' | 'activate' | 'hold' | 'rescue';
  /** Text for the HUD (the object's name). */
  name: string;
  x: number;
  y: number;
  /** Rectangles only (reach, hold). */
  w?: number;
  h?: number;
  properties?: Record<string, PropertyValue>;
}

export interface LevelSketch {
  id: string;
  title: string;
  /** The tile of '.' cells and under furniture and objects, e.g. floor-wood. */
  floor: string;
  /** The group, in order; the first is controlled. Matched to 'S' cells in reading order. */
  students: { name: string; look: number }[];
  rows: string[];
  exits: { name: string; x: number; y: number; w: number; h: number }[];
  objectives?: SketchObjective[];
  survivors?: number;
  /** More map properties, e.g. `{ startHour: 21.5, clockSpeed: 2 }` (levels/README.md, Custom properties). */
  properties?: Record<string, PropertyValue>;
}

/**
 * What each character means: a floor tile (`floor`), a tile on another layer (drawn over the
 * row's last floor), or an object (over the row's last floor).
 */
export const LEGEND: Record<string, { floor?: string; walls?: string; furniture?: string; decals?: string; object?: string }> = {
  '#': { walls: 'wall-top' },
  '-': { walls: 'wall-face' },
  '=': { walls: 'wall-window' },
  '%': { walls: 'wall-face-cracked' },
  B: { walls: 'blackboard' },
  '/': { walls: 'door-open' },
  '!': { walls: 'door-broken' },
  '|': { walls: 'door-barricaded' },
  '.': {},
  ',': { floor: 'floor-corridor' },
  _: { floor: 'floor-tile' },
  ':': { floor: 'floor-lab' },
  ';': { floor: 'floor-gym' },
  '"': { floor: 'floor-gym-line' },
  "'": { floor: 'floor-rooftop' },
  '^': { floor: 'floor-bathroom' },
  '`': { floor: 'floor-wood' },
  v: { floor: 'stairs-down' },
  '@': { floor: 'exit-sign-floor' },
  d: { furniture: 'desk' },
  c: { furniture: 'chair' },
  T: { furniture: 'teacher-desk' },
  L: { furniture: 'locker' },
  K: { furniture: 'bookshelf' },
  P: { furniture: 'plant' },
  l: { furniture: 'lab-bench' },
  k: { furniture: 'lab-bench-sink' },
  q: { furniture: 'piano-left' },
  Q: { furniture: 'piano-right' },
  b: { furniture: 'bed-head' },
  e: { furniture: 'bed-foot' },
  m: { furniture: 'gym-mat' },
  r: { furniture: 'railing' },
  V: { furniture: 'roof-vent' },
  F: { furniture: 'fire-barrel' },
  M: { furniture: 'vending-machine' },
  t: { furniture: 'trash-can' },
  o: { furniture: 'desk-toppled' },
  h: { furniture: 'chair-toppled' },
  '~': { decals: 'debris' },
  '*': { decals: 'blood' },
  n: { decals: 'books-scattered' },
  S: { object: 'student' },
  Z: { object: 'walker' },
  R: { object: 'runner' },
  C: { object: 'crawler' },
  X: { object: 'brute' },
  f: { object: 'food' },
  w: { object: 'water' },
  p: { object: 'phone' },
  // Doors and windows that open, close, break and take barricades (objects of the `doors` layer):
  // each must sit in a one-tile gap of a wall line (levels/README.md, "Doors and windows in walls").
  '+': { walls: 'door-closed', object: 'door' },
  D: { walls: 'door-open', object: 'door-open' },
  G: { walls: 'wall-window', object: 'window' },
  Y: { walls: 'door-closed', object: 'door-barricaded' },
  U: { walls: 'wall-window', object: 'window-barricaded' },
  u: { walls: 'wall-window', object: 'window-boarded' },
};

const DOOR_OBJECTS: Record<string, { type: 'door' | 'window'; open: boolean; barricade?: number }> = {
  door: { type: 'door', open: false },
  'door-open': { type: 'door', open: true },
  window: { type: 'window', open: false },
  'door-barricaded': { type: 'door', open: false, barricade: 120 },
  'window-barricaded': { type: 'window', open: false, barricade: 60 },
  'window-boarded': { type: 'window', open: false, barricade: 30 },
};

const FLOAT_PROPERTIES = new Set(['noise', 'seconds', 'startHour', 'clockSpeed', 'ambientLight']);
const tiledProperties = (values: Record<string, PropertyValue>) =>
  Object.entries(values).map(([name, value]) => ({ name, type: typeof value === 'boolean' ? 'bool' : typeof value === 'string' ? 'string' : FLOAT_PROPERTIES.has(name) ? 'float' : 'int', value }));

/** The Tiled JSON map of a sketch; throws on an unknown character or tile name. */
export function sketchToTiled(sketch: LevelSketch, tileset: TilesetInfo): Record<string, unknown> {
  const byName = new Map(tileset.tiles.map((tile) => [tile.name, tile]));
  const gid = (name: string): number => {
    const tile = byName.get(name);
    if (tile === undefined) throw new Error(`${sketch.id}: no tile named "${name}" in assets/tiles/tiles.json`);
    return tile.gid;
  };
  const width = Math.max(...sketch.rows.map((row) => row.length));
  const height = sketch.rows.length;
  const layers = { floor: [] as number[], decals: [] as number[], furniture: [] as number[], walls: [] as number[] };
  let nextId = 1;
  const objects: Record<string, object[]> = { students: [], zombies: [], items: [], doors: [] };
  let studentIndex = 0;
  sketch.rows.forEach((row, y) => {
    let lastFloor = gid(sketch.floor);
    for (let x = 0; x < width; x++) {
      const ch = row[x] ?? '#';
      const meaning = LEGEND[ch];
      if (meaning === undefined) throw new Error(`${sketch.id}: unknown character ${JSON.stringify(ch)} at ${x},${y}`);
      if (meaning.floor !== undefined) lastFloor = gid(meaning.floor);
      else if (ch === '.') lastFloor = gid(sketch.floor);
      const door = meaning.object === undefined ? undefined : DOOR_OBJECTS[meaning.object];
      const isWall = door === undefined && meaning.walls !== undefined && meaning.walls !== 'door-open' && meaning.walls !== 'door-broken';
      layers.floor.push(isWall ? 0 : lastFloor);
      layers.walls.push(meaning.walls === undefined ? 0 : gid(meaning.walls));
      layers.furniture.push(meaning.furniture === undefined ? 0 : gid(meaning.furniture));
      layers.decals.push(meaning.decals === undefined ? 0 : gid(meaning.decals));
      if (meaning.object === undefined) continue;
      const point = { id: nextId++, name: '', type: meaning.object, x: x * 16 + 8, y: y * 16 + 8, width: 0, height: 0, rotation: 0, visible: true, point: true };
      if (door !== undefined) {
        const properties: Record<string, PropertyValue> = { ...(door.open ? { open: true } : {}), ...(door.barricade === undefined ? {} : { barricade: door.barricade }) };
        objects['doors']!.push({ ...point, type: door.type, ...(Object.keys(properties).length > 0 ? { properties: tiledProperties(properties) } : {}) });
      } else if (meaning.object === 'student') {
        const student = sketch.students[studentIndex++];
        if (student === undefined) throw new Error(`${sketch.id}: more S cells than students`);
        objects['students']!.push({ ...point, name: student.name, properties: tiledProperties({ name: student.name, look: student.look }) });
      } else if (['walker', 'runner', 'crawler', 'brute'].includes(meaning.object)) objects['zombies']!.push(point);
      else objects['items']!.push(point);
    }
  });
  const exits = sketch.exits.map((exit) => ({ id: nextId++, name: exit.name, type: 'exit', x: exit.x * 16, y: exit.y * 16, width: exit.w * 16, height: exit.h * 16, rotation: 0, visible: true }));
  const objectives = (sketch.objectives ?? []).map((objective) => {
    const rect = objective.w !== undefined;
    return {
      id: nextId++,
      name: objective.name,
      type: objective.kind,
      x: objective.x * 16 + (rect ? 0 : 8),
      y: objective.y * 16 + (rect ? 0 : 8),
      width: (objective.w ?? 0) * 16,
      height: (objective.h ?? 0) * 16,
      rotation: 0,
      visible: true,
      ...(rect ? {} : { point: true }),
      ...(objective.properties === undefined ? {} : { properties: tiledProperties(objective.properties) }),
    };
  });
  let layerId = 1;
  const tileLayer = (name: string, data: number[]) => ({ id: layerId++, name, type: 'tilelayer', width, height, x: 0, y: 0, opacity: 1, visible: true, data });
  const objectLayer = (name: string, list: object[]) => ({ id: layerId++, name, type: 'objectgroup', draworder: 'topdown', x: 0, y: 0, opacity: 1, visible: true, objects: list });
  const mapProperties: Record<string, PropertyValue> = { title: sketch.title };
  if (sketch.survivors !== undefined) mapProperties['survivors'] = sketch.survivors;
  Object.assign(mapProperties, sketch.properties);
  const tiledLayers = [
    tileLayer('floor', layers.floor),
    tileLayer('decals', layers.decals),
    tileLayer('furniture', layers.furniture),
    tileLayer('walls', layers.walls),
    objectLayer('students', objects['students']!),
    objectLayer('zombies', objects['zombies']!),
    objectLayer('items', objects['items']!),
    objectLayer('exits', exits),
    ...(objectives.length > 0 ? [objectLayer('objectives', objectives)] : []),
    ...(objects['doors']!.length > 0 ? [objectLayer('doors', objects['doors']!)] : []),
  ];
  return {
    type: 'map',
    version: '1.10',
    tiledversion: '1.10.2',
    orientation: 'orthogonal',
    renderorder: 'right-down',
    infinite: false,
    width,
    height,
    tilewidth: 16,
    tileheight: 16,
    nextlayerid: layerId,
    nextobjectid: nextId,
    compressionlevel: -1,
    properties: tiledProperties(mapProperties),
    tilesets: [
      {
        firstgid: 1,
        name: 'school',
        image: `../assets/tiles/${tileset.image}`,
        imagewidth: tileset.imagewidth,
        imageheight: tileset.imageheight,
        tilewidth: 16,
        tileheight: 16,
        tilecount: tileset.tilecount,
        columns: tileset.columns,
        margin: 0,
        spacing: 0,
        tiles: tileset.tiles.map((tile) => {
          const props: Record<string, PropertyValue> = {};
          if (tile.solid) props['solid'] = true;
          if (tile.opaque) props['opaque'] = true;
          if (tile.cost > 1 && !tile.solid) props['cost'] = tile.cost;
          return Object.keys(props).length === 0 ? { id: tile.id, type: tile.name } : { id: tile.id, type: tile.name, properties: tiledProperties(props) };
        }),
      },
    ],
    layers: tiledLayers,
  };
}

/** Tiled's own layout is one key per line; rows of tile data on one line each keep diffs readable. */
export function formatLevelJson(map: Record<string, unknown>): string {
  const width = map['width'] as number;
  const text = JSON.stringify(map, null, 1);
  return `${text.replace(/"data": \[\n([\s\d,]+?)\n\s*\]/g, (_, body: string) => {
    const numbers = body.split(',').map((n) => n.trim());
    const lines: string[] = [];
    for (let i = 0; i < numbers.length; i += width) lines.push(`    ${numbers.slice(i, i + width).join(', ')}`);
    return `"data": [\n${lines.join(',\n')}\n   ]`;
  })}\n`;
}
