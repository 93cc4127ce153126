/**
 * Vite plugin: in a production build, the game's font import (`galmuri/dist/Galmuri11.woff2?url`,
 * see src/game/i18n/font.ts) becomes the subset of ./subset.ts, made from the texts as they are
 * now. The dev server keeps the full font (no wait on every start, and any new string shows).
 */

import type { Plugin } from 'vite';
import { gameCharacters, subsetGameFont } from './subset';

const FONT_IMPORT = /[\\/]galmuri[\\/]dist[\\/]Galmuri11\.woff2\?url$/;
const FONT_NAME = 'Galmuri11-subset.woff2';

export function fontSubset(): Plugin {
  return {
    name: 'hyosan-font-subset',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      if (!FONT_IMPORT.test(id)) return null;
      const characters = gameCharacters();
      const source = await subsetGameFont(characters);
      const ref = this.emitFile({ type: 'asset', name: FONT_NAME, source });
      this.info(`font subset: ${characters.length} characters, ${source.length} bytes`);
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
