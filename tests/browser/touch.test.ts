/**
 * The phone controls in a phone-sized touch context (390x844, then turned to 844x390), with real
 * touch events sent through the Chrome DevTools Protocol: drag the stick, tap a tile, move and
 * attack with two fingers, finger sequences (six fingers, cancels, a turn mid-drag, random ones)
 * that leave nothing held, and a page that never scrolls or zooms. Screenshots of both orientations go to test-results.
 */

import { mkdirSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InputDebugState } from '../../src/game/testing-hook';
import { LESSONS } from '../../src/game/tutorial/lessons';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';
import { tap } from './taps';

const LEVEL = '01-classroom-wing';
const SHOTS = 'test-results/screenshots';
let harness: GameHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});
// A failed test must not leave its page running beside the next one.
afterEach(async () => {
  for (const context of harness.browser.contexts()) await context.close();
});

interface Finger {
  id: number;
  x: number;
  y: number;
}

/**
 * Sends one CDP touch event. Start and move take every finger on the glass; end takes the fingers
 * to lift (none: all of them); cancel takes none and cancels them all.
 */
async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel', fingers: Finger[]): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: fingers.map((f) => ({ x: f.x, y: f.y, id: f.id, radiusX: 4, radiusY: 4, force: 1 })) });
}

/**
 * Page errors, less Chromium's note that Phaser called preventDefault on a touchcancel (which is
 * never cancelable): Phaser does that on every cancel, and it changes nothing.
 */
const pageErrors = (game: GamePage): string[] => game.errors.filter((e) => !e.includes('Ignored attempt to cancel a touchcancel event'));

const input = (game: GamePage): Promise<InputDebugState> => game.page.evaluate(() => window.hyosan.input());
const student = (game: GamePage) => game.page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)!);

async function openPhone(): Promise<{ game: GamePage; cdp: CDPSession }> {
  const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const cdp = await game.context.newCDPSession(game.page);
  return { game, cdp };
}

async function startLevel(game: GamePage, seed: number): Promise<void> {
  // The tutorial's prompts are left out: a tap on one only hides it, and the goal prompt comes up
  // in the middle of these finger sequences (tests/browser/tutorial.test.ts plays them).
  await game.page.evaluate((done) => window.hyosan.settings({ tutorial: { done } }), [...LESSONS]);
  await game.page.evaluate(([id, s]) => window.hyosan.startLevel(id!, { seed: s as number }), [LEVEL, seed] as const);
  await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 2, undefined, { timeout: 60_000 });
}

/** Drags a floating stick from `from` by (ox, oy) px in a few steps and keeps the finger there. */
async function dragStick(cdp: CDPSession, from: { x: number; y: number }, ox: number, oy: number, id = 1): Promise<Finger> {
  const finger = { id, x: from.x, y: from.y };
  await touch(cdp, 'touchStart', [finger]);
  for (let step = 1; step <= 4; step++) await touch(cdp, 'touchMove', [{ id, x: from.x + (ox * step) / 4, y: from.y + (oy * step) / 4 }]);
  return { id, x: from.x + ox, y: from.y + oy };
}

function stickStart(state: InputDebugState): { x: number; y: number } {
  const zone = state.layout.stick!.zone;
  return { x: zone.x + zone.width * 0.4, y: zone.y + zone.height * 0.55 };
}

/** A tile a few steps from the student whose centre is on screen and not under a control. */
async function tapTarget(game: GamePage, candidates: [number, number][]): Promise<{ tileX: number; tileY: number; x: number; y: number }> {
  const state = await input(game);
  for (const [tileX, tileY] of candidates) {
    const point = await game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [tileX, tileY]);
    if (point === null) continue;
    const onButton = Object.values(state.layout.buttons).some((c) => Math.hypot(point.x - c.x, point.y - c.y) < c.r * 1.3);
    const onScreen = point.x > 20 && point.y > 20 && point.x < state.layout.width - 20 && point.y < state.layout.height - 20;
    const panel = state.layout.hud.panel;
    const onHud = point.x < panel.x + panel.width + 10 && point.y < panel.y + panel.height + 10;
    if (onScreen && !onButton && !onHud) return { tileX, tileY, ...point };
  }
  throw new Error('no tile to tap on screen');
}

async function noStuckControls(game: GamePage): Promise<void> {
  const state = await input(game);
  expect(state.touch).toMatchObject({ pointers: 0, held: [], stick: null });
  expect(state.controls).toMatchObject({ dx: 0, dy: 0 });
  expect(state.controls!.held).toEqual([]);
}

