/**
 * Aimed throws with real input: on a desktop page the right mouse button held on the map shows the
 * preview (landing tile and hearing ring) and letting go throws the phone alarm there; on a phone
 * page a finger pressed on ALARM and dragged out aims, and lifting it throws there. Both land on
 * the chosen tile, and the preview showed that tile first. ALARM's count on a phone is the phones
 * the controlled student can throw (their own), never a friend's: it showed 1 while the throw said
 * "no phone". Screenshots of both previews.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ITEMS } from '../../src/core/kernel/tuning';
import { tiledFromAscii } from '../core/level-fixture';
import { startGameHarness, type GameHarness, type GamePage } from './harness';
import { DOC_SHOTS } from './shots';

const SHOTS = DOC_SHOTS;
// A lit hall: the student at (6,4) with two phones beside them, a pillar south-east, the exit far off.
const LEVEL = JSON.stringify(
  tiledFromAscii(`
  ##################
  #................#
  #................#
  #................#
  #....pSp.........#
  #................#
  #.........#......#
  #................#
  #...............E#
  ##################`),
);
let harness: GameHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});
afterEach(async () => {
  for (const context of harness.browser.contexts()) await context.close();
});

async function loadHall(game: GamePage): Promise<void> {
  const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/throw-hall.json', text, { seed: 4 }), LEVEL);
  expect(loaded.ok).toBe(true);
  await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2, undefined, { timeout: 60_000 });
  await game.page.evaluate(() => {
    window.hyosan.send({ type: 'pickUp' });
    window.hyosan.send({ type: 'pickUp' });
  });
  await game.page.waitForFunction(() => window.hyosan.snapshot().inventory.phone === 2, undefined, { timeout: 60_000 });
}

const screenOf = (game: GamePage, tileX: number, tileY: number) => game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!)!, [tileX, tileY]);

/** Waits for a ringing phone on (tileX, tileY). */
async function landsOn(game: GamePage, tileX: number, tileY: number): Promise<void> {
  await game.page.waitForFunction(([x, y]) => window.hyosan.snapshot().lures.some((l) => l.tileX === x && l.tileY === y), [tileX, tileY], { timeout: 60_000, polling: 50 });
}

