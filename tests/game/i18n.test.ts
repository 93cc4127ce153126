import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  detectLanguage,
  dictionary,
  itemName,
  language,
  onLanguageChanged,
  setLanguage,
  studentName,
  t,
  withDirectionParticle,
  withObjectParticle,
  withSubjectParticle,
  withTopicParticle,
} from '../../src/game/i18n/i18n';
import { objectiveText } from '../../src/game/objective-text';
import { refusalText } from '../../src/game/refusal-text';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)(?:, [^}]+)?\}\}/g)].map((m) => m[1]!).sort();

/** i18next's plural keys end in the language's plural category (`tiles_one`, `tiles_other`); the word itself is the part before. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const word = (key: string): string => key.replace(PLURAL, '');
/** Per word with plural forms, the forms a dictionary has. */
function pluralForms(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const form = PLURAL.exec(key)?.[1];
    if (form !== undefined) out.set(word(key), [...(out.get(word(key)) ?? []), form].sort());
  }
  return out;
}

describe('dictionaries', () => {
  const en = leaves(dictionary('en') as unknown as Tree);
  const ko = leaves(dictionary('ko') as unknown as Tree);

  it('have the same keys (plural forms aside), no empty text, and the same placeholders', () => {
    expect([...new Set([...ko.keys()].map(word))].sort()).toEqual([...new Set([...en.keys()].map(word))].sort());
    expect(en.size).toBeGreaterThan(30);
    const koByWord = new Map([...ko].map(([key, text]) => [word(key), text]));
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      expect(koByWord.get(word(key))!.trim(), key).not.toBe('');
      expect(placeholders(koByWord.get(word(key))!), key).toEqual(placeholders(text));
    }
    for (const [, text] of ko) expect(text.trim()).not.toBe('');
  });

  it('give every plural word exactly the forms its language counts with', () => {
    for (const [lang, dict] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const needed = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
      for (const [key, forms] of pluralForms(dict.keys())) expect(forms, `${lang} ${key}`).toEqual(needed);
    }
    expect(pluralForms(en.keys()).size).toBeGreaterThan(0);
  });

  it('count one tile as one and more as tiles, in both languages', () => {
    setLanguage('en');
    expect(t('whatHappened.firstSaw', { student: 'Ha-eun', count: 1 })).toBe('It first saw Ha-eun, 1 tile away.');
    expect(t('whatHappened.firstSaw', { student: 'Ha-eun', count: 3 })).toBe('It first saw Ha-eun, 3 tiles away.');
    expect(t('whatHappened.firstHeard', { noise: 'alarm', count: 1 })).toBe('It first heard the alarm, 1 tile away.');
    setLanguage('ko');
    expect(t('whatHappened.firstSaw', { student: '하은', count: 1 })).toBe('처음엔 1칸 떨어진 곳에서 하은의 모습을 보았다.');
    setLanguage('en');
  });

  it('Korean is written in Hangul (except names of languages and key labels)', () => {
    const hangul = /[\uac00-\ud7a3]/;
    // Units (kg) are written in Latin letters in Korean too.
    const words = (text: string): boolean => /[A-Za-z]/.test(text.replace(/\{\{\w+\}\}/g, '').replace(/\bkg\b/g, ''));
    const latinOnly = [...ko].filter(([key, text]) => words(text) && !hangul.test(text) && !key.startsWith('language.') && !key.startsWith('keys.'));
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });

  it('keep a number and its unit on one line: a no-break space between them ("(0 s of play)" broke before its "s")', () => {
    // A value or a digit, an ordinary space, then a unit word: word wrapping may part them there.
    const parted = /(\}\}|\d) (s|kg|min|h|m|초|분|시간|kg)(?![\p{L}])/u;
    const broken = [...en, ...ko].filter(([, text]) => parted.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(broken).toEqual([]);
  });
});

