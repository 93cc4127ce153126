/**
 * What a halfbie student hears: in the classroom wing, Min-jun is made a halfbie through a real save
 * (exported, edited, imported as a player could) and holds in the classroom while Seo-yeon walks out
 * into the corridor behind its wall. Her steps show as ear markers on the corridor tiles, over the
 * wall and the fog. Saves docs/screenshots/halfbie-hearing-1280x720.png.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSave, encodeSave } from '../../src/game/save/envelope';
import { startGameHarness, type GameHarness } from './harness';
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

    for (const command of [
      { type: 'order', order: 'hold', studentId: 0 },
      { type: 'switchStudent', studentId: 1 },
      { type: 'walkTo', tileX: 18, tileY: 13 },
    ]) {
      expect(await game.page.evaluate((c) => window.hyosan.send(c), command)).toEqual({ ok: true });
    }
    // A busy machine runs the page at a few ticks a second: generous limits.
    await game.page.waitForFunction(
      () => {
        const s = window.hyosan.snapshot().students;
        return s[1]!.tileY >= 12 && s[1]!.tileX >= 15 && (window.hyosan.look()?.heardMarkers ?? 0) >= 2;
      },
      undefined,
      { timeout: 150_000, polling: 50 },
    );
    const snapshot = await game.page.evaluate(() => window.hyosan.snapshot());
    const [halfbie, walker] = snapshot.students;
    // The halfbie stayed in the classroom (rows 2..10); the walker is in the corridor beyond the wall of row 11.
    expect(halfbie!.tileY).toBeLessThanOrEqual(10);
    expect(walker!.tileY).toBeGreaterThanOrEqual(12);
    await game.page.screenshot({ path: `${DOC_SHOTS}/halfbie-hearing-1280x720.png` });
    // Markers fade: two seconds after the walker stops at the tile, none is left.
    await game.page.waitForFunction(() => !window.hyosan.snapshot().students[1]!.moving && window.hyosan.look()?.heardMarkers === 0, undefined, { timeout: 60_000, polling: 100 });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
