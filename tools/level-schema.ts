/**
 * `npm run levels:schema`: writes levels/schema/level.schema.json, the JSON Schema (draft-07) of a
 * level file, from the zod schema the game validates with (src/core/level/level-schema.ts).
 * VS Code uses it for autocomplete and squiggles (bound in .vscode/settings.json).
 * `--check` only compares, and exits 1 when the committed file is stale.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { levelJsonSchemaText } from '../src/core';

export const LEVEL_SCHEMA_FILE = 'levels/schema/level.schema.json';

const text = levelJsonSchemaText();
if (process.argv.includes('--check')) {
  const current = existsSync(LEVEL_SCHEMA_FILE) ? readFileSync(LEVEL_SCHEMA_FILE, 'utf8') : '';
  if (current !== text) {
    console.error(`${LEVEL_SCHEMA_FILE} is out of date: run npm run levels:schema`);
    process.exit(1);
  }
  console.log(`${LEVEL_SCHEMA_FILE}: up to date`);
} else {
  mkdirSync(dirname(LEVEL_SCHEMA_FILE), { recursive: true });
  writeFileSync(LEVEL_SCHEMA_FILE, text);
  console.log(`wrote ${LEVEL_SCHEMA_FILE} (${text.length} bytes)`);
}
