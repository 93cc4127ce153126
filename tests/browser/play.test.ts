/**
 * The real game in headless Chromium, played with real keyboard and pointer input: reach the exit,
 * get caught, and load a broken level — with no page errors. The long stretches of play run under
 * the step lock (`hyosan.stepLock`): as fast as frames come, each click landing between two ticks.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HookSnapshot } from '../../src/game/testing-hook';
import { CLASSROOM_CAREFUL } from '../core/sim/campaign/bot';
import { playCarefully, realInput } from './careful-player';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';

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

const snapshot = (game: GamePage): Promise<HookSnapshot> => game.page.evaluate(() => window.hyosan.snapshot());

async function clickTile(game: GamePage, tileX: number, tileY: number): Promise<void> {
  const point = await game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [tileX, tileY]);
  if (point === null) throw new Error('no level on screen');
  const viewport = game.page.viewportSize()!;
  if (point.x < 0 || point.y < 0 || point.x >= viewport.width || point.y >= viewport.height) throw new Error(`tile ${tileX},${tileY} is off screen (${point.x}, ${point.y})`);
  await game.page.mouse.click(point.x, point.y);
}

async function waitForStatus(game: GamePage, status: string, timeoutMs: number): Promise<void> {
  await game.page.waitForFunction((wanted) => window.hyosan.snapshot().status === wanted, status, { timeout: timeoutMs, polling: 100 });
}

describe('playing the classroom wing', () => {
  it('starts from the title with Enter and reaches the stairs with the keyboard and the mouse', async () => {
    const game = await harness.open();
    await game.page.screenshot({ path: `${SHOTS}/title-1280x720.png` });
    expect(await game.page.evaluate(() => window.hyosan.levels())).toContain(LEVEL);

    await game.page.keyboard.press('Enter');
    await waitForStatus(game, 'playing', 60_000);
    // Restart with a fixed seed and the level's clock under the step lock, so the run is repeatable
    // tick for tick, then play with real input only.
    await game.page.evaluate(() => window.hyosan.stepLock(true));
    await game.page.evaluate((id) => window.hyosan.startLevel(id, { seed: 11 }), LEVEL);
    const start = await snapshot(game);
    expect(start.students[0]).toMatchObject({ name: 'Min-jun', tileX: 14, tileY: 9, health: 100 });

    // Keyboard: hold D until the student has walked half a tile to the right.
    await game.page.keyboard.down('d');
    const walked = await game.page.evaluate((x0) => window.hyosan.advance(100, { until: (s) => s.students[0]!.x > x0 + 0.5 }), start.students[0]!.x);
    expect(walked.stopped).toBe('until');
    await game.page.keyboard.up('d');
    const moved = await snapshot(game);
    expect(moved.students[0]!.facing).toBe('right');
    await game.page.screenshot({ path: `${SHOTS}/level-1280x720.png` });

    // Then a careful player's route with real input: clicks on the tiles, C held to sneak, Space
    // held to swing at what reaches it, E at the door; Ha-eun, the key downstairs, the stairs.
    expect(await playCarefully(game, CLASSROOM_CAREFUL, realInput(game))).toBe('won');
    const won = await snapshot(game);
    expect(won.status).toBe('won');
    expect(won.students.some((s) => s.tileX >= 38 && s.tileX <= 41 && s.tileY >= 2 && s.tileY <= 3)).toBe(true);
    await game.page.waitForFunction(() => window.hyosan.screen() === 'won', undefined, { timeout: 30_000 });
    await nextFrames(game, 3);
    await game.page.screenshot({ path: `${SHOTS}/won-1280x720.png` });
    // The win is saved at once, as the camp it leads to: a reload on this screen keeps the result.
    await expect
      .poll(
        async () => {
          const text = await game.page.evaluate(() => window.hyosan.saves.raw('auto'));
          const content = text === null ? undefined : (JSON.parse(text) as { content: { camp?: unknown; campaign?: { levelsDone: string[] } } }).content;
          return content?.camp !== undefined && content?.campaign?.levelsDone.join() === LEVEL;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(true);

    // Play again from the win screen (R; Enter, its first choice, goes on to camp), in real time.
    await game.page.evaluate(() => window.hyosan.stepLock(false));
    await game.page.keyboard.press('r');
    await waitForStatus(game, 'playing', 60_000);
    expect((await snapshot(game)).tick).toBeLessThan(200);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('is lost when the students walk into the infected classroom and stay', async () => {
    const game = await harness.open();
    await game.page.evaluate(() => window.hyosan.stepLock(true));
    await game.page.evaluate((id) => window.hyosan.startLevel(id, { seed: 4 }), LEVEL);
    await nextFrames(game, 3);
    // Ha-eun, still to be found, is on the list by name only.
    const waiting = await game.page.evaluate(() => window.hyosan.snapshot().students.filter((s) => s.waiting).length);
    expect(waiting).toBe(1);
    expect((await game.page.evaluate(() => window.hyosan.texts())).filter((text) => text.endsWith('(not found yet)'))).toHaveLength(waiting);
    await clickTile(game, 12, 12);
    expect(await game.page.evaluate(() => window.hyosan.advance(1200, { until: (s) => s.students[0]!.tileY >= 11 }))).toMatchObject({ stopped: 'until' });
    await clickTile(game, 5, 12);
    expect(await game.page.evaluate(() => window.hyosan.advance(1800, { until: (s) => s.zombies.some((z) => z.awareness === 'hunting') }))).toMatchObject({ stopped: 'until' });
    // Lost: the level ends (and stops ticking) within two minutes of the game's time.
    expect(await game.page.evaluate(() => window.hyosan.advance(2400))).toMatchObject({ stopped: 'ended' });
    await game.page.evaluate(() => window.hyosan.stepLock(false));
    expect((await snapshot(game)).status).toBe('lost');
    const lost = await snapshot(game);
    // Fewer than two standing loses the classroom wing.
    expect(lost.students.filter((s) => s.down && s.health === 0).length).toBeGreaterThanOrEqual(1);
    await game.page.waitForFunction(() => window.hyosan.screen() === 'lost', undefined, { timeout: 30_000 });
    await nextFrames(game, 3);
    await game.page.screenshot({ path: `${SHOTS}/lost-1280x720.png` });
    // A click or tap beside the choices (a finger still fighting) does not skip the screen, even
    // after the grace period; one on "Play again" plays again.
    await game.page.mouse.click(80, 640);
    await nextFrames(game, 60);
    await game.page.mouse.click(80, 640);
    await nextFrames(game, 5);
    expect(await game.page.evaluate(() => window.hyosan.screen())).toBe('lost');
    const again = (await game.page.evaluate(() => window.hyosan.textBoxes())).find((box) => box.text.startsWith('Play again'))!;
    await game.page.mouse.click(again.x + again.width / 2, again.y + again.height / 2);
    await waitForStatus(game, 'playing', 60_000);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('shows every error of a broken level on screen, naming the file and JSON path', async () => {
    const game = await harness.open();
    const result = await game.page.evaluate(async () => {
      const text = JSON.stringify({ orientation: 'orthogonal', width: 'wide', height: 4, tilewidth: 16, tileheight: 16, tilesets: [], layers: [] }, null, 1);
      return window.hyosan.loadLevelText('levels/broken.json', text);
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.stringMatching(/^levels\/broken\.json:3:\d+ width: wrong type \(got "wide"; expected number\)$/));
    expect(await game.page.evaluate(() => window.hyosan.screen())).toBe('error');
    expect(await snapshot(game)).toMatchObject({ status: 'error', levelId: null });
    await game.page.screenshot({ path: `${SHOTS}/level-error-1280x720.png` });
    await game.page.keyboard.press('Enter');
    await game.page.waitForFunction(() => window.hyosan.screen() === 'title', undefined, { timeout: 10_000 });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('ignores malformed commands from the hook with a reason', async () => {
    const game = await harness.open();
    await game.page.evaluate((id) => window.hyosan.startLevel(id, { seed: 2 }), LEVEL);
    const answers = await game.page.evaluate(() => [window.hyosan.send({ type: 'teleport' }), window.hyosan.send(null), window.hyosan.send({ type: 'move', dx: 1, dy: 0 })]);
    expect(answers[0]).toMatchObject({ ok: false, error: expect.stringMatching(/unknown command type "teleport"/) });
    expect(answers[1]).toMatchObject({ ok: false });
    expect(answers[2]).toEqual({ ok: true });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
