/**
 * The touch HIT button on a phone (input/player-controls.ts, input/hit-look.ts): a tap during the
 * last swing's recovery is kept until a blow is ready and then swings once, so a player tapping at a
 * walker in reach lands every blow they tap for; the button shows a ring filling while the swing
 * recovers and a bright ring when a blow is ready with a zombie in reach.
 */

import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../src/core/sim/simulation';
import { ZOMBIE } from '../../src/core/kernel/tuning';
import type { Command } from '../../src/core/state/commands';
import { ATTACK_BUFFER_TICKS, attackBufferTicks } from '../../src/game/input/player-controls';
import { hitLook } from '../../src/game/input/hit-look';
import { levelFromAscii } from '../core/level-fixture';

/** A student in a corridor, a walker that a swing at the air brings, a wall at its back (no knockback). */
function fight(): Simulation {
  const sim = createSimulation(
    levelFromAscii(`
      #############
      #E...S.Z#...#
      #############`),
    { seed: 4 },
  );
  sim.step([{ type: 'attack' }]);
  for (let t = 0; t < 200 && sim.snapshot().zombies[0]!.mode !== 'attack'; t++) sim.step([]);
  return sim;
}

/** A tap on HIT as the controls send it: an attack asked for over the buffer's ticks from the latest snapshot. */
function tapHit(sim: Simulation): number {
  let hits = 0;
  const ticks = attackBufferTicks(sim.snapshot());
  for (let t = 0; t < ticks; t++) hits += sim.step([{ type: 'attack' } as Command]).filter((e) => e.type === 'zombieHit').length;
  return hits;
}

describe('a tap on HIT', () => {
  it('during the last swing recovery, swings once as soon as a blow is ready', () => {
    const sim = fight();
    expect(sim.snapshot().students[0]!.zombieInReach).toBe(true);
    expect(tapHit(sim)).toBe(1);
    // A tap two ticks into the recovery (a 9-tick recovery: four or more ticks left, which a buffer of four ticks alone would not outlast) is not lost, and swings once only.
    sim.step([]);
    expect(sim.snapshot().students[0]!.swingReadyIn).toBeGreaterThanOrEqual(ATTACK_BUFFER_TICKS);
    expect(tapHit(sim)).toBe(1);
    expect(sim.snapshot().zombies[0]!.health).toBe(ZOMBIE.walker.health - 2);
  });
});

describe('the HIT button', () => {
  it('shows a blow ready with a zombie in reach, and a ring filling while the swing recovers', () => {
    const sim = fight();
    const seen = { seen: 0 };
    expect(hitLook(sim.snapshot(), seen)).toEqual({ state: 'strike', recovered: 1 });
    sim.step([{ type: 'attack' }]);
    const first = hitLook(sim.snapshot(), seen);
    expect(first.state).toBe('recovering');
    sim.step([]);
    const later = hitLook(sim.snapshot(), seen);
    expect(later.recovered).toBeGreaterThan(first.recovered);
    for (let t = 0; t < 20; t++) sim.step([]);
    expect(hitLook(sim.snapshot(), seen).state).toBe('strike');
  });

  it('is idle with no zombie in reach', () => {
    const sim = createSimulation(
      levelFromAscii(`
      #########
      #E..S..Z#
      #########`),
      { seed: 1 },
    );
    expect(hitLook(sim.snapshot(), { seen: 0 })).toEqual({ state: 'idle', recovered: 1 });
  });
});
