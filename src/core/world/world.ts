/**
 * World: the whole mutable state of one running level. Only the simulation's rules change it;
 * everything outside the core sees it through `snapshot()`.
 *
 * Positions are in tiles, as floats: the centre of tile (3, 4) is (3.5, 4.5). Facing is a unit
 * vector. Times are in ticks.
 */

import type { Gait, ItemKind } from '../commands';
import type { Level, TileRect } from '../level/level';
import type { Rng } from '../rng';
import { STUDENT, ZOMBIE, type ZombieKind } from '../tuning';
import type { TileGrid } from '../grid/tile-grid';
import { createScentMap, type ScentMap } from '../senses/scent';
import { createObjectiveStates, type ObjectiveState } from '../objectives/objective-state';

export type Status = 'playing' | 'won' | 'lost';
export type ZombieMode = 'idle' | 'wander' | 'investigate' | 'chase' | 'search' | 'attack' | 'down';

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
  /** Ticks left of bleeding after a bite: a bleeding student leaves a blood trail (scent.ts). */
  bleedTicks: number;
  ticksSinceStep: number;
  repathIn: number;
  /** Waiting to be rescued: not in the group yet (does not follow, cannot be controlled). */
  waiting: boolean;
}

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
}

export interface Item {
  id: number;
  kind: ItemKind;
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
  inventory: Record<ItemKind, number>;
  controlledId: number;
  exits: TileRect[];
  /** Blood trails left by bleeding students. */
  scent: ScentMap;
  /** Progress of each of the level's objectives, in the level's order (src/core/objectives). */
  objectives: ObjectiveState[];
}

export function createWorld(level: Level, rng: Rng, seed: number | string): World {
  const students: Student[] = level.students.map((spawn, id) => ({
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
  }));
  const zombies: Zombie[] = level.zombies.map((spawn, id) => {
    const angle = rng.int(0, 3);
    return {
      id,
      kind: spawn.kind,
      x: spawn.tileX + 0.5,
      y: spawn.tileY + 0.5,
      facingX: [0, 1, 0, -1][angle]!,
      facingY: [1, 0, -1, 0][angle]!,
      path: [],
      moving: false,
      health: ZOMBIE[spawn.kind].health,
      mode: 'idle',
      homeX: spawn.tileX,
      homeY: spawn.tileY,
      targetId: -1,
      goalX: spawn.tileX,
      goalY: spawn.tileY,
      goalStrength: 0,
      onTrail: false,
      modeTicks: rng.int(0, 40),
      repathIn: 0,
      attackCooldown: 0,
      swingTicks: 0,
      stunTicks: 0,
      hurtTicks: 0,
    };
  });
  return {
    level,
    // Each world gets its own copy: doors and barricades change the grid during play.
    grid: { ...level.grid, cost: level.grid.cost.slice(), opaque: level.grid.opaque.slice(), changedCells: [] },
    rng,
    seed,
    tick: 0,
    status: 'playing',
    students,
    zombies,
    items: level.items.map((item, id) => ({ id, kind: item.kind, tileX: item.tileX, tileY: item.tileY })),
    lures: [],
    luresThrown: 0,
    inventory: { food: 0, water: 0, phone: 0 },
    controlledId: 0,
    exits: level.exits,
    scent: createScentMap(level.grid),
    objectives: createObjectiveStates(level),
  };
}

export function livingStudents(world: World): Student[] {
  return world.students.filter((s) => !s.down);
}

/** Standing students in the group (not down, not waiting to be rescued). */
export function groupStudents(world: World): Student[] {
  return world.students.filter((s) => !s.down && !s.waiting);
}
