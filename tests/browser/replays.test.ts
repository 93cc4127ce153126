/**
 * The golden replays again, this time in headless Chromium through the built game's own copy of
 * the core (`hyosan.replay`): the same level, seed and commands must give the same hashes as in Node.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDrift, readReplayFiles, replayLevelText } from '../../tools/replays/replay-file';
import { startGameHarness, type GameHarness, type GamePage } from './harness';

let harness: GameHarness;
let game: GamePage;
beforeAll(async () => {
  harness = await startGameHarness();
  game = await harness.open();
});
afterAll(async () => {
  await game?.close();
  await harness?.close();
});

const replays = readReplayFiles();

describe('golden replays in Chromium', () => {
  it.each(replays.map((r) => [r.name, r] as const))('%s gives the recorded hashes', async (_name, replay) => {
    const { file, text } = replayLevelText(replay.level);
    const input = { seed: replay.seed, ticks: replay.ticks, checkpointEvery: replay.checkpointEvery, commands: replay.commands };
    const result = await game.page.evaluate(([f, t, i]) => window.hyosan.replay(f, t, i), [file, text, input] as const);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const drift = describeDrift(replay, result.outcome);
    expect(drift, drift).toBeUndefined();
    expect(game.errors).toEqual([]);
  });
});
