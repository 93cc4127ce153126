import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { Level } from '../../../../src/core/level/level';
import { createLightMemo, lightAt, lightMap, type LightMemo } from '../../../../src/core/rules/senses/light';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { createRng } from '../../../../src/core/kernel/rng';
import { LIGHT } from '../../../../src/core/kernel/tuning-world';
import { openDoor } from '../../../../src/core/rules/world/doors';
import { createTickContext } from '../../../../src/core/rules/tick-context';
import { createWorld, type World } from '../../../../src/core/state/world';
import { levelFromAscii, tiledFromAscii } from '../../level-fixture';

const NOON = 12 * 60;
const MIDNIGHT = 0;

function worldAt(level: Level, minute: number): World {
  const world = createWorld(level, createRng(1), 1, { startMinute: minute });
  return world;
}

/** Each world's light memo, as its simulation's tick context would hold it. */
const memos = new WeakMap<World, LightMemo>();
const memoOf = (world: World): LightMemo => {
  let memo = memos.get(world);
  if (memo === undefined) memos.set(world, (memo = createLightMemo()));
  return memo;
};

/** A level with one fire (or lamp) object from the `lights` layer at (x, y). */
function withFire(ascii: string, x: number, y: number, type: 'fire' | 'lamp' = 'fire'): Level {
  const tiled = tiledFromAscii(ascii);
  tiled.layers.push({
    id: 900,
    name: 'lights',
    type: 'objectgroup',
    x: 0,
    y: 0,
    opacity: 1,
    visible: true,
    objects: [{ id: 901, name: '', type, x: x * 16 + 8, y: y * 16 + 8, width: 0, height: 0, point: true }],
  });
  const result = parseLevel(JSON.stringify(tiled), 'fire.json');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.level;
}

describe('light map', () => {
  // A window in the west wall of a room; a wall with a closed door splits off a second room.
  const ROOMS = `
    ##############
    #.W.......#..#
    #.#S......#..#
    #.#.......+.E#
    ##############`;

  it('lets daylight in through a window, falling off with distance, and stops it at walls', () => {
    const level = levelFromAscii(ROOMS);
    const day = worldAt(level, NOON);
    const near = lightAt(day, memoOf(day), 3, 1);
    const mid = lightAt(day, memoOf(day), 6, 1);
    const far = lightAt(day, memoOf(day), 9, 1);
    expect(near).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(far);
    expect(near).toBeGreaterThan(level.settings.ambientLight);
    // behind the wall only the ambient daylight
    expect(lightAt(day, memoOf(day), 11, 1)).toBeCloseTo(level.settings.ambientLight, 5);
    // at night the window gives nothing
    const night = worldAt(level, MIDNIGHT);
    expect(lightAt(night, memoOf(night), 3, 1)).toBeCloseTo(LIGHT.nightAmbient, 5);
  });

  it('a fire lights its room at night, flickers with the tick, and does not pass a wall', () => {
    const level = withFire(ROOMS, 8, 2);
    const world = worldAt(level, MIDNIGHT);
    expect(lightAt(world, memoOf(world), 8, 2)).toBeGreaterThan(0.6);
    expect(lightAt(world, memoOf(world), 9, 2)).toBeGreaterThan(LIGHT.nightAmbient);
    expect(lightAt(world, memoOf(world), 11, 2)).toBeCloseTo(LIGHT.nightAmbient, 5); // two tiles away, but behind the wall
    const seen = new Set<number>();
    for (let tick = 0; tick < 60; tick++) {
      world.tick = tick;
      seen.add(Math.round(lightAt(world, memoOf(world), 8, 2) * 1000));
    }
    expect(seen.size).toBeGreaterThan(3);
    // the same tick gives the same light
    world.tick = 7;
    const a = lightAt(world, memoOf(world), 8, 2);
    world.tick = 7;
    expect(lightAt(world, memoOf(world), 8, 2)).toBe(a);
  });

  it('a phone light lights a cone ahead of its student, not behind', () => {
    const level = levelFromAscii(`
      ###########
      #....S....#
      #........E#
      ###########`);
    const world = worldAt(level, MIDNIGHT);
    const student = world.students[0]!;
    student.lightOn = true;
    student.facingX = 1;
    student.facingY = 0;
    expect(lightAt(world, memoOf(world), 8, 1)).toBeGreaterThan(0.5);
    expect(lightAt(world, memoOf(world), 2, 1)).toBeCloseTo(LIGHT.nightAmbient, 5);
    const map = lightMap(world, memoOf(world));
    expect(map[1 * level.width + 8]).toBeCloseTo(lightAt(world, memoOf(world), 8, 1), 5);
    expect(map[1 * level.width + 2]).toBeCloseTo(LIGHT.nightAmbient, 5);
  });

  it('keeps its shapes in a memo that follows the world: a door opened or a lamp switched gives the light a fresh memo gives', () => {
    const level = withFire(ROOMS, 8, 2, 'lamp');
    const world = worldAt(level, MIDNIGHT);
    const context = createTickContext(world);
    const memo = context.light;
    const before = lightMap(world, memo);
    expect(lightMap(world, memo)).toEqual(before);
    expect(lightAt(world, memo, 11, 3)).toBeCloseTo(LIGHT.nightAmbient, 5);
    const door = world.doors.find((d) => d.tileX === 10 && d.tileY === 3)!;
    expect(openDoor(context, door, 'test')).toBeUndefined();
    const opened = lightMap(world, memo);
    expect(opened).toEqual(lightMap(world, createLightMemo()));
    expect(opened[3 * level.width + 11]!).toBeGreaterThan(LIGHT.nightAmbient);
    world.lampsOn[0] = false;
    const out = lightMap(world, memo);
    expect(out).toEqual(lightMap(world, createLightMemo()));
    expect(out[2 * level.width + 8]!).toBeCloseTo(LIGHT.nightAmbient, 5);
  });

  it('is in the snapshot, one value per tile', () => {
    const level = levelFromAscii(ROOMS);
    const sim = createSimulation(level, { seed: 1 });
    const { light } = sim.snapshot();
    expect(light).toHaveLength(level.width * level.height);
    expect(light.every((v) => v >= 0 && v <= 1)).toBe(true);
  });
});
