/**
 * The halfbie hunter stalks the group across levels. When the group leaves a level, a hunter still
 * standing follows them to the next one — unless it was outwitted:
 * - **locked out**: it has no way to any exit tile on its own routing grid (`doorGrids.hunter`: walls,
 *   furniture, locked and barricaded doors and unbroken windows block it; closed doors it opens do
 *   not) — e.g. the group locked or barricaded it in a room;
 * - **lured away**: it is busy with a noise (investigating or bashing toward it, not on a blood
 *   trail or a breath) and both it and the noise are at least `STALKER.luredFarTiles` (straight line)
 *   from every exit tile;
 * - **killed**: a downed hunter follows nobody.
 * Only one follows (the first in the level's order that qualifies). It keeps its health and name.
 *
 * On the next level it comes in `STALKER.entryDelayTicks` after the start, at the level's
 * `hunterEntry` tile when the map names one, else at a walkable tile reachable from the students'
 * first spawn and among the farthest from it, picked with an rng seeded from the level's seed (not
 * the world's rng, so levels without a stalker play exactly as before). From there it hunts by its
 * usual senses: it knows nothing of where the group is.
 */

import type { Level } from '../../level/level';
import { MAX_STUDENT_NAME } from '../../level/level-words';
import { flood } from '../../grid/flood';
import { createRng } from '../../kernel/rng';
import type { SimState } from '../save/sim-state-format';
import { ZOMBIE } from '../../kernel/tuning';
import { STALKER } from '../../kernel/tuning-world';
import { createDoorGrids } from '../../level/doors';
import type { TickContext } from '../../rules/tick-context';
import { zombieAt, type CampaignStalker, type PendingStalker, type Zombie } from '../../state/world';

/** The hunter as the campaign carries it between levels. */
export type StalkerOutcome = 'follows' | 'none' | 'killed' | 'lockedOut' | 'lured';

/** Why each hunter of the level does or does not follow, and the one that does. */
export function stalkerAfter(state: SimState, level: Level): { outcome: StalkerOutcome; stalker: CampaignStalker | null } {
  const hunters = state.zombies.filter((zombie) => zombie.kind === 'hunter');
  if (hunters.length === 0) return { outcome: 'none', stalker: null };
  const standing = hunters.filter((hunter) => hunter.mode !== 'down' && hunter.health > 0);
  if (standing.length === 0) return { outcome: 'killed', stalker: null };
  const reach = exitReach(state, level);
  let outcome: StalkerOutcome = 'killed';
  for (const hunter of standing) {
    const cell = Math.floor(hunter.y) * level.width + Math.floor(hunter.x);
    if (reach[cell]! < 0) {
      outcome = 'lockedOut';
      continue;
    }
    if (isLuredAway(hunter, level)) {
      if (outcome !== 'lockedOut') outcome = 'lured';
      continue;
    }
    return { outcome: 'follows', stalker: { kind: 'hunter', name: hunter.name ?? null, health: hunter.health } };
  }
  return { outcome, stalker: null };
}

const exitCells = (level: Level): number[] =>
  level.exits.flatMap((exit) => {
    const cells: number[] = [];
    for (let y = exit.tileY; y < exit.tileY + exit.height; y++) for (let x = exit.tileX; x < exit.tileX + exit.width; x++) cells.push(y * level.width + x);
    return cells;
  });

/** The cells from which the hunter's routing grid leads to an exit tile (distance >= 0), flooded from the exits. */
function exitReach(state: SimState, level: Level): Int32Array {
  const grid = { ...level.grid, cost: level.grid.cost.slice(), opaque: level.grid.opaque.slice(), changedCells: [] };
  for (const [cell, cost, opaque] of state.changedCells) {
    grid.cost[cell] = cost;
    grid.opaque[cell] = opaque;
  }
  const routing = createDoorGrids({ grid, doors: state.doors }).hunter;
  return flood(level.width, level.height, exitCells(level), (cell) => routing.cost[cell]! > 0).distance;
}

