/**
 * `npm run levels:sketch [ids…] [-- --force]`: writes levels/<id>.json from the ASCII drafts in
 * campaign-sketches.ts. A sketching aid: an existing file is left alone unless --force is given,
 * because the committed JSON is what designers edit.
 */

import { existsSync, writeFileSync } from 'node:fs';
import { formatLevelError } from '../../src/core/level/level-error';
import { parseLevel } from '../../src/core/level/parse-level';
import { CAMPAIGN_SKETCHES } from './campaign-sketches';
import { formatLevelJson, readTileset, sketchToTiled } from './sketch';

const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const tileset = readTileset();
let failed = false;
for (const sketch of CAMPAIGN_SKETCHES) {
  if (wanted.length > 0 && !wanted.includes(sketch.id)) continue;
  const file = `levels/${sketch.id}.json`;
  if (existsSync(file) && !force) {
    console.log(`kept    ${file} (exists; --force to overwrite)`);
    continue;
  }
  const text = formatLevelJson(sketchToTiled(sketch, tileset));
  const parsed = parseLevel(text, file);
  if (!parsed.ok) {
    failed = true;
    console.error(parsed.errors.map(formatLevelError).join('\n'));
    continue;
  }
  writeFileSync(file, text);
  console.log(`wrote   ${file}: ${parsed.level.width}x${parsed.level.height}, ${parsed.level.zombies.length} zombies, ${parsed.level.objectives.length} objectives`);
}
if (failed) process.exit(1);
