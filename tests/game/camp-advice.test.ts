import { afterEach, describe, expect, it } from 'vitest';
import { campAdvice } from '../../src/game/camp-advice';
import { campLineText } from '../../src/game/camp-actions';
import { setLanguage } from '../../src/game/i18n/i18n';
import { difficultyPreset, startCampaign, type CampaignState, type CampaignStudent, type CampLine } from '../../src/core';
import { infectionRateFor } from '../../src/core/rules/survival/infection';

afterEach(() => setLanguage('en'));

function student(name: string, fields: Partial<CampaignStudent> = {}): CampaignStudent {
  return {
    ...{ name, look: 0, role: 'leader', status: 'with', quarantined: false, health: 100, stamina: 100, hunger: 0, thirst: 0, fatigue: 0, warmth: 100, morale: 80 },
    ...{ wound: 'none', infection: 0, infectionRate: 0, treatments: 0, halfbie: false, pack: [], weaponId: -1 },
    ...fields,
  } as CampaignStudent;
}
const bitten = (name: string, infection: number): CampaignStudent => student(name, { wound: 'bite', infection, infectionRate: infectionRateFor('bite', 1) * 2 });
const camp = (students: CampaignStudent[]): CampaignState => {
  const start = startCampaign(difficultyPreset('normal'));
  return { ...start, levelsDone: ['01-classroom-wing', '02-science-wing'], students, levelStart: { ...start, levelsDone: ['01-classroom-wing'] } };
};

describe('what the camp says before the player acts', () => {
  it('says what a rest does to every running infection, a warning when it crosses the fever line', () => {
    const treatable = { ...student('Seo-yeon', { wound: 'bite', infection: 35, infectionRate: infectionRateFor('bite', 1) }), pack: [1, 2].map((id) => ({ id, kind: 'antiseptic' as const })) };
    const lines = campAdvice(camp([student('Min-jun'), treatable, student('Ji-ho', { wound: 'scratch', infection: 5, infectionRate: infectionRateFor('scratch', 1) })])).lines;
    expect(lines.map((l) => l.text)).toEqual(['⚠ Resting 2\u00a0h takes Seo-yeon from 35% to 45% infection: a fever. Treat Seo-yeon first.', 'Resting 2\u00a0h takes Ji-ho from 5% to 9% infection.']);
    expect(lines.map((l) => l.warn)).toEqual([true, false]);
  });

  it('when no one can get through the next level, says so and offers the level just won again', () => {
    const advice = campAdvice(camp([bitten('Min-jun', 90), bitten('Seo-yeon', 95)]));
    expect(advice.retry).toEqual({ levelId: '02-science-wing', title: 'Science wing' });
    expect(advice.lines[0]!.text).toContain('No one can get through the next level');
    expect(advice.lines[0]!.text).toContain('Play Science wing again from its start');
    expect(campAdvice(camp([bitten('Min-jun', 90), student('Seo-yeon')])).retry).toBeUndefined();
    setLanguage('ko');
    const korean = campAdvice(camp([bitten('Min-jun', 90), bitten('Seo-yeon', 95)]));
    expect(korean.retry?.title).toBe('과학동');
    for (const line of korean.lines) expect(line.text).not.toMatch(/[A-Za-z]/);
  });

  it('reads each result of the camp as a sentence, capitalised', () => {
    const lines: CampLine[] = [{ kind: 'rested', hours: 2 }, { kind: 'nobodyNeeded' }, { kind: 'noMedicine', name: 'Min-jun' }, { kind: 'leftBehind', name: 'Min-jun' }];
    for (const line of lines) expect(campLineText(line)).toMatch(/^[A-Z]/);
  });
});
