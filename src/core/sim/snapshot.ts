/**
 * Snapshot: a read-only, plain-JSON picture of the world for renderers, the HUD, tests and the
 * testing hook. Built fresh on request; holding one never lets anybody change the simulation.
 */

import type { ItemKind } from '../kernel/item-kinds';
import { groupTotals } from '../rules/items/inventory';
import type { TileRect } from '../level/level';
import type { Device, LightKind, NoiseMakerKind, ObjectiveKind } from '../level/level-words';
import { currentStep, objectivesBlockingExit } from '../rules/objectives/objectives';
import { clockText, dayCount, daylight, isNight, minuteOfDay } from '../rules/world/clock';
import { lightMap, type LightMemo } from '../rules/senses/light';
import { TICKS_PER_SECOND } from '../kernel/tuning';
import { DOORS } from '../kernel/tuning-world';
import type { Status, World } from '../state/world';
import { doorStateOf, type DoorState } from '../level/doors';
import type { DoorKind } from '../level/level-words';
import { noiseMaskViews, type NoiseMaskView } from '../rules/noise/noise-mask';
import { lightLevels } from '../rules/senses/light-read';
import { holdProgress, rescueTarget } from '../rules/objectives/objective-read';
import { studentView, zombieView, type Awareness, type Facing, type StudentView, type ZombieView } from './body-views';

export type { Awareness, Facing, StudentView, ZombieView };
export { facingOf } from './body-views';

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
    const rescued = rescueTarget(world, objective);
    if (rescued !== undefined) view.studentId = rescued.id;
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
