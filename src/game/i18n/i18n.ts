/**
 * Player-visible text in English and Korean through i18next. The language comes from the
 * settings when the player chose one, else from the browser (`navigator.languages`), else English;
 * `setLanguage` switches at run time and i18next's `languageChanged` event tells open screens to redraw.
 *
 * Keys and placeholders are typed by i18next itself: the English dictionary is registered as the
 * resource type (`CustomTypeOptions` below), so `t('title.newGam')` is a type error, and so is
 * `t('end.wonDetail')` without the `{{survivors}}`, `{{total}}` and `{{seconds}}` it shows.
 * Values are inserted as plain text: Phaser text is never HTML, so no escaping.
 *
 * Page-wide state: one i18next instance for the page: the language is the player's, for every
 * scene.
 */

import i18next, { type ParseKeys, type ParseKeysWithoutVariables, type TFunction } from 'i18next';
import { en, type Dictionary } from './en';
import { ko } from './ko';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    /** A key must exist even where a default text is given. */
    strictKeyChecks: true;
    /** A text with `{{name}}` cannot be asked for without `name`. */
    strictInterpolationChecks: true;
  }
}

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

const dictionaries: Record<Language, Dictionary> = { en, ko };

/** Every key of the dictionaries, e.g. `'title.newGame'` (i18next's own key type). */
export type MessageKey = ParseKeys;

/** The keys whose text takes no `{{values}}`, for tables of labels passed on to `t(key)`. */
export type PlainKey = ParseKeysWithoutVariables;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences (`ko-KR` counts as `ko`); English otherwise. */
export function detectLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])): Language {
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** How a word's Korean reading ends: no final consonant, a final ㄹ, or another final consonant; undefined when the game cannot tell. */
type Ending = 'vowel' | 'rieul' | 'consonant';
/** Digits and Latin letters as Korean reads them (일, 이, 삼…; 에이, 비, 엘, 엠…). */
const READ_ENDINGS: Record<string, Ending> = {
  0: 'consonant',
  1: 'rieul',
  2: 'vowel',
  3: 'consonant',
  4: 'vowel',
  5: 'vowel',
  6: 'consonant',
  7: 'rieul',
  8: 'rieul',
  9: 'vowel',
  ...Object.fromEntries([...'ABCDEFGHIJKOPQSTUVWXYZ'].map((letter) => [letter, 'vowel'])),
  L: 'rieul',
  R: 'rieul',
  M: 'consonant',
  N: 'consonant',
};

function ending(word: string): Ending | undefined {
  const text = word.trimEnd();
  const last = text.codePointAt(text.length - 1) ?? 0;
  if (last >= 0xac00 && last <= 0xd7a3) {
    const final = (last - 0xac00) % 28;
    return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
  }
  // Digits, and letters read one by one (WASD, LB); a key name read as a word (Enter, Tab) is not guessed.
  if (/^[0-9A-Z]+$/.test(text)) return READ_ENDINGS[text[text.length - 1]!];
  return undefined;
}

/** `word` with the particle of a pair that changes on a final consonant (을/를, 이/가, 은/는); both forms when the ending is unknown. */
function withPairParticle(word: string, afterConsonant: string, afterVowel: string): string {
  const end = ending(word);
  return `${word}${end === undefined ? `${afterConsonant}(${afterVowel})` : end === 'vowel' ? afterVowel : afterConsonant}`;
}

/** `word` with the Korean object particle: 을 after a final consonant, 를 after a vowel, 을(를) when unknown. `{{key, 을를}}`. */
export function withObjectParticle(word: string): string {
  return withPairParticle(word, '을', '를');
}

/** `word` with the particle (으)로: 로 after a vowel or ㄹ, 으로 after another final consonant, (으)로 when unknown. `{{keys, 으로}}`. */
export function withDirectionParticle(word: string): string {
  const end = ending(word);
  return `${word}${end === undefined ? '(으)로' : end === 'consonant' ? '으로' : '로'}`;
}

/** `word` with the Korean subject particle: 이 after a final consonant, 가 after a vowel, 이(가) when unknown. `{{name, 이가}}`. */
export function withSubjectParticle(word: string): string {
  return withPairParticle(word, '이', '가');
}

/** `word` with the Korean topic particle: 은 after a final consonant, 는 after a vowel, 은(는) when unknown. `{{name, 은는}}`. */
export function withTopicParticle(word: string): string {
  return withPairParticle(word, '은', '는');
}

const engine = i18next.createInstance();
void engine.init({
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: dictionaries[language] }])),
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
// After init: i18next makes its formatter there.
engine.services.formatter?.add('을를', (value: unknown) => withObjectParticle(String(value)));
engine.services.formatter?.add('으로', (value: unknown) => withDirectionParticle(String(value)));
engine.services.formatter?.add('이가', (value: unknown) => withSubjectParticle(String(value)));
engine.services.formatter?.add('은는', (value: unknown) => withTopicParticle(String(value)));

/**
 * The text for a key in the current language, `{{name}}` placeholders filled from the options:
 * `t('end.wonDetail', { survivors: 2, total: 3, seconds: 41 })`. It is i18next's own `t`.
 */
export const t: TFunction = engine.t;

export function language(): Language {
  const current = engine.language;
  return isLanguage(current) ? current : 'en';
}

/** Switches the language; i18next's `languageChanged` listeners run (synchronously) when it actually changed. */
export function setLanguage(next: Language): void {
  if (!isLanguage(next) || next === language()) return;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  void engine.changeLanguage(next);
}

/** Calls `listener` after each language switch (i18next's `languageChanged` event); returns the unsubscribe. */
export function onLanguageChanged(listener: (language: Language) => void): () => void {
  const heard = (next: string): void => {
    if (isLanguage(next)) listener(next);
  };
  engine.on('languageChanged', heard);
  return () => engine.off('languageChanged', heard);
}

/** Both dictionaries, for tests that compare their keys. */
export function dictionary(language: Language): Dictionary {
  return dictionaries[language];
}

/**
 * A student's name in the current language: the levels spell names in Latin letters ("Min-jun"),
 * Korean shows them in Hangul (민준). A name the dictionary does not know shows as written.
 */
export function studentName(name: string): string {
  if (/[.:]/.test(name)) return name;
  const key = `names.${name}`;
  return engine.exists(key) ? String(engine.t(key as PlainKey)) : name;
}

/** An item's name in the current language; an item kind with no entry yet shows as its id. */
export function itemName(kind: string): string {
  const key = `items.${kind}`;
  return engine.exists(key) ? String(engine.t(key as PlainKey)) : kind;
}
