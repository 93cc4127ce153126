/**
 * Snapshot: a read-only, plain-JSON picture of the world for renderers, the HUD, tests and the
 * testing hook. Built fresh on request; holding one never lets anybody change the simulation.
 */

import type { Gait, StudentOrder } from '../state/commands';
import type { ItemKind } from '../kernel/item-kinds';
import type { NeedName } from '../state/events';
import { carryLimit, groupTotals, packWeight } from '../rules/items/inventory';
import type { TileRect } from '../level/level';
import type { Device, LightKind, NoiseMakerKind, ObjectiveKind } from '../level/level-words';
import { currentStep, objectivesBlockingExit } from '../rules/objectives/objectives';
import { ROLE, type Role } from '../kernel/roles';
import { ticksToTurn } from '../rules/survival/infection';
import { clockText, dayCount, daylight, isNight, minuteOfDay } from '../rules/world/clock';
import { lightMap, type LightMemo } from '../rules/senses/light';
import { TICKS_PER_SECOND, type ZombieKind } from '../kernel/tuning';
import { DOORS } from '../kernel/tuning-world';
import type { Body, CarriedItem, InfectingBite, Status, Student, World, Wound, Zombie, ZombieMode } from '../state/world';
import { doorStateOf, type DoorState } from '../level/doors';
import type { DoorKind } from '../level/level-words';
import { noiseMaskViews, type NoiseMaskView } from '../rules/noise/noise-mask';
import { awarenessOf, type Awareness } from '../rules/zombies/awareness';
import { needWarnings } from '../rules/survival/needs-read';
import { lightLevels } from '../rules/senses/light-read';
import { holdProgress } from '../rules/objectives/objective-read';
import { spotTiles, studentSightTiles } from '../rules/senses/sight-read';
import { helpUpTicks } from '../rules/students/help-up';
import { zombieInReach } from '../rules/students/combat';

export type Facing = 'down' | 'left' | 'right' | 'up';
export type { Awareness };

export interface StudentView {
  id: number;
  name: string;
  look: number;
  tileX: number;
  tileY: number;
  x: number;
  y: number;
  health: number;
  maxHealth: number;
  stamina: number;
  gait: Gait;
  facing: Facing;
  /** The way they face (a unit vector; 0,0 before their first step): where a swing lands. */
  facingX: number;
  facingY: number;
  moving: boolean;
  /** The controlled student is on a tapped walk (a path to follow, no key held); false for the others. */
  walking: boolean;
  swinging: boolean;
  /** Ticks until their next swing is ready (0: a blow is ready now); `zombieInReach`: a standing zombie is within their weapon's reach (combat.ts). */
  swingReadyIn: number;
  zombieInReach: boolean;
  hurt: boolean;
  down: boolean;
  controlled: boolean;
  /** Waiting to be rescued: not in the group yet. */
  waiting: boolean;
  role: Role;
  /** The role's name for people, e.g. "Baseball player". */
  roleTitle: string;
  order: StudentOrder;
  hunger: number;
  thirst: number;
  fatigue: number;
  warmth: number;
  morale: number;
  /** Needs at or past their warning level, worst first in NEED_BITS order. */
  warnings: NeedName[];
  wound: Wound;
  /** Infection meter 0..100, and ticks left before turning (null when not infected). */
  infection: number;
  ticksToTurn: number | null;
  /** The wounds that infected them, oldest first (when, which kind, on which level). */
  bites: readonly InfectingBite[];
  bleeding: boolean;
  /** Fallen, and a friend can still help them up (Use) for this many ticks; null otherwise (rules/students/help-up.ts). */
  helpUpTicks: number | null;
  turned: boolean;
  halfbie: boolean;
  pack: CarriedItem[];
  packKg: number;
  carryKg: number;
  /** The carried weapon held ready, or -1 for bare hands. */
  weaponId: number;
  /** How far this student sees, tiles (less when exhausted or panicking, and in the dark unless their phone light is on). */
  sightTiles: number;
  /** The phone light is on (a cone ahead of them in `light`). */
  lightOn: boolean;
}

export interface ZombieView {
  id: number;
  kind: ZombieKind;
  tileX: number;
  tileY: number;
  x: number;
  y: number;
  mode: ZombieMode;
  awareness: Awareness;
  /** Unit vector the zombie faces (its view cone's axis). */
  facingX: number;
  facingY: number;
  /** The tile it is heading for when investigating, chasing or searching. */
  goalX: number;
  goalY: number;
  /** True while it follows a blood trail. */
  onTrail: boolean;
  health: number;
  facing: Facing;
  moving: boolean;
  swinging: boolean;
  hurt: boolean;
  /**
   * Ticks until its next bite lands while it stands in reach of its target (its first grab of a
   * hunt winds up for `ZOMBIE_AI.grabWarningTicks`, rules/zombies/bite.ts); null when it is not in reach.
   */
  biteIn: number | null;
  /** A turned student keeps their name tag. */
  name?: string;
  /** Students make it out only this close (tiles): less in the dark, and a crawler far less. */
  spotTiles: number;
}

