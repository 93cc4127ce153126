/**
 * A save made on an older version of its level: the fixture save (tests/fixtures/saves/, level 1 at
 * tick 300) against the level edited four ways. Each is either brought up to the level and plays
 * on (saved and loaded again to the same game), or refused with a reason; never half-applied.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { Level } from '../../../../src/core/level/level';
import { SimStateError } from '../../../../src/core/sim/save/sim-state-error';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { checkStateFits, createSimulation, migrateStateToLevel } from '../../../../src/core/sim/simulation';

const FILE = 'levels/01-classroom-wing.json';
const LEVEL_TEXT = readFileSync(FILE, 'utf8');
const SAVE_TEXT = readFileSync('tests/fixtures/saves/01-classroom-wing-t300.json', 'utf8');
const saved = (): SimState => (JSON.parse(SAVE_TEXT) as { content: { state: SimState } }).content.state;
const SEED = 424242;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The shipped level with `edit` applied to its Tiled JSON; the checker must accept it. */
function edited(edit: (map: Json) => void): Level {
  const map = JSON.parse(LEVEL_TEXT) as Json;
  edit(map);
  const parsed = parseLevel(JSON.stringify(map), FILE);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.level;
}
const layer = (map: Json, name: string): Json => (map['layers'] as Json[]).find((l) => l['name'] === name)!;

/** A door where a wall cell stands between two floor cells, the first such spot (reading order) the checker accepts. */
function withDoorAdded(): { level: Level; tileX: number; tileY: number } {
  const shipped = edited(() => undefined);
  const { width, height, cost } = shipped.grid;
  const floor = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height && cost[y * width + x]! > 0;
  const nearDoor = (x: number, y: number): boolean => shipped.doors.some((d) => Math.abs(d.tileX - x) + Math.abs(d.tileY - y) <= 2);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      if (floor(x, y) || nearDoor(x, y) || !((floor(x - 1, y) && floor(x + 1, y)) || (floor(x, y - 1) && floor(x, y + 1)))) continue;
      try {
        const level = edited((map) => {
          const doors = layer(map, 'doors')['objects'] as Json[];
          doors.push({ ...doors[4], id: map['nextobjectid'], x: x * 16 + 8, y: y * 16 + 8 });
          map['nextobjectid'] = (map['nextobjectid'] as number) + 1;
        });
        if (level.doors.length === shipped.doors.length + 1) return { level, tileX: x, tileY: y };
      } catch {
        // not a place the checker takes: try the next
      }
    }
  }
  throw new Error('no place for a new door');
}

/** Migrates, checks the result loads, plays 400 ticks, and saves and loads again to the same game. */
function migrateAndPlay(level: Level): { state: SimState; changes: string[] } {
  const input = saved();
  const before = JSON.stringify(input);
  const { state, changes } = migrateStateToLevel(level, SEED, input);
  expect(JSON.stringify(input), 'the save itself is left as it was').toBe(before);
  const sim = createSimulation(level, { seed: SEED, state });
  expect(sim.tick).toBe(300);
  for (let i = 0; i < 400 && sim.status === 'playing'; i++) sim.step(i % 60 < 25 ? [{ type: 'move', dx: 1, dy: 0 }] : []);
  const again = createSimulation(level, { seed: SEED, state: JSON.parse(JSON.stringify(sim.saveState())) as SimState });
  expect(again.stateHash()).toBe(sim.stateHash());
  return { state, changes };
}

/** The reason a load of the unmigrated save gives: made for another version of the level. */
function outdated(level: Level): SimStateError {
  try {
    checkStateFits(level, SEED, saved());
  } catch (error) {
    expect(error).toBeInstanceOf(SimStateError);
    expect((error as SimStateError).levelChanged).toBe(true);
    return error as SimStateError;
  }
  throw new Error('the save loads on the edited level as it is');
}

describe('a save brought up to a changed level', () => {
  it('a door added: the new door starts as the level places it, the others keep their state', () => {
    const { level, tileX, tileY } = withDoorAdded();
    expect(outdated(level).message).toMatch(/doors/);
    const { state, changes } = migrateAndPlay(level);
    expect(changes).toContain(`door at ${tileX},${tileY} added`);
    expect(state.doors).toHaveLength(7);
    const added = state.doors.find((d) => d.tileX === tileX && d.tileY === tileY)!;
    expect(added).toMatchObject({ kind: 'door', state: 'closed', health: added.maxHealth });
    for (const door of saved().doors) expect(state.doors.find((d) => d.tileX === door.tileX && d.tileY === door.tileY)).toMatchObject({ ...door, id: expect.any(Number) });
  });

  it('a door removed: dropped, the others renumbered in the level order, nobody bashes it', () => {
    const level = edited((map) => {
      (layer(map, 'doors')['objects'] as Json[]).splice(0, 1); // the open door at 4,11
    });
    outdated(level);
    const { state, changes } = migrateAndPlay(level);
    expect(changes).toContain('door at 4,11 removed');
    expect(state.doors.map((d) => [d.id, d.tileX, d.tileY])).toEqual(level.doors.map((d, id) => [id, d.tileX, d.tileY]));
    expect(state.zombies.every((z) => z.bashDoorId < state.doors.length)).toBe(true);
  });

  it('a wall across a student: the student is moved to the nearest open tile, and paths are worked out again', () => {
    // The second student stands at (5.5, 7.9): tile 5,7. A wall two tiles wide goes there.
    const level = edited((map) => {
      const walls = layer(map, 'walls')['data'] as number[];
      const wallGid = walls[12 * 48]!;
      for (const x of [5, 6]) walls[7 * 48 + x] = wallGid;
    });
    expect(outdated(level).message).toBe('simulation state students[1]: stands in a wall of level "01-classroom-wing" at (5, 7)');
    const { state, changes } = migrateAndPlay(level);
    expect(changes.some((c) => c.startsWith('students[1] moved out of a wall from 5,7 to '))).toBe(true);
    const student = state.students[1]!;
    expect(level.grid.cost[Math.floor(student.y) * 48 + Math.floor(student.x)]).toBeGreaterThan(0);
    expect(Math.abs(Math.floor(student.x) - 5) + Math.abs(Math.floor(student.y) - 7)).toBeLessThanOrEqual(2);
    expect(state.students.concat().every((s) => s.path.length === 0)).toBe(true);
  });

  it('changed objectives are refused with the reason (progress cannot be matched up)', () => {
    const noObjective = edited((map) => {
      (layer(map, 'objectives')['objects'] as Json[]).splice(1, 1);
    });
    outdated(noObjective);
    expect(() => migrateStateToLevel(noObjective, SEED, saved())).toThrow("simulation state objectives: cannot be brought up to the current level: the level's objectives changed (2 saved, 1 now)");
  });

  it('items renumbered: the save keeps its own items and loads without a change', () => {
    const level = edited((map) => {
      const items = layer(map, 'items')['objects'] as Json[];
      items.reverse();
      items.forEach((item, i) => (item['id'] = (map['nextobjectid'] as number) + i));
      map['nextobjectid'] = (map['nextobjectid'] as number) + items.length;
    });
    // The same item, under a new object id.
    expect({ ...level.items[0]!, objectId: 0 }).toEqual({ ...edited(() => undefined).items.at(-1)!, objectId: 0 });
    expect(() => checkStateFits(level, SEED, saved())).not.toThrow();
    const { state, changes } = migrateAndPlay(level);
    expect(changes).toEqual([]);
    expect(state.items).toEqual(saved().items);
    expect(state.students.map((s) => s.pack)).toEqual(saved().students.map((s) => s.pack));
  });
});
