import { afterEach, describe, expect, it } from 'vitest';
import { endDetail, endHeading } from '../../src/game/end-text';
import { setLanguage } from '../../src/game/i18n/i18n';

describe('the end screen line', () => {
  afterEach(() => setLanguage('en'));

  it('says the siege was held until dawn, not that anyone reached the stairs', () => {
    const siege = endDetail({ outcome: 'won', levelId: 'siege', survivors: 3, total: 4, seconds: 600, clock: '06:00', siege: true });
    expect(siege).toBe('3 of 4 students held out until dawn.');
    setLanguage('ko');
    expect(endDetail({ outcome: 'won', levelId: 'siege', survivors: 3, total: 4, seconds: 600, clock: '06:00', siege: true })).toBe('학생 4명 중 3명이 새벽까지 버텼습니다.');
  });

  it('says a level was got out of (its exit may be a fire exit or the roof, not stairs), and when, by the game clock the HUD showed', () => {
    expect(endDetail({ outcome: 'won', levelId: '03-library', survivors: 1, total: 2, seconds: 95.4, clock: '18:35' })).toBe('1 of 2 students got out at 18:35 (95\u00a0s of play).');
    expect(endDetail({ outcome: 'lost', levelId: '03-library', survivors: 0, total: 2, seconds: 30, clock: '17:30' })).toBe('Nobody left standing at 17:30 (30\u00a0s of play).');
  });

  it('says everyone got out as such, not "1 of 1 students" or "2 of 2"', () => {
    const won = { outcome: 'won', levelId: '01-classroom-wing', seconds: 95.4, clock: '18:35' } as const;
    expect(endDetail({ ...won, survivors: 1, total: 1 })).toBe('You got out at 18:35 (95\u00a0s of play).');
    expect(endDetail({ ...won, survivors: 3, total: 3 })).toBe('All 3 students got out at 18:35 (95\u00a0s of play).');
    expect(endDetail({ ...won, survivors: 1, total: 1, siege: true })).toBe('You held out until dawn.');
    expect(endDetail({ ...won, survivors: 2, total: 2, siege: true })).toBe('Both students held out until dawn.');
    setLanguage('ko');
    expect(endDetail({ ...won, survivors: 1, total: 1 })).toBe('18:35에 빠져나갔습니다 (플레이 95초).');
    expect(endDetail({ ...won, survivors: 3, total: 3 })).toBe('학생 3명 모두 18:35에 빠져나갔습니다 (플레이 95초).');
    for (const line of [endDetail({ ...won, survivors: 1, total: 1 }), endDetail({ ...won, survivors: 1, total: 1, siege: true })]) expect(line).not.toMatch(/1명 중 1명/);
  });

  it('says too few were left, not that everyone fell, when some still stand but fewer than the level needs', () => {
    const tooFew = { outcome: 'lost', levelId: '01-classroom-wing', survivors: 1, total: 3, seconds: 73, clock: '18:13', needed: 2 } as const;
    expect(endHeading(tooFew)).toBe('TOO FEW LEFT');
    expect(endDetail(tooFew)).toBe('Only 1 left standing at 18:13 (73\u00a0s of play); this level needs 2.');
    expect(endHeading({ ...tooFew, survivors: 0 })).toBe('EVERYONE FELL');
    setLanguage('ko');
    expect(endDetail(tooFew)).toBe('18:13에 1명만 남았습니다 (플레이 73초). 이 층은 2명이 필요합니다.');
  });

  it('names, on a loss by turning, the wounds that infected each student who turned', () => {
    const bites = [{ levelId: '02-science-wing', minute: 18 * 60 + 42, kind: 'runner' as const, wound: 'bite' as const }];
    const lost = { outcome: 'lost' as const, levelId: '03-library', survivors: 0, total: 2, seconds: 30, clock: '19:30', turned: [{ name: 'Min-jun', bites }] };
    expect(endDetail(lost)).toBe('Nobody left standing at 19:30 (30\u00a0s of play).\nMin-jun turned, infected by:\nRunner bite at 18:42, Science wing.');
    setLanguage('ko');
    expect(endDetail(lost).split('\n').slice(1)).toEqual(['민준이 좀비로 변했습니다. 감염된 상처:', '18:42, 과학동: 달리는 좀비에게 물림.']);
  });
});
