/**
 * Player-visible text in English and Korean through i18next. The language comes from the
 * settings when the player chose one, else from the browser (`navigator.languages`), else English;
 * `setLanguage` switches at run time and tells `onLanguageChanged` listeners so open screens redraw.
 *
 * `t('title.newGame')` takes a typed key (a typo is a type error); `t('end.wonDetail', { total: 3 })`
 * fills `{{total}}`. Values are inserted as plain text: Phaser text is never HTML, so no escaping.
 */

import i18next, { type i18n } from 'i18next';
import { en, type Dictionary } from './en';
import { ko } from './ko';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

const dictionaries: Record<Language, Dictionary> = { en, ko };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the dictionaries, e.g. `'title.newGame'`. */
export type MessageKey = Leaves<Dictionary>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences (`ko-KR` counts as `ko`); English otherwise. */
export function detectLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]): Language {
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

let instance: i18n | undefined;
const listeners = new Set<(language: Language) => void>();

function engine(): i18n {
  if (instance === undefined) {
    instance = i18next.createInstance();
    void instance.init({
      lng: detectLanguage(),
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: dictionaries[language] }])),
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** The text for `key` in the current language, with `{{name}}` placeholders filled from `values`. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  return engine().t(key, values ?? {}) as string;
}

export function language(): Language {
  const current = engine().language;
  return isLanguage(current) ? current : 'en';
}

/** Switches the language; listeners run (synchronously) when it actually changed. */
export function setLanguage(next: Language): void {
  if (!isLanguage(next) || next === language()) return;
  void engine().changeLanguage(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  for (const listener of [...listeners]) listener(next);
}

/** Calls `listener` after each language switch; returns the unsubscribe. */
export function onLanguageChanged(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Both dictionaries, for tests that compare their keys. */
export function dictionary(language: Language): Dictionary {
  return dictionaries[language];
}

/** An item's name in the current language; an item kind with no entry yet shows as its id. */
export function itemName(kind: string): string {
  const key = `items.${kind}`;
  return engine().exists(key) ? (engine().t(key) as string) : kind;
}
