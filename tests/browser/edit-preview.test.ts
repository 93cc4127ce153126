/**
 * The designers' preview in the built game: `?edit=01-classroom-wing` shows the level without
 * playing it, a click on a tile overlays the noise reach from there, and every zombie's path to the
 * spawn is drawn; `hyosan.edit()` reports what is shown. Also takes the README's screenshot.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameHarness, type GameHarness } from './harness';
import { DOC_SHOTS } from './shots';

const SHOTS = DOC_SHOTS;
let harness: GameHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('?edit= level preview', () => {
  it('opens the level unplayed, shows noise reach from a clicked tile and the horde paths', async () => {
    const game = await harness.open();
    await game.page.goto(`${harness.url}?edit=01-classroom-wing`, { timeout: 120_000 });
    await game.page.waitForFunction(() => window.hyosan?.screen() === 'edit', undefined, { timeout: 120_000 });
    const before = await game.page.evaluate(() => window.hyosan.edit());
    expect(before).toMatchObject({ levelId: '01-classroom-wing', clicked: null, reachCells: 0, builds: 1 });
    expect(before!.zombies).toBeGreaterThan(0);
    expect(before!.pathCount).toBeGreaterThan(0);
    expect(before!.pathCount).toBeLessThanOrEqual(before!.zombies);
    expect(before!.pathCells).toBeGreaterThan(before!.pathCount);
    // Its layers: where students walk and the way out, its items and its noise maker, with a legend.
    expect(before!.drawn.spawnReachCells).toBeGreaterThan(300);
    expect(before!.drawn.exitRouteCells).toBeGreaterThan(10);
    expect(before!.drawn.items).toBeGreaterThan(0);
    expect(before!.drawn.sounds).toBeGreaterThan(0);
    expect(before!.legend.join('\n')).toContain('noise maker: how far it carries');
    // Nothing is simulated: no level is playing and the hook refuses commands.
    expect(await game.page.evaluate(() => window.hyosan.snapshot().tick)).toBe(0);
    expect(await game.page.evaluate(() => window.hyosan.send({ type: 'move', dx: 1, dy: 0 }).ok)).toBe(false);

    // Click the corridor tile the classroom doors open onto.
    const at = await game.page.evaluate(() => window.hyosan.tileToScreen(20, 13));
    expect(at).not.toBeNull();
    await game.page.mouse.click(at!.x, at!.y);
    await game.page.waitForFunction(() => window.hyosan.edit()?.clicked !== null, undefined, { timeout: 30_000 });
    const after = await game.page.evaluate(() => window.hyosan.edit());
    expect(after!.clicked).toEqual({ tileX: 20, tileY: 13 });
    expect(after!.picked).toEqual({ tileX: 20, tileY: 13, objects: [] });
    expect(after!.pickedText).toEqual(['Nothing placed on tile 20,13']);
    expect(after!.reachCells).toBeGreaterThan(50);
    // Footstep, run, scream, alarm: each louder band reaches at least as far.
    expect(after!.cellsPerBand).toHaveLength(4);
    for (let b = 1; b < 4; b++) expect(after!.cellsPerBand[b]!).toBeGreaterThanOrEqual(after!.cellsPerBand[b - 1]!);
    expect(after!.cellsPerBand[3]).toBe(after!.reachCells);

    // A drag moves the camera and does not pick a tile.
    const start = await game.page.evaluate(() => window.hyosan.tileToScreen(20, 13));
    await game.page.mouse.move(640, 400);
    await game.page.mouse.down();
    await game.page.mouse.move(560, 360, { steps: 5 });
    await game.page.mouse.up();
    const moved = await game.page.evaluate(() => window.hyosan.tileToScreen(20, 13));
    expect(Math.round(moved!.x - start!.x)).toBe(-80);
    expect(await game.page.evaluate(() => window.hyosan.edit()?.clicked)).toEqual({ tileX: 20, tileY: 13 });
    await game.page.mouse.move(start!.x - 80, start!.y - 40);
    await game.page.mouse.down();
    await game.page.mouse.move(start!.x, start!.y, { steps: 5 });
    await game.page.mouse.up();

    const texts = (await game.page.evaluate(() => window.hyosan.texts())).join('\n');
    expect(texts).toContain('Second floor, classroom wing');
    expect(texts).toContain('Noise from tile 20,13');
    await game.page.screenshot({ path: `${SHOTS}/edit-preview-1280x720.png` });

    expect(game.errors).toEqual([]);
    await game.close();

    // The panel speaks the player's language.
    const korean = await harness.open({ locale: 'ko-KR' });
    await korean.page.goto(`${harness.url}?edit=01-classroom-wing`, { timeout: 120_000 });
    await korean.page.waitForFunction(() => window.hyosan?.screen() === 'edit', undefined, { timeout: 120_000 });
    expect((await korean.page.evaluate(() => window.hyosan.texts())).join('\n')).toContain('미리보기');
    await korean.close();
  });
});
