/**
 * `npm run levels:check` as a designer runs it: every error of every file, one per line, each
 * `file:line:col json.path: what is wrong (got X; expected Y)`, and exit code 1.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedLevelText } from '../level-fixture';

const folder = mkdtempSync(join(tmpdir(), 'hyosan-levels-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runChecker(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/check-levels.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run levels:check', () => {
  it('passes the shipped levels with exit code 0', () => {
    const { status, stdout } = runChecker();
    expect(status).toBe(0);
    expect(stdout).toMatch(/^levels\/01-classroom-wing\.json: ok — /m);
  });

  it('prints every error of every bad file with file:line:col and exits with 1', () => {
    const map = JSON.parse(shippedLevelText()) as { layers: { name: string; objects?: { type: string }[] }[] };
    const zombies = map.layers.find((layer) => layer.name === 'zombies')!;
    zombies.objects![0]!.type = 'ghoul';
    zombies.objects![1]!.type = 'runer';
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify(map, null, 1));
    writeFileSync(join(folder, 'cut.json'), shippedLevelText().slice(0, 500));
    const { status, stderr } = runChecker(folder);
    expect(status).toBe(1);
    const lines = stderr.split('\n').filter((line) => line.includes('.json:'));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^\S+\.json:\d+:\d+ \S+: .+ \(got .+; expected .+\)$/);
    expect(stderr).toContain('unknown zombie kind; did you mean "runner"? (got "runer"');
    expect(stderr).toMatch(/cut\.json:\d+:\d+ \(root\): not valid JSON/);
    expect(stderr).toContain('3 error(s) in 2 of 2 level file(s)');
  });
});
