/**
 * What the rules of one tick share: the world, the pathfinders, this tick's noises and the events
 * being collected, and what the rules keep between ticks that is not state (the light shapes,
 * scratch buffers): it all follows from the world, so a fresh context gives the same game. Built
 * once per simulation and reused every tick; nothing is kept at module level (an architecture
 * test checks).
 */

import { hasLineOfSight, isStraightWalkable } from '../grid/line-of-sight';
import type { SimEvent } from '../state/events';
import type { NoiseCause } from '../state/events';
import { createNoiseSpreader, type Noise, type NoiseSpreader } from './noise/noise';
import { createPathfinder } from '../pathfinding/astar';
import type { Pathfinder } from '../pathfinding/path-types';
import { createLightMemo, type LightMemo } from './senses/light';
import { createGoalFields, type GoalFields } from '../pathfinding/goal-fields';
import { createHordeStep, type HordeStep } from './zombies/horde-step';
import { smoothPath } from '../pathfinding/smooth-path';
import { MAX_STUDENTS } from '../level/level-words';
import { WAVES } from '../kernel/tuning-world';
import type { Body, World } from '../state/world';
import { createTransitionLog, type TransitionLog } from '../kernel/state-table';

export interface TickContext {
  world: World;
  pathfinder: Pathfinder;
  /** Shared flow fields toward the tiles zombies are heading for. */
  goalFields: GoalFields;
  /** Groups the zombies heading for one goal and moves them as a crowd at the end of the tick. */
  horde: HordeStep;
  noises: Noise[];
  /** Spreads one noise at a time over the grid (buffers reused every tick). */
  noiseSpreader: NoiseSpreader;
  events: SimEvent[];
  /** The window, lamp and fire light shapes and this tick's seen ranges (rules/senses/light.ts). */
  light: LightMemo;
  /** Searches on the door-aware grids (the hunter's, a tapped walk through doors), made on first use. */
  hunterRoutes: { hunter?: Pathfinder; nav?: Pathfinder };
  /** Per-cell list heads for spacing zombies apart (rules/zombies/separate.ts), one per grid cell. */
  separationHeads: Int32Array;
  /** Illegal state transitions of zombie minds and students (kernel/state-table.ts): thrown when strict, else counted. */
  transitions: TransitionLog;
}

export interface TickContextOptions {
  /**
   * An illegal state transition throws (true, the default: tests, replays and tools) or is counted
   * and skipped (false: the game, where a player's session must go on; the count shows in the
   * debug overlay and the testing hook).
   */
  strict?: boolean;
}

/**
 * Sets `body.path` to the smoothed waypoints towards a tile (the first waypoint being the next one
 * to walk to). A straight, walkable line skips the search. Returns false when no step can be made.
 */
/** Goal tiles whose flow fields are kept; more distinct goals than this recompute the oldest. */
const GOAL_FIELD_CACHE = 32;

/** Everything the rules of a tick share, for one world; built once and reused every tick. */
export function createTickContext(world: World, options: TickContextOptions = {}): TickContext {
  return {
    world,
    pathfinder: createPathfinder(world.grid, { connectivity: 8, table: 'rebuild' }),
    // Zombies route on the door-aware copy: a closed door in the way is a door to bash.
    goalFields: createGoalFields(world.doorGrids.nav, GOAL_FIELD_CACHE),
    // Room for every student to turn into a zombie during the level, and for every siege wave.
    horde: createHordeStep(world.grid, world.zombies.length + MAX_STUDENTS + (world.level.settings.waves ? WAVES.maxArrivals : 0)),
    noiseSpreader: createNoiseSpreader(world.grid, world.doorGrids.muffle),
    noises: [],
    events: [],
    light: createLightMemo(),
    hunterRoutes: {},
    separationHeads: new Int32Array(world.grid.width * world.grid.height),
    transitions: createTransitionLog(options.strict ?? true),
  };
}

/** The search on one of the door-aware grids (the hunter's, or the horde's), made with the first search on it. */
export function routeOnDoorGrid(context: TickContext, which: 'hunter' | 'nav'): Pathfinder {
  return (context.hunterRoutes[which] ??= createPathfinder(context.world.doorGrids[which], { connectivity: 8, table: 'rebuild' }));
}

export function planPath(context: TickContext, body: Body, tileX: number, tileY: number, maxExpansions: number): boolean {
  const grid = context.world.grid;
  const fromX = Math.floor(body.x);
  const fromY = Math.floor(body.y);
  const goal = tileY * grid.width + tileX;
  if (fromX === tileX && fromY === tileY) {
    body.path = [goal];
    return true;
  }
  if (isStraightWalkable(grid, fromX, fromY, tileX, tileY)) {
    body.path = [goal];
    return true;
  }
  const result = context.pathfinder.findPath(fromY * grid.width + fromX, goal, { maxExpansions });
  if (result.status === 'none' || result.cells.length < 2) {
    body.path = [];
    return false;
  }
  body.path = smoothPath(grid, result.cells).slice(1);
  return true;
}

export function canSee(world: World, from: Body, to: Body): boolean {
  return hasLineOfSight(world.grid, Math.floor(from.x), Math.floor(from.y), Math.floor(to.x), Math.floor(to.y));
}

/** A noise made this tick: heard by zombies later in the same tick, and reported as an event. */
export function makeNoise(context: TickContext, x: number, y: number, radius: number, cause: NoiseCause, by: string): void {
  context.noises.push({ x, y, radius, cause, by });
  context.events.push({ type: 'noiseMade', tileX: Math.floor(x), tileY: Math.floor(y), radius, cause, by });
}
