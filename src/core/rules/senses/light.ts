/**
 * Light: how lit each tile is, 0 dark .. 1 fully lit, and what that does to eyes.
 *
 * A tile's light is the brightest of:
 * - ambient: the level's `ambientLight` in full daylight, `LIGHT.nightAmbient` at night, plus
 *   window light: daylight coming in through window tiles, 1 beside the window and fading to 0
 *   `LIGHT.windowReachTiles` away, only where a straight line from the window's inner side gets
 *   through (walls and closed doors keep it out);
 * - lamps and fires from the `lights` layer and fire-barrel tiles, fading with distance, blocked by
 *   walls the same way; a fire flickers, a pure function of the tick and the fire;
 * - a phone light: a cone ahead of each student whose `lightOn` is set (not behind them).
 *
 * The window, lamp and fire shapes depend only on the level, the grid's opacity and which lamps
 * are on (`world.lampsOn`, rules/world/lamps.ts), so they are kept in a `LightMemo` made with the
 * simulation (its tick context) and rebuilt only when the grid changes (a door opens, a locker is
 * pushed) or a lamp is switched. A query for one tile is then O(students); the full map (for the
 * snapshot) is one pass plus the phone cones. Nothing here is simulation state: it all follows
 * from the world, and a fresh memo gives the same light.
 */

import { hasLineOfSight } from '../../grid/line-of-sight';
import type { TileGrid } from '../../grid/tile-grid';
import type { Level } from '../../level/level';
import { LIGHT } from '../../kernel/tuning-world';
import { daylight } from '../world/clock';
import type { Student, World } from '../../state/world';

/** Tile types (the tileset's `type`) that let daylight in and that burn. */
const WINDOW_TILE = 'wall-window';
const FIRE_TILE = 'fire-barrel';

export interface LightSource {
  tileX: number;
  tileY: number;
  radius: number;
  brightness: number;
}

interface StaticLight {
  version: number;
  /** `world.lampsOn` when this was built. */
  lampsOn: boolean[];
  /** Window light at full daylight. */
  sunlit: Float32Array;
  /** Lamps that are on. */
  lamp: Float32Array;
  /** The brightest fire at each tile (before flicker), and which fire it is (-1: none). */
  fire: Float32Array;
  fireIndex: Int16Array;
  fires: number;
  /** Per-tick memo of how far students are seen (see `seenRangeFactor`). */
  seenTick: number;
  seen: number[];
}

/** What light keeps between queries for one world: made with the simulation, never shared between worlds. */
export interface LightMemo {
  built: StaticLight | undefined;
}

export function createLightMemo(): LightMemo {
  return { built: undefined };
}

/** Cells of a tile layer whose tile has one of the given types. */
function cellsOfType(level: Level, layerName: string, type: string): number[] {
  const tileset = level.tiled.tilesets[0];
  if (tileset === undefined) return [];
  const ids = new Set((tileset.tiles ?? []).filter((tile) => tile.type === type).map((tile) => tile.id + tileset.firstgid));
  if (ids.size === 0) return [];
  const cells: number[] = [];
  for (const layer of level.tiled.layers) {
    if (layer.type !== 'tilelayer' || layer.name !== layerName || !Array.isArray(layer.data)) continue;
    layer.data.forEach((gid, cell) => {
      if (typeof gid === 'number' && ids.has(gid & 0x1fffffff)) cells.push(cell);
    });
  }
  return cells;
}

/** Writes `max(out, brightness · (1 - d / radius))` for every tile the source's light reaches. */
function shine(grid: TileGrid, source: LightSource, out: Float32Array, index?: { of: Int16Array; id: number }): void {
  const { width, height } = grid;
  const r = Math.ceil(source.radius);
  for (let y = Math.max(0, source.tileY - r); y <= Math.min(height - 1, source.tileY + r); y++) {
    for (let x = Math.max(0, source.tileX - r); x <= Math.min(width - 1, source.tileX + r); x++) {
      const dx = x - source.tileX;
      const dy = y - source.tileY;
      const d = Math.sqrt(dx * dx + dy * dy);
      const value = source.brightness * (1 - d / source.radius);
      const cell = y * width + x;
      if (value <= out[cell]! || !hasLineOfSight(grid, source.tileX, source.tileY, x, y)) continue;
      out[cell] = value;
      if (index !== undefined) index.of[cell] = index.id;
    }
  }
}

