/**
 * The first-run tutorial in the built game, with real input: a new player on the classroom wing
 * meets one prompt at a time, each naming their own controls, each gone once done; a done prompt
 * does not come back after a reload; the level is won.
 * Then the same start on a phone, with the stick and a tap.
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

/** Walks to a tile by clicking it, and waits until the controlled student stands within a tile of it. */
async function walkTo(game: GamePage, tileX: number, tileY: number): Promise<void> {
  await clickTile(game, tileX, tileY);
  await game.page.waitForFunction(([x, y]) => {
    const me = window.hyosan.snapshot().students.find((s) => s.controlled)!;
    return (Math.abs(me.tileX - x!) <= 1 && Math.abs(me.tileY - y!) <= 1 && !me.moving) || window.hyosan.snapshot().status !== 'playing';
  }, [tileX, tileY], LONG);
}

describe('the first-run tutorial', () => {
  it('teaches the classroom wing one idea at a time with the keyboard and mouse, and it is won', async () => {
    const game = await harness.open();
    const { page } = game;
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.hyosan.snapshot().status === 'playing', undefined, LONG);
    await startLevel(game, 11);

    // Minute one: move. The prompt names the keys, and goes once the student has walked.
    expect(await waitForLesson(game, 'move')).toBe('Move with WASD. You can also click a tile to walk there.');
    await page.screenshot({ path: `${SHOTS}/tutorial-move-1280x720.png` });
    await page.keyboard.down('d');
    await waitForDone(game, 'move');
    await page.keyboard.up('d');

    // Done is done: after a reload the move prompt does not come back.
    await page.reload();
    await page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, LONG);
    expect((await tutorial(game)).done).toEqual(['move']);
    await startLevel(game, 11);
    await page.waitForFunction(() => window.hyosan.snapshot().tick > 40, undefined, LONG);
    expect((await tutorial(game)).lesson).not.toBe('move');

    // Food on the shelf: pick it up by walking over it, then eat with the key the prompt names.
    await walkTo(game, 17, 5);
    expect(await waitForLesson(game, 'pickUp')).toContain('press E');
    await walkTo(game, 18, 2);
    await waitForDone(game, 'pickUp');
    expect(await waitForLesson(game, 'eat')).toContain('To eat, press 1; to drink, press 2.');
    await page.keyboard.press('1');
    await waitForDone(game, 'eat');

    // The phone: a lure prompt comes up with the zombies next door in earshot. Hidden with Enter (it counts as done).
    await walkTo(game, 20, 3);
    await waitForLesson(game, 'lure');
    await page.keyboard.press('Enter');
    await waitForDone(game, 'lure');

    // Out through the door, and shut it behind the group.
    await walkTo(game, 12, 12);
    await waitForLesson(game, 'door');
    await walkTo(game, 14, 13);
    await page.waitForFunction(() => {
      const snap = window.hyosan.snapshot();
      return snap.students.every((s) => s.tileY >= 12);
    }, undefined, LONG);
    await page.keyboard.press('e');
    await waitForDone(game, 'door');

    // Along the corridor to the stairs (the route the scripted win takes), then up them.
    for (const [x, y] of [[26, 13], [36, 12], [39, 7]] as const) await walkTo(game, x, y);
    await page.keyboard.down('w');
    await page.waitForFunction(() => window.hyosan.snapshot().status === 'won', undefined, LONG);
    await page.keyboard.up('w');

    expect(game.errors).toEqual([]);
    await game.close();
  });

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
