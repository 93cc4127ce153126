/**
 * World: the whole mutable state of one running level. Only the simulation's rules change it;
 * everything outside the core sees it through `snapshot()`.
 *
 * Positions are in tiles, as floats: the centre of tile (3, 4) is (3.5, 4.5). Facing is a unit
 * vector. Times are in ticks.
 */

import type { Gait, StudentOrder } from './commands';
import type { ItemKind } from '../kernel/item-kinds';
import type { Level, TileRect } from '../level/level';
import type { Rng } from '../kernel/rng';
import { NEEDS, STUDENT, ZOMBIE, type ZombieKind } from '../kernel/tuning';
import { CLOCK } from '../kernel/tuning-world';
import type { TileGrid } from '../grid/tile-grid';
import { createScentMap, type ScentMap } from './scent-map';
import { createObjectiveStates, type ObjectiveState } from './objective-state';
import { createMindsState, type MindsState } from './minds-state';
import { difficultyPreset, type Difficulty } from '../kernel/difficulty';
import { freshItemFields } from '../kernel/item-catalog';
import { defaultRole, type Role } from '../kernel/roles';

/** How a student was hurt by a zombie: decides whether and how fast an infection runs. */
export type Wound = 'none' | 'scratch' | 'bite';

/** A carried item: the same id it had on the floor, so items are conserved and traceable. */
export interface CarriedItem {
  id: number;
  kind: ItemKind;
  /** Uses left, for a weapon. */
  durability?: number;
  /** Battery 0..100, for a phone. */
  charge?: number;
}
import { createDoorGrids, createDoors, type Door, type DoorGrids } from '../level/doors';
import { createFurniture, noPush, type FurniturePiece, type PushProgress } from '../level/furniture';

export type Status = 'playing' | 'won' | 'lost';
/** `bash`: hitting a closed door or barricade that stands between the zombie and where it is going. */
export type ZombieMode = 'idle' | 'wander' | 'investigate' | 'chase' | 'search' | 'attack' | 'bash' | 'down';

export interface Body {
  x: number;
  y: number;
  facingX: number;
  facingY: number;
  /** Waypoints (cell indices) still to walk to, nearest first. */
  path: number[];
  /** Whether the body moved during the last tick. */
  moving: boolean;
}

export interface Student extends Body {
  id: number;
  name: string;
  look: number;
  health: number;
  stamina: number;
  gait: Gait;
  down: boolean;
  attackCooldown: number;
  /** Ticks left of the swing animation, for the renderer. */
  swingTicks: number;
  hurtTicks: number;
  /** Ticks left of the grace after a bite, in which no zombie bites them again (rules/zombies/bite.ts); absent in older saves. */
  graceTicks?: number;
  /** Ticks left of bleeding after a bite: a bleeding student leaves a blood trail (scent.ts). */
  bleedTicks: number;
  ticksSinceStep: number;
  repathIn: number;
  /** Waiting to be rescued: not in the group yet (does not follow, cannot be controlled). */
  waiting: boolean;
  role: Role;
  /** What the student does while not controlled. */
  order: StudentOrder;
  /** Needs, 0..100 (tuning NEEDS): hunger, thirst and fatigue grow; warmth and morale fall. */
  hunger: number;
  thirst: number;
  fatigue: number;
  warmth: number;
  morale: number;
  /** The worst wound taken from a zombie, and the infection it started (meter 0..100, per tick). */
  wound: Wound;
  infection: number;
  infectionRate: number;
  /** Treatments received (antiseptic), for the HUD and camp. */
  treatments: number;
  /** The wounds that started or sped their infection, oldest first (at most `MAX_BITES`); absent in older saves: none. */
  bites?: InfectingBite[];
  /** Turned into a zombie (then also `down`), or a halfbie (still a student, see the AI). */
  turned: boolean;
  halfbie: boolean;
  /** What the student carries, and the carried weapon held ready (an item id, or -1 for bare hands). */
  pack: CarriedItem[];
  weaponId: number;
  /** Bit per need (rules/survival/needs.ts NEED_BITS) already warned about, so each warning is sent once. */
  warned: number;
  /** A hunting zombie was close at the last look (every NEEDS.fearScanEveryTicks ticks). */
  nearHunter: boolean;
  /** The phone light is on (a carried phone with charge; rules/senses/light.ts, rules/items/phone-light.ts). */
  lightOn: boolean;
}

/** A zombie's wound that infected a student: on which level, at which game minute (since day 0), by which kind. */
export interface InfectingBite {
  levelId: string;
  minute: number;
  kind: ZombieKind;
  wound: 'scratch' | 'bite';
}

/** Infecting wounds a student remembers (the newest). */
export const MAX_BITES = 8;

