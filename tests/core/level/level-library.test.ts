/**
 * The game's level library (src/game/level-library.ts) as far as it runs without a browser: the
 * shipped levels it bundles, and which `?level=` values it will fetch (paths under levels/ only).
 */

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelIds, levelPathFromQuery, loadCampaign, loadLevel } from '../../../src/game/level-library';

describe('the level library', () => {
  it('bundles every levels/*.json in file-name order, each loading cleanly', () => {
    const onDisk = readdirSync('levels')
      .filter((name) => name.endsWith('.json') && name !== 'campaign.json')
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect(levelIds()).toEqual(onDisk);
    for (const id of levelIds()) expect(loadLevel(id).ok).toBe(true);
  });

  it('reads the campaign: every level in it exists, and every shipped level is in it', () => {
    const result = loadCampaign();
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const ids = [...result.campaign.levels.map((l) => l.id), result.campaign.siege?.id];
    expect(ids.sort()).toEqual(levelIds());
    expect(result.campaign.levels).toHaveLength(8);
  });

  it('names the known levels when asked for an unknown one', () => {
    const result = loadLevel('99-nowhere');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toBe(`no such level (got "99-nowhere"; expected one of ${levelIds().join(', ')})`);
  });

  it('accepts ?level= paths inside levels/ only', () => {
    expect(levelPathFromQuery('levels/drafts/cellar.json')).toBe('levels/drafts/cellar.json');
    expect(levelPathFromQuery('drafts/cellar.json')).toBe('levels/drafts/cellar.json');
    expect(levelPathFromQuery('/levels/02-x.json')).toBe('levels/02-x.json');
    for (const unsafe of [
      '../package.json',
      'levels/../package.json',
      'levels/a/../../x.json',
      'https://example.com/x.json',
      '//example.com/x.json',
      'levels/x.js',
      'levels/schema/level.schema.json',
      'levels/x.json?y=1',
      'C:\\x.json',
    ]) {
      expect(levelPathFromQuery(unsafe), unsafe).toBeUndefined();
    }
  });
});
