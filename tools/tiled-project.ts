/**
 * `npm run levels:tiled`: writes the Tiled project (levels/hyosan.tiled-project) and Tiled 1.8's
 * object types file (levels/tiled/objecttypes.json) and the object templates (levels/templates/*.tx)
 * from the level schema (tools/tiled/custom-types.ts).
 * `--check` only compares, and exits 1 when a committed file is stale.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tiledMapSchema } from '../src/core';
import { OBJECT_TYPES_FILE, objectTypesText, PROJECT_FILE, TEMPLATE_KINDS, templateText, tiledProjectText } from './tiled/custom-types';

const files: [string, string][] = [
  [PROJECT_FILE, tiledProjectText(tiledMapSchema)],
  [OBJECT_TYPES_FILE, objectTypesText(tiledMapSchema)],
  ...TEMPLATE_KINDS.map((kind): [string, string] => [`levels/templates/${kind}.tx`, templateText(kind)]),
];
mkdirSync('levels/templates', { recursive: true });
let stale = false;
for (const [file, text] of files) {
  if (process.argv.includes('--check')) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== text) {
      console.error(`${file} is out of date: run npm run levels:tiled`);
      stale = true;
    } else console.log(`${file}: up to date`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file} (${text.length} bytes)`);
  }
}
if (stale) process.exit(1);
