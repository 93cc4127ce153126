import { describe, expect, it } from 'vitest';
import { usableCount } from '../../../../src/core';

type Kind = 'food' | 'water' | 'phone';
const student = (x: number, kinds: Kind[], down = false) => ({ x, y: 5, down, pack: kinds.map((kind) => ({ kind })) });

describe('usable count (the touch item buttons)', () => {
  it('counts a phone to throw only in the student’s own pack, as the throw takes it', () => {
    const me = student(5, []);
    const friend = student(6, ['phone']);
    // The group has a phone, but the throw says "no phone": the button must say 0.
    expect(usableCount([me, friend], me, 'phone')).toBe(0);
    expect(usableCount([friend, me], friend, 'phone')).toBe(1);
  });

  it('counts food and water from the student’s own pack, else the nearest standing friend’s in reach', () => {
    const me = student(5, ['water']);
    const near = student(6.5, ['food', 'food']);
    const far = student(12, ['food', 'food', 'food']);
    expect(usableCount([me, near, far], me, 'food')).toBe(2);
    expect(usableCount([me, far], me, 'food')).toBe(0);
    expect(usableCount([me, { ...near, down: true }], me, 'food')).toBe(0);
    expect(usableCount([me, near], me, 'water')).toBe(1);
  });
});
