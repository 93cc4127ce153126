import { afterEach, describe, expect, it } from 'vitest';
import { helpUpText } from '../../src/game/help-up-text';
import { setLanguage } from '../../src/game/i18n/i18n';

afterEach(() => setLanguage('en'));

describe('the words over a fallen student a friend can help up', () => {
  it('say who is down, the seconds left and the Use control of the device played with', () => {
    setLanguage('en');
    expect(helpUpText('Ha-eun', 479, 'keyboard')).toBe('Ha-eun is down · 24\u00a0s\nTo help them up, press E beside them');
    expect(helpUpText('Ha-eun', 20, 'touch')).toBe('Ha-eun is down · 1\u00a0s\nTo help them up, tap USE beside them');
  });

  it('read in Korean with the name in Hangul and its particle', () => {
    setLanguage('ko');
    const text = helpUpText('Ha-eun', 479, 'keyboard');
    expect(text).toMatch(/^하은이 쓰러졌습니다 · 24초\n옆에서 E를 눌러 일으키세요$/);
    expect(helpUpText('Min-jun', 479, 'touch')).toContain('민준이 쓰러졌습니다');
  });
});
