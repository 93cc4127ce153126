/**
 * The camp screen's questions (core rules/camp-read.ts), checked against the camp's own rules:
 * the hours to turning shown are the hours of rest after which the student turns.
 */

import { describe, expect, it } from 'vitest';
import { rest } from '../../../../src/core/sim/campaign/camp';
import { startCampaign, type CampaignState, type CampaignStudent } from '../../../../src/core/sim/campaign/campaign-state';
import { difficultyPreset } from '../../../../src/core/kernel/difficulty';
import { campClock, campHoursToTurn, nextCampaignLevel, wantsTreatment } from '../../../../src/core/sim/campaign/camp-read';
import { infectionRateFor } from '../../../../src/core/rules/survival/infection';
import { STUDENT } from '../../../../src/core/kernel/tuning';

function student(fields: Partial<CampaignStudent> = {}): CampaignStudent {
  return {
    name: 'Ari',
    look: 0,
    role: 'leader',
    status: 'with',
    quarantined: false,
    health: STUDENT.maxHealth,
    stamina: STUDENT.maxStamina,
    hunger: 0,
    thirst: 0,
    fatigue: 0,
    warmth: 100,
    morale: 80,
    wound: 'none',
    infection: 0,
    infectionRate: 0,
    treatments: 0,
    halfbie: false,
    pack: [],
    weaponId: -1,
    ...fields,
  };
}

const camp = (students: CampaignStudent[], levelsDone: string[] = []): CampaignState => ({ ...startCampaign(difficultyPreset('normal'), 20 * 60), levelsDone, students });

describe("the camp screen's questions", () => {
  it('the hours to turning are the hours of rest after which the student has turned, not one sooner', () => {
    for (const [wound, infection] of [
      ['bite', 10],
      ['scratch', 0],
      ['bite', 70],
    ] as const) {
      const ill = student({ wound, infection, infectionRate: infectionRateFor(wound, 1) });
      const hours = campHoursToTurn(ill)!;
      expect(hours, `${wound} at ${infection}`).toBeGreaterThan(0);
      if (hours <= 12) {
        expect(rest(camp([ill]), hours - 1).campaign.students[0]!.infection, `${wound} at ${infection}`).toBeLessThan(100);
        const after = rest(camp([ill]), hours).campaign.students[0]!;
        expect(after.status === 'turned' || after.halfbie, `${wound} at ${infection}`).toBe(true);
      }
    }
  });

  it('has no hours to turning without a running infection', () => {
    expect(campHoursToTurn(student())).toBeNull();
    expect(campHoursToTurn(student({ infection: 50, infectionRate: 0.01, halfbie: true }))).toBeNull();
  });

  it('treating helps the hurt, the wounded and the infected only', () => {
    expect(wantsTreatment(student())).toBe(false);
    expect(wantsTreatment(student({ health: STUDENT.maxHealth - 1 }))).toBe(true);
    expect(wantsTreatment(student({ wound: 'scratch' }))).toBe(true);
    expect(wantsTreatment(student({ infectionRate: 0.001 }))).toBe(true);
  });

  it('goes on to the level after the last one won, stays on the last, and moves the seed on', () => {
    const ids = ['a', 'b', 'c'];
    expect(nextCampaignLevel(ids, camp([], []), 7)).toEqual({ levelId: 'a', seed: 8 });
    expect(nextCampaignLevel(ids, camp([], ['a']), '41')).toEqual({ levelId: 'b', seed: 42 });
    expect(nextCampaignLevel(ids, camp([], ['a', 'b', 'c']), 999_999)).toEqual({ levelId: 'c', seed: 0 });
    expect(nextCampaignLevel(ids, camp([], ['a']), 'night')).toEqual({ levelId: 'b', seed: 1 });
    expect(nextCampaignLevel([], camp([], ['a']), 1)).toBeNull();
  });

  it("tells the camp's day and time from the campaign clock", () => {
    expect(campClock({ minutes: 20 * 60 + 5 })).toEqual({ day: 1, time: '20:05' });
    expect(campClock({ minutes: 24 * 60 + 90 })).toEqual({ day: 2, time: '01:30' });
  });
});
