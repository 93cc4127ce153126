/**
 * The built game carries its levels as text (src/game/level-library.ts imports levels/*.json with
 * `?raw`). Designers' files are indented for reading and diffs; the build ships each one without
 * the indentation (the same JSON value, about 40% fewer bytes to download and cache). A file that
 * is not valid JSON is shipped as it is, so the game still reports its error with line and column.
 * The dev server serves the files untouched.
 */

import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const LEVEL_TEXT = /[\\/]levels[\\/][\w.-]+\.json\?raw$/;

/** The level text without indentation, or the text itself when it does not parse. */
export function compactLevelText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

export function compactLevels(): Plugin {
  return {
    name: 'hyosan-compact-levels',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      if (!LEVEL_TEXT.test(id)) return null;
      const file = id.replace(/\?raw$/, '');
      this.addWatchFile(file);
      const text = compactLevelText(await readFile(file, 'utf8'));
      return { code: `export default ${JSON.stringify(text)};\n`, map: { mappings: '' } };
    },
  };
}
