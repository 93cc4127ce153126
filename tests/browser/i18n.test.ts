/**
 * Korean and English in the built game: the language follows the browser, switches at run time,
 * and Korean is drawn in Hangul with the bundled pixel font (this machine has no Korean system
 * font, so without it every syllable would be the same empty box).
 */

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameHarness, type GameHarness } from './harness';

const SHOTS = 'test-results/screenshots';
let harness: GameHarness;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('languages', () => {
  it('follows a Korean browser, draws Hangul with the bundled font, and switches to English and back', async () => {
    const game = await harness.open({ locale: 'ko-KR' });
    const { page } = game;
    expect(await page.evaluate(() => window.hyosan.language())).toBe('ko');
    expect(await page.evaluate(() => document.fonts.check('12px Galmuri11', '한'))).toBe(true);
    const korean = await page.evaluate(() => window.hyosan.texts());
    expect(korean.join(' ')).toContain('효산고등학교');
    await page.screenshot({ path: `${SHOTS}/title-ko-1280x720.png` });

    // Two different syllables drawn in the game's font give different pixels; with no Hangul
    // glyphs both would be the same replacement box.
    const distinct = await page.evaluate(() => {
      const draw = (text: string): string => {
        const canvas = document.createElement('canvas');
        canvas.width = 40;
        canvas.height = 20;
        const ctx = canvas.getContext('2d')!;
        ctx.font = '12px Galmuri11';
        ctx.fillStyle = '#fff';
        ctx.fillText(text, 2, 14);
        return canvas.toDataURL();
      };
      return { han: draw('한'), guk: draw('국'), blank: draw(' ') };
    });
    expect(distinct.han).not.toBe(distinct.guk);
    expect(distinct.han).not.toBe(distinct.blank);

    await page.evaluate(() => window.hyosan.language('en'));
    await page.waitForFunction(() => window.hyosan.texts().join(' ').includes('HYOSAN HIGH'), undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.evaluate(() => window.hyosan.language('ko'));
    await page.waitForFunction(() => window.hyosan.texts().join(' ').includes('효산고등학교'), undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => window.hyosan.language('xx')).catch((error: Error) => error.message)).toMatch(/unknown language/);
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('an English browser gets English', async () => {
    const game = await harness.open({ locale: 'en-US' });
    expect(await game.page.evaluate(() => window.hyosan.language())).toBe('en');
    expect((await game.page.evaluate(() => window.hyosan.texts())).join(' ')).toContain('HYOSAN HIGH');
    await game.close();
  });
});
