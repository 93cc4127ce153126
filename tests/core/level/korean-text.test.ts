/**
 * Levels carry their own Korean: the map's `titleKo` and each objective's `labelKo` (Tiled custom
 * properties the schema knows). Every shipped level gives both, so a Korean screen never shows an
 * English title or objective.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/core/level/parse-level';
import { createSimulation } from '../../../src/core/sim/simulation';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const HANGUL = /[\uac00-\ud7a3]/;
const files = readdirSync('levels').filter((name) => name.endsWith('.json') && name !== 'campaign.json');

describe('Korean level text', () => {
  it.each(files)('%s has a Korean title and a Korean text for every objective with a text', (name) => {
    const result = parseLevel(readFileSync(`levels/${name}`, 'utf8'), `levels/${name}`);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const { level } = result;
    expect(level.titleKo, name).toMatch(HANGUL);
    for (const objective of level.objectives) if (objective.label !== '') expect(objective.labelKo, objective.label).toMatch(HANGUL);
    // The HUD reads it from the snapshot.
    const views = createSimulation(level, { seed: 1 }).snapshot().objectives;
    views.forEach((view, i) => expect(view.labelKo).toBe(level.objectives[i]!.labelKo));
  });

  it('is checked like any property: too long, or of the wrong type, is an error naming it', () => {
    const text = readFileSync('levels/03-library.json', 'utf8');
    const map = (): Json => JSON.parse(text) as Json;
    const long = map();
    const labelled = (long['layers'] as Json[]).find((l) => l['name'] === 'objectives')!['objects'].find((o: Json) => o['name'] !== '') as Json;
    (labelled['properties'] as Json[]).find((p) => p['name'] === 'labelKo')!['value'] = '가'.repeat(61);
    const bad = parseLevel(JSON.stringify(long), 'levels/03-library.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => `${e.path.join('.')} ${e.message}`).join('\n')).toMatch(/labelKo|properties/);
    const typed = map();
    Object.assign(
      (typed['properties'] as Json[]).find((p) => p['name'] === 'titleKo')!,
      { type: 'int', value: 3 },
    );
    const typedText = JSON.stringify(typed);
    expect(parseLevel(typedText, 'levels/03-library.json').ok).toBe(false);
  });
});
