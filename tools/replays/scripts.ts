/**
 * The golden replays and the command logs that make them. Each script is plain data or a seeded
 * generator (never Math.random), so `npm run replays:record` writes the same files until the
 * rules change. Every shipped level in levels/ gets a replay of its own besides the hand-made ones.
 */

import { readdirSync, readFileSync } from 'node:fs';
import type { ReplayCommand } from '../../src/core';
import { Rng } from '../seeded-rng';
import type { ReplayLevel } from './replay-file';

export interface ReplayScript {
  name: string;
  description: string;
  level: ReplayLevel;
  seed: number | string;
  ticks: number;
  checkpointEvery: number;
  commands: ReplayCommand[];
}

const CLASSROOM_FILE = 'levels/01-classroom-wing.json';
const CLASSROOM: ReplayLevel = { file: CLASSROOM_FILE };
const CHECKPOINT_EVERY = 50;

/** Commands at fixed ticks, written as `{ tick: [commands] }`. */
function at(script: Record<number, unknown[]>): ReplayCommand[] {
  return Object.entries(script).flatMap(([tick, commands]) => commands.map((command): ReplayCommand => [Number(tick), command]));
}

/**
 * A seeded stream of commands: mostly what a player sends, sometimes nonsense (unknown types,
 * wrong fields) that the simulation must reject without changing anything.
 */
function randomCommands(seed: number, ticks: number, width: number, height: number): ReplayCommand[] {
  const rng = new Rng(seed);
  const gaits = ['sneak', 'walk', 'run'] as const;
  const commands: ReplayCommand[] = [];
  for (let tick = 1; tick <= ticks; tick++) {
    if (!rng.chance(0.08)) continue;
    const roll = rng.int(0, 11);
    const command =
      roll <= 3
        ? { type: 'move', dx: rng.int(-1, 1), dy: rng.int(-1, 1), gait: gaits[rng.int(0, 2)] }
        : roll <= 6
          ? { type: 'walkTo', tileX: rng.int(0, width - 1), tileY: rng.int(0, height - 1) }
          : roll === 7
            ? { type: 'attack' }
            : roll === 8
              ? { type: rng.chance(0.5) ? 'interact' : 'throwLure' }
              : roll === 9
                ? { type: 'useItem', item: rng.chance(0.5) ? 'food' : 'water' }
                : roll === 10
                  ? { type: 'switchStudent' }
                  : rng.chance(0.5)
                    ? { type: 'teleport', tileX: 1 }
                    : { type: 'walkTo', tileX: 1.5, tileY: 'north' };
    commands.push([tick, command]);
  }
  return commands;
}

/** Every Tiled map shipped in levels/ (the campaign and extra levels; not campaign.json), with its size. */
function shippedLevelFiles(): { file: string; width: number; height: number }[] {
  return readdirSync('levels')
    .filter((name) => /^[\w-]+\.json$/.test(name))
    .sort()
    .flatMap((name) => {
      const map = JSON.parse(readFileSync(`levels/${name}`, 'utf8')) as { type?: unknown; width?: unknown; height?: unknown };
      return map.type === 'map' && typeof map.width === 'number' && typeof map.height === 'number' ? [{ file: `levels/${name}`, width: map.width, height: map.height }] : [];
    });
}

