/**
 * Screenshots of every tutorial prompt over the classroom wing (docs/screenshots/tutorial-<lesson>-
 * <language>-<size>.jpg), from the built game (`npx vite build` first): a desktop window with the
 * keyboard's keys and a phone held upright with the touch buttons, in English and Korean.
 *
 *   npx tsx tools/tutorial-screenshots.ts [outDir]      (default docs/screenshots)
 *   LESSONS=sneak,goal npx tsx tools/tutorial-screenshots.ts   (only these prompts)
 */

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startGameHarness } from '../tests/browser/harness';
import { LESSONS } from '../src/game/tutorial/lessons';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
const SIZES = [
  { width: 1280, height: 720, touch: false },
  { width: 390, height: 844, touch: true },
] as const;

mkdirSync(outDir, { recursive: true });
const harness = await startGameHarness();
try {
  for (const size of SIZES) {
    for (const language of ['en', 'ko'] as const) {
      const game = await harness.open({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch, deviceScaleFactor: 1 });
      const { page } = game;
      if (size.touch) await page.touchscreen.tap(size.width / 2, size.height - 40);
      await page.evaluate((lang) => window.hyosan.language(lang), language);
      // A change of language restarts the title in the new words: a level started before that
      // restart is stopped by it, and its ticks never came (the Korean sets were missing).
      await page.waitForFunction((title) => window.hyosan.screen() === 'title' && window.hyosan.texts().join(' ').includes(title), language === 'ko' ? '효산고등학교' : '', { timeout: 60_000 });
      await page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 7 }));
      await page.waitForFunction(() => window.hyosan.snapshot().tick > 12, undefined, { timeout: 120_000 });
      for (const lesson of LESSONS.filter((l) => process.env.LESSONS === undefined || process.env.LESSONS.split(',').includes(l))) {
        await page.evaluate((l) => window.hyosan.tutorial({ show: l }), lesson);
        await page.waitForFunction(
          (l) => {
            const { lesson: shown, prompt } = window.hyosan.tutorial();
            return shown === l && prompt !== null && window.hyosan.texts().includes(prompt);
          },
          lesson,
          { timeout: 60_000 },
        );
        await page.waitForTimeout(150);
        const file = `${outDir}/tutorial-${lesson}-${language}-${size.width}x${size.height}.jpg`;
        await page.screenshot({ path: file, type: 'jpeg', quality: 82 });
        console.log(file);
      }
      await game.close();
    }
  }
} finally {
  await harness.close();
}
