/**
 * `npm run levels:check [files or folders...]`: checks level files with the same parser the game
 * uses and prints every error as `file:line:col json.path: what is wrong (got X; expected Y)`.
 * With no arguments it checks every levels/*.json; a folder argument checks the .json files in it.
 * A file named campaign.json is checked as the campaign (its ids must name level files beside it).
 * Warnings (src/core/level/warnings.ts) follow a good level's `ok` line and never fail the check.
 * Exit code 1 on any error (or an unreadable file), 0 otherwise.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatLevelError } from '../src/core/level/level-error';
import { parseLevel, levelIdFromFile } from '../src/core/level/parse-level';
import { parseCampaign } from '../src/core/level/campaign';
import { createLevelPreview } from '../src/core/level/preview';
import { levelWarnings } from '../src/core/level/warnings';

const levelFilesIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const args = process.argv.slice(2);
const files = (args.length > 0 ? args : ['levels']).flatMap((arg) => (isFolder(arg) ? levelFilesIn(arg) : [arg]));

let failedFiles = 0;
let errorCount = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${shown}: cannot read the file (got ${(error as NodeJS.ErrnoException).code ?? 'an error'}; expected a readable level file)`);
    failedFiles++;
    errorCount++;
    continue;
  }
  if (basename(file) === 'campaign.json') {
    const levelIds = levelFilesIn(dirname(file)).filter((f) => basename(f) !== 'campaign.json').map(levelIdFromFile);
    const campaign = parseCampaign(text, levelIds, shown);
    if (campaign.ok) console.log(`${shown}: ok — campaign of ${campaign.campaign.levels.length} levels${campaign.campaign.siege === undefined ? '' : ' and a siege'}`);
    else {
      failedFiles++;
      errorCount += campaign.errors.length;
      for (const error of campaign.errors) console.error(formatLevelError(error));
    }
    continue;
  }
  const result = parseLevel(text, shown);
  if (result.ok) {
    const { level } = result;
    console.log(`${shown}: ok — "${level.title}", ${level.width}x${level.height} tiles, ${level.students.length} students, ${level.zombies.length} zombies, ${level.items.length} items, ${level.objectives.length} objectives`);
    // Warnings never fail the check: a shut-in zombie or unreachable loot may be on purpose.
    for (const warning of levelWarnings(level, createLevelPreview(level).paths)) console.log(`${shown}: warning: ${warning.message}`);
  } else {
    failedFiles++;
    errorCount += result.errors.length;
    for (const error of result.errors) console.error(formatLevelError(error));
  }
}
if (files.length === 0) console.log('no level files found');
if (failedFiles > 0) {
  console.error(`\n${errorCount} error(s) in ${failedFiles} of ${files.length} level file(s)`);
  process.exit(1);
}
