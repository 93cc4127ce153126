/**
 * `npm run levels:check` as a designer runs it: every error of every file, one per line, each
 * `file:line:col json.path: what is wrong (got X; expected Y)`, and exit code 1.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('warns, with file:line:col and how to list it, about a level the campaign beside it does not list', () => {
    const drafts = join(folder, 'with-campaign');
    mkdirSync(drafts);
    writeFileSync(join(drafts, 'campaign.json'), JSON.stringify({ levels: [{ id: 'listed', title: 'Listed', titleKo: '목록' }] }));
    writeFileSync(join(drafts, 'listed.json'), shippedLevelText());
    writeFileSync(join(drafts, 'forgotten.json'), shippedLevelText());
    const { status, stdout } = runChecker(drafts);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    const warning = lines.findIndex((line) => line.includes('not in the campaign'));
    expect(lines[warning]).toMatch(/^\S+forgotten\.json:1:1 \(root\): warning: level is not in the campaign \(got "forgotten", not listed in \S+campaign\.json; expected .+\)$/);
    expect(lines[warning + 1]).toMatch(/^ {4}fix: add \{ "id": "forgotten", "title": "…", "titleKo": "…" \} to "levels" in \S+campaign\.json/);
    expect(stdout).not.toMatch(/listed\.json:\d+:\d+ .*not in the campaign/);
  });
});
