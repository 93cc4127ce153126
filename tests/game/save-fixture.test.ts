/**
 * Saved games written by an earlier build (tests/fixtures/saves/, made once by
 * tools/make-save-fixture.ts and never remade) still load in this one and play on to the same
 * states: decoded by the game's envelope, accepted by the same check a load runs, put into a fresh
 * simulation of the level the save names (as it was when the save was made: a copy in
 * tests/fixtures/saves/levels/ once the shipped file has been edited), and stepped with the
 * recorded commands. The state hash at load and at every recorded checkpoint must match the sidecar.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { difficultyPreset } from '../../src/core/kernel/difficulty';
import type { Command } from '../../src/core/state/commands';
import { createSimulation, type Simulation } from '../../src/core/sim/simulation';
import { loadLevel } from '../../src/game/level-library';
import { crc32, decodeSave, type SaveContent } from '../../src/game/save/envelope';
import { checkPlayable } from '../../src/game/save/playable';
import { parseLevel } from '../../src/core/level/parse-level';
import { readSaveFixtures, SAVE_FIXTURE_DIR, type SaveFixture } from '../../tools/save-fixture-file';

const fixtures = readSaveFixtures();

function decoded(fixture: SaveFixture): SaveContent {
  const result = decodeSave(fixture.text);
  if (!result.ok) throw new Error(`${fixture.name}: ${result.problem.kind} ${'detail' in result.problem ? result.problem.detail : ''}`);
  expect(result.migratedFrom, `${fixture.name} needed no migration when made`).toBeUndefined();
  return result.save;
}

/**
 * The level a fixture was made on: the shipped file while it is unchanged, else the copy of it as
 * it was, kept in tests/fixtures/saves/levels/ when the shipped level was edited.
 */
function levelTextFor(levelId: string): string {
  const kept = join(SAVE_FIXTURE_DIR, 'levels', `${levelId}.json`);
  return existsSync(kept) ? readFileSync(kept, 'utf8') : readFileSync(`levels/${levelId}.json`, 'utf8');
}

/** Loads the save as the play scene does: the level it names, its seed and state (the player's difficulty is ignored for a save). */
function load(save: SaveContent): Simulation {
  const kept = join(SAVE_FIXTURE_DIR, 'levels', `${save.levelId}.json`);
  const level = existsSync(kept) ? parseLevel(readFileSync(kept, 'utf8'), kept) : loadLevel(save.levelId);
  if (!level.ok) throw new Error(level.errors.map((e) => e.message).join('\n'));
  return createSimulation(level.level, { seed: save.seed, state: save.state, difficulty: difficultyPreset('normal') });
}

/** Plays on from the load: the sidecar's commands at their ticks; [tick, hash] at each of its checkpoint ticks. */
function playOn(simulation: Simulation, after: readonly [number, Command[]][], ticks: number, at: ReadonlySet<number>): [number, string][] {
  const commands = new Map(after);
  const start = simulation.tick;
  const hashes: [number, string][] = [];
  for (let i = 1; i <= ticks && simulation.status === 'playing'; i++) {
    simulation.step(commands.get(i) ?? []);
    if (at.has(simulation.tick)) hashes.push([simulation.tick, simulation.stateHash()]);
  }
  expect(simulation.tick).toBeGreaterThan(start);
  return hashes;
}

describe('save fixtures from earlier builds', () => {
  it('exist', () => {
    expect(fixtures.map((f) => f.name)).toContain('01-classroom-wing-t300');
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s loads and plays on to the recorded hashes', (name, fixture) => {
    const { expected } = fixture;
    const save = decoded(fixture);
    expect(save.levelId).toBe(expected.levelId);
    const levelFile = `levels/${expected.levelId}.json`;
    // A level edited since the save was made is a different game: say so rather than report a rule change.
    expect(crc32(levelTextFor(expected.levelId)), `${levelFile} changed since ${name} was made: keep a copy of the level as it was in ${SAVE_FIXTURE_DIR}/levels/`).toBe(expected.levelFileCrc32);
    expect(checkPlayable(save)).toBeUndefined();

    const simulation = load(save);
    expect(simulation.tick).toBe(expected.tickAtLoad);
    expect(simulation.status).toBe('playing');
    expect(simulation.stateHash(), `${name}: state hash right after loading`).toBe(expected.stateHashAtLoad);

    const hashes = playOn(simulation, expected.after, expected.afterTicks, new Set(expected.checkpoints.map(([tick]) => tick)));
    expect(hashes).toEqual(expected.checkpoints);
    expect({ tick: simulation.tick, status: simulation.status, hash: simulation.stateHash() }).toEqual(expected.final);
  });

  it('notices a change: played on without the recorded commands, the hashes part from the recorded ones', () => {
    const fixture = fixtures[0]!;
    const { expected } = fixture;
    const hashes = playOn(load(decoded(fixture)), [], expected.afterTicks, new Set(expected.checkpoints.map(([tick]) => tick)));
    expect(hashes).not.toEqual(expected.checkpoints);
  });
});
