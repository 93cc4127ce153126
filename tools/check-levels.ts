/**
 * `npm run levels:check [files...]`: checks level files with the same parser the game uses and
 * prints every error as `file:line:col json.path: message (got X; expected Y)`.
 * With no arguments it checks every levels/*.json. Exit code 1 on any error.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatLevelError } from '../src/core/level/level-error';
import { parseLevel } from '../src/core/level/parse-level';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : readdirSync('levels').filter((name) => name.endsWith('.json')).map((name) => join('levels', name));

let failed = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${shown}: cannot read the file (${(error as Error).message})`);
    failed++;
    continue;
  }
  const result = parseLevel(text, shown);
  if (result.ok) {
    const { level } = result;
    console.log(`${shown}: ok — "${level.title}", ${level.width}x${level.height} tiles, ${level.students.length} students, ${level.zombies.length} zombies, ${level.items.length} items`);
  } else {
    failed++;
    for (const error of result.errors) console.error(formatLevelError(error));
  }
}
if (failed > 0) {
  console.error(`\n${failed} of ${files.length} level file(s) have errors`);
  process.exit(1);
}
