import { describe, expect, it } from 'vitest';
import { standingCount, standsWithGroup } from '../../../../src/core/rules/students/group-read';

describe('who stands with the group', () => {
  it('counts the found students on their feet and still themselves', () => {
    const up = { down: false, turned: false, waiting: false };
    expect(standsWithGroup(up)).toBe(true);
    expect(standingCount([up, { ...up, down: true }, { ...up, turned: true }, { ...up, waiting: true }, up])).toBe(2);
  });
});