describe('an aimed throw', () => {
  it('by mouse: right button held shows where it lands and how far it is heard, letting go throws it there', async () => {
    const game = await harness.open({ viewport: { width: 1280, height: 720 } });
    await loadHall(game);
    const target = await screenOf(game, 9, 6);
    await game.page.mouse.move(target.x, target.y);
    await game.page.mouse.down({ button: 'right' });
    await game.page.waitForFunction(() => window.hyosan.look()?.throwPreview?.by === 'mouse', undefined, { timeout: 60_000 });
    expect(await game.page.evaluate(() => window.hyosan.look()!.throwPreview)).toEqual({ tileX: 9, tileY: 6, hearingRadius: ITEMS.lure.noiseRadius, by: 'mouse', short: false });
    await game.page.screenshot({ path: `${SHOTS}/aimed-throw-desktop.png` });
    await game.page.mouse.up({ button: 'right' });
    await landsOn(game, 9, 6);
    expect(await game.page.evaluate(() => window.hyosan.look()!.throwPreview)).toBeNull();

    // Aimed beyond the range: the preview and the throw stop at the same clamped tile.
    const far = await screenOf(game, 16, 4);
    await game.page.mouse.move(far.x, far.y);
    await game.page.mouse.down({ button: 'right' });
    await game.page.waitForFunction(() => window.hyosan.look()?.throwPreview !== null, undefined, { timeout: 60_000 });
    const clamped = (await game.page.evaluate(() => window.hyosan.look()!.throwPreview))!;
    expect(clamped.tileX).toBeLessThanOrEqual(6 + ITEMS.lure.throwTiles);
    // and the preview says it falls short of where the mouse points.
    expect(clamped.short).toBe(true);
    expect(clamped.tileY).toBe(4);
    await game.page.mouse.up({ button: 'right' });
    await landsOn(game, clamped.tileX, clamped.tileY);
    expect(game.errors).toEqual([]);
  });

  it('by touch: a finger dragged from ALARM aims, lifting it throws there', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const cdp = await game.context.newCDPSession(game.page);
    await loadHall(game);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] });
    // A touch first, so the touch buttons are laid out.
    await touch('touchStart', 200, 200);
    await touch('touchEnd', 200, 200);
    await game.page.waitForFunction(() => window.hyosan.input().layout.buttons.lure !== undefined, undefined, { timeout: 60_000 });
    const button = (await game.page.evaluate(() => window.hyosan.input().layout.buttons.lure))!;
    const target = await screenOf(game, 4, 6);
    await touch('touchStart', button.x, button.y);
    for (let step = 1; step <= 6; step++) await touch('touchMove', button.x + ((target.x - button.x) * step) / 6, button.y + ((target.y - button.y) * step) / 6);
    await game.page.waitForFunction(() => window.hyosan.look()?.throwPreview?.by === 'touch', undefined, { timeout: 60_000 });
    expect(await game.page.evaluate(() => window.hyosan.look()!.throwPreview)).toEqual({ tileX: 4, tileY: 6, hearingRadius: ITEMS.lure.noiseRadius, by: 'touch', short: false });
    await game.page.screenshot({ path: `${SHOTS}/aimed-throw-touch.png` });
    await touch('touchEnd', target.x, target.y);
    await landsOn(game, 4, 6);
    // A plain tap on ALARM still throws ahead, as before.
    await touch('touchStart', button.x, button.y);
    await touch('touchEnd', button.x, button.y);
    await game.page.waitForFunction(() => window.hyosan.snapshot().lures.length === 2, undefined, { timeout: 60_000 });
    expect(game.errors.filter((e) => !e.includes('touchcancel'))).toEqual([]);
  });

  it('by touch: ALARM counts only the phones the controlled student can throw, as the throw does', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const cdp = await game.context.newCDPSession(game.page);
    const { page } = game;
    // Two students side by side, a phone beside the first (the one controlled at the start).
    const pair = JSON.stringify(
      tiledFromAscii(`
  ###########
  #.........#
  #..pSS....#
  #........E#
  ###########`),
    );
    expect((await page.evaluate((text) => window.hyosan.loadLevelText('levels/throw-pair.json', text, { seed: 4 }), pair)).ok).toBe(true);
    await page.evaluate(() => window.hyosan.send({ type: 'pickUp' }));
    await page.waitForFunction(() => window.hyosan.snapshot().inventory.phone === 1, undefined, { timeout: 60_000 });
    const touch = (type: 'touchStart' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] });
    await touch('touchStart', 200, 200);
    await touch('touchEnd', 200, 200);
    await page.waitForFunction(() => window.hyosan.input().layout.buttons.lure !== undefined, undefined, { timeout: 60_000 });
    // The count drawn nearest the ALARM button.
    const alarmCount = (): Promise<string> =>
      page.evaluate(() => {
        const lure = window.hyosan.input().layout.buttons.lure!;
        const distance = (box: { x: number; y: number; width: number; height: number }): number => Math.hypot(box.x + box.width / 2 - lure.x, box.y + box.height / 2 - lure.y);
        const digits = window.hyosan.textBoxes().filter((box) => box.scene === 'touch' && /^[0-9]+$/.test(box.text));
        return digits.sort((a, b) => distance(a) - distance(b))[0]!.text;
      });
    await page.waitForFunction(() => window.hyosan.textBoxes().some((box) => box.scene === 'touch' && box.text === '1'), undefined, { timeout: 60_000 });
    expect(await alarmCount()).toBe('1');
    // The other student, who carries no phone: ALARM says 0, and a tap on it says there is no phone.
    await page.evaluate(() => window.hyosan.send({ type: 'switchStudent' }));
    await page.waitForFunction(() => window.hyosan.snapshot().students.find((s) => s.controlled)!.name === 'S2', undefined, { timeout: 60_000 });
    await page.waitForFunction(() => !window.hyosan.textBoxes().some((box) => box.scene === 'touch' && box.text === '1'), undefined, { timeout: 10_000 }).catch(() => undefined);
    expect(await alarmCount()).toBe('0');
    const button = (await page.evaluate(() => window.hyosan.input().layout.buttons.lure))!;
    await touch('touchStart', button.x, button.y);
    await touch('touchEnd', button.x, button.y);
    await page.waitForFunction(() => window.hyosan.refusal() === 'No phone.', undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.hyosan.refusal())).toBe('No phone.');
    expect(await page.evaluate(() => window.hyosan.snapshot().lures.length)).toBe(0);
    expect(game.errors.filter((e) => !e.includes('touchcancel'))).toEqual([]);
  });
});
