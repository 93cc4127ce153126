/**
 * Why a tapped walk ended short is said over the student (walk-end.ts): on a phone a walk stopped
 * without a word. Run in the core where it can be, and from snapshots changed in place.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/core/sim/simulation';
import type { Snapshot } from '../../src/core/sim/snapshot';
import { TappedWalk } from '../../src/game/walk-end';
import { survivalLevel } from '../core/rules/survival/survival-fixture';

// The student's room, and a closet (x 7) no way leads into.
const ROOM = `
  ##########
  #S.....#.#
  #......#.#
  #.....E###
  ##########`;

function walkingAt(snapshot: Snapshot, x: number, walking: boolean): Snapshot {
  const next = structuredClone(snapshot);
  const me = next.students.find((s) => s.controlled)!;
  Object.assign(me, { x, walking });
  return next;
}

describe('a tapped walk that ends short', () => {
  it('says it can get no closer when the tile tapped cannot be reached, run in the core', () => {
    const sim = createSimulation(survivalLevel(ROOM), { seed: 1 });
    const walk = new TappedWalk();
    const said: (string | undefined)[] = [];
    let commands = [{ type: 'walkTo' as const, tileX: 8, tileY: 1 }];
    for (let tick = 0; tick < 200; tick++) {
      const events = sim.step(commands);
      said.push(walk.tick(commands, events, sim.snapshot()));
      commands = [];
    }
    expect(said.filter((why) => why !== undefined)).toEqual(['blocked']);
    // Walked as near as the way goes first: to the closet's wall.
    expect(sim.snapshot().students[0]!.x).toBeGreaterThan(5);
  });

  it('says a zombie stopped it, or that something is in the way; nothing when it gets there or the player takes over', () => {
    const start = createSimulation(survivalLevel(ROOM), { seed: 1 }).snapshot();
    const tap = [{ type: 'walkTo' as const, tileX: 5, tileY: 1 }];
    const stoppedShort = (): TappedWalk => {
      const walk = new TappedWalk();
      expect(walk.tick(tap, [], walkingAt(start, 1.5, true))).toBeUndefined();
      return walk;
    };
    expect(stoppedShort().tick([], [], walkingAt(start, 2.5, false))).toBe('blocked');
    expect(stoppedShort().tick([], [{ type: 'walkStopped', studentId: 0, zombieId: 1, tileX: 4, tileY: 1 }], walkingAt(start, 2.5, false))).toBe('zombie');
    expect(stoppedShort().tick([], [], walkingAt(start, 5.5, false))).toBeUndefined();
    expect(stoppedShort().tick([{ type: 'move', dx: 1, dy: 0 }], [], walkingAt(start, 2.5, false))).toBeUndefined();
    expect(new TappedWalk().tick(tap, [{ type: 'commandRejected', reason: 'no way to tile 5,1' }], start)).toBe('noWay');
    // Said once: the walk is over.
    const walk = stoppedShort();
    walk.tick([], [], walkingAt(start, 2.5, false));
    expect(walk.tick([], [], walkingAt(start, 2.5, false))).toBeUndefined();
  });
});
