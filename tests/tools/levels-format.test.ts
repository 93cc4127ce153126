/**
 * `npm run levels:format` writes levels in Tiled's own form, through Tiled itself (1.8.2, the Debian
 * package): a level in any layout comes out in that one form, and formatting it again changes
 * nothing. Needs `tiled` on the PATH
 * (`apt-get install tiled`); without it these tests are skipped, and say so.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const hasTiled = spawnSync('tiled', ['--version'], { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, encoding: 'utf8' }).status === 0;
const folder = mkdtempSync(join(tmpdir(), 'hyosan-format-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const format = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'tools/levels-format.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe.skipIf(!hasTiled)('npm run levels:format (with Tiled installed)', () => {
  it('writes a level laid out some other way back in that one form, and reads the same', () => {
    mkdirSync(join(folder, 'levels'));
    symlinkSync(resolve('assets'), join(folder, 'assets'));
    const shipped = readFileSync('levels/03-library.json', 'utf8');
    const file = join(folder, 'levels', '03-library.json');
    writeFileSync(file, JSON.stringify(JSON.parse(shipped), null, 2));
    const check = format('--check', file);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("not in Tiled's form");
    const run = format(file);
    expect(run.status).toBe(0);
    const formatted = readFileSync(file, 'utf8');
    expect(formatted).toContain('"tiledversion":"1.8.2"');
    expect(formatted).toContain('"image":"..\\/assets\\/tiles\\/school.png"');
    const again = format('--check', file);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("already in Tiled's form");
    expect(readFileSync(file, 'utf8')).toBe(formatted);
  });
});

describe('the shipped levels', () => {
  const files = readdirSync('levels').filter((name) => name.endsWith('.json') && name !== 'campaign.json');
  it.each(files)('%s is saved by Tiled 1.8.2, as levels:format writes it', (name) => {
    const text = readFileSync(`levels/${name}`, 'utf8');
    const map = JSON.parse(text) as { tiledversion?: unknown; version?: unknown };
    expect([map.tiledversion, map.version]).toEqual(['1.8.2', '1.8']);
    // Tiled's own layout: keys in name order, the map's first key on the opening line.
    expect(text.startsWith('{ "compressionlevel":')).toBe(true);
  });
});

describe.skipIf(hasTiled)('npm run levels:format (Tiled not installed)', () => {
  it('is skipped: install Tiled (apt-get install tiled) to run it', () => {
    expect(hasTiled).toBe(false);
  });
});
