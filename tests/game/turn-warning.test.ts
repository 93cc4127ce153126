import { afterEach, describe, expect, it } from 'vitest';
import { turnWarningText } from '../../src/game/camp-actions';
import { setLanguage } from '../../src/game/i18n/i18n';

afterEach(() => setLanguage('en'));

const REMEDIES = ['treat', 'slow', 'none'] as const;

describe("the camp's warning before a rest that someone turns during it", () => {
  it('names the student, the hours and what the player can do, in English', () => {
    setLanguage('en');
    const [treat, slow, none] = REMEDIES.map((remedy) => turnWarningText({ name: 'Ha-eun', hours: 1, remedy }));
    expect(treat).toBe('⚠ If the group rests now, Ha-eun turns within 1\u00a0h. Treat Ha-eun first: the antiseptic you carry holds it off. Or leave Ha-eun behind, or go on without resting.');
    expect(slow).toContain('Antiseptic only slows it. Leave Ha-eun behind, or go on without resting');
    expect(none).toContain('there is no antiseptic. Leave Ha-eun behind');
  });

  it('reads in Korean with the name in Hangul and its particles, no Latin letter', () => {
    setLanguage('ko');
    for (const remedy of REMEDIES) {
      const text = turnWarningText({ name: 'Min-jun', hours: 2, remedy });
      expect(text).toContain('2시간 안에 민준이 좀비로 변');
      expect(text).toContain('민준을');
      expect(text).not.toMatch(/[A-Za-z]/);
    }
  });
});
