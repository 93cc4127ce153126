/**
 * Plain-text sketches (levels/sketches/*.txt): a few header lines, a blank line, then the map as
 * ASCII rows, each character looked up in levels/sketches/legend.txt. `npm run levels:new` turns one
 * into a Tiled level with the embedded school tileset (tile names, ids and properties from
 * assets/tiles/tiles.json). Header lines:
 *
 *   title: Broom cupboard                      the map's title
 *   floor: floor-linoleum                      the floor tile under '.' and under objects
 *   students: Ha-eun 2, Min-jun 0              names and looks, matched to the S cells in reading order
 *   objective: collect 3,2 Find the notebook   kind, tile (or x,y WxH for reach and hold), properties as name=value, then the HUD text
 *   exit: 31,3 4x2 Stairs down                 an exit rectangle (x,y WxH) and its name, besides any E cells
 *   property: startHour=21                     map properties, as name=value
 *
 * Floors: a cell whose symbol gives floor= has that floor; '.' has the sketch's floor; any other
 * symbol (furniture, objects, doors) keeps the floor of the cell before it in its row, so a desk
 * in a corridor stands on corridor floor. Solid walls have no floor.
 */

import { OBJECT_KINDS } from '../../src/core';
import type { TilesetInfo } from './tileset';

type Value = string | number | boolean;
export interface LegendEntry {
  floor?: string;
  walls?: string;
  furniture?: string;
  decals?: string;
  object?: string;
  properties: Record<string, Value>;
}
export type Legend = Map<string, LegendEntry>;

const FLOATS = new Set(['noise', 'seconds', 'startHour', 'clockSpeed', 'ambientLight', 'radius', 'brightness']);
const valueOf = (text: string): Value => (text === 'true' ? true : text === 'false' ? false : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
const tiledProperties = (values: Record<string, Value>) =>
  Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 'bool' : typeof value === 'string' ? 'string' : FLOATS.has(name) || !Number.isInteger(value) ? 'float' : 'int',
    value,
  }));

export function parseLegend(text: string): Legend {
  const legend: Legend = new Map();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('//')) return;
    const symbol = line[0]!;
    const entry: LegendEntry = { properties: {} };
    for (const token of line
      .slice(1)
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '')) {
      const [key, value] = token.split('=') as [string, string | undefined];
      if (value === undefined) throw new Error(`legend.txt:${index + 1}: expected name=value (got ${JSON.stringify(token)})`);
      if (key === 'floor' || key === 'walls' || key === 'furniture' || key === 'decals' || key === 'object') entry[key] = value;
      else entry.properties[key] = valueOf(value);
    }
    if (legend.has(symbol)) throw new Error(`legend.txt:${index + 1}: symbol ${JSON.stringify(symbol)} defined twice`);
    legend.set(symbol, entry);
  });
  return legend;
}

export interface TextSketch {
  id: string;
  title: string;
  floor: string;
  students: { name: string; look: number }[];
  objectives: { kind: string; name: string; x: number; y: number; w?: number; h?: number; properties: Record<string, Value> }[];
  exits: { name: string; x: number; y: number; w: number; h: number }[];
  properties: Record<string, Value>;
  rows: string[];
}