export interface ItemView {
  id: number;
  kind: ItemKind;
  tileX: number;
  tileY: number;
  durability?: number;
  charge?: number;
}

export interface LureView {
  id: number;
  x: number;
  y: number;
  tileX: number;
  tileY: number;
  ticksLeft: number;
}

/** One objective for the HUD and markers: `current` ones can be done now, `later` ones wait for an earlier step. */
export interface ObjectiveView {
  index: number;
  kind: ObjectiveKind;
  /** The designer's text (the object's name); empty: the game shows a default for the kind. */
  label: string;
  /** The designer's text in Korean, when the level gives one. */
  labelKo?: string;
  step: number;
  state: 'done' | 'current' | 'later';
  tileX: number;
  tileY: number;
  width: number;
  height: number;
  /** 0..1: a hold's time inside so far; 0 or 1 for the others. */
  progress: number;
  /** hold: seconds still to hold. */
  secondsLeft?: number;
  device?: Device;
  /** activate: the device is making its noise. */
  sounding?: boolean;
  /** rescue: the waiting student's id. */
  studentId?: number;
}

/** A door or window and what is left of it and of its barricade, for drawing. */
export interface DoorView {
  id: number;
  kind: DoorKind;
  tileX: number;
  tileY: number;
  state: DoorState;
  health: number;
  maxHealth: number;
  /** Barricade health, 0 when there is none. */
  barricade: number;
  maxBarricade: number;
}

export interface Snapshot {
  levelId: string;
  tick: number;
  status: Status;
  seed: number | string;
  controlledId: number;
  students: StudentView[];
  zombies: ZombieView[];
  items: ItemView[];
  lures: LureView[];
  /** What the living students carry, by kind, all packs together. */
  inventory: Record<ItemKind, number>;
  exits: TileRect[];
  /** The level's objectives in file order; empty when reaching an exit is all it asks. */
  objectives: ObjectiveView[];
  /**
   * Objectives (indexes into `objectives`) still to do while a group student stands in an exit:
   * the exit does not count yet. Empty when nobody stands in one or nothing is missing.
   */
  exitBlockedBy: number[];
  /** The level is lost when fewer students than this stand. */
  survivorsNeeded: number;
  /** Game minute of the day (0..1439) and daylight 0..1 (0 = night). */
  minuteOfDay: number;
  daylight: number;
  /** The clock as "HH:MM", night (dusk to dawn), and the day (0 on the first day). */
  clock: string;
  night: boolean;
  day: number;
  doors: DoorView[];
  /** The level's noise makers (rules/noise/noise-makers.ts) and whether each is sounding. */
  noiseMakers: { kind: NoiseMakerKind; tileX: number; tileY: number; sounding: boolean }[];
  /** The level's lamps and fires (rules/world/lamps.ts) and whether each is lit. */
  lamps: { kind: LightKind; tileX: number; tileY: number; on: boolean }[];
  /** Pushable furniture: the tile drawn, where it stands and where the level file put it. */
  furniture: FurnitureView[];
  /** Light per tile, 0..1 in hundredths, row by row (cell = tileY · width + tileX); see rules/senses/light.ts. */
  light: number[];
  /** Thunder and bell masks holding now (rules/noise/noise-mask.ts): quieter noises in their reach go unheard by zombies. */
  noiseMasks: NoiseMaskView[];
  /** Siege waves on this map: waves come so far and seconds to the next; null on maps without waves. */
  siege: { wave: number; nextWaveSeconds: number } | null;
}

export interface FurnitureView {
  id: number;
  gid: number;
  tileX: number;
  tileY: number;
  homeX: number;
  homeY: number;
}

export function facingOf(body: Body): Facing {
  if (Math.abs(body.facingX) > Math.abs(body.facingY)) return body.facingX < 0 ? 'left' : 'right';
  return body.facingY < 0 ? 'up' : 'down';
}

/** One student as the snapshot shows them; `light` is this tick's light map. */
function studentView(world: World, s: Student, light: Float32Array): StudentView {
  return {
    id: s.id,
    name: s.name,
    look: s.look,
    tileX: Math.floor(s.x),
    tileY: Math.floor(s.y),
    x: s.x,
    y: s.y,
    health: s.health,
    maxHealth: 100,
    stamina: s.stamina,
    gait: s.gait,
    facing: facingOf(s),
    facingX: s.facingX,
    facingY: s.facingY,
    moving: s.moving,
    walking: s.id === world.controlledId && s.path.length > 0,
    swinging: s.swingTicks > 0,
    swingReadyIn: s.attackCooldown,
    zombieInReach: zombieInReach(world.zombies, s),
    hurt: s.hurtTicks > 0,
    down: s.down,
    controlled: s.id === world.controlledId,
    waiting: s.waiting,
    role: s.role,
    roleTitle: ROLE[s.role].title,
    order: s.order,
    hunger: s.hunger,
    thirst: s.thirst,
    fatigue: s.fatigue,
    warmth: s.warmth,
    morale: s.morale,
    warnings: needWarnings(s),
    wound: s.wound,
    infection: s.infection,
    ticksToTurn: Number.isFinite(ticksToTurn(s)) ? ticksToTurn(s) : null,
    bites: s.bites ?? [],
    bleeding: s.bleedTicks > 0,
    helpUpTicks: helpUpTicks(s),
    turned: s.turned,
    halfbie: s.halfbie,
    pack: s.pack.map((item) => ({ ...item })),
    packKg: packWeight(s),
    carryKg: carryLimit(s),
    weaponId: s.weaponId,
    sightTiles: studentSightTiles(world, s, light),
    lightOn: s.lightOn,
  };
}

