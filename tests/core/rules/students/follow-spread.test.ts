/**
 * Followers keep clear of the controlled student's swing, keep apart from each other on the way
 * and keep up: a group that walks down a long corridor arrives together, not strung out.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import type { Simulation } from '../../../../src/core/sim/simulation';
import { levelFromAscii } from '../../level-fixture';

const ROOM = `
  ##############
  #SSS.........#
  #............#
  #............#
  #............#
  #............#
  #...........E#
  ##############`;

const HALL = `
  ##########################################
  #SSS...................................E#
  #.......................................#
  ##########################################`;

/** The controlled student (the first in reading order) starts seven tiles ahead of the others. */
const STRUNG_OUT = `
  ##########################################
  #.......S..............................E#
  #SS.....................................#
  ##########################################`;

/** The reach followers keep out of in front of the controlled student (the longest melee reach). */
const SWING_TILES = 1.6;

function settle(sim: Simulation, ticks: number): void {
  for (let t = 0; t < ticks; t++) sim.step([]);
}

/** Followers standing inside the controlled student's swing: within reach and inside its 150° arc. */
function inSwing(sim: Simulation): string[] {
  const { students } = sim.snapshot();
  const me = students.find((s) => s.controlled)!;
  return students
    .filter((s) => !s.controlled && !s.down)
    .filter((s) => {
      const dx = s.x - me.x;
      const dy = s.y - me.y;
      const d = Math.hypot(dx, dy);
      return d <= SWING_TILES && (d < 0.01 || (dx * me.facingX + dy * me.facingY) / d >= 0.25);
    })
    .map((s) => `${s.name} at ${s.x.toFixed(2)},${s.y.toFixed(2)}`);
}

describe('followers and the swing', () => {
  it.each([
    ['left', -1, 0],
    ['up', 0, -1],
    ['down', 0, 1],
    ['right', 1, 0],
  ] as const)('after the leader turns %s toward the group and swings, nobody stands in its swing', (_name, dx, dy) => {
    for (const seed of [1, 2]) {
      const sim = createSimulation(levelFromAscii(ROOM), { seed });
      sim.step([{ type: 'walkTo', tileX: 7, tileY: 3 }]);
      settle(sim, 20 * 6);
      // A short step the way it turns (a real player's tap of a key), then it stands.
      sim.step([{ type: 'move', dx, dy, gait: 'walk' }]);
      sim.step([]);
      sim.step([{ type: 'move', dx: 0, dy: 0, gait: 'walk' }]);
      // Then swings at the air, again and again, as a player mashing the attack key does.
      for (let t = 0; t < 20 * 3; t++) sim.step(t % 10 === 0 ? [{ type: 'attack' }] : []);
      expect(inSwing(sim), `seed ${seed}`).toEqual([]);
    }
  });
});

describe('followers on the move', () => {
  it('keep apart from each other and from the leader while walking', () => {
    const sim = createSimulation(levelFromAscii(HALL), { seed: 1 });
    sim.step([{ type: 'walkTo', tileX: 36, tileY: 1 }]);
    let gap = Infinity;
    for (let t = 0; t < 20 * 14; t++) {
      sim.step([]);
      const standing = sim.snapshot().students.filter((s) => !s.down);
      for (const a of standing) for (const b of standing) if (a !== b) gap = Math.min(gap, Math.hypot(a.x - b.x, a.y - b.y));
    }
    expect(gap).toBeGreaterThan(0.55);
  });

  it.each(['sneak', 'walk', 'run'] as const)('catch up at a %s: left 7 tiles behind, they are within 4 tiles of the leader by the end of the hall, and together 2 s after it stops', (gait) => {
    const sim = createSimulation(levelFromAscii(STRUNG_OUT), { seed: 1 });
    sim.step([
      { type: 'move', dx: 0, dy: 0, gait },
      { type: 'walkTo', tileX: 36, tileY: 1 },
    ]);
    let stoppedAt = -1;
    for (let t = 0; t < 20 * 40; t++) {
      sim.step([]);
      const { students } = sim.snapshot();
      const me = students.find((s) => s.controlled)!;
      const behind = students.filter((s) => !s.controlled).map((s) => Math.hypot(s.x - me.x, s.y - me.y));
      if (me.tileX === 30) for (const d of behind) expect(d).toBeLessThanOrEqual(4);
      if (stoppedAt < 0 && me.tileX === 36 && !me.moving) stoppedAt = t;
      if (stoppedAt >= 0 && t === stoppedAt + 40) {
        for (const d of behind) expect(d).toBeLessThanOrEqual(2.6);
        break;
      }
    }
    expect(stoppedAt).toBeGreaterThan(0);
  });
});

/** The leader (east, switched to) and a follower a step behind it, a walker beside the follower's way. */
const PAST_A_WALKER = `
  ##########################
  #....S.S...............E.#
  #.....Z..................#
  ##########################`;

describe('followers passing a zombie', () => {
  it.each(['sneak', 'walk'] as const)('do not queue in its reach behind a leader who moves on at a %s: at most the first bite', (gait) => {
    for (const seed of [1, 2]) {
      const sim = createSimulation(levelFromAscii(PAST_A_WALKER), { seed });
      sim.step([{ type: 'switchStudent' }]);
      sim.step([{ type: 'attack' }]); // wakes the walker
      sim.step([
        { type: 'move', dx: 0, dy: 0, gait },
        { type: 'walkTo', tileX: 20, tileY: 1 },
      ]);
      const follower = sim.snapshot().students.find((s) => !s.controlled)!.id;
      let bites = 0;
      for (let t = 0; t < 20 * 12; t++) {
        bites += sim.step([]).filter((e) => e.type === 'studentHit' && e.studentId === follower).length;
        const me = sim.snapshot().students.find((s) => s.controlled)!;
        if (me.tileX === 20 && !me.moving) break;
      }
      expect(bites, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });
});
