/**
 * The levels shipped with the game, read as raw text (so a syntax error is reported with its line
 * and column instead of breaking the build) and parsed by the core on demand.
 */

import { parseLevel, levelIdFromFile } from '../core/level/parse-level';
import type { LevelResult } from '../core/level/level-error';
import type { Level } from '../core/level/level';

const files = import.meta.glob('../../levels/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

interface LevelSource {
  id: string;
  file: string;
  text: string;
}

const sources: LevelSource[] = Object.entries(files)
  .map(([path, text]) => {
    const file = `levels/${path.split('/').pop()!}`;
    return { id: levelIdFromFile(file), file, text };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** Ids of the playable levels, in campaign order (file names sort by their number prefix). */
export function levelIds(): string[] {
  return sources.map((source) => source.id);
}

export function loadLevel(id: string): LevelResult<Level> {
  const source = sources.find((s) => s.id === id);
  if (source === undefined) {
    return { ok: false, errors: [{ file: `levels/${id}.json`, path: [], message: `no such level (got ${JSON.stringify(id)}; expected one of ${levelIds().join(', ')})` }] };
  }
  return parseLevel(source.text, source.file);
}
