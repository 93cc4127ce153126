/**
 * Level: what the simulation needs from a level file, already checked. Built by `parseLevel` from
 * Tiled JSON; the renderer draws the same file (`tiled`) with Phaser's tilemap.
 *
 * Words: a *spawn* is where a student starts; an *exit* is a rectangle of tiles that ends the level
 * in a win when a living student stands in it.
 */

import type { ItemKind } from '../commands';
import type { TileGrid } from '../grid/tile-grid';
import type { ZombieKind } from '../tuning';
import type { TiledMap } from './level-schema';

export interface StudentSpawn {
  name: string;
  look: number;
  tileX: number;
  tileY: number;
}

export interface ZombieSpawn {
  kind: ZombieKind;
  tileX: number;
  tileY: number;
}

export interface ItemPlacement {
  kind: ItemKind;
  tileX: number;
  tileY: number;
}

export interface TileRect {
  tileX: number;
  tileY: number;
  width: number;
  height: number;
}

export interface Level {
  /** File name without folder or extension, e.g. `01-classroom-wing`. */
  id: string;
  /** Path the level was read from, for messages. */
  file: string;
  title: string;
  width: number;
  height: number;
  tileSize: number;
  grid: TileGrid;
  students: StudentSpawn[];
  zombies: ZombieSpawn[];
  items: ItemPlacement[];
  exits: TileRect[];
  /** The checked Tiled JSON, for the renderer. */
  tiled: TiledMap;
}

export function isInRect(rect: TileRect, tileX: number, tileY: number): boolean {
  return tileX >= rect.tileX && tileY >= rect.tileY && tileX < rect.tileX + rect.width && tileY < rect.tileY + rect.height;
}
