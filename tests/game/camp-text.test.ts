import { afterEach, describe, expect, it } from 'vitest';
import { studentConditions } from '../../src/game/camp-actions';
import { setLanguage } from '../../src/game/i18n/i18n';

describe('a student’s camp card', () => {
  afterEach(() => setLanguage('en'));

  it('shows the wound and the treatments the core tracks, in English and Korean', () => {
    expect(studentConditions({ wound: 'none', treatments: 0 })).toBe('');
    expect(studentConditions({ wound: 'bite', treatments: 1 })).toBe('Wound: bite · treated 1×');
    expect(studentConditions({ wound: 'scratch', treatments: 0 })).toBe('Wound: scratch');
    setLanguage('ko');
    expect(studentConditions({ wound: 'bite', treatments: 2 })).toBe('상처: 물림 · 치료 2번');
  });
});
