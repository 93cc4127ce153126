/**
 * Level: what the simulation needs from a level file, already checked. Built by `parseLevel` from
 * Tiled JSON; the renderer draws the same file (`tiled`) with Phaser's tilemap.
 *
 * Words: a *spawn* is where a student starts; an *exit* is a rectangle of tiles that ends the level
 * in a win when a living student stands in it.
 */

import type { ItemKind } from '../kernel/item-kinds';
import type { TileGrid } from '../grid/tile-grid';
import type { Role } from '../kernel/roles';
import type { ZombieKind } from '../kernel/tuning';
import type { TiledMap } from './level-schema';
import type { Device, DoorKind, LightKind, NoiseMakerKind, ObjectiveKind } from './level-words';

export interface StudentSpawn {
  name: string;
  look: number;
  /** The level's `role` property; left out, the student takes ROLES[index] (kernel/roles.ts). */
  role?: Role;
  tileX: number;
  tileY: number;
  /** A student to rescue: waits apart from the group until a group member comes close. */
  waiting?: boolean;
}

export interface ZombieSpawn {
  kind: ZombieKind;
  tileX: number;
  tileY: number;
}

export interface ItemPlacement {
  /** The Tiled object id (unique in the level): what a save records to find the item again after the level changes. */
  objectId: number;
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

/**
 * One objective of the `objectives` layer. Points (collect, activate, rescue) have a 1x1 `area`.
 * `label` is the object's name, or empty for the game's default text.
 */
export interface Objective {
  kind: ObjectiveKind;
  label: string;
  /** The designer's text in Korean (`labelKo`), when given. */
  labelKo?: string;
  /** Order: every objective of a lower step must be done before this one can be. */
  step: number;
  area: TileRect;
  /** activate: what the device is, how far its sound carries (tiles; 0 = silent), and for how long (ticks). */
  device?: Device;
  noiseRadius?: number;
  soundTicks?: number;
  /** hold: ticks to spend inside the area, added up. */
  holdTicks?: number;
  /** hold: held until the first dawn after the level begins, not for `holdTicks`. */
  untilDawn?: boolean;
  /** rescue: the index in `Level.students` of the waiting student, and whether they must reach an exit. */
  studentIndex?: number;
  escort?: boolean;
}

/** A door or window from the `doors` layer, as the level starts. */
export interface DoorPlacement {
  /** The Tiled object id (unique in the level): what a save records to find the door again after the level changes. */
  objectId: number;
  kind: DoorKind;
  tileX: number;
  tileY: number;
  open: boolean;
  locked: boolean;
  lockable: boolean;
  /** Health of the door or pane itself. */
  strength: number;
  /** Health of a barricade already built over it; 0 = none. */
  barricade: number;
}

/** A lamp or fire from the `lights` layer. */
export interface LightPlacement {
  kind: LightKind;
  tileX: number;
  tileY: number;
  radius: number;
  brightness: number;
  on: boolean;
}

/** A speaker, PA console, piano, fire alarm or bell from the `noisemakers` layer. */
export interface NoiseMakerPlacement {
  kind: NoiseMakerKind;
  tileX: number;
  tileY: number;
  /** Radius of its sound, tiles. */
  loudness: number;
}

/** Map-wide settings for the clock, light and the pacing director (map custom properties). */
/** A furniture-layer piece students can push (its tile type is one of furniture.ts PUSHABLE). */
export interface PushablePiece {
  gid: number;
  /** The tile's type, e.g. "desk". */
  type: string;
  tileX: number;
  tileY: number;
  opaque: boolean;
  heavy: boolean;
}

export interface LevelFurniture {
  pieces: PushablePiece[];
  /** The cells' cost and opacity without the furniture layer: what is left where a piece is pushed away. */
  bare: TileGrid;
  /** The furniture layer's gid per cell as the file has it (0 = none). */
  gids: Uint32Array;
}

export interface LevelSettings {
  startHour: number;
  /** Game minutes per second of play. */
  clockSpeed: number;
  /** Light of the whole floor in full daylight, 0..1. */
  ambientLight: number;
  director: boolean;
  /** Siege waves: the horde outside grows, a bigger wave at a time, and comes for the group (rules/director/waves.ts). */
  waves: boolean;
  /** Where a halfbie hunter that followed the group comes in (map property `hunterEntry`, "x,y"); null: picked from the seed. */
  hunterEntry: { tileX: number; tileY: number } | null;
}

export interface Level {
  /** File name without folder or extension, e.g. `01-classroom-wing`. */
  id: string;
  /** Path the level was read from, for messages. */
  file: string;
  title: string;
  /** The title in Korean, when the level gives one. */
  titleKo?: string;
  width: number;
  height: number;
  tileSize: number;
  grid: TileGrid;
  students: StudentSpawn[];
  zombies: ZombieSpawn[];
  items: ItemPlacement[];
  exits: TileRect[];
  /** What must be done before an exit wins the level, in file order (see src/core/objectives). */
  objectives: Objective[];
  /** The level is lost when fewer students than this are standing (map property `survivors`). */
  survivors: number;
  doors: DoorPlacement[];
  lights: LightPlacement[];
  noiseMakers: NoiseMakerPlacement[];
  furniture: LevelFurniture;
  settings: LevelSettings;
  /** The checked Tiled JSON, for the renderer. */
  tiled: TiledMap;
}

export function isInRect(rect: TileRect, tileX: number, tileY: number): boolean {
  return tileX >= rect.tileX && tileY >= rect.tileY && tileX < rect.tileX + rect.width && tileY < rect.tileY + rect.height;
}