/** Straight-line distance from a point to the nearest exit tile's centre. */
function distanceToExit(level: Level, x: number, y: number): number {
  let best = Infinity;
  for (const exit of level.exits) {
    for (let ty = exit.tileY; ty < exit.tileY + exit.height; ty++) {
      for (let tx = exit.tileX; tx < exit.tileX + exit.width; tx++) {
        const dx = tx + 0.5 - x;
        const dy = ty + 0.5 - y;
        best = Math.min(best, Math.sqrt(dx * dx + dy * dy));
      }
    }
  }
  return best;
}

function isLuredAway(hunter: Zombie, level: Level): boolean {
  const onNoise = (hunter.mode === 'investigate' || hunter.mode === 'bash') && !hunter.onTrail && hunter.goalStrength > 0;
  if (!onNoise) return false;
  const far = STALKER.luredFarTiles;
  return distanceToExit(level, hunter.x, hunter.y) >= far && distanceToExit(level, hunter.goalX + 0.5, hunter.goalY + 0.5) >= far;
}

/**
 * Where a stalker enters a level: the map's `hunterEntry`, else a walkable tile reachable from the
 * first student spawn (doors counted open) among those at least `STALKER.farShare` of the farthest
 * walking distance, and not on an exit, picked with an rng seeded from `seed`.
 */
export function entryTile(level: Level, seed: number | string): { tileX: number; tileY: number } {
  if (level.settings.hunterEntry !== null) return { ...level.settings.hunterEntry };
  const { width, height, grid } = level;
  const doorCells = new Set(level.doors.map((door) => door.tileY * width + door.tileX));
  const walkable = (cell: number): boolean => grid.cost[cell]! > 0 || doorCells.has(cell);
  const start = level.students[0]!;
  const { distance, order: queue } = flood(width, height, [start.tileY * width + start.tileX], walkable);
  const exits = new Set(exitCells(level));
  const onExit = (cell: number): boolean => exits.has(cell);
  const farthest = distance[queue[queue.length - 1]!]!;
  const candidates = queue.filter((cell) => distance[cell]! >= farthest * STALKER.farShare && grid.cost[cell]! > 0 && !doorCells.has(cell) && !onExit(cell));
  const pool = candidates.length > 0 ? candidates : [queue[queue.length - 1]!];
  const cell = createRng(`${String(seed)}:stalker:${level.id}`).pick(pool);
  return { tileX: cell % width, tileY: Math.floor(cell / width) };
}

/** The campaign's stalker on its way into a level that starts with `seed`. */
export function pendingStalker(stalker: CampaignStalker, level: Level, seed: number | string): PendingStalker {
  return { ...stalker, enterTick: STALKER.entryDelayTicks, ...entryTile(level, seed) };
}

/** Each tick: the pending stalker comes in when its time has come, as a hunter that knows nothing yet. */
export function updateStalker(context: TickContext): void {
  const { world } = context;
  const pending = world.stalker;
  if (pending === null || world.tick < pending.enterTick) return;
  world.stalker = null;
  const id = world.zombies.length;
  world.zombies.push({
    ...zombieAt(id, 'hunter', pending.tileX, pending.tileY),
    health: Math.min(pending.health, ZOMBIE.hunter.health),
    ...(pending.name === null ? {} : { name: pending.name }),
  });
  context.events.push({ type: 'hunterEntered', zombieId: id, tileX: pending.tileX, tileY: pending.tileY });
}

/** Checks an untrusted campaign stalker (from a save): null, or a hunter with a health in range. */
export function checkCampaignStalker(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return 'stalker must be an object or null';
  const raw = value as Record<string, unknown>;
  const extra = Object.keys(raw).filter((key) => !['kind', 'name', 'health'].includes(key));
  if (extra.length > 0) return `stalker has an unknown field "${extra[0]}"`;
  if (raw['kind'] !== 'hunter') return `stalker.kind must be "hunter" (got ${JSON.stringify(raw['kind']) ?? 'nothing'})`;
  if (raw['name'] !== null && (typeof raw['name'] !== 'string' || raw['name'].length > MAX_STUDENT_NAME)) return `stalker.name must be null or a name of at most ${MAX_STUDENT_NAME} characters`;
  const health = raw['health'];
  if (typeof health !== 'number' || !Number.isFinite(health) || health <= 0 || health > ZOMBIE.hunter.health) {
    return `stalker.health must be above 0 and at most ${ZOMBIE.hunter.health} (got ${JSON.stringify(health) ?? 'nothing'})`;
  }
  return undefined;
}
