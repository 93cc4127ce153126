import { describe, expect, it } from 'vitest';
import { risingWordBottom, type Box } from '../../src/game/render/rising-words';

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
});
