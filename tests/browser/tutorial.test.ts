/**
 * The first-run tutorial in the built game: a new player on the classroom wing meets one prompt at
 * a time, naming the controls of their device, each gone once done or hidden. A first run played
 * to the win with the keyboard and mouse follows the careful player's route (tests/core/campaign/bot.ts) on the default difficulty and read each prompt as it
 * comes up; then a phone run checks the stick, a tap on a prompt, and that done stays done.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { CLASSROOM_CAREFUL } from '../core/sim/campaign/bot';
import { playCarefully, realInput, touchInput } from './careful-player';
import { startGameHarness, type GameHarness, type GamePage } from './harness';
import { tap } from './taps';

const LEVEL = '01-classroom-wing';
const SHOTS = 'test-results/screenshots';
let harness: GameHarness;

beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

type Tutorial = { lesson: string | null; prompt: string | null; holding: boolean; done: string[]; banner: string | null; promptAt: { x: number; y: number } | null };
const tutorial = (game: GamePage): Promise<Tutorial> => game.page.evaluate(() => window.hyosan.tutorial());
const LONG = { timeout: 180_000, polling: 100 };

async function waitForLesson(game: GamePage, lesson: string): Promise<string> {
  // The prompt is on screen, not only in the tutor.
  await game.page.waitForFunction(
    (l) => {
      const { lesson: shown, prompt } = window.hyosan.tutorial();
      return shown === l && window.hyosan.texts().includes(prompt!);
    },
    lesson,
    LONG,
  );
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

/**
 * Arrows toward goals and threats that meet the HUD (its status panel, goal lines, pause and touch
 * buttons), in page px, each with what it meets: new players had the key's, the friend's and the
 * exit's marks under the panel and the pause button.
 */
async function marksUnderHud(game: GamePage): Promise<string[]> {
  return game.page.evaluate(async () => {
    // Read after two drawn frames: the arrows and the camera as the screen shows them.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const look = window.hyosan.look();
    const { layout } = window.hyosan.input();
    const canvas = document.querySelector('canvas')!.getBoundingClientRect();
    const sx = canvas.width / layout.width;
    const sy = canvas.height / layout.height;
    type Box = { x: number; y: number; width: number; height: number };
    const page = (b: Box): Box => ({ x: canvas.left + b.x * sx, y: canvas.top + b.y * sy, width: b.width * sx, height: b.height * sy });
    const hud: [string, Box][] = [['panel', page(layout.hud.panel)]];
    for (const [id, c] of Object.entries(layout.buttons)) if (c !== undefined) hud.push([id, page({ x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r })]);
    for (const t of window.hyosan.textBoxes()) if (t.scene === 'hud' && /^[▶✓]/.test(t.text)) hud.push(['goal lines', t]);
    const meets = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const found: string[] = [];
    const marks = [...(look?.goalArrows ?? []).map((g) => ({ name: `goal ${g.objective}`, x: g.x, y: g.y })), ...(look?.threats ?? []).map((z) => ({ name: `threat ${z.zombieId}`, x: z.x, y: z.y }))];
    for (const mark of marks) {
      const at = window.hyosan.tileToScreen(mark.x / 16 - 0.5, mark.y / 16 - 0.5);
      if (at === null) continue;
      const box = { x: at.x - 10, y: at.y - 10, width: 20, height: 20 };
      for (const [id, b] of hud) if (meets(box, b)) found.push(`${mark.name} at ${Math.round(at.x)},${Math.round(at.y)} under ${id}`);
    }
    return found;
  });
}

/**
 * Whether the way out is shown once the level needs nothing more: null while objectives remain;
 * else whether the exit is on the screen, and whether an arrow at the screen's edge points to it.
 */
async function exitShown(game: GamePage): Promise<{ onScreen: boolean; arrow: boolean } | null> {
  return game.page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const snapshot = window.hyosan.snapshot();
    if (snapshot.status !== 'playing' || !snapshot.objectives.every((o) => o.state === 'done')) return null;
    const exit = snapshot.exits[0]!;
    const at = window.hyosan.tileToScreen(exit.tileX + exit.width / 2 - 0.5, exit.tileY + exit.height / 2 - 0.5);
    const onScreen = at !== null && at.x >= 0 && at.y >= 0 && at.x <= window.innerWidth && at.y <= window.innerHeight;
    return { onScreen, arrow: (window.hyosan.look()?.goalArrows ?? []).some((g) => g.objective === -1) };
  });
}

