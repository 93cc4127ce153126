/**
 * `npm run levels:format [files...]`: writes level files in one stable form, the one Tiled itself
 * writes. It has Tiled (the Debian package, 1.8.2: `apt-get install tiled`) save each map through its
 * own JSON writer (`tiled --export-map json`, headless), checks that the game reads the result as the
 * same level, and only then replaces the file. So a designer's first save in Tiled changes only what
 * they changed. With no arguments: every levels/*.json map. `--check` writes nothing and exits 1 when
 * a file is not in that form.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { formatLevelError } from '../src/core';
import { parseLevel } from '../src/core';
import type { Level } from '../src/core';

const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((arg) => !arg.startsWith('--'));
const files =
  named.length > 0
    ? named
    : readdirSync('levels')
        .filter((name) => name.endsWith('.json') && name !== 'campaign.json')
        .sort()
        .map((name) => join('levels', name));

const scratch = mkdtempSync(join(tmpdir(), 'hyosan-format-'));
const env = { ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: scratch };

/** What the game reads from a level, without Tiled's bookkeeping: two files that read the same play the same. */
const meaning = (level: Level): string => JSON.stringify({ ...level, tiled: undefined, file: undefined, grid: [Array.from(level.grid.cost), Array.from(level.grid.opaque)] });

let failed = 0;
try {
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const parsedBefore = parseLevel(before, file);
    if (!parsedBefore.ok) {
      console.error(parsedBefore.errors.map(formatLevelError).join('\n'));
      console.error(`${file}: not formatted: fix the errors first`);
      failed++;
      continue;
    }
    // Beside the level, so Tiled writes the tileset image's path relative to the level's own folder.
    // Absolute paths: given a relative one, Tiled 1.8 writes the image path relative to the wrong folder.
    const out = resolve(dirname(file), `.${basename(file)}.formatting`);
    const run = spawnSync('tiled', ['--export-map', 'json', resolve(file), out], { env, encoding: 'utf8', timeout: 60_000 });
    if (run.error !== undefined || run.status !== 0) {
      console.error(`${file}: Tiled could not save it (got ${run.error?.message ?? `exit code ${run.status}: ${run.stderr.trim()}`}; expected Tiled 1.8 on the PATH: sudo apt-get install tiled)`);
      failed++;
      break;
    }
    const after = readFileSync(out, 'utf8');
    rmSync(out, { force: true });
    const parsedAfter = parseLevel(after, file);
    if (!parsedAfter.ok || meaning(parsedAfter.level) !== meaning(parsedBefore.level)) {
      console.error(`${file}: Tiled's save reads differently in the game; left as it was`);
      if (!parsedAfter.ok) console.error(parsedAfter.errors.map(formatLevelError).join('\n'));
      failed++;
      continue;
    }
    if (after === before) console.log(`${file}: already in Tiled's form`);
    else if (check) {
      console.error(`${file}: not in Tiled's form: run npm run levels:format -- ${file}`);
      failed++;
    } else {
      writeFileSync(file, after);
      console.log(`${file}: written in Tiled's form`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failed > 0) process.exit(1);
