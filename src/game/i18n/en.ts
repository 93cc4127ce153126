/**
 * English strings, the reference dictionary: every key the game shows, gathered from one file per
 * part of the game in en/ (menus, play, guide, after-level, preview). Korean (ko.ts, from ko/) must
 * have the same keys, part by part (the type checker enforces it). `{{name}}` marks a value filled in
 * by `t()`. Each part is `as const` so that i18next's typing (see i18n.ts) knows each text's
 * placeholders. A new screen's strings go in the part it belongs to, in both languages; a new part
 * is a file in en/ and in ko/, spread into both dictionaries below.
 */

import { menus } from './en/menus';
import { play } from './en/play';
import { guide } from './en/guide';
import { afterLevel } from './en/after-level';
import { preview } from './en/preview';
import { remap } from './en/remap';

export const en = {
  ...menus,
  ...play,
  ...guide,
  ...afterLevel,
  ...preview,
  ...remap,
} as const;

/** Plural forms other than `_other` (i18next's key suffixes): a language has only the ones it counts with (Korean: none). */
type PluralForm = `${string}_${'zero' | 'one' | 'two' | 'few' | 'many'}`;
type Widen<T> = { [K in keyof T as K extends PluralForm ? never : K]: T[K] extends string ? string : Widen<T[K]> } & { [K in keyof T as K extends PluralForm ? K : never]?: string };

/** The shape every language's dictionary has. */
export type Dictionary = Widen<typeof en>;
/** The shape another language gives one part of the English dictionary (`typeof menus` from en/menus.ts). */
export type DictionaryOf<EnglishPart> = Widen<EnglishPart>;
