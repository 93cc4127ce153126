/**
 * Golden replay files (tests/replays/*.json): what a replay is made of on disk, how its level is
 * found, and how a fresh run is compared with the recorded hashes. Shared by the recorder
 * (`npm run replays:record`), the Node test and the headless-Chromium test.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checkpoint, ReplayCommand, ReplayOutcome } from '../../src/core';
import { hordeLevelText } from '../horde-floor';

export const REPLAY_DIR = 'tests/replays';
export const REPLAY_FORMAT = 'hyosan-replay/1';

/** A shipped level file, or a generated horde floor with that many zombies. */
export type ReplayLevel = { file: string } | { generated: 'horde-floor'; zombies: number };

export interface ReplayFile extends ReplayOutcome {
  format: typeof REPLAY_FORMAT;
  name: string;
  description: string;
  level: ReplayLevel;
  seed: number | string;
  ticks: number;
  checkpointEvery: number;
  commands: ReplayCommand[];
}

/** The level's file name (for parseLevel's messages and id) and its JSON text. */
export function replayLevelText(level: ReplayLevel): { file: string; text: string } {
  if ('file' in level) return { file: level.file, text: readFileSync(level.file, 'utf8') };
  return { file: `levels/horde-floor-${level.zombies}.json`, text: hordeLevelText(level.zombies) };
}

export function readReplayFiles(dir = REPLAY_DIR): ReplayFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const replay = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReplayFile;
      if (replay.format !== REPLAY_FORMAT) throw new Error(`${join(dir, name)}: format ${String(replay.format)}, expected ${REPLAY_FORMAT}`);
      return replay;
    });
}

/**
 * Compares a fresh run with the recorded one. Returns undefined when they agree, otherwise one
 * line naming the replay and the first checkpoint whose hash differs.
 */
export function describeDrift(replay: ReplayFile, actual: ReplayOutcome): string | undefined {
  const recorded = new Map<number, string>(replay.checkpoints.map(([tick, hash]) => [tick, hash]));
  const ticks = [...new Set([...replay.checkpoints.map(([t]) => t), ...actual.checkpoints.map(([t]) => t)])].sort((a, b) => a - b);
  const got = new Map<number, string>(actual.checkpoints.map(([tick, hash]: Checkpoint) => [tick, hash]));
  const hint = 'if the rules changed on purpose, run `npm run replays:record` and commit the new hashes with the change';
  for (const tick of ticks) {
    const want = recorded.get(tick);
    const have = got.get(tick);
    if (want !== have) {
      return `replay "${replay.name}" drifted: first diverging checkpoint at tick ${tick} (recorded ${want ?? 'none: the run had ended'}, got ${have ?? 'none: the run ended earlier'}); ${hint}`;
    }
  }
  const f = replay.final;
  const a = actual.final;
  if (f.tick !== a.tick || f.status !== a.status || f.hash !== a.hash) {
    return `replay "${replay.name}" drifted after its last checkpoint: recorded the end at tick ${f.tick} (${f.status}, ${f.hash}), got tick ${a.tick} (${a.status}, ${a.hash}); ${hint}`;
  }
  return undefined;
}
