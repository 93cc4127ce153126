/**
 * Snapshot: a read-only, plain-JSON picture of the world for renderers, the HUD, tests and the
 * testing hook. Built fresh on request; holding one never lets anybody change the simulation.
 */

import type { Gait, ItemKind } from './commands';
import type { TileRect } from './level/level';
import type { ZombieKind } from './tuning';
import type { Body, Status, World, ZombieMode } from './world/world';

export type Facing = 'down' | 'left' | 'right' | 'up';
/** What a zombie shows above its head: nothing, "?" or "!". */
export type Awareness = 'unaware' | 'suspicious' | 'hunting';

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
  moving: boolean;
  swinging: boolean;
  hurt: boolean;
  down: boolean;
  controlled: boolean;
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
}

export interface ItemView {
  id: number;
  kind: ItemKind;
  tileX: number;
  tileY: number;
}

export interface LureView {
  id: number;
  x: number;
  y: number;
  tileX: number;
  tileY: number;
  ticksLeft: number;
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
  inventory: Record<ItemKind, number>;
  exits: TileRect[];
}

export function facingOf(body: Body): Facing {
  if (Math.abs(body.facingX) > Math.abs(body.facingY)) return body.facingX < 0 ? 'left' : 'right';
  return body.facingY < 0 ? 'up' : 'down';
}

export function awarenessOf(mode: ZombieMode): Awareness {
  if (mode === 'chase' || mode === 'attack') return 'hunting';
  if (mode === 'investigate' || mode === 'search') return 'suspicious';
  return 'unaware';
}

export function takeSnapshot(world: World): Snapshot {
  return {
    levelId: world.level.id,
    tick: world.tick,
    status: world.status,
    seed: world.seed,
    controlledId: world.controlledId,
    students: world.students.map((s) => ({
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
      moving: s.moving,
      swinging: s.swingTicks > 0,
      hurt: s.hurtTicks > 0,
      down: s.down,
      controlled: s.id === world.controlledId,
    })),
    zombies: world.zombies.map((z) => ({
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
    })),
    items: world.items.map((i) => ({ id: i.id, kind: i.kind, tileX: i.tileX, tileY: i.tileY })),
    lures: world.lures.map((l) => ({ id: l.id, x: l.x, y: l.y, tileX: Math.floor(l.x), tileY: Math.floor(l.y), ticksLeft: l.ticksLeft })),
    inventory: { ...world.inventory },
    exits: world.exits.map((e) => ({ ...e })),
  };
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
