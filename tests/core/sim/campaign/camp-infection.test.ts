/**
 * A bitten student and the campaign: a careful player who was bitten a few times late in a level
 * can treat them at camp with the medicine the levels hold and rest without a silent turn; the camp
 * says before a rest what it does to each infection, says when no one can get through the next
 * level, and keeps the campaign as the last level began, to play it again from its start.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campStudent, campWith as camp } from './camp-fixture';
import { rest, treat } from '../../../../src/core/sim/campaign/camp';
import { carryOver, type CampaignState, type CampaignStudent } from '../../../../src/core/sim/campaign/campaign-state';
import { CAMP_REST_HOURS, nextLevelOutlook, playMinutesToTurn, restInfection } from '../../../../src/core/sim/campaign/camp-read';
import { infectionRateFor } from '../../../../src/core/rules/survival/infection';
import { INFECTION, ticks } from '../../../../src/core/kernel/tuning';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { createSimulation } from '../../../../src/core/sim/simulation';

const student = (name: string, fields: Partial<CampaignStudent> = {}, antiseptic = 0): CampaignStudent =>
  campStudent(
    name,
    fields,
    Array.from({ length: antiseptic }, () => 'antiseptic' as const),
  );
/** A fight's three bites: each further wound speeds the infection, up to the fastest a bite runs. */
const threeBites = (): number => Math.min(infectionRateFor('bite', 1) * INFECTION.rewoundFactor ** 2, infectionRateFor('bite', 1) * INFECTION.fastestBiteFactor);

describe('a bitten student between levels', () => {
  it('two hours of rest do not run a fight-bitten student from 8% past turning', () => {
    const ari = student('Ari', { wound: 'bite', infection: 8, infectionRate: threeBites() });
    const after = rest(camp([ari]), CAMP_REST_HOURS).campaign.students[0]!;
    expect(after.status).toBe('with');
    expect(after.infection).toBeLessThan(INFECTION.feverAt);
  });

  it('bitten three times a minute and a half before the exit of level 2, treated with the antiseptic found there and rested, they get through the next level', () => {
    const levelTwo = parseLevel(readFileSync('levels/02-science-wing.json', 'utf8'), '02-science-wing.json');
    if (!levelTwo.ok) throw new Error('level 2 does not load');
    const found = createSimulation(levelTwo.level, { seed: 1 })
      .saveState()
      .items.filter((item) => item.kind === 'antiseptic').length;
    expect(found).toBeGreaterThanOrEqual(2);
    const rate = threeBites();
    let state = camp([student('Ari', { wound: 'bite', infection: rate * ticks(90), infectionRate: rate }, found), student('Bo')]);
    expect(nextLevelOutlook(state).turning.map((t) => t.name)).toEqual([]);
    for (let dose = 0; dose < found; dose++) state = treat(state, 'Ari').campaign;
    state = rest(state, CAMP_REST_HOURS).campaign;
    const ari = state.students[0]!;
    expect(ari.status).toBe('with');
    expect(playMinutesToTurn(ari)!).toBeGreaterThanOrEqual(INFECTION.levelPlayMinutes);
  });

  it('says before a rest what it does to each running infection, and which line it crosses', () => {
    const bite = infectionRateFor('bite', 1);
    const group = [
      student('Ari'),
      student('Bo', { wound: 'bite', infection: INFECTION.feverAt - 1, infectionRate: bite }),
      student('Cy', { wound: 'bite', infection: 99, infectionRate: bite }),
      student('Di', { wound: 'scratch', infection: 1, infectionRate: infectionRateFor('scratch', 1) }),
    ];
    const said = restInfection(camp(group));
    const rested = rest(camp(group), CAMP_REST_HOURS).campaign.students;
    expect(said.map((s) => s.name)).toEqual(['Bo', 'Cy', 'Di']);
    for (const line of said) {
      const after = rested.find((s) => s.name === line.name)!;
      expect(line.to, line.name).toBeCloseTo(after.status === 'turned' || after.halfbie ? 100 : after.infection, 9);
    }
    expect(said.map((s) => s.crosses)).toEqual(['fever', 'turns', undefined]);
  });

  it('says when no one can get through the next level, and not while someone can', () => {
    const dying = (name: string, antiseptic = 0): CampaignStudent => student(name, { wound: 'bite', infection: 90, infectionRate: threeBites() }, antiseptic);
    const doomed = nextLevelOutlook(camp([dying('Ari'), dying('Bo')]));
    expect(doomed.doomed).toBe(true);
    expect(doomed.turning.map((t) => t.name)).toEqual(['Ari', 'Bo']);
    expect(doomed.turning[0]!.minutes).toBeLessThan(INFECTION.levelPlayMinutes);
    expect(nextLevelOutlook(camp([dying('Ari'), student('Bo')]))).toEqual({ turning: [{ name: 'Ari', minutes: doomed.turning[0]!.minutes }], doomed: false });
    expect(nextLevelOutlook(camp([]))).toEqual({ turning: [], doomed: false });
  });

  it('keeps the campaign as the last level began, without its own start, for playing that level again', () => {
    const levelTwo = parseLevel(readFileSync('levels/02-science-wing.json', 'utf8'), '02-science-wing.json');
    if (!levelTwo.ok) throw new Error('level 2 does not load');
    const before: CampaignState = { ...camp([student('Min-jun'), student('Seo-yeon')]), levelStart: camp([]) };
    const sim = createSimulation(levelTwo.level, { seed: 1, campaign: before });
    const after = carryOver(before, sim.saveState(), levelTwo.level);
    const { levelStart: _dropped, ...expected } = before;
    expect(after.levelStart).toEqual(expected);
    expect(after.levelsDone).toEqual([...before.levelsDone, '02-science-wing']);
  });
});
