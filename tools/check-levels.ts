/**
 * `npm run levels:check [files or folders...]`: checks level files with the same parser the game
 * uses and prints every error as `file:line:col json.path: what is wrong (got X; expected Y)`.
 * With no arguments it checks every levels/*.json; a folder argument checks the .json files in it.
 * A file named campaign.json is checked as the campaign (its ids must name level files beside it).
 * Warnings (src/core/sim/preview/warnings.ts) follow a good level's `ok` line and never fail the check;
 * a level file beside a campaign.json that does not list it gets a warning saying how to list it.
 * Every line starts `file:line:col`; an error's fix, when it has one, follows on a line of its own.
 * Exit code 1 on any error (or an unreadable file), 0 otherwise.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatLevelError, locateErrors, type LevelError } from '../src/core';
import type { Level } from '../src/core';
import { parseLevel, levelIdFromFile } from '../src/core';
import { parseCampaign } from '../src/core';
import { createLevelPreview } from '../src/core';
import { levelWarnings } from '../src/core';

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
    console.error(formatLevelError({ file: shown, path: [], message: `cannot read the file (got ${(error as NodeJS.ErrnoException).code ?? 'an error'}; expected a readable level file)` }));
    failedFiles++;
    errorCount++;
    continue;
  }
  if (basename(file) === 'campaign.json') {
    const levelIds = levelFilesIn(dirname(file))
      .filter((f) => basename(f) !== 'campaign.json')
      .map(levelIdFromFile);
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
    console.log(
      `${shown}: ok — "${level.title}", ${level.width}x${level.height} tiles, ${level.students.length} students, ${level.zombies.length} zombies, ${level.items.length} items, ${level.objectives.length} objectives`,
    );
    // Warnings never fail the check: a shut-in zombie or unreachable loot may be on purpose.
    const warnings: LevelError[] = levelWarnings(level, createLevelPreview(level).paths).map((warning) => ({
      file: shown,
      path: objectPath(level, warning.code === 'zombieShutIn' ? 'zombies' : 'items', warning.index),
      message: `warning: ${warning.message}`,
    }));
    const unlisted = notInCampaign(file, shown);
    if (unlisted !== undefined) warnings.push(unlisted);
    for (const warning of locateErrors(text, warnings)) console.log(formatLevelError(warning));
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

/** The JSON path of the `index`th object of an object layer of a checked level. */
function objectPath(level: Level, layerName: string, index: number): (string | number)[] {
  const layer = level.tiled.layers.findIndex((candidate) => candidate.name === layerName);
  return layer < 0 ? [] : ['layers', layer, 'objects', index];
}

/** A warning when a campaign.json sits beside the level and lists it neither as a level nor as the siege. */
function notInCampaign(file: string, shown: string): LevelError | undefined {
  const campaignFile = join(dirname(file), 'campaign.json');
  if (!existsSync(campaignFile)) return undefined;
  let listed: string[];
  try {
    const campaign = JSON.parse(readFileSync(campaignFile, 'utf8')) as { levels?: { id?: unknown }[]; siege?: { id?: unknown } };
    listed = [...(campaign.levels ?? []), ...(campaign.siege === undefined ? [] : [campaign.siege])].map((entry) => String(entry.id));
  } catch {
    return undefined; // campaign.json's own check reports it
  }
  const id = levelIdFromFile(file);
  if (listed.includes(id)) return undefined;
  const campaignShown = relative(process.cwd(), campaignFile) || campaignFile;
  return {
    file: shown,
    path: [],
    message: `warning: level is not in the campaign (got "${id}", not listed in ${campaignShown}; expected every level here listed there, or it is never played)`,
    fix: `add { "id": "${id}", "title": "…", "titleKo": "…" } to "levels" in ${campaignShown}, where it is to come in play order (or keep drafts in a folder of their own, e.g. levels/drafts/)`,
  };
}