/** One zombie as the snapshot shows it; `light` is this tick's light map. */
function zombieView(world: World, z: Zombie, light: Float32Array): ZombieView {
  return {
    id: z.id,
    kind: z.kind,
    tileX: Math.floor(z.x),
    tileY: Math.floor(z.y),
    x: z.x,
    y: z.y,
    mode: z.mode,
    awareness: awarenessOf(z.mode),
    facingX: z.facingX,
    facingY: z.facingY,
    goalX: z.goalX,
    goalY: z.goalY,
    onTrail: z.onTrail,
    health: z.health,
    facing: facingOf(z),
    moving: z.moving,
    swinging: z.swingTicks > 0,
    hurt: z.hurtTicks > 0,
    biteIn: z.mode === 'attack' ? Math.max(1, z.attackCooldown) : null,
    ...(z.name === undefined ? {} : { name: z.name }),
    spotTiles: spotTiles(world, z.kind, Math.floor(z.x), Math.floor(z.y), light),
  };
}

/** The world as plain data; `lightMemo` is the simulation's (its tick context's), so the light map reuses what the tick built. */
export function takeSnapshot(world: World, lightMemo: LightMemo): Snapshot {
  const light = lightMap(world, lightMemo);
  return {
    levelId: world.level.id,
    tick: world.tick,
    status: world.status,
    seed: world.seed,
    controlledId: world.controlledId,
    students: world.students.map((s) => studentView(world, s, light)),
    zombies: world.zombies.map((z) => zombieView(world, z, light)),
    items: world.items.map((i) => ({ ...i })),
    lures: world.lures.map((l) => ({ id: l.id, x: l.x, y: l.y, tileX: Math.floor(l.x), tileY: Math.floor(l.y), ticksLeft: l.ticksLeft })),
    inventory: groupTotals(world),
    exits: world.exits.map((e) => ({ ...e })),
    objectives: objectiveViews(world),
    exitBlockedBy: objectivesBlockingExit(world),
    survivorsNeeded: world.level.survivors,
    minuteOfDay: minuteOfDay(world),
    daylight: daylight(world),
    clock: clockText(minuteOfDay(world)),
    night: isNight(world),
    day: dayCount(world),
    noiseMakers: world.level.noiseMakers.map((m, i) => ({ kind: m.kind, tileX: m.tileX, tileY: m.tileY, sounding: world.minds.noiseMakers[i]!.soundTicksLeft > 0 })),
    lamps: world.level.lights.map((l, i) => ({ kind: l.kind, tileX: l.tileX, tileY: l.tileY, on: world.lampsOn[i]! })),
    light: lightLevels(light),
    noiseMasks: noiseMaskViews(world),
    siege: world.level.settings.waves ? { wave: world.minds.waves.wave, nextWaveSeconds: Math.ceil(world.minds.waves.nextWaveIn / TICKS_PER_SECOND) } : null,
    doors: world.doors.map((d) => ({
      id: d.id,
      kind: d.kind,
      tileX: d.tileX,
      tileY: d.tileY,
      state: doorStateOf(d),
      health: d.health,
      maxHealth: d.maxHealth,
      barricade: d.barricade,
      maxBarricade: DOORS.barricadeMax,
    })),
    furniture: world.furniture.map((p) => {
      const placed = world.level.furniture.pieces[p.id]!;
      return { id: p.id, gid: placed.gid, tileX: p.tileX, tileY: p.tileY, homeX: placed.tileX, homeY: placed.tileY };
    }),
  };
}

function objectiveViews(world: World): ObjectiveView[] {
  const step = currentStep(world);
  return world.level.objectives.map((objective, index) => {
    const state = world.objectives[index]!;
    const view: ObjectiveView = {
      index,
      kind: objective.kind,
      label: objective.label,
      ...(objective.labelKo === undefined ? {} : { labelKo: objective.labelKo }),
      step: objective.step,
      state: state.done ? 'done' : objective.step === step ? 'current' : 'later',
      tileX: objective.area.tileX,
      tileY: objective.area.tileY,
      width: objective.area.width,
      height: objective.area.height,
      progress: state.done ? 1 : 0,
    };
    if (objective.kind === 'hold') Object.assign(view, holdProgress(world, objective, state));
    if (objective.kind === 'activate') {
      view.device = objective.device ?? 'switch';
      view.sounding = state.soundTicksLeft > 0;
    }
    if (objective.studentIndex !== undefined) view.studentId = objective.studentIndex;
    return view;
  });
}

/** FNV-1a over a string, as 8 hex digits: a compact state hash for replays and checkpoints. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
