/**
 * The level-select screen in the built game: opens from the title with L, shows each campaign
 * level locked, open or won, opens a level with Enter, and remembers a win across a page reload.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameHarness, type GameHarness, type GamePage } from './harness';

const SHOTS = 'test-results/screenshots';
let harness: GameHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

const states = (game: GamePage) => game.page.evaluate(() => Object.fromEntries((window.hyosan.levelSelect() ?? []).map((row) => [row.id, row.state])));

/** Sends walkTo (again whenever the student stands still short of the tile) until the student is there. */
async function walkTo(game: GamePage, tileX: number, tileY: number): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const at = await game.page.evaluate(() => {
      const snapshot = window.hyosan.snapshot();
      const student = snapshot.students.find((s) => s.controlled);
      return { status: snapshot.status, tileX: student?.tileX, tileY: student?.tileY, moving: student?.moving ?? false };
    });
    if (at.status !== 'playing' || (at.tileX === tileX && at.tileY === tileY)) return;
    if (!at.moving) await game.page.evaluate(([x, y]) => window.hyosan.send({ type: 'walkTo', tileX: x!, tileY: y! }), [tileX, tileY]);
    await game.page.waitForTimeout(500);
  }
  throw new Error(`walkTo ${tileX},${tileY}: not there after 120 s: ${JSON.stringify(await game.page.evaluate(() => window.hyosan.snapshot().students))}`);
}

async function openLevelSelect(game: GamePage): Promise<void> {
  await game.page.keyboard.press('l');
  await game.page.waitForFunction(() => window.hyosan.screen() === 'levels', undefined, { timeout: 30_000 });
}

describe('level select', () => {
  it('shows progress, opens a level, and remembers a win', async () => {
    const game = await harness.open();
    await openLevelSelect(game);
    const fresh = await states(game);
    expect(fresh).toMatchObject({ '01-classroom-wing': 'unlocked', '02-science-wing': 'locked', '08-rooftop': 'locked', siege: 'locked' });
    expect(Object.keys(fresh)).toHaveLength(9);
    await game.page.screenshot({ path: `${SHOTS}/level-select-1280x720.png` });
    // A locked level does not open.
    await game.page.keyboard.press('ArrowDown');
    await game.page.keyboard.press('Enter');
    await game.page.waitForTimeout(300);
    expect(await game.page.evaluate(() => window.hyosan.screen())).toBe('levels');

    // Win the first level (the route of its scripted playthrough: Ha-eun, the key, the stairs), by the same commands a click and E send.
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 3 }));
    const route: readonly (readonly [number, number] | 'open')[] = [[12, 10], [12, 12], [26, 12], 'open', [26, 10], [31, 5], [26, 10], [26, 12], [9, 14], [8, 16], [10, 20], [8, 16], [9, 13], [36, 12], [39, 7], [39, 3]];
    for (const step of route) {
      if (step === 'open') await game.page.evaluate(() => window.hyosan.send({ type: 'interact' }));
      else await walkTo(game, step[0], step[1]);
    }
    await game.page.waitForFunction(() => window.hyosan.snapshot().status === 'won', undefined, { timeout: 60_000 });
    expect(await game.page.evaluate(() => window.hyosan.progress())).toEqual(['01-classroom-wing']);

    // Back to the title, then level select: the next level and the siege are open.
    await game.page.waitForTimeout(500);
    await game.page.keyboard.press('Escape');
    await game.page.waitForFunction(() => window.hyosan.screen() === 'title', undefined, { timeout: 30_000 });
    await openLevelSelect(game);
    expect(await states(game)).toMatchObject({ '01-classroom-wing': 'completed', '02-science-wing': 'unlocked', '03-library': 'locked', siege: 'unlocked' });
    await game.page.screenshot({ path: `${SHOTS}/level-select-progress-1280x720.png` });
    // The cursor starts on the first open level: Enter plays the science wing.
    await game.page.keyboard.press('Enter');
    await game.page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 30_000 });
    expect((await game.page.evaluate(() => window.hyosan.snapshot())).levelId).toBe('02-science-wing');

    // Progress survives a reload (localStorage).
    await game.page.reload();
    await game.page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, { timeout: 60_000 });
    await openLevelSelect(game);
    expect(await states(game)).toMatchObject({ '01-classroom-wing': 'completed', '02-science-wing': 'unlocked' });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
