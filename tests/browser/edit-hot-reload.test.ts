/**
 * The `?edit=` preview follows the file in the dev server: saving rebuilds it in place (the clicked
 * tile and its noise overlay kept), a broken save shows the errors, and fixing it brings the preview
 * back. Works on a draft copy of the classroom wing under levels/drafts/, removed afterwards.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevHarness, type DevHarness } from './harness';

const DIR = 'levels/drafts-edit-test';
const FILE = `${DIR}/preview.json`;
const ORIGINAL = readFileSync('levels/01-classroom-wing.json', 'utf8');
let harness: DevHarness;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(FILE, ORIGINAL);
  harness = await startDevHarness();
});
afterAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  await harness?.close();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function withoutFirstZombie(): string {
  const map = JSON.parse(ORIGINAL) as Json;
  const zombies = (map['layers'] as Json[]).find((l) => l['name'] === 'zombies')!;
  (zombies['objects'] as Json[]).shift();
  return JSON.stringify(map, null, 1);
}

describe('?edit= preview hot reload', () => {
  it('rebuilds on save, shows a broken save, and comes back when fixed', async () => {
    const game = await harness.open(`?edit=${FILE}`);
    try {
      await game.page.waitForFunction(() => window.hyosan.screen() === 'edit', undefined, { timeout: 120_000 });
      const first = (await game.page.evaluate(() => window.hyosan.edit()))!;
      expect(first.builds).toBe(1);
      const at = (await game.page.evaluate(() => window.hyosan.tileToScreen(20, 13)))!;
      await game.page.mouse.click(at.x, at.y);
      await game.page.waitForFunction(() => window.hyosan.edit()?.clicked !== null, undefined, { timeout: 30_000 });

      writeFileSync(FILE, withoutFirstZombie());
      await game.page.waitForFunction(() => window.hyosan.edit()?.builds === 2, undefined, { timeout: 30_000, polling: 100 });
      const second = (await game.page.evaluate(() => window.hyosan.edit()))!;
      expect(second.zombies).toBe(first.zombies - 1);
      expect(second.clicked).toEqual({ tileX: 20, tileY: 13 });
      expect(second.reachCells).toBeGreaterThan(0);

      writeFileSync(FILE, '{ "type": "map", ');
      await game.page.waitForFunction(() => window.hyosan.screen() === 'error', undefined, { timeout: 30_000, polling: 100 });
      writeFileSync(FILE, ORIGINAL);
      await game.page.waitForFunction(() => window.hyosan.screen() === 'edit' && window.hyosan.edit()?.builds === 3, undefined, { timeout: 30_000, polling: 100 });
      expect((await game.page.evaluate(() => window.hyosan.edit()))!.zombies).toBe(first.zombies);
      expect(game.errors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});
