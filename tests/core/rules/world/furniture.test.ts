/**
 * Pushing furniture: leaning on a desk or locker moves it a tile (loudly), only onto a free cell;
 * the walking grid, sight and the zombies' routes follow, and it all survives a save and load.
 */

import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { PUSH } from '../../../../src/core/kernel/tuning';
import { ROLE } from '../../../../src/core/kernel/roles';
import { levelFromAscii } from '../../level-fixture';
import { edited, run } from '../survival/helpers';

const EAST: Command = { type: 'move', dx: 1, dy: 0 };

/** Holds a direction for `ticks` ticks, returning every event. */
function lean(sim: Simulation, ticks: number, move: Command = EAST): SimEvent[] {
  return run(sim, ticks, [move]);
}

const pushed = (events: SimEvent[]) => events.filter((e) => e.type === 'furniturePushed');
/** A cell's walking cost and opacity now: the level's, or as changed in play (from the saved state). */
function cell(sim: Simulation, x: number, y: number): { cost: number; opaque: number } {
  const index = y * sim.level.grid.width + x;
  const changed = sim.saveState().changedCells.find(([c]) => c === index);
  return changed === undefined ? { cost: sim.level.grid.cost[index]!, opaque: sim.level.grid.opaque[index]! } : { cost: changed[1], opaque: changed[2] };
}
const cellCost = (sim: Simulation, x: number, y: number): number => cell(sim, x, y).cost;
const studentX = (sim: Simulation): number => sim.snapshot().students[0]!.x;

