import { afterEach, describe, expect, it } from 'vitest';
import { difficultyPreset, startCampaign, type CampLine } from '../../src/core';
import { createAppState } from '../../src/game/app-state';
import { arriveAtCamp, campAct, campLineText } from '../../src/game/camp-actions';
import { setLanguage } from '../../src/game/i18n/i18n';

/** One line of every kind the camp rules tell (src/core/sim/campaign/camp.ts). */
const LINES: CampLine[] = [
  { kind: 'ate', name: 'Min-jun', need: 'hunger', value: 20 },
  { kind: 'drank', name: 'Ha-eun', need: 'thirst', value: 35 },
  { kind: 'nobodyNeeded' },
  { kind: 'rested', hours: 2 },
  { kind: 'thingsStayed', name: 'Seo-yeon', count: 1 },
  { kind: 'thingsStayed', name: 'Seo-yeon', count: 3 },
  ...(['notWithGroup', 'bandaged', 'scratchCleaned', 'infectionSlowed', 'noMedicine', 'halfbie', 'turned', 'leftBehind', 'keptApart', 'stays'] as const).map((kind) => ({ kind, name: 'Ha-eun' })),
];

afterEach(() => setLanguage('en'));

describe('the camp log in the player’s language', () => {
  it('reads in English as the camp rules meant it', () => {
    setLanguage('en');
    expect(LINES.map(campLineText)).toEqual([
      'Min-jun ate (hunger 20)',
      'Ha-eun drank (thirst 35)',
      'Nobody needed food or water, or there was none',
      'The group rested 2\u00a0h',
      '1 thing stayed with Seo-yeon',
      '3 things stayed with Seo-yeon',
      'Ha-eun is not with the group',
      "Ha-eun's wounds were bandaged",
      "Ha-eun's scratch was cleaned in time: no infection",
      "Ha-eun's infection was slowed with antiseptic",
      'No medicine that helps Ha-eun',
      'Ha-eun came through the fever... changed. A halfbie.',
      'Ha-eun turned. The others had to run.',
      'Ha-eun was left behind',
      'Ha-eun will keep apart (holds position)',
      'Ha-eun stays with the group',
    ]);
  });

  it('reads in Korean with no English word left, names in Hangul with their particles', () => {
    setLanguage('ko');
    const texts = LINES.map(campLineText);
    for (const text of texts) expect(text, text).not.toMatch(/[A-Za-z]/);
    expect(texts[0]).toBe('민준이 먹었다 (배고픔 20)');
    expect(texts[3]).toBe('일행이 2시간 쉬었다');
    expect(texts[12]).toBe('하은이 좀비로 변했다. 나머지는 도망쳐야 했다.');
  });
});

describe('each camp’s log', () => {
  it('starts empty: the last camp’s lines are not shown again at the next camp', () => {
    const app = createAppState();
    arriveAtCamp(app, startCampaign(difficultyPreset('normal')));
    campAct(app, { type: 'share' });
    campAct(app, { type: 'rest' });
    expect(app.campLog.length).toBeGreaterThan(0);
    // The next level won: the group arrives at the next camp.
    arriveAtCamp(app, app.campaign);
    expect(app.campLog).toEqual([]);
    campAct(app, { type: 'rest' });
    expect(app.campLog.map((line) => line.kind)).toEqual(['rested']);
  });
});
