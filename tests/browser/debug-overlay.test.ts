/**
 * The AI debug overlay (`?debug=ai`): view cones, noise rings, routes, where zombies are heading,
 * and why a student was detected, drawn over the classroom wing while real input wakes the zombies
 * up. Saves the README's screenshot docs/screenshots/debug-overlay-1280x720.png.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOG_DEPTH, LIGHT_DEPTH } from '../../src/game/render/depths';
import { nextFrames, runUntil, startGameHarness, type GameHarness } from './harness';
import { DOC_SHOTS } from './shots';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the AI debug overlay', () => {
  it('draws every zombie cone and explains each detection', async () => {
    const game = await harness.open({ query: '?debug=ai' });
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 4 }));
    await game.page.waitForFunction(() => window.hyosan.debug() !== null, undefined, { timeout: 60_000 });
    const first = await game.page.evaluate(() => window.hyosan.debug()!);
    const zombies = await game.page.evaluate(() => window.hyosan.snapshot().zombies.length);
    expect(first.cones).toBe(zombies);
    // Drawn over the darkness and the fog, not under them.
    expect(first.depth).toBeGreaterThan(LIGHT_DEPTH);
    expect(first.depth).toBeGreaterThan(FOG_DEPTH);
    // Wandering zombies walk planned routes: the overlay draws them.
    await game.page.waitForFunction(() => (window.hyosan.debug()?.paths ?? 0) > 0, undefined, { timeout: 60_000 });

    // Run (loud) toward the infected classroom until a zombie notices, then look at the overlay.
    // Under the step lock, a few ticks and then a drawn frame at a time (the overlay reports what it
    // drew): in real time a loaded machine ran too few ticks for a zombie to notice in 150 s.
    await game.page.evaluate(() => window.hyosan.stepLock(true));
    const door = await game.page.evaluate(() => window.hyosan.tileToScreen(12, 12));
    await game.page.mouse.click(door!.x, door!.y);
    await runUntil(game, () => window.hyosan.snapshot().students[0]!.tileY >= 11);
    await game.page.keyboard.down('Shift');
    await game.page.keyboard.down('a');
    // The overlay as it was the frame a detection showed (the lock keeps it until the next ticks).
    await runUntil(game, () => (window.hyosan.debug()?.detections.length ?? 0) > 0);
    const stats = (await game.page.evaluate(() => window.hyosan.debug()))!;
    expect(stats.detections.every((word) => ['saw', 'heard', 'smelled'].includes(word))).toBe(true);
    // The game's simulation is lenient (it counts illegal state transitions instead of throwing): none happened.
    expect(stats.illegalTransitions).toBe(0);
    expect(await game.page.evaluate(() => window.hyosan.illegalTransitions())).toEqual({ count: 0, last: '' });
    // Footsteps and groans show as rings of their reach.
    await runUntil(game, () => (window.hyosan.debug()?.rings ?? 0) > 0);
    await game.page.keyboard.up('a');
    await game.page.keyboard.up('Shift');
    await game.page.screenshot({ path: 'test-results/screenshots/debug-ai-1280x720.png' });
    await game.page.screenshot({ path: `${DOC_SHOTS}/debug-overlay-1280x720.png` });
    await game.page.evaluate(() => window.hyosan.stepLock(false));
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('is off without the query', async () => {
    const game = await harness.open();
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 4 }));
    await nextFrames(game, 10);
    expect(await game.page.evaluate(() => window.hyosan.debug())).toBeNull();
    await game.close();
  });
});
