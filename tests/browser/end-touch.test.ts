/**
 * The lose screen on a phone (390x844, Korean, 150% text), with real touch through the Chrome
 * DevTools Protocol: its rows sit clear of where the thumbs rested in play (the stick, the touch
 * buttons), and it takes a tap only from a finger that landed after the screen came up and its
 * grace (`hyosan.endTapsReady()`): not the thumb still on the stick as the level ended, lifted over
 * a row, nor a press dragged as on the stick after the screen is up (a new player lost five
 * times without seeing the lose screen). A fresh tap on a row chooses it.
 */

import type { CDPSession } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tiledFromAscii } from '../core/level-fixture';
import { LESSONS } from '../../src/game/tutorial/lessons';
import { nextFrames, runUntil, startGameHarness, type GameHarness, type GamePage } from './harness';
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

/** A student cornered by a brute: lost in a few seconds. */
const LOSE_TEXT = JSON.stringify(
  tiledFromAscii(`
  #####################
  #E................SB#
  #####################`),
);

interface Finger {
  id: number;
  x: number;
  y: number;
}

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', fingers: Finger[]): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: fingers.map((f) => ({ x: f.x, y: f.y, id: f.id, radiusX: 4, radiusY: 4, force: 1 })) });
}

type Box = { text: string; x: number; y: number; width: number; height: number };
const rows = (game: GamePage): Promise<Box[]> => game.page.evaluate(() => window.hyosan.textBoxes().filter((box) => box.scene === 'end' && /탭|tap/i.test(box.text)));
const centre = (box: Box, id: number): Finger => ({ id, x: box.x + box.width / 2, y: box.y + box.height / 2 });

describe('lose screen on a phone', () => {
  it('keeps its rows off the thumbs’ places and takes only a fresh tap', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const { page } = game;
    const cdp = await game.context.newCDPSession(page);
    await page.evaluate(() => window.hyosan.stepLock(true));
    await page.evaluate((done) => window.hyosan.settings({ tutorial: { done }, accessibility: { textSize: 1.5 } }), [...LESSONS]);
    await page.evaluate(() => window.hyosan.language('ko'));
    expect(await page.evaluate((text) => window.hyosan.loadLevelText('levels/end-touch.json', text, { seed: 5 }).then((r) => r.ok), LOSE_TEXT)).toBe(true);
    const layout = (await page.evaluate(() => window.hyosan.input())).layout;
    const spots = [...Object.values(layout.buttons), layout.stick!.fixed];

    // The thumb on the stick, pushing, as the level is lost.
    const thumb = { id: 1, x: layout.stick!.fixed.x, y: layout.stick!.fixed.y };
    await touch(cdp, 'touchStart', [thumb]);
    await touch(cdp, 'touchMove', [{ ...thumb, x: thumb.x + 30 }]);
    await runUntil(game, () => window.hyosan.screen() === 'lost');
    await page.evaluate(() => window.hyosan.stepLock(false));
    await page.waitForFunction(() => window.hyosan.endTapsReady(), undefined, { timeout: 30_000 });
    await nextFrames(game, 3);

    // Every row clear of each place a thumb rested in play, and on the screen.
    const shown = await rows(game);
    expect(shown.length).toBe(3);
    for (const row of shown) {
      expect(row.y + row.height, row.text).toBeLessThanOrEqual(844);
      for (const spot of spots) {
        const nx = Math.max(row.x, Math.min(spot.x, row.x + row.width));
        const ny = Math.max(row.y, Math.min(spot.y, row.y + row.height));
        expect(Math.hypot(spot.x - nx, spot.y - ny), `${row.text} over a control at ${Math.round(spot.x)},${Math.round(spot.y)}`).toBeGreaterThanOrEqual(spot.r);
      }
    }
    const again = shown.find((row) => row.text.startsWith('다시'));
    const title = shown.find((row) => row.text.startsWith('타이틀'));

    // The thumb from play slides onto "Play again" and lifts there: nothing.
    await touch(cdp, 'touchMove', [centre(again!, 1)]);
    await nextFrames(game, 3);
    await touch(cdp, 'touchEnd', []);
    await nextFrames(game, 10);
    expect(await page.evaluate(() => window.hyosan.screen())).toBe('lost');

    // A press after the grace that drags as a thumb on the stick does, from the row: nothing.
    const press = centre(again!, 2);
    await touch(cdp, 'touchStart', [press]);
    for (let step = 1; step <= 4; step++) await touch(cdp, 'touchMove', [{ ...press, x: press.x + 15 * step }]);
    await page.waitForTimeout(300);
    await touch(cdp, 'touchEnd', []);
    await nextFrames(game, 10);
    expect(await page.evaluate(() => window.hyosan.screen())).toBe('lost');

    // A fresh tap on a row chooses it.
    const go = centre(title!, 3);
    await tap(cdp, go.x, go.y, 3);
    await page.waitForFunction(() => window.hyosan.screen() === 'title', undefined, { timeout: 30_000 });
    expect(game.errors.filter((e) => !e.includes('touchcancel'))).toEqual([]);
  });
});
