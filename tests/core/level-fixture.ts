/**
 * Test levels drawn in ASCII, turned into real Tiled JSON with the shipped level's tileset, so
 * scenario tests go through the same parser as the game.
 *
 *   #  wall        .  floor       S  student spawn     Z  walker    R  runner
 *   E  exit tile   f  food        w  water             d  desk (blocks walking, not sight)
 *   K  locker (blocks walking and sight; heavy to push)
 *   p  phone (a lure to throw)
 *   B  brute       C  crawler     H  halfbie hunter
 *   +  closed door /  open door   L  locked door       =  barricaded door (barricade 150)
 *   W  closed window
 */

import { readFileSync } from 'node:fs';
import { parseLevel } from '../../src/core/level/parse-level';
import type { Level } from '../../src/core/level/level';

export const SHIPPED_LEVEL_FILE = 'levels/01-classroom-wing.json';
export const shippedLevelText = (): string => readFileSync(SHIPPED_LEVEL_FILE, 'utf8');
const shipped = JSON.parse(shippedLevelText()) as { tilesets: { tiles: { id: number; type: string }[] }[] };
const tileset = shipped.tilesets[0]!;
const gid = (name: string): number => tileset.tiles.find((tile) => tile.type === name)!.id + 1;

type TiledJson = Record<string, unknown> & { layers: Record<string, unknown>[] };

export function tiledFromAscii(ascii: string): TiledJson {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  const width = Math.max(...rows.map((row) => row.length));
  const height = rows.length;
  const floor: number[] = [];
  const walls: number[] = [];
  const furniture: number[] = [];
  const students: object[] = [];
  const zombies: object[] = [];
  const items: object[] = [];
  const exits: object[] = [];
  const doors: object[] = [];
  let id = 1;
  const point = (type: string, x: number, y: number, extra: object = {}) => ({ id: id++, name: '', type, x: x * 16 + 8, y: y * 16 + 8, width: 0, height: 0, point: true, ...extra });
  rows.forEach((row, y) => {
    for (let x = 0; x < width; x++) {
      const ch = row[x] ?? '#';
      floor.push(gid('floor-linoleum'));
      walls.push(ch === '#' ? gid('wall-top') : ch === '/' ? gid('door-open') : ch === 'W' ? gid('wall-window') : '+L='.includes(ch) ? gid('door-closed') : 0);
      furniture.push(ch === 'd' ? gid('desk') : ch === 'K' ? gid('locker') : 0);
      if (ch === 'S') students.push(point('student', x, y, { properties: [{ name: 'name', type: 'string', value: `S${students.length + 1}` }] }));
      if (ch === 'Z') zombies.push(point('walker', x, y));
      if (ch === 'R') zombies.push(point('runner', x, y));
      if (ch === 'B') zombies.push(point('brute', x, y));
      if (ch === 'C') zombies.push(point('crawler', x, y));
      if (ch === 'H') zombies.push(point('hunter', x, y));
      if (ch === '+') doors.push(point('door', x, y));
      if (ch === '/') doors.push(point('door', x, y, { properties: [{ name: 'open', type: 'bool', value: true }] }));
      if (ch === 'L') doors.push(point('door', x, y, { properties: [{ name: 'locked', type: 'bool', value: true }] }));
      if (ch === '=') doors.push(point('door', x, y, { properties: [{ name: 'barricade', type: 'int', value: 150 }] }));
      if (ch === 'W') doors.push(point('window', x, y));
      if (ch === 'f') items.push(point('food', x, y));
      if (ch === 'w') items.push(point('water', x, y));
      if (ch === 'p') items.push(point('phone', x, y));
      if (ch === 'E') exits.push({ id: id++, name: '', type: 'exit', x: x * 16, y: y * 16, width: 16, height: 16 });
    }
  });
  const tileLayer = (name: string, data: number[]) => ({ id: id++, name, type: 'tilelayer', width, height, x: 0, y: 0, opacity: 1, visible: true, data });
  const objectLayer = (name: string, objects: object[]) => ({ id: id++, name, type: 'objectgroup', x: 0, y: 0, opacity: 1, visible: true, objects });
  return {
    type: 'map',
    orientation: 'orthogonal',
    infinite: false,
    width,
    height,
    tilewidth: 16,
    tileheight: 16,
    tilesets: shipped.tilesets,
    layers: [
      tileLayer('floor', floor),
      tileLayer('walls', walls),
      tileLayer('furniture', furniture),
      objectLayer('students', students),
      objectLayer('zombies', zombies),
      objectLayer('items', items),
      objectLayer('exits', exits),
      ...(doors.length > 0 ? [objectLayer('doors', doors)] : []),
    ],
  };
}

export function levelFromAscii(ascii: string, file = 'test.json'): Level {
  const result = parseLevel(JSON.stringify(tiledFromAscii(ascii), null, 1), file);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('\n'));
  return result.level;
}

export function shippedLevel(): Level {
  const result = parseLevel(shippedLevelText(), SHIPPED_LEVEL_FILE);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.level;
}
