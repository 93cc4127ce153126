/**
 * The key and button remapping screen in the built game, driven by real key presses and a test
 * gamepad: Settings › Controls › Keys and gamepad buttons; a key rebound and used in a level; a
 * conflict named on screen; Esc cancels; a pad button rebound; kept after a reload; reset; a
 * forged stored table gives the defaults with a notice.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** The row an arrow key moves the focus to from `from`: the next enabled one that way, coming round at the end. */
function nextRow(items: { id: string; enabled: boolean }[], from: string, step: 1 | -1): string {
  const at = items.findIndex((item) => item.id === from);
  for (let i = 1; i <= items.length; i++) {
    const next = items[(at + step * i + items.length * 2) % items.length]!;
    if (next.enabled) return next.id;
  }
  return from;
}

/**
 * Walks the focus of the menu on screen to `id` with the arrow keys, each press one row (a press
 * that counted twice would fail here), then confirms it with a click on the row.
 */
async function choose(game: GamePage, scene: string, id: string, confirm = true): Promise<void> {
  await game.page.waitForFunction(([s, i]) => window.hyosan.menu()?.scene === s && window.hyosan.menu()!.items.some((item) => item.id === i), [scene, id] as const, { timeout: 30_000, polling: 50 });
  for (let step = 0; step < 40; step++) {
    const menu = (await game.page.evaluate(() => window.hyosan.menu()))!;
    if (menu.focus === id) break;
    const ids = menu.items.map((item) => item.id);
    const down = ids.indexOf(id) > ids.indexOf(menu.focus);
    await game.page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
    await game.page.waitForFunction((before) => window.hyosan.menu()?.focus !== before, menu.focus, { timeout: 10_000, polling: 20 });
    await nextFrames(game, 1);
    expect(await game.page.evaluate(() => window.hyosan.menu()?.focus), 'one press of an arrow key moves the focus one row').toBe(nextRow(menu.items, menu.focus, down ? 1 : -1));
  }
  const menu = (await game.page.evaluate(() => window.hyosan.menu()))!;
  expect(menu.focus).toBe(id);
  const at = menu.items.find((item) => item.id === id)!.at!;
  if (confirm) await game.page.mouse.click(at.x, at.y);
}

/** Two presses of the down arrow within one frame, as on a slow page: each key event as the browser sends it. */
async function twoPressesInOneFrame(game: GamePage): Promise<void> {
  await game.page.evaluate(() => {
    for (const type of ['keydown', 'keyup', 'keydown', 'keyup']) {
      const event = new KeyboardEvent(type, { code: 'ArrowDown', key: 'ArrowDown', bubbles: true, cancelable: true });
      Object.defineProperty(event, 'keyCode', { get: () => 40 });
      window.dispatchEvent(event);
    }
  });
}

const rowValue = (game: GamePage, id: string): Promise<string | null> => game.page.evaluate((i) => window.hyosan.menu()?.items.find((item) => item.id === i)?.value ?? null, id);
const untilRow = (game: GamePage, id: string, pattern: RegExp): Promise<unknown> =>
  game.page.waitForFunction(([i, p]) => new RegExp(p).test(window.hyosan.menu()?.items.find((item) => item.id === i)?.value ?? ''), [id, pattern.source] as const, { timeout: 10_000, polling: 20 });
/** The row waits for its key; a few frames pass so that the press which chose it is done with before the next. */
async function untilWaiting(game: GamePage, id: string): Promise<void> {
  await untilRow(game, id, /press a key/);
  await nextFrames(game, 3);
}
const texts = (game: GamePage): Promise<string> => game.page.evaluate(() => window.hyosan.texts().join('\n'));

async function openRemap(game: GamePage): Promise<void> {
  await game.page.waitForFunction(() => window.hyosan?.screen() === 'title' && window.hyosan.menu()?.scene === 'title', undefined, { timeout: 30_000 });
  // The title reads the saves after it opens, and when there is one, Continue lights up and takes the
  // focus: wait for that first, or it can come between reading the focus and the press (the press
  // then moves the focus from Continue back to where it was, and looks lost).
  const hasSave = await game.page.evaluate(async () => (await window.hyosan.saves.list()).some((slot) => slot.levelId !== null));
  await game.page.waitForFunction((has) => window.hyosan.menu()?.items.find((item) => item.id === 'continue')?.enabled === has, hasSave, { timeout: 30_000, polling: 50 });
  await choose(game, 'title', 'settings');
  await choose(game, 'settings', 'controls');
  await choose(game, 'settings', 'remap');
  await game.page.waitForFunction(() => window.hyosan.menu()?.scene === 'remap', undefined, { timeout: 30_000 });
}