describe('pushing furniture', () => {
  const ROOM = `
    ##########
    #S.d.....#
    #........#
    #.......E#
    ##########`;

  it('walking against a desk for a moment slides it one tile, with a loud scrape', () => {
    const sim = createSimulation(levelFromAscii(ROOM), { seed: 1 });
    expect(cellCost(sim, 3, 1)).toBe(0);
    const events = lean(sim, 40);
    const moves = pushed(events);
    expect(moves.length).toBeGreaterThanOrEqual(1);
    expect(moves[0]).toMatchObject({ pieceId: 0, fromX: 3, fromY: 1, tileX: 4, tileY: 1, studentId: 0 });
    expect(events).toContainEqual(expect.objectContaining({ type: 'noiseMade', cause: 'scrape', radius: PUSH.noiseRadius, tileX: 4, tileY: 1 }));
    const piece = sim.snapshot().furniture[0]!;
    expect(cellCost(sim, piece.tileX, piece.tileY)).toBe(0);
    expect(cellCost(sim, 3, 1)).toBe(1);
    expect(piece).toMatchObject({ homeX: 3, homeY: 1 });
  });

  it('takes the tuned lean: nothing before it, a move on the tick it is reached', () => {
    const sim = createSimulation(levelFromAscii(ROOM), { seed: 1 });
    // Walk up until flush against the desk (the first tick without progress starts the lean).
    let flushAt = -1;
    for (let t = 0; t < 40 && flushAt < 0; t++) {
      const before = studentX(sim);
      sim.step(t === 0 ? [EAST] : []);
      if (studentX(sim) === before) flushAt = t;
    }
    expect(flushAt).toBeGreaterThan(0);
    const more = pushed(run(sim, PUSH.lightTicks - 2));
    expect(more).toEqual([]);
    expect(pushed(run(sim, 1))).toHaveLength(1);
  });

  it('the baseball player shoves faster; a locker is heavy', () => {
    expect(Math.round(PUSH.lightTicks * ROLE.athlete.pushTicksFactor)).toBeLessThan(PUSH.lightTicks);
    const locker = createSimulation(
      levelFromAscii(`
      ##########
      #S.K.....#
      #.......E#
      ##########`),
      { seed: 1 },
    );
    expect(pushed(lean(locker, PUSH.lightTicks + 8))).toEqual([]);
    expect(pushed(lean(locker, PUSH.heavyTicks))).toHaveLength(1);
    // A locker blocks sight where it stands, and no longer where it stood.
    expect(cell(locker, 4, 1).opaque).toBe(1);
    expect(cell(locker, 3, 1).opaque).toBe(0);
  });

  it('will not go into a wall, a door, another piece or a person, and says why once per lean', () => {
    const cases: [string, string][] = [
      ['#S.d#....#', 'something solid is in the way'],
      ['#S.d+....#', 'a door is there'],
      ['#S.dd....#', 'another piece is in the way'],
    ];
    for (const [row, reason] of cases) {
      // The wall under column 4 puts the door case's door in a wall line, as levels require.
      const sim = createSimulation(
        levelFromAscii(`
        ##########
        ${row}
        #...#....#
        #.......E#
        ##########`),
        { seed: 1 },
      );
      const events = lean(sim, 60);
      expect(pushed(events), row).toEqual([]);
      const stuck = events.filter((e) => e.type === 'furnitureStuck');
      expect(stuck, row).toEqual([{ type: 'furnitureStuck', pieceId: 0, studentId: 0, reason }]);
    }
    const person = createSimulation(
      levelFromAscii(`
      ##########
      #S.dS....#
      #.......E#
      ##########`),
      { seed: 1 },
    );
    person.step([{ type: 'order', order: 'hold', studentId: 1 }]);
    const events = lean(person, 60);
    expect(events).toContainEqual({ type: 'furnitureStuck', pieceId: 0, studentId: 0, reason: 'someone is in the way' });
  });

  it('a pushed desk seals a gap: the horde below streams to a phone alarm in the room but cannot come up', () => {
    // The zombie is too far to hear the scrape (path over 9 tiles), not the alarm (22).
    const GAP = `
      ####################
      #Sp................#
      #...d..............#
      ######.#############
      #................EZ#
      ####################`;
    const level = levelFromAscii(GAP);
    /** Throws the phone east along the top row as a ringing alarm; returns the zombie's highest row while it rings. */
    const ringTheAlarm = (sim: Simulation): number => {
      run(sim, 60, [{ type: 'walkTo', tileX: 8, tileY: 1 }]);
      run(sim, 1, [
        { type: 'move', dx: 1, dy: 0 },
        { type: 'move', dx: 0, dy: 0 },
      ]);
      expect(run(sim, 1, [{ type: 'throwLure' }]).some((e) => e.type === 'lureThrown')).toBe(true);
      let top = Infinity;
      for (let t = 0; t < 300; t++) {
        sim.step();
        top = Math.min(top, sim.snapshot().zombies[0]!.y);
      }
      return top;
    };
    const open = createSimulation(level, { seed: 1 });
    expect(ringTheAlarm(open)).toBeLessThan(3);

    const sealed = createSimulation(level, { seed: 1 });
    run(sealed, 40, [{ type: 'walkTo', tileX: 3, tileY: 2 }]);
    sealed.step([EAST]);
    for (let t = 0; t < 80 && sealed.snapshot().furniture[0]!.tileX < 6; t++) sealed.step();
    sealed.step([{ type: 'move', dx: 0, dy: 0 }]);
    expect(sealed.snapshot().furniture[0]).toMatchObject({ tileX: 6, tileY: 2 });
    expect(cellCost(sealed, 6, 2)).toBe(0);
    expect(sealed.snapshot().zombies[0]!.mode).not.toBe('investigate');
    expect(ringTheAlarm(sealed)).toBeGreaterThan(3);
  });

  it('survives a save and load mid-lean and after a push, exactly', () => {
    const level = levelFromAscii(ROOM);
    const straight = createSimulation(level, { seed: 7 });
    lean(straight, 30);
    const saved = straight.saveState();
    const copy = createSimulation(level, { seed: 7, state: JSON.parse(JSON.stringify(saved)) });
    expect(copy.saveState()).toEqual(saved);
    run(straight, 30);
    run(copy, 30);
    expect(copy.saveState()).toEqual(straight.saveState());
    expect(copy.snapshot().furniture).toEqual(straight.snapshot().furniture);
  });

  it('a save whose furniture does not fit the level is refused, naming the field', () => {
    const level = levelFromAscii(ROOM);
    expect(() =>
      edited(level, { seed: 1 }, (state) => {
        state.furniture = [];
      }),
    ).toThrow('simulation state furniture: does not match level "test" (0 pieces; the level has 1)');
    expect(() =>
      edited(level, { seed: 1 }, (state) => {
        state.furniture[0]!.tileX = 99;
      }),
    ).toThrow(/furniture\[0\]: position \(99, 1\) is outside/);
  });
});
