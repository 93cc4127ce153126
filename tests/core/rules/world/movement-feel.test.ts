/**
 * Movement that feels right under a hand on the keys or the stick: a student going straight, a
 * little off a doorway's middle, slides round the frame and goes through; one pushing flat on a
 * wall stays put; a brush along a desk slides past it without moving it, a push square on it
 * moves it.
 */

import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { levelFromAscii } from '../../level-fixture';

const DOORWAY = `
  #########
  #...S...#
  #.......#
  ####.####
  #.......#
  #......E#
  #########`;

/** A simulation of `ascii` whose first student stands at (x, y). */
function placed(ascii: string, x: number, y: number): Simulation {
  const level = levelFromAscii(ascii);
  const state = createSimulation(level, { seed: 1 }).saveState();
  const student = state.students[0]!;
  student.x = x;
  student.y = y;
  return createSimulation(level, { seed: 1, state });
}

function hold(sim: Simulation, command: Command, ticks: number): SimEvent[] {
  const events: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) events.push(...sim.step([command]));
  return events;
}

const me = (sim: Simulation) => sim.snapshot().students[0]!;

describe('sliding round corners', () => {
  it.each([0.3, -0.3, 0.4, -0.4])("a student going straight %f tile off a doorway's middle passes through it", (offset) => {
    const sim = placed(DOORWAY, 4.5 + offset, 1.5);
    hold(sim, { type: 'move', dx: 0, dy: 1, gait: 'walk' }, 40);
    expect(me(sim).y).toBeGreaterThan(4.5);
  });

  it('a student coming at a doorway on a diagonal slides along the wall and goes through', () => {
    const sim = placed(DOORWAY, 2.5, 1.5);
    hold(sim, { type: 'move', dx: 1, dy: 1, gait: 'walk' }, 20);
    hold(sim, { type: 'move', dx: 0, dy: 1, gait: 'walk' }, 30);
    expect(me(sim).y).toBeGreaterThan(4.5);
  });

  it('a student pushing flat on a wall, well off any opening, stays put', () => {
    const sim = placed(DOORWAY, 2.5, 2.5);
    hold(sim, { type: 'move', dx: 0, dy: 1, gait: 'walk' }, 40);
    expect(me(sim).x).toBe(2.5);
    expect(me(sim).y).toBeLessThan(3);
  });
});

const DESK = `
  #########
  #.......#
  #...d...#
  #.......#
  #.S....E#
  #########`;

describe('pushing furniture', () => {
  it('a push square on a desk moves it after a moment of steady leaning, with a scrape', () => {
    const sim = placed(DESK, 4.5, 4.5);
    const events = hold(sim, { type: 'move', dx: 0, dy: -1, gait: 'walk' }, 40);
    expect(events.filter((e) => e.type === 'furniturePushed')).toHaveLength(1);
    expect(events.some((e) => e.type === 'noiseMade' && e.cause === 'scrape')).toBe(true);
  });

  it.each([0.2, -0.2])('a student leaning on a desk %f tile off its middle still pushes it (the lean is square enough)', (offset) => {
    const sim = placed(DESK, 4.5 + offset, 4.5);
    const events = hold(sim, { type: 'move', dx: 0, dy: -1, gait: 'walk' }, 40);
    expect(events.filter((e) => e.type === 'furniturePushed')).toHaveLength(1);
  });

  it.each([0.75, -0.75])("a student going straight past a desk's edge (%f tile off its middle) slides by without moving it or a scrape", (offset) => {
    const sim = placed(DESK, 4.5 + offset, 4.5);
    const events = hold(sim, { type: 'move', dx: 0, dy: -1, gait: 'walk' }, 40);
    expect(events.filter((e) => e.type === 'furniturePushed')).toEqual([]);
    expect(events.some((e) => e.type === 'noiseMade' && e.cause === 'scrape')).toBe(false);
    expect(me(sim).y).toBeLessThan(2);
  });

  it('a diagonal brush along a desk never moves it and makes no scrape', () => {
    const sim = placed(DESK, 2.5, 3.5);
    const events = hold(sim, { type: 'move', dx: 1, dy: -1, gait: 'walk' }, 40);
    expect(events.filter((e) => e.type === 'furniturePushed')).toEqual([]);
    expect(events.some((e) => e.type === 'noiseMade' && e.cause === 'scrape')).toBe(false);
  });
});
