/**
 * A save made on level 1 before tunings took zombies out of it (the walker in the south room at
 * 18,20, later the brute and a runner of the south corridor; the copy of the level as it was is kept
 * beside the save fixture) loads on the level as it
 * is now with its own zombies: they are the game in progress. So does a save on a level that has
 * gained zombies since: the save keeps the ones it has.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { Level } from '../../../../src/core/level/level';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { checkStateFits, createSimulation } from '../../../../src/core/sim/simulation';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const level = (file: string, edit: (map: Json) => void = () => undefined): Level => {
  const map = JSON.parse(readFileSync(file, 'utf8')) as Json;
  edit(map);
  const parsed = parseLevel(JSON.stringify(map), file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.level;
};
const OLD = level('tests/fixtures/saves/levels/01-classroom-wing.json');
const NOW = level('levels/01-classroom-wing.json');
const SEED = 11;

/** 400 ticks of the level: the group walks east along the corridor now and then. */
function savedOn(on: Level): SimState {
  const sim = createSimulation(on, { seed: SEED });
  for (let i = 0; i < 400; i++) sim.step(i % 80 < 20 ? [{ type: 'move', dx: 1, dy: 0 }] : []);
  return JSON.parse(JSON.stringify(sim.saveState())) as SimState;
}

/** Loads `state` on `on`, checks it is the game that was saved, and plays on 300 ticks, saved and loaded again to the same game. */
function playsOn(on: Level, state: SimState): void {
  const sim = createSimulation(on, { seed: SEED, state });
  expect(sim.saveState().zombies).toEqual(state.zombies);
  expect(sim.saveState().students).toEqual(state.students);
  for (let i = 0; i < 300 && sim.status === 'playing'; i++) sim.step(i % 60 < 20 ? [{ type: 'move', dx: -1, dy: 0 }] : []);
  const again = createSimulation(on, { seed: SEED, state: JSON.parse(JSON.stringify(sim.saveState())) as SimState });
  expect(again.stateHash()).toBe(sim.stateHash());
}

describe('a save keeps its own zombies when its level has more or fewer since', () => {
  it('the old level 1 had the walker at 18,20, a brute and a runner that the level has no more', () => {
    expect(OLD.zombies).toHaveLength(NOW.zombies.length + 3);
    expect(OLD.zombies.filter((z) => z.kind === 'brute')).toHaveLength(1);
    expect(NOW.zombies.filter((z) => z.kind === 'brute')).toHaveLength(0);
    expect(OLD.zombies.some((z) => z.kind === 'walker' && z.tileX === 18 && z.tileY === 20)).toBe(true);
    expect(NOW.zombies.some((z) => z.tileX === 18 && z.tileY === 20)).toBe(false);
  });

  it('a save made on the old level 1 loads on the level as it is, with all its zombies', () => {
    const state = savedOn(OLD);
    expect(state.zombies).toHaveLength(OLD.zombies.length);
    expect(() => checkStateFits(NOW, SEED, state)).not.toThrow();
    playsOn(NOW, state);
  });

  it('a level that places more zombies than the save has: the save keeps the ones it has', () => {
    const more = level('levels/01-classroom-wing.json', (map) => {
      const zombies = (map['layers'] as Json[]).find((l) => l['name'] === 'zombies')!['objects'] as Record<string, unknown>[];
      for (const x of [14, 15]) zombies.push({ ...zombies[0], id: map['nextobjectid']++, x: x * 16 + 8, y: 3 * 16 + 8 });
    });
    expect(more.zombies).toHaveLength(NOW.zombies.length + 2);
    const state = savedOn(NOW);
    expect(() => checkStateFits(more, SEED, state)).not.toThrow();
    playsOn(more, state);
  });
});
