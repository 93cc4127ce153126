/**
 * Golden replays (tests/replays/*.json, written by `npm run replays:record`): each one's level,
 * seed and command log must give the recorded state hash at every checkpoint. A failure names the
 * replay and the first checkpoint tick that differs.
 */

import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/level/parse-level';
import type { Level } from '../../src/core/level/level';
import { runReplay } from '../../src/core/sim/replay/replay';
import { describeDrift, readReplayFiles, replayLevelText, type ReplayFile } from '../../tools/replays/replay-file';

const replays = readReplayFiles();
const levels = new Map<string, Level>();
function levelOf(replay: ReplayFile): Level {
  const key = JSON.stringify(replay.level);
  let level = levels.get(key);
  if (level === undefined) {
    const { file, text } = replayLevelText(replay.level);
    const parsed = parseLevel(text, file);
    if (!parsed.ok) throw new Error(`replay ${replay.name}: level does not load`);
    level = parsed.level;
    levels.set(key, level);
  }
  return level;
}

describe('golden replays', () => {
  it('cover at least ten runs on several levels, each with checkpoints', () => {
    expect(replays.length).toBeGreaterThanOrEqual(10);
    expect(new Set(replays.map((r) => JSON.stringify(r.level))).size).toBeGreaterThanOrEqual(3);
    for (const replay of replays) expect(replay.checkpoints.length, replay.name).toBeGreaterThan(0);
  });

  it.each(replays.map((r) => [r.name, r] as const))('%s gives the recorded hashes, three runs in a row', (_name, replay) => {
    const level = levelOf(replay);
    for (let run = 0; run < 3; run++) {
      const drift = describeDrift(replay, runReplay(level, replay));
      expect(drift, drift).toBeUndefined();
    }
  });

  it('names the replay and the first diverging checkpoint when a hash differs', () => {
    const replay = replays.find((r) => r.checkpoints.length >= 3)!;
    const tampered: ReplayFile = { ...replay, checkpoints: replay.checkpoints.map(([t, h], i) => [t, i === 1 ? 'deadbeef' : h] as const) };
    const drift = describeDrift(tampered, runReplay(levelOf(replay), replay));
    expect(drift).toContain(`replay "${replay.name}" drifted: first diverging checkpoint at tick ${replay.checkpoints[1]![0]}`);
    expect(drift).toContain('npm run replays:record');
  });

  it('notices a changed rule: one command moved by a tick changes the hashes from there on', () => {
    const replay = replays.find((r) => r.name === '01-patrol')!;
    const moved = { ...replay, commands: replay.commands.map(([t, c], i) => [i === 2 ? t + 1 : t, c] as const) };
    const drift = describeDrift(replay, runReplay(levelOf(replay), moved));
    expect(drift).toMatch(/first diverging checkpoint at tick (3\d\d)/);
  });
});
