/**
 * "New game" over a save asks first: a new game takes the saved one's place as the game to
 * continue, and a new player replaced theirs without a word. Asked and answered with the keyboard,
 * a gamepad and a finger; "Replay the tutorial" starts a new game too and asks the same. With no
 * save there is nothing to lose, and nothing is asked.
 */

import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';
import { tap } from './taps';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});
afterEach(async () => {
  for (const context of harness.browser.contexts()) await context.close();
});

/** A standard-layout pad the test presses (no real pad here), seen through navigator.getGamepads(). */
async function withTestPad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const pad = {
      id: 'Test pad (STANDARD GAMEPAD)',
      index: 0,
      connected: true,
      mapping: 'standard',
      get timestamp() {
        return performance.now();
      },
      buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
      axes: [0, 0, 0, 0],
    };
    (window as unknown as { testPad: typeof pad }).testPad = pad;
    navigator.getGamepads = () => [pad as unknown as Gamepad, null, null, null];
  });
}

/** Presses and lets go of the pad's button `index` (0: A, 1: B), a few frames each. */
async function padPress(game: GamePage, index: number): Promise<void> {
  for (const value of [1, 0]) {
    await game.page.evaluate(
      ([i, v]) => {
        const pad = (window as unknown as { testPad: { buttons: { pressed: boolean; value: number }[] } }).testPad;
        pad.buttons[i!] = { ...pad.buttons[i!]!, pressed: v! > 0.5, value: v! };
        const event = new Event('gamepadconnected') as Event & { gamepad?: unknown };
        event.gamepad = pad;
        window.dispatchEvent(event);
      },
      [index, value] as const,
    );
    await nextFrames(game, 3);
  }
}

const rowIds = (game: GamePage): Promise<string[]> => game.page.evaluate(() => window.hyosan.menu()?.items.map((item) => item.id) ?? []);

async function waitRows(game: GamePage, has: string): Promise<void> {
  await game.page.waitForFunction((id) => window.hyosan.menu()?.items.some((item) => item.id === id && item.box !== null) === true, has, { timeout: 30_000 });
}

/** Plays a moment of the first level and saves it, then back to the title, where Continue offers it. */
async function withSave(game: GamePage): Promise<void> {
  await game.page.waitForFunction(() => window.hyosan.menu()?.scene === 'title', undefined, { timeout: 60_000 });
  await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 3 }));
  await game.page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 60_000 });
  expect(await game.page.evaluate(() => window.hyosan.saves.save('slot1'))).toBe(true);
  await game.page.goto(harness.url, { timeout: 120_000 });
  await game.page.waitForFunction(() => window.hyosan.menu()?.items.find((item) => item.id === 'continue')?.enabled === true, undefined, { timeout: 60_000 });
}

describe('a new game over a save', () => {
  it('is asked about first, with the keyboard and with a gamepad; no keeps the save, yes starts over', async () => {
    const game = await harness.open({ setup: withTestPad });
    await withSave(game);

    // Keyboard: Enter on "New game" asks; Esc says no.
    await game.page.evaluate(() => window.hyosan.menu({ focus: 'newGame' }));
    await game.page.keyboard.press('Enter');
    await waitRows(game, 'startOver');
    expect(await rowIds(game)).toEqual(['keepGame', 'startOver']);
    expect(await game.page.evaluate(() => window.hyosan.screen())).toBe('title');
    expect((await game.page.evaluate(() => window.hyosan.texts())).join(' ')).toMatch(/takes the place of the game you are playing \(.+\)/);
    await game.page.keyboard.press('Escape');
    await waitRows(game, 'continue');
    expect(await game.page.evaluate(() => window.hyosan.menu()?.focus)).toBe('newGame');

    // "Replay the tutorial" starts a new game as well: it asks too. The pad's A asks, and A on the first row ("No") keeps the game.
    await game.page.evaluate(() => window.hyosan.menu({ focus: 'tutorial' }));
    await padPress(game, 0);
    await waitRows(game, 'startOver');
    expect(await game.page.evaluate(() => window.hyosan.menu()?.focus)).toBe('keepGame');
    await padPress(game, 0);
    await waitRows(game, 'continue');
    expect(await game.page.evaluate(() => window.hyosan.menu()?.focus)).toBe('tutorial');

    // B backs out as Esc does; then yes starts the new game.
    await game.page.evaluate(() => window.hyosan.menu({ focus: 'newGame' }));
    await padPress(game, 0);
    await waitRows(game, 'startOver');
    await padPress(game, 1);
    await waitRows(game, 'continue');
    await game.page.evaluate(() => window.hyosan.menu({ focus: 'newGame' }));
    await game.page.keyboard.press('Enter');
    await waitRows(game, 'startOver');
    await game.page.evaluate(() => window.hyosan.menu({ focus: 'startOver' }));
    await game.page.keyboard.press('Enter');
    await game.page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 60_000 });
    expect(game.errors).toEqual([]);
  });

  it('is asked about with a finger on a phone, in Korean; and with no save nothing is asked', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await game.page.waitForFunction(() => window.hyosan.menu()?.scene === 'title', undefined, { timeout: 60_000 });
    await game.page.evaluate(() => window.hyosan.settings({ language: 'ko' }));
    await withSave(game);
    const tapRow = async (id: string): Promise<void> => {
      await waitRows(game, id);
      const at = await game.page.evaluate((want) => window.hyosan.menu()!.items.find((item) => item.id === want)!.at!, id);
      await tap(game.page, at.x, at.y);
    };
    await tapRow('newGame');
    await waitRows(game, 'startOver');
    expect((await game.page.evaluate(() => window.hyosan.texts())).join(' ')).toMatch(/처음부터 할까요\?/);
    await tapRow('keepGame');
    await waitRows(game, 'continue');
    expect(await game.page.evaluate(() => window.hyosan.screen())).toBe('title');

    // A player with no save starts at once.
    const fresh = await harness.open();
    await fresh.page.waitForFunction(() => window.hyosan.menu()?.scene === 'title', undefined, { timeout: 60_000 });
    await fresh.page.evaluate(() => window.hyosan.menu({ focus: 'newGame' }));
    await fresh.page.keyboard.press('Enter');
    await fresh.page.waitForFunction(() => window.hyosan.screen() === 'playing', undefined, { timeout: 60_000 });
    expect([...game.errors, ...fresh.errors]).toEqual([]);
  });
});