/** Drag → move, tap → walk, two fingers → move and attack; then everything let go. */
async function playWithFingers(game: GamePage, cdp: CDPSession, orientation: 'portrait' | 'landscape'): Promise<void> {
  const state = await input(game);
  expect(state.touchMode).toBe(true);
  expect(state.layout.orientation).toBe(orientation);
  expect(state.layout.problems).toEqual([]);

  // Drag the stick right: the student walks right while the finger stays.
  const before = await student(game);
  const held = await dragStick(cdp, stickStart(state), 60, 0);
  await game.page.waitForFunction((x0) => window.hyosan.snapshot().students.find((s) => s.controlled)!.x > x0 + 2, before.x, { timeout: 60_000, polling: 50 });
  expect((await input(game)).controls).toMatchObject({ dx: 1, dy: 0 });
  expect((await input(game)).touch!.stick).toEqual({ dx: 1, dy: 0 });
  expect((await student(game)).facing).toBe('right');
  await touch(cdp, 'touchMove', [{ ...held, y: held.y - 60 }]);
  await game.page.waitForFunction(() => window.hyosan.input().controls?.dy === -1, undefined, { timeout: 60_000 });
  await touch(cdp, 'touchEnd', []);
  await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 0 && window.hyosan.input().controls?.dy === 0, undefined, { timeout: 60_000 });
  await noStuckControls(game);

  // Tap the tile the student started from (so it is floor): the student walks back along the core's
  // path. The following student may stand on that very tile, so arriving next to it counts too.
  const target = await tapTarget(game, [[before.tileX, before.tileY]]);
  const away = await student(game);
  const distance = (s: { tileX: number; tileY: number }): number => Math.max(Math.abs(s.tileX - target.tileX), Math.abs(s.tileY - target.tileY));
  expect(distance(away)).toBeGreaterThanOrEqual(2);
  await tap(cdp, target.x, target.y, 3);
  await game.page.waitForFunction(
    ([x, y]) => {
      const s = window.hyosan.snapshot().students.find((c) => c.controlled)!;
      return Math.max(Math.abs(s.tileX - x!), Math.abs(s.tileY - y!)) <= 1 && !s.moving;
    },
    [target.tileX, target.tileY],
    { timeout: 60_000, polling: 100 },
  );
  expect(Math.hypot((await student(game)).x - away.x, (await student(game)).y - away.y)).toBeGreaterThan(0.9);
  expect((await input(game)).controls).toMatchObject({ dx: 0, dy: 0 });

  // Two fingers: one on the stick, one holding attack — the student walks and swings at once.
  const fresh = await input(game);
  const attack = fresh.layout.buttons.attack!;
  const start = await student(game);
  const stickFinger = await dragStick(cdp, stickStart(fresh), start.tileX > 20 ? -60 : 60, 0, 5);
  await touch(cdp, 'touchStart', [stickFinger, { id: 6, x: attack.x, y: attack.y }]);
  await game.page.waitForFunction(() => window.hyosan.input().controls?.held.includes('attack') === true, undefined, { timeout: 60_000 });
  const both = await input(game);
  expect(both.touch!.pointers).toBe(2);
  expect(both.controls!.dx).not.toBe(0);
  await game.page.waitForFunction(() => window.hyosan.snapshot().students.find((s) => s.controlled)!.swinging, undefined, { timeout: 30_000, polling: 20 });
  await game.page.waitForFunction((x0) => Math.abs(window.hyosan.snapshot().students.find((s) => s.controlled)!.x - x0) > 0.5, start.x, { timeout: 60_000, polling: 50 });
  // Lift the stick finger only: attack stays held, movement stops.
  await touch(cdp, 'touchEnd', [stickFinger]);
  await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 0 && window.hyosan.input().touch?.pointers === 1, undefined, { timeout: 60_000 });
  expect((await input(game)).controls!.held).toContain('attack');
  // Slide the attack finger off its button: attack lets go while the finger is still down.
  await touch(cdp, 'touchMove', [{ id: 6, x: attack.x - attack.r * 3, y: attack.y - attack.r * 3 }]);
  await game.page.waitForFunction(() => window.hyosan.input().controls?.held.length === 0, undefined, { timeout: 60_000 });
  await touch(cdp, 'touchCancel', []);
  await noStuckControls(game);
}