export function parseSketch(text: string, id: string): TextSketch {
  const lines = text.replace(/\r/g, '').split('\n');
  const blank = lines.findIndex((line) => line.trim() === '');
  if (blank < 0) throw new Error(`${id}: expected header lines, a blank line, then the map rows`);
  const sketch: TextSketch = { id, title: id, floor: 'floor-linoleum', students: [], objectives: [], exits: [], properties: {}, rows: lines.slice(blank + 1).filter((row) => row.trim() !== '') };
  lines.slice(0, blank).forEach((line, index) => {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).trim();
    const rest = line.slice(colon + 1).trim();
    const where = `${id}:${index + 1}`;
    if (key === 'title') sketch.title = rest;
    else if (key === 'floor') sketch.floor = rest;
    else if (key === 'students')
      sketch.students = rest.split(',').map((part) => {
        const m = /^(.*\S)\s+(\d)$/.exec(part.trim());
        if (m === null) throw new Error(`${where}: expected "Name look" (got ${JSON.stringify(part.trim())})`);
        return { name: m[1]!, look: Number(m[2]) };
      });
    else if (key === 'property')
      for (const token of rest.split(/\s+/)) {
        const [name, value] = token.split('=');
        sketch.properties[name!] = valueOf(value ?? '');
      }
    else if (key === 'objective') {
      const m = /^(\w+)\s+(\d+),(\d+)(?:\s+(\d+)x(\d+))?((?:\s+\w+=\S+)*)\s*(.*)$/.exec(rest);
      if (m === null) throw new Error(`${where}: expected "kind x,y [WxH] [name=value...] text"`);
      const properties: Record<string, Value> = {};
      for (const token of m[6]!
        .trim()
        .split(/\s+/)
        .filter((t) => t !== '')) {
        const [name, value] = token.split('=');
        properties[name!] = valueOf(value!);
      }
      sketch.objectives.push({ kind: m[1]!, x: Number(m[2]), y: Number(m[3]), ...(m[4] === undefined ? {} : { w: Number(m[4]), h: Number(m[5]) }), properties, name: m[7]! });
    } else if (key === 'exit') {
      const m = /^(\d+),(\d+)\s+(\d+)x(\d+)\s*(.*)$/.exec(rest);
      if (m === null) throw new Error(`${where}: expected "x,y WxH name" (got ${JSON.stringify(rest)})`);
      sketch.exits.push({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]), name: m[5]! });
    } else throw new Error(`${where}: unknown header ${JSON.stringify(key)} (expected title, floor, students, objective, exit or property)`);
  });
  return sketch;
}

const layerOfKind = (kind: string): string => {
  const entry = Object.entries(OBJECT_KINDS).find(([, kinds]) => kinds.includes(kind));
  if (entry === undefined) throw new Error(`legend: unknown object kind ${JSON.stringify(kind)} (expected one of ${Object.values(OBJECT_KINDS).flat().join(', ')})`);
  return entry[0];
};

