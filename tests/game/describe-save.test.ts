import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../src/game/i18n/i18n';
import { describeSave, describeSlot, savedWhen } from '../../src/game/save/describe-save';
import type { SaveContent } from '../../src/game/save/envelope';

const save = (levelId: string, savedAt: string): SaveContent => ({ levelId, savedAt, playSeconds: 180 }) as unknown as SaveContent;

describe('a save slot line', () => {
  afterEach(() => setLanguage('en'));

  it("names the level by its title, not its id, in the player's language", () => {
    const now = new Date(2026, 11, 6, 20, 0);
    const at = new Date(2026, 11, 6, 14, 5).toISOString();
    expect(describeSave(save('03-library', at), now)).toMatch(/^Library · 3\u00a0min · /);
    expect(describeSave(save('siege', at), now)).toMatch(/^Classroom 3-1, all night · /);
    expect(describeSave(save('gone-level', at), now)).toMatch(/^gone-level · /);
    setLanguage('ko');
    const korean = describeSave(save('03-library', at), now);
    expect(korean).toMatch(/^도서관 · 3분 · /);
    expect(korean).not.toMatch(/03-library|[AP]M/);
  });

  it('calls a camp save by the camp screen’s own word (야영, not 캠프)', () => {
    const at = new Date(2026, 11, 6, 14, 5).toISOString();
    const camp = { ...save('03-library', at), camp: { seed: 1 } } as unknown as SaveContent;
    for (const language of ['en', 'ko'] as const) {
      setLanguage(language);
      expect(describeSave(camp).toLowerCase()).toContain(t('camp.title').toLowerCase());
    }
  });

  it('writes the time (today) or the date (before) as the language does, with no English "PM" in Korean', () => {
    const now = new Date(2026, 11, 6, 20, 0);
    expect(savedWhen(new Date(2026, 11, 6, 14, 5), now)).toMatch(/2:05\s?PM/);
    setLanguage('ko');
    expect(savedWhen(new Date(2026, 11, 6, 14, 5), now)).toBe('14:05');
    expect(savedWhen(new Date(2026, 10, 30, 9, 0), now)).toMatch(/2026년 11월 30일/);
    expect(savedWhen(new Date('nonsense'), now)).toBe('?');
  });

  it('names a slot whose save belongs to an older version of its level as such (the save is kept), not as damaged, in both languages', () => {
    const at = new Date(2026, 11, 6, 14, 5).toISOString();
    const backup = save('03-library', at);
    const outdated = { kind: 'outdated', detail: 'made for an older version of level "03-library": objectives changed' } as const;
    const corrupt = { kind: 'corrupt', detail: 'cut short' } as const;
    expect(describeSlot({ slot: 'slot1', status: 'damaged', fromBackup: false, problem: outdated })).toBe('older level version');
    expect(describeSlot({ slot: 'slot1', status: 'damaged', fromBackup: true, save: backup, problem: outdated })).toMatch(/^older level version → Library · /);
    expect(describeSlot({ slot: 'slot1', status: 'damaged', fromBackup: false, problem: corrupt })).toBe('damaged');
    expect(describeSlot({ slot: 'slot1', status: 'ok', fromBackup: false, save: backup })).toMatch(/^Library · /);
    expect(describeSlot(undefined)).toBe('empty');
    setLanguage('ko');
    expect(describeSlot({ slot: 'slot1', status: 'damaged', fromBackup: false, problem: outdated })).toBe('이전 버전 레벨');
  });
});
