/**
 * `npm run replays:record`: runs every replay script (tools/replays/scripts.ts) and writes its
 * checkpoints to tests/replays/<name>.json. Run it, and commit the files, whenever a rule change
 * changes what happens; `--check` only reports which replays would change (exit 1 if any).
 */

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLevel } from '../../src/core';
import { formatLevelError } from '../../src/core';
import { runReplay } from '../../src/core';
import { REPLAY_DIR, REPLAY_FORMAT, replayLevelText, type ReplayFile } from './replay-file';
import { replayScripts } from './scripts';

const check = process.argv.includes('--check');
mkdirSync(REPLAY_DIR, { recursive: true });
const written = new Set<string>();
let changed = 0;
for (const script of replayScripts()) {
  const { file, text } = replayLevelText(script.level);
  const parsed = parseLevel(text, file);
  if (!parsed.ok) throw new Error(`replay ${script.name}: its level does not load:\n${parsed.errors.map(formatLevelError).join('\n')}`);
  const outcome = runReplay(parsed.level, script);
  const replay: ReplayFile = { format: REPLAY_FORMAT, ...script, ...outcome };
  const path = join(REPLAY_DIR, `${script.name}.json`);
  written.add(`${script.name}.json`);
  const body = `${JSON.stringify(replay, null, 1).replace(/\[\n\s+(-?[\d.]+|"[^"]*"),\n\s+(\{[^}]*\}|"[^"]*")\n\s+\]/g, (_, a: string, b: string) => `[${a}, ${b.replace(/\n\s*/g, ' ')}]`)}\n`;
  let before = '';
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    // new replay
  }
  if (before !== body) changed++;
  console.log(
    `${before === body ? 'same   ' : before === '' ? 'new    ' : 'changed'} ${script.name}: ${outcome.final.status} at tick ${outcome.final.tick}, ${outcome.checkpoints.length} checkpoints, ${script.commands.length} commands`,
  );
  if (!check) writeFileSync(path, body);
}
for (const name of readdirSync(REPLAY_DIR).filter((n) => n.endsWith('.json') && !written.has(n))) {
  changed++;
  console.log(`stale   ${name} (no script makes it any more)`);
  if (!check) rmSync(join(REPLAY_DIR, name));
}
if (check && changed > 0) {
  console.log(`${changed} replay file(s) would change`);
  process.exit(1);
}
