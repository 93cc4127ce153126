/**
 * A tapped walk goes through the closed doors on its way, opening each as it comes to it, and takes
 * a door over a long way round; a locked door ends the walk in front of it.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import type { SimEvent } from '../../../../src/core/state/events';
import { levelFromAscii } from '../../level-fixture';
import { DOOR_SAVES_TILES } from '../../../../src/core/rules/students/walk-to';

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
});