export function replayScripts(): ReplayScript[] {
  const scripts: ReplayScript[] = [
    {
      name: '01-patrol',
      description: 'walks back and forth along classroom 2-5 while zombies wander outside',
      level: CLASSROOM,
      seed: 6,
      ticks: 2000,
      checkpointEvery: CHECKPOINT_EVERY,
      commands: Array.from({ length: 13 }, (_, i): ReplayCommand => [1 + i * 150, { type: 'walkTo', tileX: i % 2 === 0 ? 20 : 13, tileY: i % 2 === 0 ? 3 : 2 }]),
    },
    {
      name: '01-fight-lost',
      description: 'fights, runs, throws the phone and gets bitten until every student is down',
      level: CLASSROOM,
      seed: 21,
      ticks: 2000,
      checkpointEvery: CHECKPOINT_EVERY,
      commands: at({
        1: [{ type: 'walkTo', tileX: 20, tileY: 3 }],
        80: [{ type: 'throwLure' }],
        90: [{ type: 'walkTo', tileX: 12, tileY: 12 }],
        200: [{ type: 'move', dx: -1, dy: 0, gait: 'run' }],
        260: [{ type: 'attack' }, { type: 'move', dx: 0, dy: 0 }],
        261: [{ type: 'attack' }],
        300: [{ type: 'switchStudent' }, { type: 'walkTo', tileX: 30, tileY: 13 }],
        600: [{ type: 'move', dx: 1, dy: 0, gait: 'sneak' }],
      }),
    },
    {
      name: '01-phone-lure',
      description: 'fetches the phone, throws it into the corridor and sneaks east while the zombies gather at it',
      level: CLASSROOM,
      seed: 3,
      ticks: 1600,
      checkpointEvery: CHECKPOINT_EVERY,
      commands: at({
        1: [{ type: 'walkTo', tileX: 20, tileY: 3 }],
        120: [{ type: 'interact' }],
        140: [{ type: 'move', dx: 0, dy: 1, gait: 'walk' }],
        150: [{ type: 'throwLure' }, { type: 'move', dx: 0, dy: 0 }],
        200: [{ type: 'walkTo', tileX: 39, tileY: 3 }],
      }),
    },
    {
      name: '01-run-for-the-stairs',
      description: 'both students run straight for the stairs, eating and drinking on the way, and are caught: the noise wakes the runners, and the stairs wait for Ha-eun and the key',
      level: CLASSROOM,
      seed: 11,
      ticks: 1600,
      checkpointEvery: CHECKPOINT_EVERY,
      commands: at({
        1: [{ type: 'walkTo', tileX: 39, tileY: 3 }],
        30: [{ type: 'move', dx: 1, dy: 0, gait: 'run' }],
        31: [{ type: 'walkTo', tileX: 39, tileY: 3 }],
        400: [
          { type: 'useItem', item: 'food' },
          { type: 'useItem', item: 'water' },
        ],
      }),
    },
    {
      name: '01-sneak-and-switch',
      description: 'sneaks, switches students by id and walks the second one round the west rooms',
      level: CLASSROOM,
      seed: 'lockdown',
      ticks: 1500,
      checkpointEvery: CHECKPOINT_EVERY,
      commands: at({
        1: [{ type: 'move', dx: 0, dy: -1, gait: 'sneak' }],
        40: [{ type: 'move', dx: 0, dy: 0 }],
        41: [{ type: 'switchStudent', studentId: 1 }],
        42: [{ type: 'walkTo', tileX: 10, tileY: 2 }],
        300: [{ type: 'walkTo', tileX: 2, tileY: 12 }],
        700: [{ type: 'switchStudent', studentId: 0 }, { type: 'attack' }],
      }),
    },
    ...[101, 202, 303].map((seed): ReplayScript => ({
      name: `01-random-${seed}`,
      description: 'a seeded stream of player commands, with some malformed ones the simulation must reject',
      level: CLASSROOM,
      seed,
      ticks: 1500,
      checkpointEvery: CHECKPOINT_EVERY,
      commands: randomCommands(seed, 1500, 48, 23),
    })),
    ...[100, 300, 1000].map((zombies): ReplayScript => ({
      name: `horde-floor-${zombies}`,
      description: `${zombies} infected on a generated 100×50 floor pulled by a phone alarm while the student hides in a closet`,
      level: { generated: 'horde-floor', zombies },
      seed: 5,
      ticks: 900,
      checkpointEvery: 100,
      commands: at({ 2: [{ type: 'interact' }], 3: [{ type: 'move', dx: 1, dy: 0, gait: 'run' }], 8: [{ type: 'throwLure' }, { type: 'walkTo', tileX: 52, tileY: 20 }] }),
    })),
    {
      name: 'horde-floor-500-random',
      description: 'random commands on a 500-zombie floor',
      level: { generated: 'horde-floor', zombies: 500 },
      seed: 77,
      ticks: 900,
      checkpointEvery: 25,
      commands: randomCommands(77, 900, 100, 50),
    },
  ];
  // Every other shipped level gets a replay too: straight at its exit's column, then random play.
  for (const { file, width, height } of shippedLevelFiles()) {
    if (file === CLASSROOM_FILE) continue;
    const id = file.slice('levels/'.length, -'.json'.length);
    scripts.push({
      name: `${id}-random`,
      description: `seeded random play on ${id}`,
      level: { file },
      seed: 9,
      ticks: 1500,
      checkpointEvery: CHECKPOINT_EVERY,
      commands: randomCommands(9, 1500, width, height),
    });
  }
  return scripts;
}
