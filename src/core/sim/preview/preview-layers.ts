/**
 * More of the level preview (`?edit=<id>`): what a level's placed things reach, from the same rules
 * play uses. Pure and deterministic.
 * - lights: the tiles each lamp or fire lights, through walls as in play (rules/senses/light.ts);
 * - sounds: how far each noise maker, and each device an objective switches on, carries (the
 *   noise spread the simulation uses, walls and doors muffling);
 * - spawn reach: the tiles students can walk to from their spawns. Doors and windows open; a
 *   locked door opens too once a student stands beside it (L unlocks it from either side), unless
 *   it has no lock to open (`lockable` false); a barricaded door or window stays shut. Only
 *   breaking those gets through;
 * - locked doors: where the group first gets beside each one, the tile it is unlocked from (its
 *   "key"), or nowhere when it cannot be reached without breaking a door;
 * - the route to the exit: the shortest walk from a student's spawn to an exit tile.
 */

import { createNoiseSpreader } from '../../rules/noise/noise';
import { lightOf } from '../../rules/senses/light';
import { createDoorGrids, createDoors } from '../../level/doors';
import type { Level } from '../../level/level';

export interface LightReach {
  kind: string;
  tileX: number;
  tileY: number;
  radius: number;
  on: boolean;
  /** Per cell, how much this light alone lights it (0..1; 0 where it does not reach). */
  lit: Float32Array;
  cells: number;
}

export interface SoundReach {
  /** A noise maker of the `noisemakers` layer, or an `activate` objective's device. */
  source: 'noiseMaker' | 'device';
  kind: string;
  tileX: number;
  tileY: number;
  /** Tiles through open floor. */
  radius: number;
  /** Per cell: 1 where it is heard. */
  heard: Uint8Array;
  cells: number;
}

export interface LockedDoorReach {
  /** Index into `level.doors`. */
  door: number;
  tileX: number;
  tileY: number;
  /** A student can unlock it (L); false: only breaking it opens it. */
  lockable: boolean;
  /** The tile beside it a student gets to first from the spawns; null when none gets beside it. */
  unlockFrom: { tileX: number; tileY: number } | null;
}

export interface PreviewLayers {
  lights: LightReach[];
  sounds: SoundReach[];
  lockedDoors: LockedDoorReach[];
  /** Per cell: 1 where a student can walk from the spawns (see above). */
  spawnReach: Uint8Array;
  spawnReachCells: number;
  /** Cells from the nearest student spawn to the nearest exit tile, both included; empty when no way. */
  exitRoute: number[];
}

const NEIGHBOURS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;

/** How far each of the level's lights reaches, on or off. */
function lightReaches(level: Level): LightReach[] {
  return level.lights.map((light): LightReach => {
    const lit = lightOf(level.grid, light);
    return { kind: light.kind, tileX: light.tileX, tileY: light.tileY, radius: light.radius, on: light.on, lit, cells: lit.reduce((n, v) => n + (v > 0 ? 1 : 0), 0) };
  });
}

/** Where each noise maker and each noisy device is heard, with the doors as the level sets them. */
function soundReaches(level: Level): SoundReach[] {
  const { grid } = level;
  const size = level.width * level.height;
  const doorGrids = createDoorGrids({ grid, doors: createDoors(level.doors) });
  const spreader = createNoiseSpreader(grid, doorGrids.muffle);
  const sound = (source: SoundReach['source'], kind: string, tileX: number, tileY: number, radius: number): SoundReach => {
    const heard = new Uint8Array(size);
    let cells = 0;
    spreader.spread(tileX, tileY, radius);
    for (let cell = 0; cell < size; cell++) {
      if (spreader.distanceAt(cell) < radius) {
        heard[cell] = 1;
        cells++;
      }
    }
    return { source, kind, tileX, tileY, radius, heard, cells };
  };
  return [
    ...level.noiseMakers.map((maker) => sound('noiseMaker', maker.kind, maker.tileX, maker.tileY, maker.loudness)),
    ...level.objectives
      .filter((o) => o.kind === 'activate' && (o.noiseRadius ?? 0) > 0)
      .map((o) => sound('device', o.device ?? 'device', o.area.tileX + Math.floor(o.area.width / 2), o.area.tileY + Math.floor(o.area.height / 2), o.noiseRadius!)),
  ];
}

