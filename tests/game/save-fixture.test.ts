/**
 * Saved games written by an earlier build (tests/fixtures/saves/, made once by
 * tools/make-save-fixture.ts and never remade) still load in this one and play on to the same
 * states: decoded by the game's envelope, accepted by the same check a load runs, put into a fresh
 * simulation of the level the save names, and stepped with the recorded commands. The state hash at
 * load and at every recorded checkpoint must match the sidecar.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { difficultyPreset } from '../../src/core/kernel/difficulty';
import type { Command } from '../../src/core/state/commands';
import { createSimulation, type Simulation } from '../../src/core/sim/simulation';
import { loadLevel } from '../../src/game/level-library';
import { crc32, decodeSave, type SaveContent } from '../../src/game/save/envelope';
import { checkPlayable } from '../../src/game/save/playable';
import { readSaveFixtures, type SaveFixture } from '../../tools/save-fixture-file';

const fixtures = readSaveFixtures();

function decoded(fixture: SaveFixture): SaveContent {
  const result = decodeSave(fixture.text);
  if (!result.ok) throw new Error(`${fixture.name}: ${result.problem.kind} ${'detail' in result.problem ? result.problem.detail : ''}`);
  expect(result.migratedFrom, `${fixture.name} needed no migration when made`).toBeUndefined();
  return result.save;
}

/** Loads the save as the play scene does: the level it names, its seed and state (the player's difficulty is ignored for a save). */
function load(save: SaveContent): Simulation {
  const level = loadLevel(save.levelId);
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
    expect(crc32(readFileSync(levelFile, 'utf8')), `${levelFile} changed since ${name} was made: keep a copy of the level as it was beside the fixture`).toBe(expected.levelFileCrc32);
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
