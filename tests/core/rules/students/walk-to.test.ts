/**
 * A tapped walk goes through the closed doors on its way, opening each as it comes to it, and takes
 * a door over a long way round; a locked door ends the walk in front of it. It keeps to ground the
 * group has seen, takes the short way, and stops when a zombie comes into sight.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import type { SimEvent } from '../../../../src/core/state/events';
import { levelFromAscii } from '../../level-fixture';
import { DOOR_SAVES_TILES, planTappedWalk } from '../../../../src/core/rules/students/walk-to';
import { createWorld } from '../../../../src/core/state/world';
import { createRng } from '../../../../src/core/kernel/rng';
import { createTickContext } from '../../../../src/core/rules/tick-context';

/** Two rooms joined by a closed door, and by a long corridor round the south. */
const ROOMS = `
  ###########
  #S...+...E#
  #....#....#
  #....#....#
  #....#....#
  #....#....#
  #....#....#
  #.........#
  ###########
`;

function walk(ascii: string, tileX: number, tileY: number, ticks = 200) {
  const sim = createSimulation(levelFromAscii(ascii), { seed: 1 });
  const events: SimEvent[] = [...sim.step([{ type: 'walkTo', tileX, tileY }])];
  for (let i = 0; i < ticks; i++) events.push(...sim.step([]));
  const me = sim.snapshot().students[0]!;
  return { events, at: { tileX: Math.floor(me.x), tileY: Math.floor(me.y) }, doors: sim.snapshot().doors };
}

describe('a tapped walk', () => {
  it('opens the closed door on its way and walks on through it rather than the long way round', () => {
    const { events, at, doors } = walk(ROOMS, 7, 1);
    expect(at).toEqual({ tileX: 7, tileY: 1 });
    expect(events).toContainEqual(expect.objectContaining({ type: 'doorOpened', doorId: 0, by: 'student:0' }));
    expect(doors[0]!.state).toBe('open');
  });

  it('goes the open way when the door would save only a few tiles', () => {
    const SHORT = `
  ###########
  #S...+...E#
  #....#....#
  #.........#
  ###########
`;
    expect(DOOR_SAVES_TILES).toBeGreaterThan(2);
    const { events, at, doors } = walk(SHORT, 7, 1);
    expect(at).toEqual({ tileX: 7, tileY: 1 });
    expect(events.some((e) => e.type === 'doorOpened')).toBe(false);
    expect(doors[0]!.state).toBe('closed');
  });

  it('stops in front of a locked door with no other way', () => {
    const LOCKED = `
  ###########
  #S...L...E#
  ###########
`;
    const sim = createSimulation(levelFromAscii(LOCKED), { seed: 1 });
    const events = [...sim.step([{ type: 'walkTo', tileX: 7, tileY: 1 }])];
    for (let i = 0; i < 100; i++) events.push(...sim.step([]));
    const me = sim.snapshot().students[0]!;
    expect(Math.floor(me.x)).toBeLessThan(5);
    expect(sim.snapshot().doors[0]!.state).toBe('locked');
  });

  it('goes through the doors to a room it can only reach that way, not to the spot across the wall nearest the tile', () => {
    const WALLED = `
  ###########
  #S...#...E#
  #....#....#
  #....#....#
  ###+###+###
  #.........#
  ###########
`;
    const { events, at } = walk(WALLED, 7, 1, 300);
    expect(at).toEqual({ tileX: 7, tileY: 1 });
    expect(events.filter((e) => e.type === 'doorOpened')).toHaveLength(2);
  });

  it('keeps to ground the group has seen when the way through the unseen is not much shorter', () => {
    // Two ways from S to the far end: straight along the bottom row (8 tiles), or up, along the top and down (14).
    const LOOP = `
  ###########
  #.........#
  #.#######.#
  #.#######.#
  #S.......E#
  ###########
`;
    const level = levelFromAscii(LOOP);
    const world = createWorld(level, createRng(1), 1);
    const context = createTickContext(world);
    const width = world.grid.width;
    world.explored.fill(1);
    for (let x = 2; x <= 8; x++) world.explored[4 * width + x] = 0;
    const student = world.students[0]!;
    expect(planTappedWalk(context, student, 8, 4)).toBe(true);
    const rows = student.path.map((cell) => Math.floor(cell / width));
    expect(Math.min(...rows)).toBe(1);
    expect(student.path[student.path.length - 1]).toBe(4 * width + 8);
    // Seen, the straight way is the short one and is taken.
    world.explored.fill(1);
    expect(planTappedWalk(context, student, 8, 4)).toBe(true);
    expect(student.path).toEqual([4 * width + 8]);
  });

  it('stops when a zombie comes into sight, and names it', () => {
    // The zombie in the room below shows only through its doorway: the walk along the top passes it.
    const PASSING = `
  ##############
  #S...........#
  #............#
  #######/######
  #............#
  #............#
  #......Z....E#
  ##############
`;
    const { events, at } = walk(PASSING, 12, 1, 120);
    const stopped = events.find((e) => e.type === 'walkStopped');
    expect(stopped).toEqual(expect.objectContaining({ type: 'walkStopped', studentId: 0, zombieId: 0 }));
    expect(at.tileX).toBeLessThan(10);
  });

  it('walks on past a zombie that was already in sight when the player tapped', () => {
    const SEEN = `
  ##############
  #S...........#
  #............#
  #WWWWWWWWWWWW#
  #..Z........E#
  ##############
`;
    const { events, at } = walk(SEEN, 12, 1, 120);
    expect(events.some((e) => e.type === 'walkStopped')).toBe(false);
    expect(at).toEqual({ tileX: 12, tileY: 1 });
  });
});
