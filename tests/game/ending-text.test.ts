import { afterEach, describe, expect, it } from 'vitest';
import { endingLines, isFinalLevel } from '../../src/game/ending-text';
import { setLanguage } from '../../src/game/i18n/i18n';
import { difficultyPreset, startCampaign, type CampaignState, type CampaignStudent } from '../../src/core';

afterEach(() => setLanguage('en'));

const student = (name: string, status: CampaignStudent['status']): CampaignStudent => ({ name, status }) as CampaignStudent;
const campaign = (students: CampaignStudent[]): CampaignState => ({ ...startCampaign(difficultyPreset('normal'), 24 * 60 + 21 * 60 + 5), students });

describe('the ending after the last level', () => {
  it('comes after the Rooftop, the last level of the campaign, and after no other', () => {
    expect(isFinalLevel('08-rooftop')).toBe(true);
    for (const id of ['01-classroom-wing', '07-gym', 'siege']) expect(isFinalLevel(id)).toBe(false);
  });

  it('names who got off the roof and who was lost, the day the rescue came, and an epilogue, in English and Korean', () => {
    const story = campaign([student('Min-jun', 'with'), student('Seo-yeon', 'with'), student('Ha-eun', 'turned')]);
    expect(endingLines(story)).toEqual({
      heading: 'RESCUED',
      lines: [
        'Off the roof: Min-jun, Seo-yeon (2).',
        'Lost on the way: Ha-eun.',
        'The helicopter came on day 2, at 21:05.',
        'Below, Hyosan High falls quiet. The names of the ones who stayed are the first thing you say when you land.',
      ],
    });
    expect(endingLines(campaign([student('Min-jun', 'with')])).lines[0]).toBe('Off the roof: Min-jun (1).');
    setLanguage('ko');
    const korean = endingLines(story);
    expect(korean.heading).toBe('구조');
    expect(korean.lines[0]).toBe('옥상을 떠난 사람: 민준, 서연 (2명).');
    for (const line of korean.lines) expect(line).not.toMatch(/[A-Za-z]/);
  });
});
