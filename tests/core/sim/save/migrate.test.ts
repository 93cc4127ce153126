/**
 * Saved states from version 1 (before furniture, minds, lamps, the phone light and the stalker)
 * are migrated to version 2 on load, and on to version 3 (the level objects the doors and items
 * came from, not known for them; the explored cells, none). The fixture is a real version 1 state: 300 ticks of the
 * nurse's office, saved by the game as it was then, with that level's file as it was then (levels
 * changed since; a state belongs to its level). A newer version than this build knows is refused.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { migrateSimState } from '../../../../src/core/sim/save/migrate-sim-state';
import { SIM_STATE_VERSION, type SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { createMindsState } from '../../../../src/core/state/minds-state';

const DIR = 'tests/core/sim/save/fixtures/v1';
const levelFile = `${DIR}/06-nurses-office.json`;
const parsed = parseLevel(readFileSync(levelFile, 'utf8'), levelFile);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
const level = parsed.level;
const v1 = (): Record<string, unknown> => JSON.parse(readFileSync(`${DIR}/06-nurses-office.state.json`, 'utf8')) as Record<string, unknown>;

describe('simulation state version 1 -> 3', () => {
  it('the fixture is a version 1 state without the fields version 2 added', () => {
    const old = v1();
    expect(old['version']).toBe(1);
    for (const key of ['furniture', 'push', 'minds', 'lampsOn', 'stalker']) expect(Object.hasOwn(old, key)).toBe(false);
    expect(SIM_STATE_VERSION).toBe(3);
  });

  it('fills start values, leaves the input as it was, and keeps what version 1 had', () => {
    const old = v1();
    const before = JSON.stringify(old);
    const state = migrateSimState(old, level) as SimState;
    expect(JSON.stringify(old)).toBe(before);
    expect(state.version).toBe(3);
    expect(state.levelObjects).toEqual({ doors: null, items: null });
    expect(state.explored).toEqual([]);
    expect(state.furniture).toEqual(level.furniture.pieces.map((piece, id) => ({ id, tileX: piece.tileX, tileY: piece.tileY })));
    expect(state.push).toEqual({ studentId: -1, pieceId: -1, dirX: 0, dirY: 0, ticks: 0 });
    expect(state.minds).toEqual(createMindsState(level));
    expect(state.lampsOn).toEqual(level.lights.map((light) => light.on));
    expect(state.stalker).toBeNull();
    expect(state.students.every((s) => s.lightOn === false)).toBe(true);
    const { version: _old, ...kept } = old;
    expect(state).toMatchObject(kept);
  });

  it('loads, plays on, and saves as version 3 that loads again to the same game', () => {
    const old = v1();
    const sim = createSimulation(level, { seed: old['seed'] as string, state: old as unknown as SimState });
    expect(sim.tick).toBe(300);
    for (let i = 0; i < 400; i++) sim.step(i % 50 < 20 ? [{ type: 'move', dx: 0, dy: 1 }] : []);
    expect(sim.tick).toBe(700);
    const saved = sim.saveState();
    expect(saved.version).toBe(3);
    // The doors lined up with the level's: they are its doors, by object id; which items were the level's is not known.
    expect(saved.levelObjects).toEqual({ doors: level.doors.map((door) => door.objectId), items: null });
    expect(saved.explored.length).toBeGreaterThan(0);
    const again = createSimulation(level, { seed: saved.seed, state: JSON.parse(JSON.stringify(saved)) as SimState });
    expect(again.stateHash()).toBe(sim.stateHash());
    for (let i = 0; i < 100; i++) {
      sim.step([]);
      again.step([]);
    }
    expect(again.stateHash()).toBe(sim.stateHash());
  });

  it('refuses a newer version, and one that is not a version at all, with a message', () => {
    const future = { ...v1(), version: 4 } as unknown as SimState;
    expect(() => createSimulation(level, { seed: 1, state: future })).toThrow(
      'simulation state version: unsupported simulation state version 4 (made by a newer version of the game; this game reads versions 1 to 3)',
    );
    const none = { ...v1(), version: 'one' } as unknown as SimState;
    expect(() => createSimulation(level, { seed: 1, state: none })).toThrow('simulation state version: unsupported simulation state version one (this game reads versions 1 to 3)');
  });

  it('a version 1 state that is broken is still refused by the checker after migrating', () => {
    const old = v1();
    (old['students'] as Record<string, unknown>[])[0]!['health'] = 'full';
    expect(() => createSimulation(level, { seed: 1, state: old as unknown as SimState })).toThrow(/^simulation state students\[0\]\.health/);
  });
});
