/**
 * `npm run levels:new -- levels/sketches/<name>.txt [out.json]`: turns a plain-text sketch (format in
 * tools/level-sketch/text-sketch.ts, symbols in levels/sketches/legend.txt) into a Tiled level,
 * by default levels/drafts/<name>.json, checks it with the game's parser and writes it. It never
 * overwrites a file: a shipped level or a draft being edited is safe.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatLevelError } from '../src/core';
import { parseLevel } from '../src/core';
import { formatLevelJson, readTileset } from './level-sketch/tileset';
import { parseLegend, parseSketch, textSketchToTiled } from './level-sketch/text-sketch';

export const LEGEND_FILE = 'levels/sketches/legend.txt';

const [input, output] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (input === undefined) {
  console.error('usage: npm run levels:new -- levels/sketches/<name>.txt [levels/drafts/<name>.json]');
  process.exit(2);
}
const id = basename(input).replace(/\.txt$/, '');
const out = output ?? join('levels', 'drafts', `${id}.json`);
if (existsSync(out)) {
  console.error(`${out}: already exists (got an existing file; expected a new one): levels:new never overwrites a level; give another output name`);
  process.exit(1);
}
let text: string;
try {
  const sketch = parseSketch(readFileSync(input, 'utf8'), input);
  const image = relative(dirname(out), 'assets/tiles/school.png').split('\\').join('/');
  text = formatLevelJson(textSketchToTiled(sketch, parseLegend(readFileSync(LEGEND_FILE, 'utf8')), readTileset(), image));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const parsed = parseLevel(text, out);
if (!parsed.ok) {
  console.error(parsed.errors.map(formatLevelError).join('\n'));
  console.error(`\n${out} not written: fix the sketch`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
const { level } = parsed;
console.log(
  `wrote ${out}: "${level.title}", ${level.width}x${level.height} tiles, ${level.students.length} students, ${level.zombies.length} zombies, ${level.items.length} items, ${level.doors.length} doors, ${level.lights.length} lights, ${level.noiseMakers.length} noise makers`,
);