export interface Zombie extends Body {
  id: number;
  kind: ZombieKind;
  health: number;
  mode: ZombieMode;
  homeX: number;
  homeY: number;
  /** Student being chased or attacked, or -1. */
  targetId: number;
  /** Where the zombie last saw its target or heard a noise (tile coords), valid when modeTicks > 0. */
  goalX: number;
  goalY: number;
  /** Loudness margin of the noise being investigated, to prefer louder ones. */
  goalStrength: number;
  /** True while the zombie follows a blood trail rather than a noise. */
  onTrail: boolean;
  /** Ticks left in the current mode (search, investigate, idle pause). */
  modeTicks: number;
  repathIn: number;
  attackCooldown: number;
  swingTicks: number;
  stunTicks: number;
  hurtTicks: number;
  /** A turned student keeps their name tag. */
  name?: string;
  /** Its warning lunge of this hunt is spent: its next grab lands without one (rules/zombies/bite.ts). Absent in older saves: false. */
  lunged?: boolean;
  /** The door being bashed (mode `bash`), or -1. */
  bashDoorId: number;
}

export interface Item extends CarriedItem {
  tileX: number;
  tileY: number;
}

/** A thrown phone, ringing where it landed until `ticksLeft` runs out. */
export interface Lure {
  id: number;
  x: number;
  y: number;
  ticksLeft: number;
  nextNoiseIn: number;
  /** The phone that rings: it drops back on the floor, with what charge is left, when it stops. */
  phone?: CarriedItem;
}

/**
 * Which object of the level (its Tiled object id) each door and each of the level's own items came
 * from, so a save can be brought up to a changed level by id (sim/save/migrate-to-level.ts).
 * `doors[i]` is door i's object; `items` pairs an item id with its object, for every item the level
 * placed, whether it still lies on the floor, is carried or was used up. null: not known (a save
 * from before the ids were recorded).
 */
export interface LevelObjects {
  doors: number[] | null;
  items: [itemId: number, objectId: number][] | null;
}

export function levelObjectsOf(level: Level): LevelObjects {
  return { doors: level.doors.map((door) => door.objectId), items: level.items.map((item, id) => [id, item.objectId]) };
}

export interface World {
  level: Level;
  grid: TileGrid;
  rng: Rng;
  seed: number | string;
  tick: number;
  status: Status;
  students: Student[];
  zombies: Zombie[];
  items: Item[];
  lures: Lure[];
  /** Ids handed out to lures so far. */
  luresThrown: number;
  /** The next id for an item made by a rule (crafting, loot doubling). */
  nextItemId: number;
  difficulty: Difficulty;
  /** World minute (since midnight of day 0) when tick 0 was; the time now is in rules/world/clock.ts. */
  startMinute: number;
  /** The phone panic (charge at or below PHONE.panicCharge) happened already. */
  phonePanicked: boolean;
  controlledId: number;
  exits: TileRect[];
  /** Blood trails left by bleeding students. */
  scent: ScentMap;
  /** Progress of each of the level's objectives, in the level's order (src/core/objectives). */
  objectives: ObjectiveState[];
  /** Doors and windows, by id (rules/world/doors.ts). */
  doors: Door[];
  /** Routing and sound copies of the grid that follow the doors (a cache, rebuilt on load). */
  doorGrids: DoorGrids;
  /** Where each pushable piece of furniture is now (rules/world/furniture.ts), by id. */
  furniture: FurniturePiece[];
  /** The controlled student leaning on a piece. */
  push: PushProgress;
  /** Noise makers, the pacing director, hunters' lure memory (state/minds-state.ts). */
  minds: MindsState;
  /** Each light of the level's `lights` layer, in order: lit or not (rules/world/lamps.ts; fires stay lit). */
  lampsOn: boolean[];
  /** A halfbie hunter that followed the group here and has not come in yet (sim/campaign/stalker.ts). */
  stalker: PendingStalker | null;
  /** The level object each door and each of the level's items came from. */
  levelObjects: LevelObjects;
  /** 1 for every cell a student has seen since the level began (rules/senses/explored.ts); the fog of war shows the rest black. */
  explored: Uint8Array;
}

export interface WorldOptions {
  difficulty?: Difficulty;
  startMinute?: number;
}

/** A student as the level places them, before any tick. */
function newStudent(spawn: Level['students'][number], id: number): Student {
  return {
    id,
    name: spawn.name,
    look: spawn.look,
    x: spawn.tileX + 0.5,
    y: spawn.tileY + 0.5,
    facingX: 0,
    facingY: 1,
    path: [],
    moving: false,
    health: STUDENT.maxHealth,
    stamina: STUDENT.maxStamina,
    gait: 'walk',
    down: false,
    attackCooldown: 0,
    swingTicks: 0,
    hurtTicks: 0,
    bleedTicks: 0,
    ticksSinceStep: 0,
    repathIn: 0,
    waiting: spawn.waiting === true,
    role: spawn.role ?? defaultRole(id),
    order: 'follow',
    hunger: 0,
    thirst: 0,
    fatigue: 0,
    warmth: NEEDS.max,
    morale: NEEDS.max,
    wound: 'none',
    infection: 0,
    infectionRate: 0,
    treatments: 0,
    turned: false,
    halfbie: false,
    pack: [],
    weaponId: -1,
    warned: 0,
    nearHunter: false,
    lightOn: false,
  };
}

