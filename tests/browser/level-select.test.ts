/**
 * The level-select screen in the built game: opens from the title with L, shows each campaign
 * level locked, open or won, opens a level with Enter, and remembers a win across a page reload.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSROOM_CAREFUL } from '../core/sim/campaign/bot';
import { hookInput, playCarefully } from './careful-player';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';

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
    await nextFrames(game, 10);
    expect(await game.page.evaluate(() => window.hyosan.screen())).toBe('levels');

    // Win the first level as the careful player of the core's tests does (Ha-eun, the key, the
    // stairs; sneaking, walking away from what hunts it, swinging at what reaches it), by the same
    // commands a click and the keys send, under the step lock from the level's first tick.
    await game.page.evaluate(() => window.hyosan.stepLock(true));
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 3 }));
    expect(await playCarefully(game, CLASSROOM_CAREFUL, hookInput(game))).toBe('won');
    await game.page.waitForFunction(() => window.hyosan.snapshot().status === 'won', undefined, { timeout: 60_000 });
    expect(await game.page.evaluate(() => window.hyosan.progress())).toEqual(['01-classroom-wing']);

    // Back to the title, then level select: the next level and the siege are open.
    await game.page.waitForFunction(() => window.hyosan.screen() === 'won', undefined, { timeout: 30_000 });
    await game.page.waitForFunction(() => window.hyosan.endKeysReady(), undefined, { timeout: 30_000 });
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
