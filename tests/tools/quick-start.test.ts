/**
 * The manual's quick start (levels/README.md, the ```sh block after <!-- quick-start -->), run step
 * by step in a copy of the repository: each step has the outcome the manual promises, and no
 * shipped level is changed on the way.
 */

import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/level/parse-level';

const manual = readFileSync('levels/README.md', 'utf8');
const block = /<!-- quick-start -->\s*```sh\n([\s\S]*?)```/.exec(manual)?.[1] ?? '';
const steps = block
  .split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line !== '');
const copy = mkdtempSync(join(tmpdir(), 'hyosan-quick-start-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const shipped = (root: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(root, 'levels'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(join(root, 'levels', name), 'utf8')]),
  );

describe("the manual's quick start", () => {
  it('has the steps: copy a sketch, levels:new, levels:check, dev', () => {
    expect(steps.map((step) => step.split(' ').slice(0, 3).join(' '))).toEqual([
      'cp levels/sketches/every-symbol.txt levels/sketches/my-level.txt',
      'npm run levels:new',
      'npm run levels:check',
      'npm run dev',
    ]);
  });

  it('works in a copy of the repository, each step as promised, and touches no shipped level', () => {
    for (const name of ['node_modules', 'src', 'assets', 'tools']) symlinkSync(resolve(name), join(copy, name));
    for (const name of ['package.json', 'tsconfig.json']) cpSync(name, join(copy, name));
    cpSync('levels', join(copy, 'levels'), { recursive: true });
    const before = shipped(copy);
    const run = (step: string): string => execSync(step, { cwd: copy, encoding: 'utf8', timeout: 60_000, stdio: 'pipe' });

    run(steps[0]!);
    expect(existsSync(join(copy, 'levels/sketches/my-level.txt'))).toBe(true);

    expect(run(steps[1]!)).toMatch(/wrote levels\/drafts\/my-level\.json: "Every symbol", 40x13 tiles/);
    const draft = readFileSync(join(copy, 'levels/drafts/my-level.json'), 'utf8');
    expect(parseLevel(draft, 'levels/drafts/my-level.json').ok).toBe(true);
    expect(() => run(steps[1]!)).toThrow(/never overwrites/);

    expect(run(steps[2]!)).toMatch(/^levels\/drafts\/my-level\.json: ok — "Every symbol"/m);

    const url = /http:\/\/127\.0\.0\.1:5173\/\?level=(\S+)/.exec(block)?.[1];
    expect(url).toBe('drafts/my-level.json');
    expect(existsSync(join(copy, 'levels', url!))).toBe(true);
    expect(shipped(copy)).toEqual(before);
  });
});
