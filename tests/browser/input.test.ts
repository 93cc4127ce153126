/**
 * Desktop and pad input, and pausing: the tab hidden for an hour (Playwright's fake clock) pauses
 * the level and runs no catch-up when it returns; a huge frame delta runs at most a few ticks;
 * losing focus pauses; a key remapped by physical code works (whatever the keyboard layout
 * prints) and is remembered; a gamepad moves, attacks and pauses.
 */

import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InputDebugState } from '../../src/game/testing-hook';
import { startGameHarness, type GameHarness, type GamePage } from './harness';

const LEVEL = '01-classroom-wing';
/** The fixed-step clock's cap (src/core/kernel/tuning.ts MAX_TICKS_PER_FRAME). */
const MAX_TICKS_PER_FRAME = 5;
let harness: GameHarness;

beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});
// A failed test must not leave its page running beside the next one.
afterEach(async () => {
  for (const context of harness.browser.contexts()) await context.close();
});

/**
 * Waits polled from Node. Two of these tests run under Playwright's fake clock, which also drives the
 * page's timers and animation frames: there a page-side wait (waitForFunction) was seen, on a loaded
 * machine, to go on waiting 20 s after its condition was met (the level had run 150 ticks past it).
 */
const POLL = { timeout: 60_000, interval: 50 };

const input = (game: GamePage): Promise<InputDebugState> => game.page.evaluate(() => window.hyosan.input());
const tick = (game: GamePage): Promise<number> => game.page.evaluate(() => window.hyosan.snapshot().tick);
const controlled = (game: GamePage) => game.page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)!);

async function startLevel(game: GamePage, seed: number): Promise<void> {
  await game.page.evaluate(([id, s]) => window.hyosan.startLevel(id!, { seed: s as number }), [LEVEL, seed] as const);
  await expect.poll(() => tick(game), POLL).toBeGreaterThan(10);
}

/** What a browser does when the tab goes to the background or comes back. */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** Waits for `frames` animation frames of the page. */
async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}

