/**
 * A small generated floor that shows the tileset off, for screenshots and look tests: a classroom
 * with windows on the north wall, a science lab with a broken and a boarded window, a dark corridor
 * with lockers between them, a gym with mats below, and a storeroom lit only by a burning barrel.
 * Real Tiled JSON with the embedded tileset and the tile properties of assets/tiles/tiles.json, so
 * it goes through the same parser and renderer as a designer's level.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const W = 30;
const H = 24;

interface TileRow {
  id: number;
  name: string;
  solid: boolean;
  opaque: boolean;
  cost: number;
}

export interface ShowcaseOptions {
  /** Student spawns, in tiles (the first is controlled). */
  students: Array<[number, number]>;
  /** Zombie spawns, in tiles, with their kind (a walker when left out). */
  zombies?: Array<[number, number] | [number, number, string]>;
  /** The map's `startHour` (default 17:00, daylight). */
  startHour?: number;
  /** Extra phones on the floor, in tiles (one lies at 2,13 always). */
  phones?: Array<[number, number]>;
}

export function showcaseLevelText(options: ShowcaseOptions, root = '.'): string {
  const table = JSON.parse(readFileSync(resolve(root, 'assets/tiles/tiles.json'), 'utf8')) as { imageheight: number; tilecount: number; tiles: TileRow[] };
  const gid = (name: string): number => {
    const tile = table.tiles.find((t) => t.name === name);
    if (tile === undefined) throw new Error(`no tile ${name}`);
    return tile.id + 1;
  };
  const layer = (): number[] => new Array<number>(W * H).fill(0);
  const floor = layer();
  const walls = layer();
  const furniture = layer();
  const decals = layer();
  const put = (data: number[], x: number, y: number, name: string): void => {
    data[y * W + x] = gid(name);
  };
  const fill = (data: number[], x0: number, y0: number, x1: number, y1: number, name: string | ((x: number, y: number) => string)): void => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) put(data, x, y, typeof name === 'string' ? name : name(x, y));
  };

  // Rooms: floors first (a cell with no floor is solid wall).
  fill(floor, 1, 2, 16, 9, (x, y) => ((x * 7 + y * 3) % 11 === 0 ? 'floor-wood-worn' : 'floor-wood'));
  fill(floor, 18, 2, 28, 9, 'floor-lab');
  fill(floor, 1, 12, 28, 14, (x) => (x % 9 === 4 ? 'floor-linoleum-worn' : 'floor-corridor'));
  fill(floor, 1, 17, 16, 22, (_x, y) => (y === 19 ? 'floor-gym-line' : 'floor-gym'));
  fill(floor, 18, 17, 28, 22, (x, y) => ((x + y) % 5 === 0 ? 'floor-rooftop-stain' : 'floor-rooftop'));
  put(floor, 27, 13, 'stairs-down');
  put(floor, 28, 13, 'stairs-down');
  put(floor, 27, 12, 'stairs-down');
  put(floor, 28, 12, 'stairs-down');

  // Walls: tops on every wall cell, faces on the walls seen from the room below them.
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (floor[y * W + x] === 0) put(walls, x, y, 'wall-top');
  fill(walls, 1, 1, 16, 1, (x) => (x % 3 === 0 ? 'wall-face' : 'wall-window'));
  fill(walls, 18, 1, 28, 1, (x) => (x === 21 ? 'wall-window-broken' : x === 25 ? 'wall-window-boarded' : x % 2 === 0 ? 'wall-window' : 'wall-face-tiled'));
  fill(walls, 1, 11, 28, 11, (x) => (x === 5 ? 'wall-face-notices' : x === 12 ? 'wall-face-speaker' : x === 17 ? 'wall-face-alarm' : x === 20 ? 'wall-face-cracked' : 'wall-face'));
  fill(walls, 1, 16, 28, 16, 'wall-face');
  // Doors: classroom open, lab barricaded and broken, gym open, storeroom open.
  put(floor, 8, 10, 'floor-wood');
  put(floor, 8, 11, 'floor-linoleum');
  put(walls, 8, 10, 'wall-top-inner');
  walls[10 * W + 8] = 0;
  put(walls, 8, 11, 'door-open');
  put(floor, 22, 10, 'floor-lab');
  walls[10 * W + 22] = 0;
  put(floor, 22, 11, 'floor-linoleum');
  put(walls, 22, 11, 'door-barricaded');
  put(floor, 26, 10, 'floor-lab');
  walls[10 * W + 26] = 0;
  put(floor, 26, 11, 'floor-linoleum');
  put(walls, 26, 11, 'door-broken');
  put(floor, 6, 15, 'floor-corridor');
  walls[15 * W + 6] = 0;
  put(floor, 6, 16, 'floor-linoleum');
  put(walls, 6, 16, 'door-open');
  put(floor, 20, 15, 'floor-corridor');
  walls[15 * W + 20] = 0;
  put(floor, 20, 16, 'floor-linoleum');
  put(walls, 20, 16, 'door-open');

  // Classroom: rows of desks facing north, chairs behind, the teacher's desk, shelves.
  for (const y of [4, 6, 8])
    for (const x of [3, 5, 7, 10, 12, 14]) {
      put(furniture, x, y, 'desk');
      put(furniture, x, y + 1, y === 6 && x === 10 ? 'chair-toppled' : 'chair');
    }
  put(furniture, 7, 2, 'teacher-desk');
  put(furniture, 1, 2, 'bookshelf');
  put(furniture, 16, 2, 'plant');
  put(furniture, 12, 6, 'desk-toppled');
  put(decals, 11, 7, 'books-scattered');
  put(decals, 4, 9, 'debris-papers');
  // Lab: benches along the rows, a sink.
  fill(furniture, 19, 4, 22, 4, 'lab-bench');
  put(furniture, 23, 4, 'lab-bench-sink');
  fill(furniture, 24, 4, 25, 4, 'lab-bench');
  fill(furniture, 19, 7, 21, 7, 'lab-bench');
  put(furniture, 22, 7, 'lab-bench-sink');
  fill(furniture, 23, 7, 25, 7, 'lab-bench');
  put(decals, 21, 2, 'debris-glass');
  put(decals, 21, 3, 'debris-glass');
  put(furniture, 28, 2, 'bookshelf');
  // Corridor: lockers along the north side, a vending machine, blood and litter.
  for (const x of [2, 3, 4, 10, 11, 14, 15, 16, 23, 24]) put(furniture, x, 12, x === 11 ? 'locker-open' : x === 15 ? 'locker-bloody' : 'locker');
  put(furniture, 19, 12, 'vending-machine');
  put(furniture, 7, 12, 'trash-can');
  put(furniture, 25, 14, 'mop-bucket');
  fill(decals, 12, 14, 17, 14, 'blood-trail');
  put(decals, 18, 14, 'blood-splatter');
  put(decals, 9, 13, 'footprints-bloody');
  put(decals, 21, 13, 'debris-wood');
  put(decals, 5, 14, 'debris');
  // Gym: mats, a piano pushed against the wall.
  fill(furniture, 9, 20, 11, 21, 'gym-mat');
  fill(furniture, 2, 21, 4, 22, 'gym-mat');
  put(furniture, 13, 17, 'piano-left');
  put(furniture, 14, 17, 'piano-right');
  put(decals, 7, 18, 'blood');
  // Storeroom: a burning barrel, beds from the nurse's office, a vent.
  put(furniture, 23, 19, 'fire-barrel');
  put(furniture, 27, 17, 'bed-head');
  put(furniture, 27, 18, 'bed-foot');
  put(furniture, 19, 21, 'roof-vent');
  fill(furniture, 25, 22, 28, 22, 'railing');
  put(decals, 21, 19, 'blood-splatter');

  const tiles = table.tiles
    .filter((t) => t.solid || t.opaque || t.cost > 1)
    .map((t) => ({
      id: t.id,
      type: t.name,
      properties: [
        ...(t.solid ? [{ name: 'solid', type: 'bool', value: true }] : []),
        ...(t.opaque ? [{ name: 'opaque', type: 'bool', value: true }] : []),
        ...(t.cost > 1 ? [{ name: 'cost', type: 'int', value: t.cost }] : []),
      ],
    }));
  let nextId = 1;
  const point = (type: string, x: number, y: number, properties?: object[]): object => ({
    id: nextId++,
    name: '',
    type,
    x: x * 16 + 8,
    y: y * 16 + 8,
    width: 0,
    height: 0,
    rotation: 0,
    visible: true,
    point: true,
    ...(properties ? { properties } : {}),
  });
  const names = ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun'];
  const objectLayer = (id: number, name: string, objects: object[]): object => ({ id, name, type: 'objectgroup', draworder: 'topdown', x: 0, y: 0, opacity: 1, visible: true, objects });
  const tileLayer = (id: number, name: string, data: number[]): object => ({ id, name, type: 'tilelayer', width: W, height: H, x: 0, y: 0, opacity: 1, visible: true, data });
  const map = {
    type: 'map',
    version: '1.10',
    tiledversion: '1.10.2',
    orientation: 'orthogonal',
    renderorder: 'right-down',
    infinite: false,
    width: W,
    height: H,
    tilewidth: 16,
    tileheight: 16,
    nextlayerid: 9,
    compressionlevel: -1,
    properties: [{ name: 'title', type: 'string', value: 'Look showcase' }, ...(options.startHour === undefined ? [] : [{ name: 'startHour', type: 'float', value: options.startHour }])],
    tilesets: [
      {
        firstgid: 1,
        name: 'school',
        image: '../assets/tiles/school.png',
        imagewidth: 128,
        imageheight: table.imageheight,
        tilewidth: 16,
        tileheight: 16,
        tilecount: table.tilecount,
        columns: 8,
        margin: 0,
        spacing: 0,
        tiles,
      },
    ],
    layers: [
      tileLayer(1, 'floor', floor),
      tileLayer(2, 'decals', decals),
      tileLayer(3, 'furniture', furniture),
      tileLayer(4, 'walls', walls),
      objectLayer(
        5,
        'students',
        options.students.map(([x, y], i) =>
          point('student', x, y, [
            { name: 'name', type: 'string', value: names[i % names.length] },
            { name: 'look', type: 'int', value: i % 4 },
          ]),
        ),
      ),
      objectLayer(
        6,
        'zombies',
        (options.zombies ?? []).map(([x, y, kind]) => point(kind ?? 'walker', x, y)),
      ),
      objectLayer(7, 'items', [point('food', 15, 3), point('water', 24, 9), point('phone', 2, 13), ...(options.phones ?? []).map(([x, y]) => point('phone', x, y))]),
      objectLayer(8, 'exits', [{ id: nextId++, name: 'Stairs down', type: 'exit', x: 27 * 16, y: 12 * 16, width: 32, height: 32, rotation: 0, visible: true }]),
    ],
  };
  map.nextlayerid = 9;
  return JSON.stringify({ ...map, nextobjectid: nextId });
}
