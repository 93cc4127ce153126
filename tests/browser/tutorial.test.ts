/**
 * The first-run tutorial in the built game, with real touch input on a phone: a new player on the
 * classroom wing meets one prompt at a time, naming the touch controls, each gone once done.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { startGameHarness, type GameHarness, type GamePage } from './harness';

const LEVEL = '01-classroom-wing';
const SHOTS = 'test-results/screenshots';
let harness: GameHarness;

beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

type Tutorial = { lesson: string | null; prompt: string | null; done: string[]; banner: string | null; promptAt: { x: number; y: number } | null };
const tutorial = (game: GamePage): Promise<Tutorial> => game.page.evaluate(() => window.hyosan.tutorial());
const LONG = { timeout: 180_000, polling: 100 };

async function waitForLesson(game: GamePage, lesson: string): Promise<string> {
  // The prompt is on screen, not only in the tutor.
  await game.page.waitForFunction((l) => {
    const { lesson: shown, prompt } = window.hyosan.tutorial();
    return shown === l && window.hyosan.texts().includes(prompt!);
  }, lesson, LONG);
  return (await tutorial(game)).prompt!;
}

async function waitForDone(game: GamePage, lesson: string): Promise<void> {
  await game.page.waitForFunction((l) => window.hyosan.tutorial().done.includes(l) && window.hyosan.tutorial().lesson !== l, lesson, LONG);
}

async function startLevel(game: GamePage, seed: number): Promise<void> {
  await game.page.evaluate(([id, s]) => window.hyosan.startLevel(id!, { seed: s as number }), [LEVEL, seed] as const);
  await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2, undefined, LONG);
}

async function clickTile(game: GamePage, tileX: number, tileY: number): Promise<void> {
  const point = await game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [tileX, tileY]);
  if (point === null) throw new Error('no level on screen');
  await game.page.mouse.click(point.x, point.y);
}

describe('the first-run tutorial', () => {
  it('names the touch controls on a phone, finishes with the stick, and hides a prompt with a tap', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const { page } = game;
    const cdp: CDPSession = await game.context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number): Promise<unknown> =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] });
    // A first touch on the title puts the game in touch mode.
    await page.touchscreen.tap(195, 700);
    await startLevel(game, 11);
    expect(await waitForLesson(game, 'move')).toBe('Drag on the left of the screen to move, or tap a tile to walk there.');
    await page.screenshot({ path: `${SHOTS}/tutorial-move-390x844.png` });
    const zone = (await page.evaluate(() => window.hyosan.input())).layout.stick!.zone;
    const from = { x: zone.x + zone.width * 0.4, y: zone.y + zone.height * 0.55 };
    await touch('touchStart', from.x, from.y);
    for (let step = 1; step <= 4; step++) await touch('touchMove', from.x + step * 12, from.y);
    await waitForDone(game, 'move');
    await touch('touchEnd', 0, 0);

    // Walk towards the food with taps; its prompt names no key to press, and a tap on it hides it.
    await clickTile(game, 16, 6);
    await waitForLesson(game, 'pickUp');
    await page.screenshot({ path: `${SHOTS}/tutorial-pickup-390x844.png` });
    const at = (await tutorial(game)).promptAt!;
    await page.touchscreen.tap(at.x, at.y);
    await waitForDone(game, 'pickUp');
    // Hidden is done: it does not come back after a reload, nor does moving.
    await page.reload();
    await page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, LONG);
    await startLevel(game, 11);
    await page.waitForFunction(() => window.hyosan.snapshot().tick > 40, undefined, LONG);
    expect((await tutorial(game)).done).toEqual(['move', 'pickUp']);
    expect(['move', 'pickUp']).not.toContain((await tutorial(game)).lesson);
    expect(game.errors.filter((e) => !e.includes('touchcancel'))).toEqual([]);
    await game.close();
  });
});
