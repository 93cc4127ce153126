/**
 * Survival in the real game: switch students, give an item, build a barricade, push a desk, read the HUD's
 * needs and pack, and go to camp; screenshots of the HUD and the camp screen at desktop and phone
 * sizes go to docs/screenshots. Waits are on simulation state, with generous limits.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiledFromAscii } from '../core/level-fixture';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';
import { DOC_SHOTS } from './shots';

const SHOTS = DOC_SHOTS;
let harness: GameHarness;

beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function waitTicks(game: GamePage, ticks: number): Promise<void> {
  const start = await game.page.evaluate(() => window.hyosan.snapshot().tick);
  await game.page.waitForFunction((until) => window.hyosan.snapshot().tick >= until, start + ticks, { timeout: 120_000, polling: 100 });
}

/** A small room with a door east and a desk: two students, food, water and a phone under the first one's feet, a bat and a plank under the second's, by the door. */
function roomText(): string {
  const tiled = tiledFromAscii(`
    ############
    #S.S+......#
    #..d#......#
    #...#.....E#
    ############`);
  const items = tiled.layers.find((layer) => layer['name'] === 'items') as { objects: object[] };
  const point = (id: number, type: string, x: number, y: number) => ({ id, name: '', type, x: x * 16 + 8, y: y * 16 + 8, width: 0, height: 0, point: true });
  items.objects.push(point(900, 'food', 1, 1), point(901, 'water', 1, 1), point(902, 'phone', 1, 1), point(903, 'bandage', 1, 1), point(904, 'bat', 3, 1), point(905, 'plank', 3, 1));
  return JSON.stringify(tiled);
}

async function playSurvival(game: GamePage, size: string): Promise<void> {
  const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/survival-room.json', text, { seed: 3 }), roomText());
  expect(loaded.ok).toBe(true);
  await waitTicks(game, 3);
  const start = await game.page.evaluate(() => window.hyosan.snapshot());
  expect(start.students[0]).toMatchObject({ role: 'leader', warmth: 100 });
  expect(start.students[0]!.pack.map((item) => item.kind).sort()).toEqual(['bandage', 'food', 'phone', 'water']);

  // Hand the phone to the friend two tiles away.
  const carried = start.students[0]!.pack.find((item) => item.kind === 'phone')!;
  expect(await game.page.evaluate((itemId) => window.hyosan.send({ type: 'give', itemId, toId: 1 }), carried.id)).toEqual({ ok: true });
  await game.page.waitForFunction((itemId) => window.hyosan.snapshot().students[1]!.pack.some((item) => item.id === itemId), carried.id, { timeout: 120_000, polling: 100 });

  // Switch to the friend: the HUD marks them, the keys now use their pack.
  await game.page.keyboard.press('Tab');
  await game.page.waitForFunction(() => window.hyosan.snapshot().controlledId === 1, undefined, { timeout: 120_000, polling: 100 });
  // Order the other to hold; the friend nails the plank across the door beside them.
  expect(await game.page.evaluate(() => window.hyosan.send({ type: 'order', order: 'hold' }))).toEqual({ ok: true });
  await game.page.waitForFunction(() => window.hyosan.snapshot().students[1]!.pack.some((item) => item.kind === 'plank'), undefined, { timeout: 120_000, polling: 100 });
  expect(await game.page.evaluate(() => window.hyosan.send({ type: 'barricade' }))).toEqual({ ok: true });
  await game.page.waitForFunction(() => window.hyosan.snapshot().doors[0]!.state === 'barricaded', undefined, { timeout: 120_000, polling: 100 });
  await waitTicks(game, 10);
  const after = await game.page.evaluate(() => window.hyosan.snapshot());
  expect(after.doors[0]).toMatchObject({ state: 'barricaded', barricade: 30 });
  expect(after.students[1]!.pack.map((item) => item.kind)).not.toContain('plank');
  expect(after.students[0]!.order).toBe('hold');
  expect(after.students[1]!.pack.map((item) => item.kind)).toContain('phone');
  expect(after.students[0]!.hunger).toBeGreaterThan(0);

  // Lean on the desk below: it scrapes a tile south, and the furniture layer shows it there.
  expect(await game.page.evaluate(() => window.hyosan.send({ type: 'move', dx: 0, dy: 1 }))).toEqual({ ok: true });
  await game.page.waitForFunction(() => window.hyosan.snapshot().furniture[0]!.tileY === 3, undefined, { timeout: 120_000, polling: 100 });
  // Against the wall it goes no further, and the HUD says why; so does a barricade asked for away from the door.
  await game.page.waitForFunction(() => window.hyosan.refusal() === 'It will not move: something solid is in the way.', undefined, { timeout: 120_000, polling: 100 });
  expect(await game.page.evaluate(() => window.hyosan.send({ type: 'move', dx: 0, dy: 0 }))).toEqual({ ok: true });
  expect(await game.page.evaluate(() => window.hyosan.send({ type: 'barricade' }))).toEqual({ ok: true });
  await game.page.waitForFunction(() => window.hyosan.refusal() === 'No door or window in reach to barricade.', undefined, { timeout: 120_000, polling: 100 });
  await game.page.screenshot({ path: `test-results/screenshots/refusal-${size}.png` });
  expect((await game.page.evaluate(() => window.hyosan.snapshot())).furniture[0]).toMatchObject({ tileX: 3, tileY: 3, homeX: 3, homeY: 2 });
  await game.page.screenshot({ path: `${SHOTS}/survival-hud-${size}.png` });

  // Camp: the group carried over, food shared, a rest.
  await game.page.evaluate(() => window.hyosan.openCamp());
  await game.page.waitForFunction(() => window.hyosan.camp().campaign !== null, undefined, { timeout: 60_000 });
  const camp = await game.page.evaluate(() => window.hyosan.camp({ type: 'rest' }));
  expect(camp.campaign!.students.filter((s) => s.status === 'with').length).toBe(after.students.length);
  expect(camp.log[0]).toMatch(/rested 2\u00a0h/);
  await nextFrames(game, 5);
  await game.page.screenshot({ path: `${SHOTS}/camp-${size}.png` });

  // The camp's buttons take the keyboard: the focus starts on "Go on"; ← moves it to the rest, Enter rests.
  const texts = (): Promise<string[]> => game.page.evaluate(() => window.hyosan.texts());
  expect(await texts()).toContain('▶ Go on');
  for (let press = 0; press < 8 && !(await texts()).includes('▶ Rest 2\u00a0h'); press++) {
    await game.page.keyboard.press('ArrowLeft');
    await game.page.waitForFunction(() => !window.hyosan.texts().includes('▶ Go on'), undefined, { timeout: 30_000, polling: 50 });
  }
  expect(await texts()).toContain('▶ Rest 2\u00a0h');
  const minutes = camp.campaign!.minutes;
  await game.page.keyboard.press('Enter');
  await game.page.waitForFunction((m) => window.hyosan.camp().campaign!.minutes > m, minutes, { timeout: 30_000, polling: 50 });
}

describe('surviving in the school', () => {
  it('switches students, gives an item, orders, builds a barricade, pushes a desk, shows the HUD and the camp (desktop)', async () => {
    const game = await harness.open();
    await playSurvival(game, '1280x720');
    expect(game.errors).toEqual([]);
  }, 600_000);

  it('does the same on a phone held upright', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await playSurvival(game, '390x844');
    expect(game.errors).toEqual([]);
  }, 600_000);
});
