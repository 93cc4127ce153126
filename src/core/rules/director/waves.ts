/**
 * Siege waves (the map's `waves` property): the horde outside grows. Every `WAVES.everyTicks` a
 * wave comes up the stairs: it arrives at one of the level's zombie spawn points (the places the
 * map's author put the horde, far from the group: the stairwells and the far rooms), the spawn
 * chosen among the few farthest from the group by the seed, and it is bigger than the last
 * (`WAVES.firstSize` + `WAVES.growth` per wave; runners from the first wave, a brute from the
 * third). A wave does not wander: it has heard the group, and heads for the nearest standing
 * student. Where a barricade is in the way it bashes it (rules/zombies/bash.ts); a weak barricade gives
 * first, so a room held by standing still is broken into.
 */

import { ZOMBIE, type ZombieKind } from '../../kernel/tuning';
import { WAVES } from '../../kernel/tuning-world';
import type { TickContext } from '../tick-context';
import type { Student, World, Zombie } from '../../state/world';

/** How many zombies wave `wave` (1, 2, ...) brings. */
export function waveSize(wave: number): number {
  return WAVES.firstSize + WAVES.growth * (wave - 1);
}

/** The kind of the `index`th zombie of wave `wave`. */
function waveKind(wave: number, index: number): ZombieKind {
  if (wave >= WAVES.bruteFromWave && index === 0) return 'brute';
  if (wave >= WAVES.runnersFromWave && index % 3 === 1) return 'runner';
  return 'walker';
}

export function updateWaves(context: TickContext): void {
  const { world } = context;
  if (!world.level.settings.waves) return;
  const state = world.minds.waves;
  if (state.nextWaveIn > 0) state.nextWaveIn--;
  if (state.nextWaveIn > 0 || state.arrived + waveSize(state.wave + 1) > WAVES.maxArrivals) return;
  state.wave++;
  state.nextWaveIn = WAVES.everyTicks;
  const group = world.students.filter((s) => !s.down && !s.waiting);
  const entry = chooseEntry(world, group);
  if (entry === undefined) return;
  const size = waveSize(state.wave);
  state.arrived += size;
  const first = world.zombies.length;
  for (let i = 0; i < size; i++) {
    const kind = waveKind(state.wave, i);
    const target = nearest(group, entry.tileX + 0.5, entry.tileY + 0.5);
    world.zombies.push(arriving(world.zombies.length, kind, entry, i, target));
  }
  context.events.push({ type: 'waveArrived', wave: state.wave, size, tileX: entry.tileX, tileY: entry.tileY, firstZombieId: first });
}

/** Of the level's zombie spawns, the `WAVES.entryChoices` farthest (straight line) from the nearest standing student; one picked by the seed. */
function chooseEntry(world: World, group: readonly Student[]): { tileX: number; tileY: number } | undefined {
  const spawns = world.level.zombies;
  if (spawns.length === 0) return undefined;
  const away = (spawn: { tileX: number; tileY: number }): number => {
    let near = Infinity;
    for (const s of group) {
      const dx = s.x - spawn.tileX - 0.5;
      const dy = s.y - spawn.tileY - 0.5;
      near = Math.min(near, Math.sqrt(dx * dx + dy * dy));
    }
    return near;
  };
  const ranked = spawns.map((spawn, index) => ({ spawn, index, away: away(spawn) })).sort((a, b) => b.away - a.away || a.index - b.index);
  const choices = ranked.slice(0, WAVES.entryChoices);
  return choices[world.rng.int(0, choices.length - 1)]!.spawn;
}

function nearest(group: readonly Student[], x: number, y: number): Student | undefined {
  let best: Student | undefined;
  let bestDistance = Infinity;
  for (const s of group) {
    const dx = s.x - x;
    const dy = s.y - y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance < bestDistance) {
      best = s;
      bestDistance = distance;
    }
  }
  return best;
}

/** A zombie of the wave on the entry tile (separation spreads them), already heading for the group. */
function arriving(id: number, kind: ZombieKind, entry: { tileX: number; tileY: number }, index: number, target: Student | undefined): Zombie {
  // A small fan round the tile's middle, so they do not start as one body.
  const x = entry.tileX + 0.5 + ((index % 3) - 1) * 0.3;
  const y = entry.tileY + 0.5 + ((Math.floor(index / 3) % 3) - 1) * 0.3;
  const goalX = target === undefined ? entry.tileX : Math.floor(target.x);
  const goalY = target === undefined ? entry.tileY : Math.floor(target.y);
  return {
    id,
    kind,
    x,
    y,
    facingX: 0,
    facingY: 1,
    path: [],
    moving: false,
    health: ZOMBIE[kind].health,
    mode: target === undefined ? 'idle' : 'investigate',
    homeX: entry.tileX,
    homeY: entry.tileY,
    targetId: -1,
    goalX,
    goalY,
    goalStrength: WAVES.goalStrength,
    onTrail: false,
    modeTicks: WAVES.huntTicks,
    repathIn: 0,
    attackCooldown: 0,
    swingTicks: 0,
    stunTicks: 0,
    hurtTicks: 0,
    bashDoorId: -1,
  };
}