/** A standard-layout pad the test presses (no real pad here), seen through navigator.getGamepads(). */
async function withTestPad(page: GamePage['page']): Promise<void> {
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

async function padButton(game: GamePage, index: number, value: number): Promise<void> {
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
}

describe('remapping keys and buttons', () => {
  it('rebinds with real presses, names a conflict, plays with the new key, keeps it after a reload, resets, and shrugs off a forged table', async () => {
    const game = await harness.open({ setup: withTestPad });
    await openRemap(game);
    expect(await rowValue(game, 'right')).toMatch(/^D \/ →/);

    // Two presses within one frame move the focus two rows, not three.
    const before = (await game.page.evaluate(() => window.hyosan.menu()))!;
    await twoPressesInOneFrame(game);
    await nextFrames(game, 2);
    expect(await game.page.evaluate(() => window.hyosan.menu()?.focus)).toBe(nextRow(before.items, nextRow(before.items, before.focus, 1), 1));

    // Move right to K (a free key): the row waits, then shows K.
    await choose(game, 'remap', 'right');
    await untilWaiting(game, 'right');
    await game.page.keyboard.press('KeyK');
    await untilRow(game, 'right', /^K \/ →/);
    expect(await texts(game)).toContain('“Move right” is now on K.');

    // A conflict: E belongs to "pick up / use"; attack takes it, and the other gets Space in exchange, said on screen.
    await choose(game, 'remap', 'attack');
    await untilWaiting(game, 'attack');
    await game.page.keyboard.press('KeyE');
    await untilRow(game, 'attack', /^E /);
    expect(await rowValue(game, 'interact')).toMatch(/^Space /);
    expect(await texts(game)).toContain('E was on “Pick up / use / door / lamp”: it is on “Attack” now, and “Pick up / use / door / lamp” gets Space in exchange.');
    await game.page.screenshot({ path: `${SHOTS}/remap-conflict-1280x720.png` });

    // Esc cancels a wait and stays on the screen; the arrow keys are bindable (they are not menu moves while waiting).
    await choose(game, 'remap', 'lure');
    await untilWaiting(game, 'lure');
    await game.page.keyboard.press('Escape');
    await untilRow(game, 'lure', /^Q /);
    expect(await game.page.evaluate(() => window.hyosan.menu()?.scene)).toBe('remap');
    expect(await texts(game)).toContain('Nothing changed.');

    // A pad: A chooses the row, X (let go of A first) becomes "craft"'s button; "eat food" loses it.
    await choose(game, 'remap', 'craft', false);
    await padButton(game, 0, 1);
    await untilWaiting(game, 'craft');
    await padButton(game, 0, 0);
    await nextFrames(game, 3);
    await padButton(game, 2, 1);
    await untilRow(game, 'craft', /·\s+X$/);
    await padButton(game, 2, 0);
    expect(await rowValue(game, 'food')).toMatch(/·\s+—$/);

    // Play a step with the new key.
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 9 }));
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 10, undefined, { timeout: 60_000 });
    const x0 = await game.page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)!.x);
    await game.page.keyboard.down('KeyK');
    await game.page.waitForFunction((x) => window.hyosan.snapshot().students.find((s) => s.controlled)!.x > x + 0.5, x0, { timeout: 60_000, polling: 50 });
    await game.page.keyboard.up('KeyK');

    // Kept after a reload; then reset from the screen.
    await game.page.reload();
    await openRemap(game);
    expect(await rowValue(game, 'right')).toMatch(/^K \/ →/);
    expect(await game.page.evaluate(() => window.hyosan.inputSettings())).toMatchObject({
      bindings: { right: ['KeyK', 'ArrowRight'], attack: ['KeyE'], interact: ['Space'] },
      pad: { craft: [2], food: [] },
    });
    await choose(game, 'remap', 'reset');
    await untilRow(game, 'right', /^D \/ →/);
    expect(await rowValue(game, 'attack')).toMatch(/^Space\s+·\s+A$/);
    expect(await rowValue(game, 'craft')).toMatch(/·\s+—$/);
    expect(await texts(game)).toContain('Every key and pad button is back to its default.');

    // A forged stored table (an action with no key, a key on two actions, Start moved): the defaults, with a notice.
    await game.page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('hyosan.settings')!) as { controls: unknown };
      stored.controls = { bindings: { attack: [], up: ['KeyE'] }, stickMode: 'floating', pad: { pause: [0] } };
      localStorage.setItem('hyosan.settings', JSON.stringify(stored));
    });
    await game.page.reload();
    await openRemap(game);
    expect(await rowValue(game, 'attack')).toMatch(/^Space /);
    expect(await rowValue(game, 'interact')).toMatch(/^E /);
    expect(await texts(game)).toContain('Your saved keys could not be read, so the default keys are in use.');
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