/**
 * A zombie standing at rest on tile (tileX, tileY), facing down, knowing nothing: the record every
 * zombie starts from, whether the level places it or it walks in later (the stalker).
 */
export function zombieAt(id: number, kind: ZombieKind, tileX: number, tileY: number): Zombie {
  return {
    id,
    kind,
    x: tileX + 0.5,
    y: tileY + 0.5,
    facingX: 0,
    facingY: 1,
    path: [],
    moving: false,
    health: ZOMBIE[kind].health,
    mode: 'idle',
    homeX: tileX,
    homeY: tileY,
    targetId: -1,
    goalX: tileX,
    goalY: tileY,
    goalStrength: 0,
    onTrail: false,
    modeTicks: 0,
    repathIn: 0,
    attackCooldown: 0,
    swingTicks: 0,
    stunTicks: 0,
    hurtTicks: 0,
    bashDoorId: -1,
  };
}

/** A zombie as the level places it, facing one of four ways; draws two numbers from the RNG. */
function newZombie(spawn: Level['zombies'][number], id: number, rng: Rng): Zombie {
  const angle = rng.int(0, 3);
  const modeTicks = rng.int(0, 40);
  return { ...zombieAt(id, spawn.kind, spawn.tileX, spawn.tileY), facingX: [0, 1, 0, -1][angle]!, facingY: [1, 0, -1, 0][angle]!, modeTicks };
}

export function createWorld(level: Level, rng: Rng, seed: number | string, options: WorldOptions = {}): World {
  const students = level.students.map(newStudent);
  const zombies = level.zombies.map((spawn, id) => newZombie(spawn, id, rng));
  const grid = { ...level.grid, cost: level.grid.cost.slice(), opaque: level.grid.opaque.slice(), changedCells: [] };
  const doors = createDoors(level.doors);
  return {
    level,
    // Each world gets its own copy: doors and barricades change the grid during play.
    grid,
    rng,
    seed,
    tick: 0,
    status: 'playing',
    students,
    zombies,
    items: level.items.map((item, id) => ({ id, kind: item.kind, tileX: item.tileX, tileY: item.tileY, ...freshItemFields(item.kind) })),
    lures: [],
    luresThrown: 0,
    nextItemId: level.items.length,
    difficulty: options.difficulty ?? difficultyPreset('normal'),
    startMinute: options.startMinute ?? levelStartMinute(level),
    phonePanicked: false,
    controlledId: 0,
    exits: level.exits,
    scent: createScentMap(level.grid),
    objectives: createObjectiveStates(level),
    doors,
    doorGrids: createDoorGrids({ grid, doors }),
    furniture: createFurniture(level.furniture.pieces),
    push: noPush(),
    minds: createMindsState(level),
    lampsOn: initialLampsOn(level.lights),
    stalker: null,
    levelObjects: levelObjectsOf(level),
    explored: new Uint8Array(level.grid.width * level.grid.height),
  };
}

export function livingStudents(world: World): Student[] {
  return world.students.filter((s) => !s.down);
}

/** Standing students in the group (not down, not waiting to be rescued). */
export function groupStudents(world: World): Student[] {
  return world.students.filter((s) => !s.down && !s.waiting);
}

/** A hunter that follows the group from level to level (sim/campaign/stalker.ts). */
export interface CampaignStalker {
  kind: 'hunter';
  /** A turned student keeps their name tag; null for the level's own hunter. */
  name: string | null;
  health: number;
}

/** A stalker on its way into the level: it enters at `enterTick` on the tile. Saved with the state. */
export interface PendingStalker extends CampaignStalker {
  enterTick: number;
  tileX: number;
  tileY: number;
}

/**
 * Where a new world's clock starts: the level's `startHour` when the file sets one, else
 * `CLOCK.startMinute` (a campaign overrides both with the group's own time).
 */
export function levelStartMinute(level: Level): number {
  const set = level.tiled.properties?.some((property) => property.name === 'startHour') === true;
  return set ? Math.round(level.settings.startHour * 60) : CLOCK.startMinute;
}

/** Each light of the level as it starts, by its `on` property. */
export function initialLampsOn(lights: World['level']['lights']): boolean[] {
  return lights.map((light) => light.on);
}
