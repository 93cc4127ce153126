/**
 * Words over the level keep out of each other's way: a fallen student's call for help does not
 * cover the name of the friend standing by to help them up, in English and in Korean at 150% text,
 * on a phone.
 */

import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { LESSONS } from '../../src/game/tutorial/lessons';
import { tiledFromAscii } from '../core/level-fixture';
import { startGameHarness, type GameHarness } from './harness';
import { boxesOverlap, checkBoxes, checkOverlaps, type Capture } from './screen-checks';

// S1 (controlled) stands two tiles from S2, who is shut in behind a row of desks with five walkers.
const LEVEL = JSON.stringify(
  tiledFromAscii(`
  ##########
  #.....dZZ#
  #....SdSZ#
  #.....dZZ#
  #.....#L##
  #.......E#
  ##########`),
);

let harness: GameHarness;

beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});
afterEach(async () => {
  for (const context of harness.browser.contexts()) await context.close();
});

it('keeps a fallen student’s call for help off the name of the friend beside them, in both languages and at 150% text', async () => {
  for (const [language, textSize] of [
    ['en', 1],
    ['en', 1.5],
    ['ko', 1.5],
  ] as const) {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    await game.page.evaluate(([done, lang, size]) => window.hyosan.settings({ tutorial: { done }, language: lang, accessibility: { textSize: size } }), [[...LESSONS], language, textSize] as const);
    const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/help-up-labels.json', text, { seed: 2 }), LEVEL);
    expect(loaded.ok).toBe(true);
    await game.page.waitForFunction(() => window.hyosan.snapshot().students.some((s) => s.helpUpTicks !== null), undefined, { timeout: 90_000, polling: 100 });
    const [friend, fallen] = await game.page.evaluate(() => {
      const students = window.hyosan.snapshot().students;
      return [students.find((s) => s.controlled)!.name, students.find((s) => s.helpUpTicks !== null)!.name];
    });
    expect(friend).not.toBe(fallen);
    // Both drawn: the friend's name tag, and the call for help naming the fallen one.
    await game.page.waitForFunction(
      ([a, b]) => {
        const boxes = window.hyosan.textBoxes().filter((box) => box.scene === 'play');
        return boxes.some((box) => box.text === a) && boxes.some((box) => box.text.includes(b!) && box.text.includes('\n'));
      },
      [friend, fallen] as const,
      { timeout: 60_000, polling: 100 },
    );
    const boxes = (await game.page.evaluate(() => window.hyosan.textBoxes())).filter((box) => box.scene === 'play');
    const name = boxes.find((box) => box.text === friend)!;
    const help = boxes.find((box) => box.text.includes(fallen) && box.text.includes('\n'))!;
    expect(boxesOverlap(name, help), `${language} ${textSize}: "${name.text}" under "${help.text}"`).toBe(false);
    // Inside the screen (it was cut at both edges of a phone) and over no other text, the HUD's included.
    const texts = (await game.page.evaluate(() => window.hyosan.textBoxes())).filter((box) => ['play', 'hud', 'touch'].includes(box.scene));
    const capture: Capture = { ms: 0, screen: 'play', language, textSize, touch: true, viewport: { width: 390, height: 844 }, texts, menu: null, corners: [] };
    expect([...checkBoxes(capture), ...checkOverlaps(capture)]).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  }
});