/** Steps from the spawns (breadth first, with each cell's parent for the route), and the door on each cell (-1: none). */
interface SpawnWalk {
  distance: Int32Array;
  parent: Int32Array;
  doorAt: Int32Array;
}

/** Walking from the spawns: every door tile passes except a barricaded one and a locked one with no lock to open. */
function walkFromSpawns(level: Level): SpawnWalk {
  const { width, height, grid } = level;
  const size = width * height;
  const doorAt = new Int32Array(size).fill(-1);
  level.doors.forEach((door, index) => (doorAt[door.tileY * width + door.tileX] = index));
  const passable = (cell: number): boolean => {
    const door = doorAt[cell]!;
    if (door >= 0) {
      const placed = level.doors[door]!;
      return placed.barricade === 0 && !(placed.locked && !placed.lockable);
    }
    return grid.cost[cell]! > 0;
  };
  const distance = new Int32Array(size).fill(-1);
  const parent = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  const free = level.students.filter((s) => s.waiting !== true);
  for (const spawn of free.length > 0 ? free : level.students.slice(0, 1)) {
    const cell = spawn.tileY * width + spawn.tileX;
    if (distance[cell] !== -1) continue;
    distance[cell] = 0;
    queue[tail++] = cell;
  }
  while (head < tail) {
    const cell = queue[head++]!;
    const x = cell % width;
    const y = (cell - x) / width;
    for (const [dx, dy] of NEIGHBOURS) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
      const next = ny * width + nx;
      if (distance[next] !== -1 || !passable(next)) continue;
      distance[next] = distance[cell]! + 1;
      parent[next] = cell;
      queue[tail++] = next;
    }
  }
  return { distance, parent, doorAt };
}

/** Each locked door, and the tile nearest the spawns from which it can be unlocked. */
function lockedDoorReaches(level: Level, { distance, doorAt }: SpawnWalk): LockedDoorReach[] {
  const { width, height } = level;
  return level.doors.flatMap((door, index): LockedDoorReach[] => {
    if (!door.locked) return [];
    let best: { tileX: number; tileY: number } | null = null;
    let bestDistance = Infinity;
    for (const [dx, dy] of NEIGHBOURS) {
      const x = door.tileX + dx;
      const y = door.tileY + dy;
      if (x < 0 || y < 0 || x >= width || y >= height || doorAt[y * width + x] !== -1) continue;
      const d = distance[y * width + x]!;
      if (d >= 0 && d < bestDistance) {
        bestDistance = d;
        best = { tileX: x, tileY: y };
      }
    }
    return [{ door: index, tileX: door.tileX, tileY: door.tileY, lockable: door.lockable, unlockFrom: best }];
  });
}

/** Cells from the nearest spawn to the nearest exit tile (ties: the lower cell), or empty when no exit is reached. */
function exitRouteOf(level: Level, { distance, parent }: SpawnWalk): number[] {
  let exitCell = -1;
  for (const exit of level.exits) {
    for (let y = exit.tileY; y < exit.tileY + exit.height; y++) {
      for (let x = exit.tileX; x < exit.tileX + exit.width; x++) {
        const cell = y * level.width + x;
        if (distance[cell]! >= 0 && (exitCell < 0 || distance[cell]! < distance[exitCell]! || (distance[cell] === distance[exitCell] && cell < exitCell))) exitCell = cell;
      }
    }
  }
  const route: number[] = [];
  for (let cell = exitCell; cell >= 0; cell = parent[cell]!) route.unshift(cell);
  return route;
}

export function previewLayers(level: Level): PreviewLayers {
  const walk = walkFromSpawns(level);
  const spawnReach = Uint8Array.from(walk.distance, (steps) => (steps >= 0 ? 1 : 0));
  return {
    lights: lightReaches(level),
    sounds: soundReaches(level),
    lockedDoors: lockedDoorReaches(level, walk),
    spawnReach,
    spawnReachCells: spawnReach.reduce((n, v) => n + v, 0),
    exitRoute: exitRouteOf(level, walk),
  };
}
