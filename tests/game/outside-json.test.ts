/**
 * JSON from outside the game is read by one rule (src/core/level/json-depth.ts): a level, the
 * campaign file, a save and a saved state each refuse a 3-million-deep text before parsing it,
 * without a throw, refuse a 100-deep one as nested too deeply, and each takes a text an editor started with a byte-order mark.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseCampaign } from '../../src/core/level/campaign';
import { parseLevel } from '../../src/core/level/parse-level';
import { readSimState } from '../../src/core/sim/save/check-sim-state';
import { createSimulation } from '../../src/core/sim/simulation';
import { decodeSave, encodeSave } from '../../src/game/save/envelope';
import { SHIPPED_LEVEL_FILE, shippedLevel, shippedLevelText } from '../core/level-fixture';

const BOM = '\uFEFF';
const DEEP = `${'['.repeat(3_000_000)}${']'.repeat(3_000_000)}`;
const level = shippedLevel();
const simulation = createSimulation(level, { seed: 4 });
for (let i = 0; i < 30; i++) simulation.step([]);
const state = simulation.saveState();
const save = { savedAt: '2026-12-07T10:00:00.000Z', levelId: level.id, seed: 4, playSeconds: 1.5, state };
const ids = readdirSync('levels')
  .filter((file) => /^\d\d-.*\.json$/.test(file))
  .map((file) => file.replace(/\.json$/, ''))
  .concat('siege');

/** Each reader, asked whether it took the text (true) or refused it (the reason); a throw fails the test. */
const READERS: [string, string, (text: string) => true | string][] = [
  [
    'a level',
    shippedLevelText(),
    (text) => {
      const result = parseLevel(text, SHIPPED_LEVEL_FILE);
      return result.ok || result.errors[0]!.message;
    },
  ],
  [
    'the campaign file',
    readFileSync('levels/campaign.json', 'utf8'),
    (text) => {
      const result = parseCampaign(text, ids);
      return result.ok || result.errors[0]!.message;
    },
  ],
  [
    'a save',
    encodeSave(save),
    (text) => {
      const result = decodeSave(text);
      return result.ok || `${result.problem.kind}: ${'detail' in result.problem ? result.problem.detail : ''}`;
    },
  ],
  [
    'a saved state',
    JSON.stringify(state),
    (text) => {
      try {
        readSimState(text, level);
        return true;
      } catch (error) {
        return (error as Error).message;
      }
    },
  ],
];

describe('JSON from outside, one rule for every reader', () => {
  it.each(READERS)('%s: takes its real text, with or without a byte-order mark', (_what, text, read) => {
    expect(read(text)).toBe(true);
    expect(read(`${BOM}${text}`)).toBe(true);
  });

  it.each(READERS)('%s: a 3-million-deep text is refused (too large or nested too deeply) at once, without a throw; 100 deep is nested too deeply', (_what, _text, read) => {
    // Refused before any parse: a parse of it is what took seconds (a time limit here failed under load).
    const parse = vi.spyOn(JSON, 'parse');
    const result = read(DEEP);
    const parsedLengths = parse.mock.calls.map(([text]) => text.length);
    parse.mockRestore();
    expect(result).toMatch(/nested too deeply|too large/);
    expect(parsedLengths.filter((length) => length >= DEEP.length)).toEqual([]);
    expect(read(`{"a":${'['.repeat(100)}${']'.repeat(100)}}`)).toMatch(/nested too deeply/);
  });
});