/** What each prompt must say on each device: its control, as the player's keys or touch buttons name it. */
const NAMES: Record<'keyboard' | 'touch', Record<string, RegExp>> = {
  keyboard: {
    move: /^Move with WASD\./,
    goal: /stay locked until the list is done\./,
    sneak: /hold C while you move/,
    pickUp: /\(press E picks up/,
    eat: /To eat, press 1; to drink, press 2\./,
    door: /To close this door, press E beside it/,
    lure: /to throw it ahead, press Q\./,
    switch: /To lead another student, press Tab\./,
    barricade: /press B beside it/,
    meetRunner: /^A runner: faster than you walk/,
    meetCrawler: /^A crawler/,
    meetBrute: /^A brute/,
    meetHunter: /^The hunter/,
  },
  touch: {
    move: /^Drag on the left of the screen to move/,
    goal: /stay locked until the list is done\./,
    sneak: /tap SNEAK while you move/,
    pickUp: /\(tap USE picks up/,
    eat: /To eat, tap the bread button; to drink, tap the water button\./,
    door: /To close this door, tap USE beside it/,
    lure: /to throw it ahead, tap ALARM\./,
    switch: /To lead another student, tap SWAP\./,
    meetRunner: /^A runner: faster than you walk/,
    meetCrawler: /^A crawler/,
    meetBrute: /^A brute/,
    meetHunter: /^The hunter/,
  },
};

/**
 * Plays level 1 carefully with real input while reading the tutorial: stops a moment in the first
 * room to look round, and handles each prompt that comes up on screen as a player would: moving
 * and walking over things do their lessons, food is eaten (1, or the bread button), the rest are
 * read and hidden (Enter, or a tap on the prompt). The careful player sneaks from its first step,
 * and finishes the sneak lesson by sneaking once its prompt is up. Returns how the level ended and the
 * prompts met, with the tick each first showed.
 */
async function playTeachingPath(
  game: GamePage,
  device: 'keyboard' | 'touch',
): Promise<{ status: string; met: { lesson: string; prompt: string; tick: number }[]; underHud: string[]; exitLooks: { onScreen: boolean; arrow: boolean }[] }> {
  const { page } = game;
  const met: { lesson: string; prompt: string; tick: number }[] = [];
  const input = device === 'keyboard' ? realInput(game) : touchInput(game);
  let showing: string | null = null;
  const underHud: string[] = [];
  const exitLooks: { onScreen: boolean; arrow: boolean }[] = [];
  const watch = async (): Promise<void> => {
    underHud.push(...(await marksUnderHud(game)));
    const exit = await exitShown(game);
    if (exit !== null) exitLooks.push(exit);
    const now = await page.evaluate(() => ({ ...window.hyosan.tutorial(), tick: window.hyosan.snapshot().tick }));
    if (now.prompt === null || now.lesson === null) {
      showing = null;
      return;
    }
    // The level waits under the step lock: the prompt is read once the next frame has put it on screen.
    await page.waitForFunction((prompt) => window.hyosan.texts().includes(prompt), now.prompt, LONG);
    // A prompt counts each time it comes up: a hidden or done one that came back would show twice.
    if (showing !== now.lesson) met.push({ lesson: now.lesson, prompt: now.prompt!, tick: now.tick });
    showing = now.lesson;
    if (now.lesson === 'move' || now.lesson === 'pickUp' || now.lesson === 'sneak') return;
    if (now.lesson === 'eat') {
      if (device === 'keyboard') await page.keyboard.press('1');
      else {
        const food = (await page.evaluate(() => window.hyosan.input().layout.buttons.food))!;
        await tap(page, food.x, food.y);
      }
      return;
    }
    if (device === 'keyboard') await page.keyboard.press('Enter');
    else await tap(page, now.promptAt!.x, now.promptAt!.y + 12);
    // Hidden by the next frame (no tick needed): the prompt goes.
    await page.waitForFunction((lesson) => window.hyosan.tutorial().lesson !== lesson, now.lesson, LONG);
  };
  // A look round the first room before going for the food.
  const route = [['go', 14, 7], ['wait', 100], ...CLASSROOM_CAREFUL] as const;
  const status = await playCarefully(game, route, input, { watch });
  return { status, met, underHud, exitLooks };
}

describe('the first-run tutorial', () => {
  // The same run with touch on a phone (touchInput) meets the same prompts, but the careful route
  // loses level 1 with it in two runs of four (both wins end at about tick 1860): not yet a test.
  for (const device of ['keyboard'] as ('keyboard' | 'touch')[]) {
    it(`is met on a first run of level 1 played to the win with the ${device === 'keyboard' ? 'keyboard and mouse' : 'touch screen'}, each prompt naming its own controls`, async () => {
      const game = device === 'keyboard' ? await harness.open() : await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
      const { page } = game;
      if (device === 'touch') await tap(page, 195, 700);
      // The level's clock under the step lock from its first tick: the run is the same every time.
      await page.evaluate(() => window.hyosan.stepLock(true));
      await page.evaluate((id) => window.hyosan.startLevel(id, { seed: 11 }), LEVEL);
      expect(await page.evaluate(() => window.hyosan.settings().settings.difficulty.preset)).toBe('normal');
      const { status, met, underHud, exitLooks } = await playTeachingPath(game, device);
      // The time to the end, for the playtest notes (seconds of game time at 20 ticks a second).
      console.log('careful run ended', status, await page.evaluate(() => `at tick ${window.hyosan.snapshot().tick} (${(window.hyosan.snapshot().tick / 20).toFixed(1)} s)`));
      // Once Ha-eun is found and the key taken, the way out is on the screen or an arrow at its edge
      // points to it, at every look on the way from the key downstairs to the stairs.
      expect(exitLooks.filter((l) => !l.onScreen).length).toBeGreaterThan(0);
      expect(exitLooks.filter((l) => !l.onScreen && !l.arrow)).toEqual([]);
      // No arrow toward a goal or a threat stood under the HUD at any look of the run.
      expect(underHud).toEqual([]);
      for (const { lesson, prompt } of met) expect(prompt, lesson).toMatch(NAMES[device][lesson]!);
      // Each comes up once, and these every time on this route (the switch prompt waits a minute
      // into the level: a quick run wins first).
      const lessons = met.map((m) => m.lesson);
      expect(new Set(lessons).size).toBe(lessons.length);
      // The walker seen from the first room has not noticed the student: sneaking is taught then,
      // before any contact, in place of the goal prompt, which follows. The pick-up prompt's moment
      // comes during the clicked walk to the food: it is held until the walk ends (no prompt
      // mid-walk), and the walk has picked the food up by then.
      expect(lessons.slice(0, 4)).toEqual(['move', 'sneak', 'goal', 'eat']);
      expect(lessons).toEqual(expect.arrayContaining(['door', 'lure']));
      expect(status).toBe('won');
      await page.waitForFunction(() => window.hyosan.screen() === 'won', undefined, LONG);
      expect(game.errors.filter((e) => !e.includes('touchcancel'))).toEqual([]);
      await game.close();
    }, 420_000);
  }

  it('names the touch controls on a phone, finishes with the stick, and hides a prompt with a tap', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const { page } = game;
    const cdp: CDPSession = await game.context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number): Promise<unknown> =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] });
    // A first touch on the title puts the game in touch mode.
    await tap(page, 195, 700);
    await startLevel(game, 11);
    expect(await waitForLesson(game, 'move')).toBe('Drag on the left of the screen to move, or tap a tile to walk there.');
    await page.screenshot({ path: `${SHOTS}/tutorial-move-390x844.png` });
    const zone = (await page.evaluate(() => window.hyosan.input())).layout.stick!.zone;
    const from = { x: zone.x + zone.width * 0.4, y: zone.y + zone.height * 0.55 };
    await touch('touchStart', from.x, from.y);
    for (let step = 1; step <= 4; step++) await touch('touchMove', from.x + step * 12, from.y);
    await waitForDone(game, 'move');
    await touch('touchEnd', 0, 0);

    // The sneak prompt (its moment, a walker that has not noticed the student, comes on this route or
    // not as the stick went: put up here as it first shows) holds the game still while it is read; a
    // tap goes on, a second tap hides it.
    await page.evaluate(() => window.hyosan.tutorial({ show: 'sneak' }));
    expect(await waitForLesson(game, 'sneak')).toMatch(NAMES.touch.sneak!);
    expect((await tutorial(game)).holding).toBe(true);
    const heldAt = await page.evaluate(() => window.hyosan.snapshot().tick);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.hyosan.snapshot().tick)).toBe(heldAt);
    await page.screenshot({ path: `${SHOTS}/tutorial-sneak-390x844.png` });
    await tap(page, (await tutorial(game)).promptAt!.x, (await tutorial(game)).promptAt!.y);
    await page.waitForFunction((t) => !window.hyosan.tutorial().holding && window.hyosan.snapshot().tick > t + 5, heldAt, LONG);
    await tap(page, (await tutorial(game)).promptAt!.x, (await tutorial(game)).promptAt!.y);
    await waitForDone(game, 'sneak');

    // What the level needs comes next; a tap on its prompt hides it and does not walk the student to the tile under it.
    expect(await waitForLesson(game, 'goal')).toMatch(NAMES.touch.goal!);
    const before = await page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)!);
    const on = (await tutorial(game)).promptAt!;
    await tap(page, on.x, on.y);
    await waitForDone(game, 'goal');
    const tick = await page.evaluate(() => window.hyosan.snapshot().tick);
    await page.waitForFunction((t) => window.hyosan.snapshot().tick > t + 20, tick, LONG);
    const after = await page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)!);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(0.3);

    // Walk towards the food with taps; its prompt names no key to press, and a tap on it hides it.
    await clickTile(game, 16, 6);
    await waitForLesson(game, 'pickUp');
    await page.screenshot({ path: `${SHOTS}/tutorial-pickup-390x844.png` });
    const at = (await tutorial(game)).promptAt!;
    await tap(page, at.x, at.y);
    await waitForDone(game, 'pickUp');
    // Hidden is done: it does not come back after a reload, nor does moving.
    await page.reload();
    await page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, LONG);
    await startLevel(game, 11);
    await page.waitForFunction(() => window.hyosan.snapshot().tick > 40, undefined, LONG);
    expect((await tutorial(game)).done).toEqual(['move', 'sneak', 'goal', 'pickUp']);
    expect(['move', 'sneak', 'goal', 'pickUp']).not.toContain((await tutorial(game)).lesson);
    expect(game.errors.filter((e) => !e.includes('touchcancel'))).toEqual([]);
    await game.close();
  });
});
