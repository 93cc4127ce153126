/**
 * The bodies in a snapshot: a student and a zombie as renderers, the HUD and tests see them (plain
 * JSON, read-only). Split from snapshot.ts, which puts them together with the rest of the world.
 */

import type { Gait, StudentOrder } from '../state/commands';
import type { NeedName } from '../state/events';
import { carryLimit, packWeight } from '../rules/items/inventory';
import { ROLE, type Role } from '../kernel/roles';
import { ticksToTurn } from '../rules/survival/infection';
import type { ZombieKind } from '../kernel/tuning';
import type { Body, CarriedItem, InfectingBite, Student, World, Wound, Zombie, ZombieMode } from '../state/world';
import { awarenessOf, type Awareness } from '../rules/zombies/awareness';
import { needWarnings } from '../rules/survival/needs-read';
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

export function facingOf(body: Body): Facing {
  if (Math.abs(body.facingX) > Math.abs(body.facingY)) return body.facingX < 0 ? 'left' : 'right';
  return body.facingY < 0 ? 'up' : 'down';
}

/** One student as the snapshot shows them; `light` is this tick's light map. */
export function studentView(world: World, s: Student, light: Float32Array): StudentView {
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
export function zombieView(world: World, z: Zombie, light: Float32Array): ZombieView {
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