describe('language', () => {
  it('is picked from the browser preferences, region ignored, English otherwise', () => {
    expect(detectLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(detectLanguage(['fr-FR', 'KO'])).toBe('ko');
    expect(detectLanguage(['en-GB', 'ko'])).toBe('en');
    expect(detectLanguage(['fr', 'de'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });

  it('switches at run time, fills placeholders and tells listeners once per change', () => {
    const heard: string[] = [];
    const stop = onLanguageChanged((next) => heard.push(next));
    setLanguage('en');
    expect(t('end.wonDetail', { survivors: 2, total: 3, seconds: 41, clock: '17:41' })).toBe('2 of 3 students got out at 17:41 (41\u00a0s of play).');
    setLanguage('ko');
    expect(language()).toBe('ko');
    expect(t('end.wonDetail', { survivors: 2, total: 3, seconds: 41, clock: '17:41' })).toBe('학생 3명 중 2명이 17:41에 빠져나갔습니다 (플레이 41초).');
    expect(itemName('water')).toBe('물');
    expect(itemName('crowbar-not-yet-named')).toBe('crowbar-not-yet-named');
    setLanguage('ko');
    setLanguage('en');
    stop();
    setLanguage('ko');
    // en→en is no change; en→ko and ko→en are heard; nothing after unsubscribing.
    expect(heard).toEqual(['ko', 'en']);
    expect(LANGUAGES).toEqual(['en', 'ko']);
    setLanguage('en');
  });

  it("keys and placeholders are checked by i18next's own typing (a wrong call fails `npm run typecheck`)", () => {
    setLanguage('en');
    // @ts-expect-error: no such key
    expect(t('title.newGam')).toBe('title.newGam');
    // @ts-expect-error: the text needs {{survivors}}, {{total}}, {{clock}} and {{seconds}}
    expect(t('end.wonDetail')).toContain('{{survivors}}');
    // @ts-expect-error: {{seconds}} is missing
    expect(t('end.wonDetail', { survivors: 1, total: 2, clock: '17:03' })).toContain('{{seconds}}');
    expect(t('end.wonDetail', { survivors: 1, total: 2, seconds: 3, clock: '17:03' })).toBe('1 of 2 students got out at 17:03 (3\u00a0s of play).');
  });

  it('names students in Hangul and weighs in kg on a Korean screen', () => {
    setLanguage('ko');
    try {
      expect(studentName('Min-jun')).toBe('민준');
      expect(studentName('Seo-yeon')).toBe('서연');
      expect(studentName('Somebody New')).toBe('Somebody New');
      expect(studentName('a.b')).toBe('a.b');
      expect(t('survival.pack', { name: studentName('Min-jun'), kg: '3.5', limit: 12 })).toBe('민준: 3.5 / 12\u00a0kg');
      const rescue = { kind: 'rescue', label: '', state: 'current', step: 1, studentId: 2 } as never;
      expect(objectiveText(rescue, { students: [{}, {}, { name: 'Da-eun' }] } as never)).toContain('다은');
      expect(refusalText('Ha-eun is out of reach')).toContain('하은');
      // E a step from a door says so, not "nothing to pick up" nor the general "cannot be done now".
      expect(refusalText('the door is out of reach')).toBe(t('refused.doorTooFar'));
      expect(refusalText('nothing to use here')).toBe(t('refused.nothingToUse'));
      expect(t('refused.doorTooFar')).toMatch(/[가-힣]/);
    } finally {
      setLanguage('en');
    }
    expect(studentName('Min-jun')).toBe('Min-jun');
  });
});

describe('Korean particles', () => {
  it('puts 을/를 and (으)로 by how the word ends (Hangul, digits and letters as read), and says both forms when it cannot tell', () => {
    expect(withObjectParticle('알람')).toBe('알람을');
    expect(withObjectParticle('교대')).toBe('교대를');
    expect(withObjectParticle('2')).toBe('2를');
    expect(withObjectParticle('1')).toBe('1을');
    expect(withObjectParticle('E')).toBe('E를');
    expect(withObjectParticle('L')).toBe('L을');
    expect(withObjectParticle('Enter')).toBe('Enter을(를)');
    expect(withDirectionParticle('WASD')).toBe('WASD로');
    expect(withDirectionParticle('방향키')).toBe('방향키로');
    expect(withDirectionParticle('스틱')).toBe('스틱으로');
    expect(withDirectionParticle('M')).toBe('M으로');
    expect(withSubjectParticle('민준')).toBe('민준이');
    expect(withSubjectParticle('지호')).toBe('지호가');
    expect(withSubjectParticle('Slot')).toBe('Slot이(가)');
    expect(withTopicParticle('서연')).toBe('서연은');
    expect(withTopicParticle('지호')).toBe('지호는');
    setLanguage('ko');
    try {
      // A name with its particle chosen, not "민준이(가)".
      expect(refusalText('no bandage to treat Min-jun with')).toMatch(/^민준이 피를 흘립니다/);
      expect(refusalText('Ha-eun cannot carry a desk as well (too heavy)')).toMatch(/^하은은 그것까지/);
      expect(t('tutorial.tap', { key: '교대' })).toBe('교대를 눌러');
      expect(t('tutorial.press', { key: '사용' })).toBe('사용을 눌러');
      expect(t('tutorial.hold', { key: 'Shift' })).toBe('Shift을(를) 누른 채로');
      expect(t('tutorial.move', { keys: 'WASD' })).toMatch(/^WASD로 움직이세요/);
    } finally {
      setLanguage('en');
    }
  });
});
