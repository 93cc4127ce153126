/**
 * The first level is fair on the default difficulty: a player who sneaks, walks away from what
 * hunts them and fights only what reaches them wins on every seed tried, with nobody down and
 * unbitten; one who runs everywhere (the noise brings the runner and the walkers) is punished: bitten
 * again and again on every seed, each time a wound that infects. (Before one walker's bite threw the
 * two apart and wound up a second on a follower too, the careless run lost a student on half the
 * seeds; it now mostly gets through bitten, infected, with a fight to come at camp.)
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { STUDENT, ZOMBIE } from '../../../../src/core/kernel/tuning';
import { CLASSROOM_CAREFUL as CAREFUL, play, type Step } from './bot';

const FILE = 'levels/01-classroom-wing.json';
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Bites a careless run takes at the least (the careful run takes none). */
const CARELESS_BITES = 4;

/** Straight for the stairs, then the objectives, all at a run. */
const CARELESS: Step[] = [['go', 15, 12], ['go', 36, 12], ['go', 39, 3], ['go', 26, 12], ['use'], ['go', 31, 5], ['go', 26, 12], ['go', 8, 16], ['go', 10, 20], ['go', 9, 13], ['go', 39, 3]];

function level() {
  const parsed = parseLevel(readFileSync(FILE, 'utf8'), FILE);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.level;
}

describe('the first level', () => {
  it('walkers do not outrun a walking student; runners do, a running student still gets away', () => {
    expect(ZOMBIE.walker.chaseSpeed).toBeLessThan(STUDENT.speedTilesPerTick.walk);
    expect(ZOMBIE.brute.chaseSpeed).toBeLessThan(STUDENT.speedTilesPerTick.walk);
    expect(ZOMBIE.runner.chaseSpeed).toBeGreaterThan(STUDENT.speedTilesPerTick.walk);
    expect(ZOMBIE.runner.chaseSpeed).toBeLessThan(STUDENT.speedTilesPerTick.run);
  });

  it('a careful player wins on every seed with nobody down', () => {
    const parsed = level();
    for (const seed of SEEDS) {
      const outcome = play(createSimulation(parsed, { seed }), CAREFUL, 'careful');
      expect(outcome.status, `seed ${seed}`).toBe('won');
      expect(
        outcome.events.filter((e) => e.type === 'studentDowned'),
        `seed ${seed}`,
      ).toEqual([]);
      expect(outcome.firstHitTick, `seed ${seed}`).toBe(-1);
    }
  });

  it('a careless player is punished on every seed, bitten and infected, and sees a runner', () => {
    const parsed = level();
    for (const seed of SEEDS) {
      const outcome = play(createSimulation(parsed, { seed }), CARELESS, 'careless');
      // The runners it woke were seen, and the game was told once per kind.
      const sightings = outcome.events.filter((e) => e.type === 'zombieKindSeen').map((e) => e.kind);
      expect(
        sightings.filter((kind) => kind === 'runner'),
        `seed ${seed}`,
      ).toHaveLength(1);
      expect(new Set(sightings).size, `seed ${seed}`).toBe(sightings.length);
      // Punished: bitten again and again, and infected (the group carries it on to camp).
      expect(outcome.events.filter((e) => e.type === 'studentHit').length, `seed ${seed}`).toBeGreaterThanOrEqual(CARELESS_BITES);
      expect(
        outcome.events.some((e) => e.type === 'studentWounded' && e.infected),
        `seed ${seed}`,
      ).toBe(true);
    }
  });
});
