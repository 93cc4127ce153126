/**
 * A large generated school floor for horde tests and benches: a long corridor with classrooms above and
 * below, about a thousand infected in the classrooms, and a student standing at a closet with a
 * phone to throw. Built as real Tiled JSON with the shipped tileset, so it goes through the same
 * parser and renderer as a designer's level.
 *
 *   classrooms (doors on the corridor)        closet: a bent passage inside a wall pillar, so
 *   ===== corridor (exit at the west end) ==  nothing in the corridor can see the student inside
 *   classrooms
 */

import { readFileSync } from 'node:fs';

const WIDTH = 100;
const HEIGHT = 50;
const CORRIDOR_TOP = 23;
const CORRIDOR_BOTTOM = 26;
export const HORDE_SPAWN = { tileX: 50, tileY: 23 };
export const HORDE_CLOSET = { tileX: 52, tileY: 20 };

export function hordeLevelText(zombieCount: number): string {
  const shipped = JSON.parse(readFileSync('levels/01-classroom-wing.json', 'utf8')) as { tilesets: { tiles: { id: number; type: string }[] }[] };
  const gid = (name: string): number => shipped.tilesets[0]!.tiles.find((tile) => tile.type === name)!.id + 1;
  const open = new Uint8Array(WIDTH * HEIGHT);
  const carve = (x0: number, y0: number, x1: number, y1: number): void => {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) open[y * WIDTH + x] = 1;
  };
  carve(1, CORRIDOR_TOP, WIDTH - 2, CORRIDOR_BOTTOM);
  const rooms: [number, number, number, number][] = [];
  for (let x = 1; x + 10 < WIDTH - 1; x += 12) {
    if (x <= 50 && x + 10 >= 48) continue; // leave the wall pillar for the closet
    rooms.push([x, 2, x + 10, CORRIDOR_TOP - 2], [x, CORRIDOR_BOTTOM + 2, x + 10, HEIGHT - 3]);
  }
  for (const [x0, y0, x1, y1] of rooms) {
    carve(x0, y0, x1, y1);
    const doorX = x0 + 5;
    if (y0 === 2) carve(doorX, y1 + 1, doorX + 1, y1 + 1);
    else carve(doorX, y0 - 1, doorX + 1, y0 - 1);
  }
  carve(50, 19, 50, 22); // closet: up from the corridor...
  carve(50, 19, 53, 19); // ...then east, out of every line of sight from the corridor
  carve(51, 20, 53, 20);

  const floor: number[] = [];
  const walls: number[] = [];
  for (let cell = 0; cell < WIDTH * HEIGHT; cell++) {
    floor.push(gid(open[cell] === 1 ? 'floor-linoleum' : 'floor-tile'));
    walls.push(open[cell] === 1 ? 0 : gid('wall-top'));
  }
  let id = 1;
  const point = (type: string, tileX: number, tileY: number, properties?: object[]) => ({
    id: id++,
    name: '',
    type,
    x: tileX * 16 + 8,
    y: tileY * 16 + 8,
    width: 0,
    height: 0,
    point: true,
    ...(properties ? { properties } : {}),
  });
  const zombies: object[] = [];
  // Fill the classrooms in a fixed order, every other tile, until the count is reached.
  for (let pass = 0; pass < 2 && zombies.length < zombieCount; pass++) {
    for (const [x0, y0, x1, y1] of rooms) {
      for (let y = y0 + pass; y <= y1 && zombies.length < zombieCount; y += 2) {
        for (let x = x0 + ((y + pass) % 2); x <= x1 && zombies.length < zombieCount; x += 2) zombies.push(point(zombies.length % 7 === 0 ? 'runner' : 'walker', x, y));
      }
    }
  }
  const tileLayer = (name: string, data: number[]) => ({ id: id++, name, type: 'tilelayer', width: WIDTH, height: HEIGHT, x: 0, y: 0, opacity: 1, visible: true, data });
  const objectLayer = (name: string, objects: object[]) => ({ id: id++, name, type: 'objectgroup', x: 0, y: 0, opacity: 1, visible: true, objects });
  return JSON.stringify({
    type: 'map',
    orientation: 'orthogonal',
    infinite: false,
    width: WIDTH,
    height: HEIGHT,
    tilewidth: 16,
    tileheight: 16,
    properties: [{ name: 'title', type: 'string', value: 'Horde test floor' }],
    tilesets: shipped.tilesets,
    layers: [
      tileLayer('floor', floor),
      tileLayer('walls', walls),
      objectLayer('students', [point('student', HORDE_SPAWN.tileX, HORDE_SPAWN.tileY, [{ name: 'name', type: 'string', value: 'Ha-eun' }])]),
      objectLayer('zombies', zombies),
      objectLayer('items', [point('phone', HORDE_SPAWN.tileX, HORDE_SPAWN.tileY)]),
      objectLayer('exits', [{ id: id++, name: '', type: 'exit', x: 16, y: CORRIDOR_TOP * 16, width: 16, height: 64 }]),
    ],
  });
}