/** The Tiled JSON map of a text sketch; throws on an unknown symbol, tile or kind. */
/** `imagePath` is school.png's path relative to the level file written. */
export function textSketchToTiled(sketch: TextSketch, legend: Legend, tileset: TilesetInfo, imagePath: string): Record<string, unknown> {
  const byName = new Map(tileset.tiles.map((tile) => [tile.name, tile]));
  const tileOf = (name: string) => {
    const tile = byName.get(name);
    if (tile === undefined) throw new Error(`${sketch.id}: no tile named "${name}" in assets/tiles/tiles.json`);
    return tile;
  };
  const width = Math.max(...sketch.rows.map((row) => row.length));
  const height = sketch.rows.length;
  const data = { floor: [] as number[], decals: [] as number[], furniture: [] as number[], walls: [] as number[] };
  const objects = new Map<string, object[]>(Object.keys(OBJECT_KINDS).map((layer) => [layer, []]));
  let nextId = 1;
  let student = 0;
  sketch.rows.forEach((row, y) => {
    let rowFloor = sketch.floor;
    for (let x = 0; x < width; x++) {
      const ch = row[x] ?? '#';
      const meaning = legend.get(ch);
      if (meaning === undefined) throw new Error(`${sketch.id}: row ${y}, column ${x}: symbol ${JSON.stringify(ch)} is not in levels/sketches/legend.txt`);
      if (meaning.floor !== undefined) rowFloor = meaning.floor;
      else if (ch === '.') rowFloor = sketch.floor;
      const wall = meaning.walls === undefined ? undefined : tileOf(meaning.walls);
      const shutWall = wall !== undefined && wall.solid && meaning.object === undefined;
      data.floor.push(shutWall ? 0 : tileOf(rowFloor).gid);
      data.walls.push(wall?.gid ?? 0);
      data.furniture.push(meaning.furniture === undefined ? 0 : tileOf(meaning.furniture).gid);
      data.decals.push(meaning.decals === undefined ? 0 : tileOf(meaning.decals).gid);
      if (meaning.object === undefined) continue;
      const kind = meaning.object;
      const layer = layerOfKind(kind);
      const properties = { ...meaning.properties };
      let name = '';
      if (kind === 'student') {
        const who = sketch.students[student++];
        if (who === undefined) throw new Error(`${sketch.id}: more S cells than students in the header`);
        name = who.name;
        Object.assign(properties, { name: who.name, look: who.look });
      }
      const base = { id: nextId++, name, type: kind, rotation: 0, visible: true };
      const placed = kind === 'exit' ? { ...base, x: x * 16, y: y * 16, width: 16, height: 16 } : { ...base, x: x * 16 + 8, y: y * 16 + 8, width: 0, height: 0, point: true };
      objects.get(layer)!.push({ ...placed, ...(Object.keys(properties).length > 0 ? { properties: tiledProperties(properties) } : {}) });
    }
  });
  for (const exit of sketch.exits) {
    objects.get('exits')!.push({ id: nextId++, name: exit.name, type: 'exit', rotation: 0, visible: true, x: exit.x * 16, y: exit.y * 16, width: exit.w * 16, height: exit.h * 16 });
  }
  for (const objective of sketch.objectives) {
    const rect = objective.w !== undefined;
    objects.get('objectives')!.push({
      id: nextId++,
      name: objective.name,
      type: objective.kind,
      rotation: 0,
      visible: true,
      x: objective.x * 16 + (rect ? 0 : 8),
      y: objective.y * 16 + (rect ? 0 : 8),
      width: (objective.w ?? 0) * 16,
      height: (objective.h ?? 0) * 16,
      ...(rect ? {} : { point: true }),
      ...(Object.keys(objective.properties).length > 0 ? { properties: tiledProperties(objective.properties) } : {}),
    });
  }
  let layerId = 1;
  const tileLayer = (name: string, cells: number[]) => ({ id: layerId++, name, type: 'tilelayer', width, height, x: 0, y: 0, opacity: 1, visible: true, data: cells });
  const objectLayers = [...objects]
    .filter(([name, list]) => list.length > 0 || name === 'students' || name === 'exits')
    .map(([name, list]) => ({ id: layerId++, name, type: 'objectgroup', draworder: 'topdown', x: 0, y: 0, opacity: 1, visible: true, objects: list }));
  return {
    type: 'map',
    version: '1.8',
    tiledversion: '1.8.2',
    orientation: 'orthogonal',
    renderorder: 'right-down',
    infinite: false,
    width,
    height,
    tilewidth: 16,
    tileheight: 16,
    compressionlevel: -1,
    properties: tiledProperties({ title: sketch.title, ...sketch.properties }),
    tilesets: [
      {
        firstgid: 1,
        name: 'school',
        image: imagePath,
        imagewidth: tileset.imagewidth,
        imageheight: tileset.imageheight,
        tilewidth: 16,
        tileheight: 16,
        tilecount: tileset.tilecount,
        columns: tileset.columns,
        margin: 0,
        spacing: 0,
        tiles: tileset.tiles.map((tile) => {
          const props: Record<string, Value> = {};
          if (tile.solid) props['solid'] = true;
          if (tile.opaque) props['opaque'] = true;
          if (tile.cost > 1 && !tile.solid) props['cost'] = tile.cost;
          return Object.keys(props).length === 0 ? { id: tile.id, type: tile.name } : { id: tile.id, type: tile.name, properties: tiledProperties(props) };
        }),
      },
    ],
    layers: [tileLayer('floor', data.floor), tileLayer('decals', data.decals), tileLayer('furniture', data.furniture), tileLayer('walls', data.walls), ...objectLayers],
    nextlayerid: layerId,
    nextobjectid: nextId,
  };
}