/**
 * How lit each tile is by one lamp or fire alone (0 where its light does not reach), through the
 * grid's walls: the shape play gives it, for the level preview.
 */
export function lightOf(grid: TileGrid, source: LightSource): Float32Array {
  const out = new Float32Array(grid.width * grid.height);
  shine(grid, source, out);
  return out;
}

function windowCells(world: World): number[] {
  const cells = new Set(cellsOfType(world.level, 'walls', WINDOW_TILE));
  for (const door of world.doors) if (door.kind !== 'door') cells.add(door.tileY * world.grid.width + door.tileX);
  return [...cells].sort((a, b) => a - b);
}

function buildStatic(world: World): StaticLight {
  const { grid, level } = world;
  const size = grid.width * grid.height;
  const sunlit = new Float32Array(size);
  const reach = LIGHT.windowReachTiles;
  for (const cell of windowCells(world)) {
    const wx = cell % grid.width;
    const wy = (cell - wx) / grid.width;
    // Light enters through the open tiles beside the window and spreads from there.
    for (const [dx, dy] of [
      [0, 1],
      [0, -1],
      [1, 0],
      [-1, 0],
    ] as const) {
      const x = wx + dx;
      const y = wy + dy;
      if (x < 0 || y < 0 || x >= grid.width || y >= grid.height || grid.opaque[y * grid.width + x] === 1) continue;
      shine(grid, { tileX: x, tileY: y, radius: reach, brightness: 1 }, sunlit);
    }
  }
  const lamp = new Float32Array(size);
  const fire = new Float32Array(size);
  const fireIndex = new Int16Array(size).fill(-1);
  const fires: LightSource[] = [];
  for (const [i, light] of level.lights.entries()) {
    if (!world.lampsOn[i]) continue;
    if (light.kind === 'lamp') shine(grid, light, lamp);
    else fires.push(light);
  }
  const placed = new Set(level.lights.map((light) => light.tileY * grid.width + light.tileX));
  for (const cell of cellsOfType(level, 'furniture', FIRE_TILE)) {
    if (placed.has(cell)) continue;
    const x = cell % grid.width;
    fires.push({ tileX: x, tileY: (cell - x) / grid.width, radius: LIGHT.fireRadius, brightness: LIGHT.fireBrightness });
  }
  fires.forEach((source, id) => shine(grid, source, fire, { of: fireIndex, id }));
  return { version: grid.version, lampsOn: [...world.lampsOn], sunlit, lamp, fire, fireIndex, fires: fires.length, seenTick: -1, seen: [] };
}

function sameLamps(built: readonly boolean[], now: readonly boolean[]): boolean {
  for (let i = 0; i < now.length; i++) if (built[i] !== now[i]) return false;
  return true;
}

function staticLight(world: World, memo: LightMemo): StaticLight {
  let light = memo.built;
  if (light === undefined || light.version !== world.grid.version || !sameLamps(light.lampsOn, world.lampsOn)) {
    light = buildStatic(world);
    memo.built = light;
  }
  return light;
}

/** A fire's share of its brightness this tick: steps every few ticks, different per fire, 1 - flicker .. 1. */
export function fireFlicker(tick: number, fire: number): number {
  let h = Math.imul(Math.floor(tick / LIGHT.fireFlickerTicks) + 1, 0x9e3779b1) ^ Math.imul(fire + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 13;
  return 1 - LIGHT.fireFlicker * ((h >>> 0) / 0x100000000);
}

/**
 * cos(35°), the cosine of `LIGHT.phoneHalfAngleDeg`, written out (the nearest double): `Math.cos`
 * may differ in its last bit between engines. A test checks it against the tuning's angle.
 */
export const PHONE_COS = 0.8191520442889918;

/** The light a student's phone throws on tile (x, y): a cone in their facing, 0 behind or past a wall. */
export function phoneLightAt(grid: TileGrid, student: Student, x: number, y: number): number {
  if (!student.lightOn || student.down) return 0;
  const dx = x + 0.5 - student.x;
  const dy = y + 0.5 - student.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d > LIGHT.phoneTiles) return 0;
  const sx = Math.floor(student.x);
  const sy = Math.floor(student.y);
  const own = x === sx && y === sy;
  if (!own && (dx * student.facingX + dy * student.facingY) / d < PHONE_COS) return 0;
  if (!own && !hasLineOfSight(grid, sx, sy, x, y)) return 0;
  return LIGHT.phoneBrightness * (1 - (1 - LIGHT.phoneFarShare) * (d / LIGHT.phoneTiles));
}