/**
 * A 100×56 hall, one 1280×720 screen at zoom 0.8 (100×56.25 tiles): it holds up to 2,640 zombies (a
 * level takes at most half a zombie per walkable tile), so 2,000 fit on one screen.
 */
export const HALL = { width: 100, height: 56, zoom: 0.8, closet: { tileX: 49, tileY: 28 } };

/**
 * A bench floor: one open hall filled evenly with `zombieCount` wandering infected, so all of them
 * are on screen at once at `HALL.zoom`, and a student shut in a closet in the middle (walls all round,
 * the exit inside it), so nobody hunts and the level never ends by itself.
 */
export function hallLevelText(zombieCount: number): string {
  const shipped = JSON.parse(readFileSync('levels/01-classroom-wing.json', 'utf8')) as { tilesets: { tiles: { id: number; type: string }[] }[] };
  const gid = (name: string): number => shipped.tilesets[0]!.tiles.find((tile) => tile.type === name)!.id + 1;
  const { width, height, closet } = HALL;
  const open = new Uint8Array(width * height);
  for (let y = 1; y < height - 1; y++) for (let x = 1; x < width - 1; x++) open[y * width + x] = 1;
  // The closet: three tiles in a row, walled all round.
  for (let y = closet.tileY - 1; y <= closet.tileY + 1; y++) for (let x = closet.tileX - 1; x <= closet.tileX + 3; x++) open[y * width + x] = 0;
  for (let x = closet.tileX; x <= closet.tileX + 2; x++) open[closet.tileY * width + x] = 1;
  const hallCells: number[] = [];
  for (let cell = 0; cell < width * height; cell++) {
    const x = cell % width;
    const y = Math.floor(cell / width);
    const inCloset = y >= closet.tileY - 1 && y <= closet.tileY + 1 && x >= closet.tileX - 1 && x <= closet.tileX + 3;
    if (open[cell] === 1 && !inCloset) hallCells.push(cell);
  }
  const walkable = open.reduce((sum, cell) => sum + cell, 0);
  if (zombieCount > Math.floor(walkable / 2)) throw new Error(`the hall holds at most ${Math.floor(walkable / 2)} zombies (half a zombie per walkable tile)`);
  let id = 1;
  const point = (type: string, tileX: number, tileY: number, properties?: object[]) => ({
    id: id++,
    name: '',
    type,
    x: tileX * 16 + 8,
    y: tileY * 16 + 8,
    width: 0,
    height: 0,
    point: true,
    ...(properties ? { properties } : {}),
  });
  const zombies = Array.from({ length: zombieCount }, (_, i) => {
    const cell = hallCells[Math.floor((i * hallCells.length) / zombieCount)]!;
    return point(i % 7 === 0 ? 'runner' : 'walker', cell % width, Math.floor(cell / width));
  });
  const floor: number[] = [];
  const walls: number[] = [];
  for (let cell = 0; cell < width * height; cell++) {
    floor.push(gid(open[cell] === 1 ? 'floor-linoleum' : 'floor-tile'));
    walls.push(open[cell] === 1 ? 0 : gid('wall-top'));
  }
  const tileLayer = (name: string, data: number[]) => ({ id: id++, name, type: 'tilelayer', width, height, x: 0, y: 0, opacity: 1, visible: true, data });
  const objectLayer = (name: string, objects: object[]) => ({ id: id++, name, type: 'objectgroup', x: 0, y: 0, opacity: 1, visible: true, objects });
  return JSON.stringify({
    type: 'map',
    orientation: 'orthogonal',
    infinite: false,
    width,
    height,
    tilewidth: 16,
    tileheight: 16,
    properties: [{ name: 'title', type: 'string', value: 'Bench hall' }],
    tilesets: shipped.tilesets,
    layers: [
      tileLayer('floor', floor),
      tileLayer('walls', walls),
      objectLayer('students', [point('student', closet.tileX, closet.tileY, [{ name: 'name', type: 'string', value: 'Ha-eun' }])]),
      objectLayer('zombies', zombies),
      objectLayer('items', []),
      objectLayer('exits', [{ id: id++, name: '', type: 'exit', x: (closet.tileX + 2) * 16, y: closet.tileY * 16, width: 16, height: 16 }]),
    ],
  });
}
