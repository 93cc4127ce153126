/**
 * The campaign's time after a level follows the level's own clock speed: a level that runs its
 * clock at 4 game minutes a second hands the next level four times as many minutes as one at 1.
 */

import { describe, expect, it } from 'vitest';
import { carryOver, startCampaign } from '../../../../src/core/sim/campaign/campaign-state';
import { difficultyPreset } from '../../../../src/core/kernel/difficulty';
import type { Level } from '../../../../src/core/level/level';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { CLOCK } from '../../../../src/core/kernel/tuning-world';
import { levelFromAscii } from '../../level-fixture';

const base = levelFromAscii(`
  #######
  #S...E#
  #######
`);
const withSpeed = (clockSpeed: number): Level => ({ ...base, settings: { ...base.settings, clockSpeed } });

describe('campaign time', () => {
  it('counts the minutes a level took at its own clock speed', () => {
    const ticks = 600; // 30 s of play
    for (const clockSpeed of [1, 4, 0.5]) {
      const level = withSpeed(clockSpeed);
      const sim = createSimulation(level, { seed: 3 });
      for (let i = 0; i < ticks; i++) sim.step([]);
      const state = sim.saveState();
      const campaign = carryOver(startCampaign(difficultyPreset('normal'), state.startMinute), state, level);
      expect(campaign.minutes - state.startMinute).toBeCloseTo((ticks / CLOCK.ticksPerMinute) * clockSpeed, 9);
    }
  });

  it('the next level starts at the time the last one ended', () => {
    const level = withSpeed(4);
    const sim = createSimulation(level, { seed: 3 });
    for (let i = 0; i < 200; i++) sim.step([]);
    const campaign = carryOver(startCampaign(difficultyPreset('normal')), sim.saveState(), level);
    const next = createSimulation(base, { seed: 4, campaign });
    expect(next.saveState().startMinute).toBeCloseTo(sim.saveState().startMinute + (200 * 4) / CLOCK.ticksPerMinute, 9);
  });
});
