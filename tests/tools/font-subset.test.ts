/**
 * The build ships a cut-down font (tools/font/subset.ts): every character of every English and
 * Korean string and of every level's text must be in it, or a player sees a box (or another
 * font's glyph) in the middle of a word.
 */

import { readFileSync } from 'node:fs';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/game/i18n/en';
import { ko } from '../../src/game/i18n/ko';
import { ASCII, FONT_SOURCE, gameCharacters, gameTexts, stringsOf, subsetGameFont } from '../../tools/font/subset';

/** The code points a font maps (its cmap), whatever its container. */
async function codePointsOf(font: Buffer): Promise<Set<number>> {
  const face = new Face(new Blob(await fontverter.convert(font, 'sfnt')));
  const points = new Set(face.collectUnicodes());
  return points;
}

/**
 * Characters the game draws that Galmuri11 itself does not have (the objective tick, the pause
 * sign in a comment's picture of it): the browser takes them from a fallback font, with or without
 * the subset. Listed so a new one is a decision, not an accident.
 */
const NOT_IN_GALMURI = new Set(['✓', '❚']);

let subset: Buffer;
let inSubset: Set<number>;
let inFull: Set<number>;

beforeAll(async () => {
  subset = await subsetGameFont();
  inSubset = await codePointsOf(subset);
  inFull = await codePointsOf(readFileSync(FONT_SOURCE));
});

const missing = (texts: readonly string[]): string[] => {
  const out = new Set<string>();
  for (const text of texts) for (const c of text) if (!/\s/.test(c) && !inSubset.has(c.codePointAt(0)!) && !NOT_IN_GALMURI.has(c)) out.add(c);
  return [...out];
};

describe('font subset', () => {
  it('has every character of every English and Korean string', () => {
    const english = stringsOf(en);
    const korean = stringsOf(ko);
    expect(english.length).toBeGreaterThan(100);
    // (tests/game/i18n.test.ts checks both have the same keys; English has more plural forms than Korean)
    expect(korean.length).toBeGreaterThan(100);
    expect(missing(english)).toEqual([]);
    expect(missing(korean)).toEqual([]);
    // Korean really is in it: the title, a menu row.
    for (const c of `${ko.title.name}${ko.title.newGame}`) expect(inSubset.has(c.codePointAt(0)!), c).toBe(true);
  });

  it("has every character of the levels' texts, all of printable ASCII, and the symbols the code draws", () => {
    const { levels, code } = gameTexts();
    expect(levels.join('')).toMatch(/[가-힣]/);
    expect(missing(levels)).toEqual([]);
    expect(missing([ASCII])).toEqual([]);
    expect(missing(code)).toEqual([]);
  });

  it('leaves out only what Galmuri11 lacks', () => {
    expect(gameCharacters().filter((c) => !inFull.has(c.codePointAt(0)!))).toEqual([...NOT_IN_GALMURI]);
  });

  it('keeps nothing else: a small woff2, far below the full font', () => {
    expect(subset.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(inSubset.size).toBeLessThanOrEqual(gameCharacters().length);
    expect(inFull.size).toBeGreaterThan(11_000);
    expect(subset.length).toBeLessThan(40_000);
    expect(subset.length).toBeLessThan(readFileSync(FONT_SOURCE).length / 10);
  });
});
