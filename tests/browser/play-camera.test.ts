/**
 * The play camera keeps the controlled student where the screen layout wants them, also at the map's
 * edge: most levels start at the west end, where a camera stopped at the map's edge drew the student
 * under the HUD panel of a phone held sideways (x 208 of 844, under a 298 px panel at 150% text) and
 * low among the touch buttons held upright.
 */

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGameHarness, type GameHarness } from './harness';

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

const SCREENS = [
  { name: 'a phone held sideways', viewport: { width: 844, height: 390 }, touch: true },
  { name: 'a phone held upright', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'a desktop', viewport: { width: 1280, height: 720 }, touch: false },
];

describe('the play camera', () => {
  for (const screen of SCREENS) {
    it(`draws a student at the map's west edge where the layout wants them, clear of the HUD and the buttons, on ${screen.name} at 150% text`, async () => {
      const game = await harness.open({ viewport: screen.viewport, hasTouch: screen.touch, isMobile: screen.touch, deviceScaleFactor: 1 });
      const page = game.page;
      await page.evaluate(() => window.hyosan.settings({ accessibility: { textSize: 1.5 } }));
      // The science wing starts its students at its west end (tile 2).
      await page.evaluate(() => window.hyosan.startLevel('02-science-wing', { seed: 3 }));
      await page
        .waitForFunction(() => window.hyosan.screen() === 'playing' && window.hyosan.snapshot().students.some((s) => s.controlled) && window.hyosan.tileToScreen(0, 0) !== null, undefined, {
          timeout: 60_000,
        })
        .catch(async (error: unknown) => {
          const state = await page.evaluate(() => ({
            screen: window.hyosan.screen(),
            tick: window.hyosan.snapshot().tick,
            students: window.hyosan.snapshot().students.length,
            at: window.hyosan.tileToScreen(0, 0),
            hidden: document.hidden,
            focus: document.hasFocus(),
            frame: window.hyosan.frame(),
            input: window.hyosan.input().pause,
          }));
          throw new Error(`${JSON.stringify(state)} ${String(error)}`);
        });
      const placed = () =>
        page.evaluate(() => {
          const student = window.hyosan.snapshot().students.find((s) => s.controlled)!;
          const at = window.hyosan.tileToScreen(student.tileX, student.tileY)!;
          const layout = window.hyosan.input().layout;
          return { tileX: student.tileX, at, focus: layout.focus, panel: layout.hud.panel, buttons: Object.values(layout.buttons) };
        });
      expect((await placed()).tileX).toBeLessThanOrEqual(3);
      // The camera eases there: wait until the student is drawn within about a tile of the layout's focus.
      await page
        .waitForFunction(
          () => {
            const student = window.hyosan.snapshot().students.find((s) => s.controlled);
            const at = student === undefined ? null : window.hyosan.tileToScreen(student.tileX, student.tileY);
            const focus = window.hyosan.input().layout.focus;
            return at !== null && Math.hypot(at.x - focus.x, at.y - focus.y) < 40;
          },
          undefined,
          { timeout: 30_000 },
        )
        .catch(async (error: unknown) => {
          throw new Error(`the student is not drawn at the layout's focus: ${JSON.stringify(await placed())} (${String(error)})`);
        });
      const { at, panel, buttons } = await placed();
      const inPanel = at.x >= panel.x && at.x <= panel.x + panel.width && at.y >= panel.y && at.y <= panel.y + panel.height;
      expect(inPanel, `the student at ${JSON.stringify(at)} is under the HUD panel ${JSON.stringify(panel)}`).toBe(false);
      for (const button of buttons)
        expect(Math.hypot(at.x - button.x, at.y - button.y), `the student at ${JSON.stringify(at)} is under a button at ${JSON.stringify(button)}`).toBeGreaterThan(button.r);
      expect(game.errors).toEqual([]);
    });
  }
});