describe('touch controls on a phone', () => {
  it('moves with the stick, walks on a tap and attacks while moving, in portrait then landscape', async () => {
    const { game, cdp } = await openPhone();
    await startLevel(game, 21);
    await playWithFingers(game, cdp, 'portrait');
    await game.page.screenshot({ path: `${SHOTS}/touch-390x844.png` });

    // The pause button (it acts when the finger lifts): the level stops; a tap resumes it.
    const pause = (await input(game)).layout.buttons.pause!;
    await tap(cdp, pause.x, pause.y, 8);
    await game.page.waitForFunction(() => window.hyosan.input().pause.paused, undefined, { timeout: 60_000 });
    const pausedAt = await game.page.evaluate(() => window.hyosan.snapshot().tick);
    await nextFrames(game, 15);
    await game.page.screenshot({ path: `${SHOTS}/paused-390x844.png` });
    expect(await game.page.evaluate(() => window.hyosan.snapshot().tick)).toBe(pausedAt);
    await tap(cdp, 195, 500, 9);
    await game.page.waitForFunction(() => !window.hyosan.input().pause.paused, undefined, { timeout: 60_000 });
    await noStuckControls(game);

    await game.page.setViewportSize({ width: 844, height: 390 });
    await game.page.waitForFunction(() => window.hyosan.input().layout.orientation === 'landscape', undefined, { timeout: 60_000 });
    await playWithFingers(game, cdp, 'landscape');
    await game.page.screenshot({ path: `${SHOTS}/touch-844x390.png` });

    const page = (await input(game)).page;
    expect(page).toEqual({ scrollX: 0, scrollY: 0, zoom: 1 });
    expect(pageErrors(game)).toEqual([]);
    await game.close();
  });

  it('leaves no control stuck after real finger sequences: six fingers, lifts, cancels, a turn mid-drag, random ones', async () => {
    // The touch state itself meets thousands of random sequences in tests/game/touch-state.test.ts;
    // here real touches go through Chromium and Phaser to it: a few chosen to reach every path of
    // the wiring, then a few random ones in each orientation.
    const { game, cdp } = await openPhone();
    await startLevel(game, 5);
    /** Let the frames that read the fingers pass, then look; resume if a tap hit pause, restart if the students were lost. */
    const settle = async (label: string): Promise<void> => {
      await nextFrames(game, 2);
      const { status, state } = await game.page.evaluate(() => {
        const seen = { status: window.hyosan.snapshot().status, state: window.hyosan.input() };
        if (seen.state.pause.paused) window.hyosan.pause(false);
        return seen;
      });
      if (status !== 'playing') {
        await startLevel(game, 5);
        return;
      }
      const stuck =
        state.touch === null ||
        state.touch.pointers !== 0 ||
        state.touch.held.length !== 0 ||
        state.touch.stick !== null ||
        state.controls!.dx !== 0 ||
        state.controls!.dy !== 0 ||
        state.controls!.held.length !== 0;
      if (stuck) throw new Error(`${label}: controls stuck ${JSON.stringify({ touch: state.touch, controls: state.controls })}`);
    };

    // Six fingers, one more than the game follows: the stick dragged, attack and run held, the
    // lure dragged out to aim, two on the map; all move; two lift; the rest are cancelled.
    let layout = (await input(game)).layout;
    const stick = stickStart(await input(game));
    const b = layout.buttons;
    const six: Finger[] = [
      { id: 1, ...stick },
      { id: 2, x: b.attack!.x, y: b.attack!.y },
      { id: 3, x: b.run!.x, y: b.run!.y },
      { id: 4, x: b.lure!.x, y: b.lure!.y },
      { id: 5, x: 195, y: 300 },
      { id: 6, x: 120, y: 400 },
    ];
    for (let n = 1; n <= six.length; n++) await touch(cdp, 'touchStart', six.slice(0, n));
    await game.page.waitForFunction(() => window.hyosan.input().controls?.held.includes('attack') === true, undefined, { timeout: 60_000 });
    const moved = six.map((f) => (f.id === 1 ? { ...f, x: f.x + 60 } : f.id === 4 ? { ...f, x: f.x - 120, y: f.y - 200 } : f));
    await touch(cdp, 'touchMove', moved);
    await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 1, undefined, { timeout: 60_000 });
    expect((await input(game)).touch!.pointers).toBeGreaterThanOrEqual(4);
    await touch(cdp, 'touchEnd', [moved[0]!, moved[4]!]);
    await nextFrames(game, 2);
    expect((await input(game)).controls).toMatchObject({ dx: 0, dy: 0 });
    await touch(cdp, 'touchCancel', []);
    await settle('six fingers, cancelled');
    // RUN is a toggle, not held: it stays on after the cancel until tapped again.
    expect((await input(game)).touch!.gait).toBe('run');
    await touch(cdp, 'touchStart', [{ id: 7, x: b.run!.x, y: b.run!.y }]);
    await touch(cdp, 'touchEnd', []);
    await settle('run toggled off');
    expect((await input(game)).touch!.gait).toBe('walk');

    // The stick and attack together, all lifted at once.
    await dragStick(cdp, stick, 0, -60, 1);
    await touch(cdp, 'touchStart', [
      { id: 1, x: stick.x, y: stick.y - 60 },
      { id: 2, x: b.attack!.x, y: b.attack!.y },
    ]);
    await game.page.waitForFunction(() => window.hyosan.input().controls?.dy === -1 && window.hyosan.input().controls?.held.includes('attack') === true, undefined, { timeout: 60_000 });
    await touch(cdp, 'touchEnd', []);
    await settle('stick and attack lifted together');

    // The phone turns while a finger drags the stick: the controls are laid out anew and the finger lets go.
    const held = await dragStick(cdp, stick, 60, 0);
    await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 1, undefined, { timeout: 60_000 });
    await game.page.setViewportSize({ width: 844, height: 390 });
    await game.page.waitForFunction(() => window.hyosan.input().layout.orientation === 'landscape', undefined, { timeout: 60_000 });
    await touch(cdp, 'touchMove', [{ ...held, x: held.x + 20 }]);
    await game.page.waitForFunction(() => window.hyosan.input().controls?.dx === 0, undefined, { timeout: 60_000 });
    await touch(cdp, 'touchEnd', []);
    await settle('turned mid-drag');
    layout = (await input(game)).layout;
    expect(layout.orientation).toBe('landscape');

    // Random sequences (seeded, so a failure can be replayed), in landscape then portrait.
    let seed = 0x2545f491;
    const random = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 4294967296;
    };
    for (let sequence = 0; sequence < 24; sequence++) {
      if (sequence === 12) {
        await game.page.setViewportSize({ width: 390, height: 844 });
        await game.page.waitForFunction(() => window.hyosan.input().layout.orientation === 'portrait', undefined, { timeout: 60_000 });
      }
      const { width, height } = game.page.viewportSize()!;
      // Often near the controls (bottom and corners), sometimes anywhere.
      const point = (): { x: number; y: number } =>
        random() < 0.6 ? { x: random() < 0.5 ? random() * width * 0.45 : width - random() * width * 0.5, y: height - random() * height * 0.45 } : { x: random() * width, y: random() * height };
      const fingers: Finger[] = [];
      let nextId = 1;
      const steps = 2 + Math.floor(random() * 8);
      for (let step = 0; step < steps; step++) {
        const roll = random();
        if ((roll < 0.3 || fingers.length === 0) && fingers.length < 4) {
          fingers.push({ id: nextId++, ...point() });
          await touch(cdp, 'touchStart', fingers);
        } else if (roll < 0.7) {
          for (const finger of fingers) {
            finger.x = Math.min(width - 1, Math.max(0, finger.x + (random() - 0.5) * 160));
            finger.y = Math.min(height - 1, Math.max(0, finger.y + (random() - 0.5) * 160));
          }
          await touch(cdp, 'touchMove', fingers);
        } else if (roll < 0.85 && fingers.length > 1) {
          const lifted = fingers.splice(Math.floor(random() * fingers.length), 1);
          await touch(cdp, 'touchEnd', lifted);
        } else {
          break;
        }
      }
      await touch(cdp, random() < 0.3 ? 'touchCancel' : 'touchEnd', []);
      await settle(`sequence ${sequence}`);
    }
    await noStuckControls(game);
    expect((await input(game)).page).toEqual({ scrollX: 0, scrollY: 0, zoom: 1 });
    expect(pageErrors(game)).toEqual([]);
    await game.close();
  });

  it('never scrolls, zooms or selects the page, whatever the fingers do', async () => {
    const { game, cdp } = await openPhone();
    await startLevel(game, 3);
    const css = await game.page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { touchAction: style.touchAction, userSelect: style.userSelect, overscroll: style.overscrollBehaviorY, canvasTouch: getComputedStyle(document.querySelector('canvas')!).touchAction };
    });
    expect(css).toMatchObject({ touchAction: 'none', userSelect: 'none', overscroll: 'none' });
    // Chromium's own gestures: a fling up, a pinch, a double tap and a long press.
    await cdp.send('Input.synthesizeScrollGesture', { x: 200, y: 500, yDistance: -400, gestureSourceType: 'touch', speed: 2000 });
    await cdp.send('Input.synthesizePinchGesture', { x: 200, y: 400, scaleFactor: 2.5, gestureSourceType: 'touch' });
    await cdp.send('Input.synthesizeTapGesture', { x: 200, y: 300, tapCount: 2, gestureSourceType: 'touch' });
    await cdp.send('Input.synthesizeTapGesture', { x: 200, y: 300, duration: 1200, gestureSourceType: 'touch' });
    const page = await game.page.evaluate(() => ({ ...window.hyosan.input().page, selection: String(window.getSelection() ?? ''), scrollTop: document.scrollingElement?.scrollTop ?? 0 }));
    expect(page).toEqual({ scrollX: 0, scrollY: 0, zoom: 1, selection: '', scrollTop: 0 });
    expect(pageErrors(game)).toEqual([]);
    await game.close();
  });
});
