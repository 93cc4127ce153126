/** levels/campaign.json: the shipped one is valid, and each kind of campaign error has one exact message. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampaign } from '../../../src/core/level/campaign';
import { formatJsonPath, formatLevelError } from '../../../src/core/level/level-error';

const IDS = ['01-classroom-wing', '02-science-wing', 'siege'];
const errorsOf = (value: unknown): string[] => {
  const result = parseCampaign(JSON.stringify(value, null, 1), IDS);
  return result.ok ? ['OK'] : result.errors.map((e) => `${formatJsonPath(e.path)}: ${e.message}`);
};
const entry = (id: string) => ({ id, title: id, titleKo: id });

describe('the campaign file', () => {
  it('the shipped campaign lists shipped levels', () => {
    const ids = ['01-classroom-wing', '02-science-wing', '03-library', '04-broadcasting-room', '05-music-room', '06-nurses-office', '07-gym', '08-rooftop', 'siege'];
    const result = parseCampaign(readFileSync('levels/campaign.json', 'utf8'), ids);
    expect(result.ok).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    [
      'unknown level id',
      { levels: [entry('02-sience-wing')] },
      ['levels[0].id: no such level; did you mean "02-science-wing"? (got "02-sience-wing"; expected one of 01-classroom-wing, 02-science-wing, siege)'],
    ],
    ['level listed twice', { levels: [entry('01-classroom-wing'), entry('01-classroom-wing')] }, ['levels[1].id: level listed twice (got a second "01-classroom-wing"; expected each level once)']],
    ['missing title', { levels: [{ id: 'siege', title: 'Siege' }] }, ['levels[0].titleKo: missing (got nothing; expected string)']],
    ['no levels', { levels: [] }, ['levels: too few entries (got an array of 0; expected at least 1)']],
  ])('%s', (_label, value, expected) => {
    expect(errorsOf(value)).toEqual(expected);
  });

  it('prefixes messages with file:line:col', () => {
    const result = parseCampaign('{\n "levels": [\n  { "id": "nowhere", "title": "x", "titleKo": "x" }\n ]\n}', IDS);
    if (result.ok) throw new Error('expected errors');
    expect(formatLevelError(result.errors[0]!)).toBe(
      'levels/campaign.json:3:5 levels[0].id: no such level (got "nowhere"; expected one of 01-classroom-wing, 02-science-wing, siege)\n    fix: add the level file levels/nowhere.json, or list one of the levels above',
    );
  });
});
