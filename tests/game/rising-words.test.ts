import { describe, expect, it } from 'vitest';
import { MAX_LIFT_ROWS, MAX_WORDS, placeRisingWord, risingWordBottom, type Box, type RisingWord } from '../../src/game/render/rising-words';

/** Places `count` words of `height` wished at one spot, each clear of those before; their boxes. */
function place(count: number, height: number, wished: number, highest: number, fixed: Box[] = []): Box[] {
  const taken: Box[] = [...fixed];
  const words: Box[] = [];
  for (let i = 0; i < count; i++) {
    const bottom = risingWordBottom(0, 20, height, wished, taken, highest);
    const box = { x: -10, y: bottom - height, width: 20, height };
    words.push(box);
    taken.push(box);
  }
  return words;
}

const overlapping = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;

describe('rising words', () => {
  it('stack upwards, one above the other, where there is room', () => {
    const words = place(3, 10, 100, 0);
    expect(words.map((w) => w.y + w.height)).toEqual([100, 90, 80]);
  });

  it('held down by the top of the view, stack downwards without covering each other', () => {
    // 10.3 + 9.6 - 9.6 is a hair under 10.3 in floating point: a word put right under a box of
    // bottom 10.3 must not count as still on it (placing it must end).
    const label = { x: -10, y: 0, width: 20, height: 10.3 };
    const words = place(5, 9.6, 8, 5, [label]);
    for (const word of words) {
      expect(word.y + word.height).toBeGreaterThanOrEqual(5);
      expect(overlapping(word, label)).toBe(false);
    }
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) expect(overlapping(words[i]!, words[j]!)).toBe(false);
  });

  it('keep their wished spot when nothing is there', () => {
    expect(risingWordBottom(0, 20, 10, 50, [{ x: 30, y: 40, width: 10, height: 10 }], 0)).toBe(50);
  });

  it('in a big fight, do not pile into a column over the fighters: each stays within two rows of its spot, the oldest in the way gives way', () => {
    // Twelve zombies hit side by side in one swing each, their words wished at one height (as a crowd in a doorway).
    const words: RisingWord[] = [];
    for (let i = 0; i < 12; i++) {
      const x = (i % 4) * 6;
      const text = i % 2 === 0 ? 'hit' : 'down!';
      const plan = placeRisingWord(text, x, { width: 20, height: 10 }, 100, words, [], 0);
      if ('merge' in plan) continue;
      for (const index of [...plan.drop].reverse()) words.splice(index, 1);
      expect(100 - plan.bottom, `word ${i} lifted`).toBeLessThanOrEqual(MAX_LIFT_ROWS * 10 + 0.01);
      words.push({ text, x, box: { x: x - 10, y: plan.bottom - 10, width: 20, height: 10 } });
    }
    expect(words.length).toBeLessThanOrEqual(MAX_WORDS);
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) expect(overlapping(words[i]!.box, words[j]!.box), `${i} ${j}`).toBe(false);
  });

  it('said again from the same spot before fading, are counted on the word still rising, not stacked', () => {
    const first: RisingWord = { text: 'hit', x: 40, box: { x: 30, y: 90, width: 20, height: 10 } };
    expect(placeRisingWord('hit', 42, { width: 20, height: 10 }, 100, [first], [], 0)).toEqual({ merge: 0 });
    // Another word, or the same word from another zombie a tile away, is a word of its own.
    expect(placeRisingWord('down!', 40, { width: 20, height: 10 }, 100, [first], [], 0)).toEqual({ bottom: 90, drop: [] });
    expect(placeRisingWord('hit', 56, { width: 20, height: 10 }, 100, [first], [], 0)).toEqual({ bottom: 90, drop: [] });
  });

  it('held up by a column of labels over their spot, go to the nearest clear spot, under the labels if that is nearer, not over them all', () => {
    // A name (over the spot), a call for help and a banner above it: rising over all three put 'No
    // way there' a room away from the student.
    const column: Box[] = [
      { x: -30, y: 88, width: 60, height: 14 },
      { x: -40, y: 72, width: 80, height: 16 },
      { x: -60, y: 56, width: 120, height: 16 },
    ];
    const plan = placeRisingWord('No way there', 0, { width: 50, height: 10 }, 100, [], column, 0);
    expect(plan).toEqual({ bottom: 112, drop: [] });
    if ('bottom' in plan) for (const box of column) expect(overlapping({ x: -25, y: plan.bottom - 10, width: 50, height: 10 }, box)).toBe(false);
  });
});