function ambient(world: World, day: number): number {
  return LIGHT.nightAmbient + (Math.max(LIGHT.nightAmbient, world.level.settings.ambientLight) - LIGHT.nightAmbient) * day;
}

/** Light from everything but phones at one cell. */
function fixedLightAt(world: World, light: StaticLight, cell: number, day: number, base: number): number {
  let value = Math.max(base + light.sunlit[cell]! * day * (1 - base), light.lamp[cell]!);
  const fire = light.fireIndex[cell]!;
  if (fire >= 0) value = Math.max(value, light.fire[cell]! * fireFlicker(world.tick, fire));
  return value;
}

/** The light level of one tile, 0..1. */
export function lightAt(world: World, memo: LightMemo, tileX: number, tileY: number): number {
  const { grid } = world;
  if (tileX < 0 || tileY < 0 || tileX >= grid.width || tileY >= grid.height) return 0;
  const day = daylight(world);
  let value = fixedLightAt(world, staticLight(world, memo), tileY * grid.width + tileX, day, ambient(world, day));
  for (const student of world.students) if (student.lightOn) value = Math.max(value, phoneLightAt(grid, student, tileX, tileY));
  return Math.min(1, value);
}

/**
 * What-ifs for `lightMap`, for previews only (the simulation never passes them): another daylight,
 * and one more student (by id) holding their phone light up.
 */
export interface LightWhatIf {
  daylight?: number;
  phoneOf?: number;
}

/** The whole light map, row by row (cell = y · width + x), 0..1. */
export function lightMap(world: World, memo: LightMemo, whatIf: LightWhatIf = {}): Float32Array {
  const { grid } = world;
  const light = staticLight(world, memo);
  const day = whatIf.daylight ?? daylight(world);
  const base = ambient(world, day);
  const out = new Float32Array(grid.width * grid.height);
  for (let cell = 0; cell < out.length; cell++) out[cell] = fixedLightAt(world, light, cell, day, base);
  const r = Math.ceil(LIGHT.phoneTiles);
  for (const held of world.students) {
    const student = held.id === whatIf.phoneOf && !held.lightOn ? { ...held, lightOn: true } : held;
    if (!student.lightOn || student.down) continue;
    const sx = Math.floor(student.x);
    const sy = Math.floor(student.y);
    for (let y = Math.max(0, sy - r); y <= Math.min(grid.height - 1, sy + r); y++) {
      for (let x = Math.max(0, sx - r); x <= Math.min(grid.width - 1, sx + r); x++) {
        const cell = y * grid.width + x;
        const phone = phoneLightAt(grid, student, x, y);
        if (phone > out[cell]!) out[cell] = phone;
      }
    }
  }
  for (let cell = 0; cell < out.length; cell++) if (out[cell]! > 1) out[cell] = 1;
  return out;
}

/** How much of their full range eyes keep at this light: `darkSightFactor` in the dark, 1 from `fullSightLight` up. */
export function sightFactor(light: number): number {
  const lit = Math.min(1, Math.max(0, light) / LIGHT.fullSightLight);
  return LIGHT.darkSightFactor + (1 - LIGHT.darkSightFactor) * lit;
}

/**
 * How far a student can be seen, as a share of a zombie's sight range: by the light on their tile,
 * and from farther than in full light while their own phone light is on. Worked out once per
 * student per tick.
 */
export function seenRangeFactor(world: World, memo: LightMemo, student: Student): number {
  const light = staticLight(world, memo);
  if (light.seenTick !== world.tick) {
    light.seenTick = world.tick;
    light.seen = world.students.map((s) => (s.lightOn && !s.down ? LIGHT.phoneSeenFactor : sightFactor(lightAt(world, memo, Math.floor(s.x), Math.floor(s.y)))));
  }
  return light.seen[student.id] ?? 1;
}