describe('pause when hidden', () => {
  it('pauses while the tab is hidden for an hour and runs no catch-up ticks when it returns', async () => {
    const game = await harness.open({ setup: async (page) => page.clock.install() });
    await startLevel(game, 7);

    await setHidden(game.page, true);
    expect((await input(game)).pause).toMatchObject({ paused: true, reason: 'hidden' });
    const hiddenAt = await tick(game);
    await game.page.clock.fastForward('01:00:00');
    await setHidden(game.page, false);
    await frames(game.page, 10);
    // Back on screen: still paused, on the pause screen, not one tick later.
    expect((await input(game)).pause).toMatchObject({ paused: true, reason: 'hidden' });
    expect(await tick(game)).toBe(hiddenAt);
    expect(await game.page.evaluate(() => window.hyosan.screen())).toBe('playing');

    // The player resumes: the level goes on from where it stopped, a few ticks per frame at most.
    await game.page.evaluate(() => window.hyosan.resetLoopStats());
    await game.page.keyboard.press('Enter');
    await expect.poll(() => tick(game), POLL).toBeGreaterThanOrEqual(hiddenAt + 20);
    const loop = (await input(game)).loop;
    expect(loop.maxTicksPerFrame).toBeLessThanOrEqual(MAX_TICKS_PER_FRAME);
    expect((await input(game)).pause.paused).toBe(false);
    console.log(`after an hour hidden: ${loop.frames} frames ran ${loop.ticks} ticks, at most ${loop.maxTicksPerFrame} in one frame (longest frame delta ${loop.maxDeltaMs.toFixed(0)} ms)`);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('runs at most a few ticks for one huge frame delta (a frozen tab, a debugger stop) and pauses on focus loss', async () => {
    const game = await harness.open({ setup: async (page) => page.clock.install() });
    await startLevel(game, 8);

    await game.page.evaluate(() => window.hyosan.resetLoopStats());
    const before = await tick(game);
    await game.page.clock.fastForward('01:00:00');
    await frames(game.page, 5);
    const loop = (await input(game)).loop;
    expect(loop.maxTicksPerFrame).toBeLessThanOrEqual(MAX_TICKS_PER_FRAME);
    expect(await tick(game)).toBeLessThanOrEqual(before + MAX_TICKS_PER_FRAME * (loop.frames + 1));
    console.log(`an hour-long frame: ${loop.frames} frames, at most ${loop.maxTicksPerFrame} ticks in one, longest delta ${loop.maxDeltaMs.toFixed(0)} ms`);

    await game.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await expect.poll(async () => (await input(game)).pause.paused, POLL).toBe(true);
    expect((await input(game)).pause.reason).toBe('blur');
    const blurredAt = await tick(game);
    await frames(game.page, 10);
    expect(await tick(game)).toBe(blurredAt);
    await game.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await game.page.keyboard.press('Escape');
    await expect.poll(() => tick(game), POLL).toBeGreaterThan(blurredAt + 5);
    // The Esc that resumed did not pause again.
    expect((await input(game)).pause).toMatchObject({ paused: false, count: 1 });
    // Esc during play pauses again (and P, and the pause button).
    await game.page.keyboard.press('Escape');
    await expect.poll(async () => (await input(game)).pause.paused, POLL).toBe(true);
    expect((await input(game)).pause.reason).toBe('player');
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('keys by physical code', () => {
  it('remaps a key, uses it, keeps one key to one action, and remembers it after a reload', async () => {
    const game = await harness.open();
    await startLevel(game, 9);
    expect(await game.page.evaluate(() => window.hyosan.bindKey('right', 'KeyL'))).toMatchObject({ ok: true });

    const start = await controlled(game);
    await game.page.keyboard.down('l');
    await game.page.waitForFunction((x0) => window.hyosan.snapshot().students.find((s) => s.controlled)!.x > x0 + 0.5, start.x, { timeout: 60_000, polling: 50 });
    await game.page.keyboard.up('l');
    await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 0, undefined, { timeout: 60_000 });

    // The same physical key moved to "left" (in place of A): it leaves "right", which keeps →.
    const rebound = await game.page.evaluate(() => window.hyosan.bindKey('left', 'KeyL'));
    expect(rebound).toMatchObject({ ok: true, settings: { bindings: { left: ['KeyL', 'ArrowLeft'], right: ['ArrowRight'] } }, displaced: { from: 'right', swapped: null } });
    // A Korean 2-set layout prints ㅣ on that key: the code is what counts.
    const middle = await controlled(game);
    await game.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyL', key: 'ㅣ', bubbles: true })));
    await game.page.waitForFunction((x0) => window.hyosan.snapshot().students.find((s) => s.controlled)!.x < x0 - 0.5, middle.x, { timeout: 60_000, polling: 50 });
    await game.page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keyup', { code: 'KeyL', key: 'ㅣ', bubbles: true })));
    await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 0, undefined, { timeout: 60_000 });

    // Refused with a reason: a browser key, an unknown action, a malformed table.
    expect(await game.page.evaluate(() => window.hyosan.bindKey('left', 'F5'))).toMatchObject({ ok: false, error: expect.stringMatching(/F5/) });
    expect(await game.page.evaluate(() => window.hyosan.bindKey('fly', 'KeyK'))).toMatchObject({ ok: false, error: expect.stringMatching(/unknown action/) });
    expect(await game.page.evaluate(() => window.hyosan.inputSettings({ bindings: { left: ['KeyW'] } }))).toMatchObject({ ok: false, error: expect.stringMatching(/KeyW is bound to both/) });

    await game.page.reload();
    await game.page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, { timeout: 30_000 });
    expect(await game.page.evaluate(() => window.hyosan.inputSettings())).toMatchObject({ bindings: { left: ['KeyL', 'ArrowLeft'], right: ['ArrowRight'], up: ['KeyW', 'ArrowUp'] } });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});

describe('gamepad', () => {
  it('moves with the left stick, attacks with A and pauses with Start', async () => {
    // A standard-layout pad the test controls (no real pad here): the page sees it through navigator.getGamepads().
    const game = await harness.open({
      setup: async (page) => {
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
      },
    });
    await startLevel(game, 10);
    const setPad = (change: { axes?: number[]; button?: [number, number] }): Promise<void> =>
      game.page.evaluate((c) => {
        const pad = (window as unknown as { testPad: { axes: number[]; buttons: { pressed: boolean; value: number }[] } }).testPad;
        if (c.axes !== undefined) pad.axes = c.axes;
        if (c.button !== undefined) pad.buttons[c.button[0]] = { ...pad.buttons[c.button[0]]!, pressed: c.button[1] > 0.5, value: c.button[1] };
        const event = new Event('gamepadconnected') as Event & { gamepad?: unknown };
        event.gamepad = pad;
        window.dispatchEvent(event);
      }, change);

    const start = await controlled(game);
    await setPad({ axes: [0.9, 0.1, 0, 0] });
    await game.page.waitForFunction((x0) => window.hyosan.snapshot().students.find((s) => s.controlled)!.x > x0 + 0.5, start.x, { timeout: 60_000, polling: 50 });
    expect((await input(game)).controls).toMatchObject({ dx: 1, dy: 0, gamepads: 1 });
    await setPad({ axes: [0, 0, 0, 0], button: [0, 1] });
    await game.page.waitForFunction(() => window.hyosan.snapshot().students.find((s) => s.controlled)!.swinging, undefined, { timeout: 30_000, polling: 20 });
    await setPad({ button: [0, 0] });
    await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 0 && window.hyosan.input().controls?.held.length === 0, undefined, { timeout: 60_000 });
    await setPad({ button: [9, 1] });
    await game.page.waitForFunction(() => window.hyosan.input().pause.paused, undefined, { timeout: 60_000 });
    // Start again resumes (once let go and pressed anew: the press that paused does not count twice).
    await setPad({ button: [9, 0] });
    await frames(game.page, 3);
    await setPad({ button: [9, 1] });
    await game.page.waitForFunction(() => !window.hyosan.input().pause.paused, undefined, { timeout: 60_000 });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
