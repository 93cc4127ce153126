/**
 * The camp screen's questions (core rules/camp-read.ts), checked against the camp's own rules:
 * the hours to turning shown are the hours of rest after which the student turns.
 */

import { describe, expect, it } from 'vitest';
import { campStudent, campWith } from './camp-fixture';
import { rest, treat } from '../../../../src/core/sim/campaign/camp';
import { type CampaignState, type CampaignStudent } from '../../../../src/core/sim/campaign/campaign-state';
import { CAMP_REST_HOURS, campClock, campHoursToTurn, nextCampaignLevel, shareHelps, treatHelps, turnsDuringRest } from '../../../../src/core/sim/campaign/camp-read';
import { infectionRateFor } from '../../../../src/core/rules/survival/infection';
import { STUDENT } from '../../../../src/core/kernel/tuning';
import type { ItemKind } from '../../../../src/core/kernel/item-kinds';

const student = (fields: Partial<CampaignStudent> = {}): CampaignStudent => campStudent(fields.name, fields);
const camp = (students: CampaignStudent[], levelsDone: string[] = []): CampaignState => campWith(students, levelsDone);

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

  it('warns before a rest of each student it would turn, and of no one else', () => {
    const bite = infectionRateFor('bite', 1);
    const hours = (infection: number): number => campHoursToTurn(student({ wound: 'bite', infection, infectionRate: bite }))!;
    // The highest infection that still has more than one rest to go, and one that turns within it.
    let safe = 0;
    while (hours(safe + 1) > CAMP_REST_HOURS) safe++;
    const group = [student({ name: 'Ari' }), student({ name: 'Bo', wound: 'bite', infection: safe, infectionRate: bite }), student({ name: 'Cy', wound: 'bite', infection: 95, infectionRate: bite })];
    const warnings = turnsDuringRest(camp(group));
    expect(warnings.map((w) => w.name)).toEqual(['Cy']);
    expect(warnings[0]!.hours).toBeLessThanOrEqual(CAMP_REST_HOURS);
    const rested = rest(camp(group), CAMP_REST_HOURS).campaign.students;
    expect(rested.filter((s) => s.status === 'turned' || s.halfbie).map((s) => s.name)).toEqual(['Cy']);
  });

  it('says whether the antiseptic the group carries would stop the turning during the rest, only slow it, or is not there', () => {
    const antiseptic = { id: 1, kind: 'antiseptic' as const };
    const scratch = infectionRateFor('scratch', 1);
    // A bite whose infection runs eight times a fresh bite's rate: fast enough that one antiseptic only slows it over a rest.
    const nearlyTurned = (pack: CampaignStudent['pack'], infection: number, wound: 'bite' | 'scratch' = 'scratch') =>
      camp([student({ name: 'Bo', wound, infection, infectionRate: wound === 'bite' ? infectionRateFor('bite', 1) * 8 : scratch, pack })]);
    for (const [state, remedy] of [
      [nearlyTurned([], 99), 'none'],
      [nearlyTurned([antiseptic], 99.9, 'bite'), 'slow'],
    ] as const) {
      const [warning] = turnsDuringRest(state);
      expect(warning?.remedy).toBe(remedy);
    }
    // Find a scratch close enough to turn in this rest that one antiseptic holds off past it.
    let held: CampaignState | undefined;
    for (let infection = 99; infection > 50 && held === undefined; infection -= 1) {
      const state = nearlyTurned([antiseptic], infection);
      if (turnsDuringRest(state)[0]?.remedy === 'treat') held = state;
    }
    expect(held).toBeDefined();
    const treated = treat(held!, 'Bo').campaign;
    expect(turnsDuringRest(treated)).toEqual([]);
    expect(rest(treated, CAMP_REST_HOURS).campaign.students[0]!.status).toBe('with');
  });

  it('has no hours to turning without a running infection', () => {
    expect(campHoursToTurn(student())).toBeNull();
    expect(campHoursToTurn(student({ infection: 50, infectionRate: 0.01, halfbie: true }))).toBeNull();
  });

  it('treating helps the hurt, the wounded and the infected only, and only with a bandage or antiseptic to hand (Treat was offered with none)', () => {
    const treatable = (fields: Partial<CampaignStudent>, pack: ItemKind[]): boolean => treatHelps(camp([campStudent('Ari', fields, pack)]), 'Ari');
    expect(treatable({}, ['bandage', 'antiseptic'])).toBe(false);
    expect(treatable({ health: STUDENT.maxHealth - 1 }, ['bandage'])).toBe(true);
    expect(treatable({ health: STUDENT.maxHealth - 1 }, ['antiseptic'])).toBe(false);
    expect(treatable({ wound: 'scratch' }, ['antiseptic'])).toBe(true);
    expect(treatable({ wound: 'bite', infectionRate: 0.001 }, [])).toBe(false);
    expect(treatable({ infectionRate: 0.001 }, ['antiseptic'])).toBe(true);
  });

  it('sharing out helps only when someone needs food or water the group carries ("Share food & water" was offered with nothing carried)', () => {
    expect(shareHelps(camp([campStudent('Ari', { hunger: 80, thirst: 80 })]))).toBe(false);
    expect(shareHelps(camp([campStudent('Ari', { hunger: 80 }, ['water'])]))).toBe(false);
    expect(shareHelps(camp([campStudent('Ari', { hunger: 80 }, ['food'])]))).toBe(true);
    expect(shareHelps(camp([campStudent('Ari', { thirst: 80 }), campStudent('Bo', {}, ['water'])]))).toBe(true);
    expect(shareHelps(camp([campStudent('Ari', {}, ['food', 'water'])]))).toBe(false);
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
