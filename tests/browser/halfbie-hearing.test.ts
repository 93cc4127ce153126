/**
 * What a halfbie student hears: in the classroom wing, Min-jun is made a halfbie through a real save
 * (exported, edited, imported as a player could) and holds in the classroom while Seo-yeon walks out
 * into the corridor behind its wall. Her steps show as ear markers on the corridor tiles, over the
 * wall and the fog; they last two seconds of play, however slowly the frames come. Saves
 * docs/screenshots/halfbie-hearing-1280x720.png.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSave, encodeSave } from '../../src/game/save/envelope';
import { nextFrames, startGameHarness, type GameHarness } from './harness';
import { DOC_SHOTS } from './shots';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a halfbie student hearing through walls', () => {
  it('shows markers where the other student walks behind the wall', async () => {
    const game = await harness.open();
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 4 }));
    expect(await game.page.evaluate(() => window.hyosan.saves.save('slot1'))).toBe(true);
    const decoded = decodeSave(await game.page.evaluate(() => window.hyosan.saves.raw('slot1')));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    const state = decoded.save.state;
    state.students[0]!.halfbie = true;
    expect(await game.page.evaluate((text) => window.hyosan.saves.importText(text), encodeSave(decoded.save))).toBe(true);
    // The scene reports what it draws after its first frame, a little after the screen turns to 'playing': wait for that report.
    await game.page.waitForFunction(
      () => window.hyosan.screen() === 'playing' && window.hyosan.snapshot().students[0]?.halfbie === true && typeof window.hyosan.look()?.heardMarkers === 'number',
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    // No marker until something is heard.
    expect(await game.page.evaluate(() => window.hyosan.look()?.heardMarkers)).toBe(0);

    // Under the step lock the walk runs tick for tick however slow the machine is (in real time a
    // loaded machine let the zombies and the walk drift apart): two ticks, then a drawn frame, until
    // Seo-yeon is in the corridor and two of her steps show as heard.
    await game.page.evaluate(() => window.hyosan.stepLock(true));
    for (const command of [
      { type: 'order', order: 'hold', studentId: 0 },
      { type: 'switchStudent', studentId: 1 },
      { type: 'walkTo', tileX: 18, tileY: 13 },
    ]) {
      expect(await game.page.evaluate((c) => window.hyosan.send(c), command)).toEqual({ ok: true });
    }
    let heard = false;
    for (let step = 0; step < 300 && !heard; step++) {
      await game.page.evaluate(() => window.hyosan.advance(2));
      await nextFrames(game, 1);
      heard = await game.page.evaluate(() => {
        const s = window.hyosan.snapshot().students;
        return s[1]!.tileY >= 12 && s[1]!.tileX >= 15 && (window.hyosan.look()?.heardMarkers ?? 0) >= 2;
      });
    }
    expect(heard, 'Seo-yeon reached the corridor with two heard markers drawn').toBe(true);
    const snapshot = await game.page.evaluate(() => window.hyosan.snapshot());
    const [halfbie, walker] = snapshot.students;
    // The halfbie stayed in the classroom (rows 2..10); the walker is in the corridor beyond the wall of row 11.
    expect(halfbie!.tileY).toBeLessThanOrEqual(10);
    expect(walker!.tileY).toBeGreaterThanOrEqual(12);
    await game.page.screenshot({ path: `${DOC_SHOTS}/halfbie-hearing-1280x720.png` });
    // Markers age on the game's time: with the game held, frames drawn over three seconds of the
    // page's time keep them (a slow frame must not hide a step heard a moment of play ago).
    const shown = await game.page.evaluate(() => window.hyosan.look()!.heardMarkers);
    const heldAt = await game.page.evaluate(() => performance.now());
    await game.page.waitForFunction((t0) => performance.now() > t0 + 3000, heldAt, { timeout: 60_000, polling: 'raf' });
    await nextFrames(game, 2);
    expect(await game.page.evaluate(() => window.hyosan.look()?.heardMarkers)).toBe(shown);
    // They fade: once the walker has stopped at the tile, none is left two seconds of play later.
    await game.page.evaluate(() => window.hyosan.advance(600, { until: (snap) => !snap.students[1]!.moving }));
    await game.page.evaluate(() => window.hyosan.advance(61));
    await nextFrames(game, 2);
    expect(await game.page.evaluate(() => window.hyosan.look()?.heardMarkers)).toBe(0);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
