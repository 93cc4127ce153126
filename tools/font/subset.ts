/**
 * The game's font, cut down to the characters the game can show: every English and Korean string
 * (src/game/i18n), every level's text (levels/**.json: titles, objectives, notes), the symbols the
 * game's own code draws (◀ ▶ ❚ …), and all of printable ASCII (digits, punctuation, Latin letters
 * for key names and typed values). Galmuri11 has every Hangul syllable (~490 KB as woff2); the game
 * uses a few hundred of them.
 *
 * The build makes the subset from the texts as they are at build time (the Vite plugin in
 * ./plugin.ts), so a new string never goes out with missing glyphs; tests/tools/font-subset.test.ts
 * checks that every character of every string is in it.
 */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { en } from '../../src/game/i18n/en';
import { ko } from '../../src/game/i18n/ko';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The full font the subset is cut from. */
export const FONT_SOURCE = join(ROOT, 'node_modules/galmuri/dist/Galmuri11.woff2');

/** Every string leaf of a dictionary, depth first. */
export function stringsOf(dictionary: unknown): string[] {
  if (typeof dictionary === 'string') return [dictionary];
  if (dictionary === null || typeof dictionary !== 'object') return [];
  return Object.values(dictionary).flatMap(stringsOf);
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path, test);
      return test(name) ? [path] : [];
    });
}

/** Characters outside ASCII in a text (the game's code and the levels are mostly ASCII). */
const nonAscii = (text: string): string => [...text].filter((c) => c.codePointAt(0)! > 0x7e).join('');

/** The strings of a level file; a file that does not parse gives its raw text (the subset errs on the side of more). */
function levelStrings(text: string): string[] {
  try {
    return stringsOf(JSON.parse(text))
      .map(nonAscii)
      .filter((s) => s !== '');
  } catch {
    return [nonAscii(text)];
  }
}

/** Printable ASCII: digits, punctuation, Latin letters. */
export const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** Where the game's texts come from, as strings (for the test and the subset alike). */
export function gameTexts(): { dictionaries: string[]; levels: string[]; code: string[] } {
  return {
    dictionaries: [...stringsOf(en), ...stringsOf(ko)],
    levels: filesUnder(join(ROOT, 'levels'), (name) => name.endsWith('.json')).flatMap((file) => levelStrings(readFileSync(file, 'utf8'))),
    // Symbols written straight into the drawing code (menu arrows, the pause sign, the heart).
    code: filesUnder(join(ROOT, 'src/game'), (name) => name.endsWith('.ts')).map((file) => nonAscii(readFileSync(file, 'utf8'))),
  };
}

/** The characters the subset keeps, sorted by code point, without line breaks. */
export function gameCharacters(): string[] {
  const { dictionaries, levels, code } = gameTexts();
  const set = new Set<string>([...ASCII]);
  for (const text of [...dictionaries, ...levels, ...code]) for (const c of text) if (c !== '\n' && c !== '\r' && c !== '\t') set.add(c);
  return [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** The subset font (woff2) for the current texts. */
export async function subsetGameFont(characters: readonly string[] = gameCharacters()): Promise<Buffer> {
  return subsetFont(readFileSync(FONT_SOURCE), characters.join(''), { targetFormat: 'woff2' });
}
