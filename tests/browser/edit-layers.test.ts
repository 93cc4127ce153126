/**
 * The `?edit=` preview draws every layer a designer needs: where students can walk and the route
 * to the exit, items, lights and their reach, noise makers and how far they carry, locked doors and
 * their keys, with a legend in the player's language; a real click or tap on an object shows its
 * properties. Uses the sketch with every legend symbol (levels/sketches/every-symbol.txt), written
 * as a draft under levels/ and opened through the dev server; takes the manual's screenshots.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLevelJson, readTileset } from '../../tools/level-sketch/tileset';
import { parseLegend, parseSketch, textSketchToTiled } from '../../tools/level-sketch/text-sketch';
import { startDevHarness, type DevHarness, type GamePage } from './harness';
import { tap } from './taps';
import { DOC_SHOTS } from './shots';

const SHOTS = DOC_SHOTS;
const DIR = 'levels/drafts-edit-layers';
const FILE = `${DIR}/every-symbol.json`;
let harness: DevHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(DIR, { recursive: true });
  const sketch = parseSketch(readFileSync('levels/sketches/every-symbol.txt', 'utf8'), 'every-symbol');
  const legend = parseLegend(readFileSync('levels/sketches/legend.txt', 'utf8'));
  writeFileSync(FILE, formatLevelJson(textSketchToTiled(sketch, legend, readTileset(), '../../assets/tiles/school.png')));
  harness = await startDevHarness();
});
afterAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  await harness?.close();
});

const inEdit = (game: GamePage) => game.page.waitForFunction(() => window.hyosan?.screen() === 'edit' && window.hyosan.edit() !== null, undefined, { timeout: 120_000 });
const pickedAt = (game: GamePage, x: number, y: number) =>
  game.page.waitForFunction(([tx, ty]) => window.hyosan.edit()?.picked?.tileX === tx && window.hyosan.edit()?.picked?.tileY === ty, [x, y] as const, { timeout: 30_000 });

describe('?edit= preview layers', () => {
  it('draws every layer with a legend, and a click or tap on an object shows its properties', async () => {
    const game = await harness.open(`?edit=${FILE}`);
    await inEdit(game);
    const view = (await game.page.evaluate(() => window.hyosan.edit()))!;
    // Three lights (two lamps, one starting off, and a fire), five noise makers, every kind of item.
    expect(view.drawn).toMatchObject({ lights: 3, sounds: 5, items: 21, lockedDoors: 2, keys: 1 });
    expect(view.drawn.spawnReachCells).toBeGreaterThan(100);
    expect(view.drawn.exitRouteCells).toBeGreaterThan(5);
    // The lockable door (&, tile 19,5) is unlocked from the corridor side; the other ($) has no lock.
    expect(view.lockedDoors).toEqual([
      { tileX: 19, tileY: 5, lockable: true, key: { tileX: 19, tileY: 4 } },
      { tileX: 32, tileY: 5, lockable: false, key: null },
    ]);
    for (const words of ['locked door', 'the tiles it lights', 'how far it carries', 'shortest walk to the exit', 'walkable from the spawns', 'item']) {
      expect(view.legend.join('\n')).toContain(words);
    }
    expect(view.picked).toBeNull();
    await game.page.screenshot({ path: `${SHOTS}/edit-layers-1280x720.png` });

    // A real click on the locked door: its properties.
    const door = (await game.page.evaluate(() => window.hyosan.tileToScreen(19, 5)))!;
    await game.page.mouse.click(door.x, door.y);
    await pickedAt(game, 19, 5);
    const picked = (await game.page.evaluate(() => window.hyosan.edit()))!;
    expect(picked.picked!.objects).toEqual([{ layer: 'doors', id: expect.any(Number) as number, kind: 'door', properties: { locked: true } }]);
    expect(picked.pickedText.join('\n')).toMatch(/^door #\d+ \(layer doors\)\ntile 19,5\nlocked = true$/);
    expect((await game.page.evaluate(() => window.hyosan.texts())).join('\n')).toContain('locked = true');
    await game.page.screenshot({ path: `${SHOTS}/edit-object-1280x720.png` });

    // A click on an empty floor tile says so.
    const floor = (await game.page.evaluate(() => window.hyosan.tileToScreen(5, 7)))!;
    await game.page.mouse.click(floor.x, floor.y);
    await pickedAt(game, 5, 7);
    expect((await game.page.evaluate(() => window.hyosan.edit()))!.pickedText).toEqual(['Nothing placed on tile 5,7']);
    expect(game.errors).toEqual([]);
    await game.close();

    // Korean: the legend and the properties box speak it.
    const korean = await harness.open(`?edit=${FILE}`, { locale: 'ko-KR' });
    await inEdit(korean);
    const lamp = (await korean.page.evaluate(() => window.hyosan.tileToScreen(18, 3)))!;
    await korean.page.mouse.click(lamp.x, lamp.y);
    await pickedAt(korean, 18, 3);
    const ko = (await korean.page.evaluate(() => window.hyosan.edit()))!;
    expect(ko.legend.join('\n')).toContain('잠긴 문과 열쇠');
    expect(ko.pickedText.join('\n')).toContain('lamp #');
    expect(ko.pickedText.join('\n')).toContain('18,3 칸');
    await korean.page.screenshot({ path: `${SHOTS}/edit-layers-ko-1280x720.png` });
    expect(korean.errors).toEqual([]);
    await korean.close();

    // A phone: the map on top, the panel under it; a tap on the speaker shows it.
    const phone = await harness.open(`?edit=${FILE}`, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await inEdit(phone);
    const speaker = (await phone.page.evaluate(() => window.hyosan.tileToScreen(24, 3)))!;
    expect(speaker.y).toBeLessThan(844 * 0.4);
    await tap(phone.page, speaker.x, speaker.y);
    await pickedAt(phone, 24, 3);
    expect((await phone.page.evaluate(() => window.hyosan.edit()))!.picked!.objects.map((o) => o.kind)).toEqual(['speaker']);
    await phone.page.screenshot({ path: `${SHOTS}/edit-layers-390x844.png` });
    expect(phone.errors).toEqual([]);
    await phone.close();
  });
});
