/**
 * "What happened?": level 1 lost on purpose with real input by a player who ignores stealth: Shift
 * held all the way (every step a run, every step heard), straight along the corridor for the
 * stairs by clicking the tiles (the careless route of tests/core/campaign/first-level.test.ts,
 * which wakes the corridor's walkers and the runners), then into whatever is left, the seen / heard badge on a student the moment a zombie notices,
 * then the lose screen's replay (H): its per-tick hashes equal the ones taken in play, and the
 * words shown name the zombie and the sense. Saves the screenshots in docs/screenshots/. The level
 * and its replay run under the step lock (`hyosan.stepLock`): as fast as frames come, each click
 * and key landing between two ticks.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playCarefully, realInput } from './careful-player';
import { nextFrames, startGameHarness, type GameHarness, type GamePage } from './harness';
import { tap } from './taps';
import { DOC_SHOTS } from './shots';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

const KINDS: Record<string, { en: string; ko: string }> = {
  walker: { en: 'Walker', ko: '걷는 좀비' },
  runner: { en: 'Runner', ko: '달리는 좀비' },
  crawler: { en: 'Crawler', ko: '기는 좀비' },
  brute: { en: 'Brute', ko: '거구 좀비' },
  hunter: { en: 'Hunter', ko: '사냥꾼' },
};
const SENSE_WORDS: Record<string, RegExp> = { sight: /saw/, sound: /heard/, smell: /blood trail/, struck: /hit it/ };

/** Runs for the stairs with Shift held; if still standing there, clicks the nearest standing zombie's tile every 3 ticks until the level is lost. */
async function runIntoZombies(game: GamePage, shots?: string): Promise<void> {
  const { page } = game;
  await page.keyboard.down('Shift');
  let shot = shots === undefined;
  const glance = async (): Promise<void> => {
    if (!shot && (await page.evaluate(() => window.hyosan.look()?.notices.length ?? 0)) > 0) {
      await page.screenshot({ path: `${DOC_SHOTS}/${shots}.png` });
      shot = true;
    }
  };
  // Never sneaks and never fights back: the careful player's wish to sneak or swing is ignored, Shift
  // stays down. (Once a blow staggered a walker's bite, a run that fought back outlived its bites and
  // fell only when its infection turned it, ten minutes on.)
  const careless = { ...realInput(game), sneak: async () => undefined, attack: async () => undefined };
  await playCarefully(
    game,
    [
      ['go', 15, 12],
      ['go', 36, 12],
      ['go', 39, 3],
    ],
    careless,
    { watch: glance },
  );
  console.log('run for the stairs ended', await page.evaluate(() => `${window.hyosan.snapshot().status} at tick ${window.hyosan.snapshot().tick}`));
  for (let i = 0; i < 400 && (await page.evaluate(() => window.hyosan.screen())) === 'playing'; i++) {
    const target = await page.evaluate(() => {
      const s = window.hyosan.snapshot();
      const me = s.students.find((x) => x.controlled);
      if (me === undefined) return null;
      const z = s.zombies.filter((z) => z.mode !== 'down').sort((a, b) => Math.hypot(a.x - me.x, a.y - me.y) - Math.hypot(b.x - me.x, b.y - me.y))[0];
      return z === undefined ? null : window.hyosan.tileToScreen(z.tileX, z.tileY);
    });
    if (target !== null) await page.mouse.click(target.x, target.y);
    await glance();
    await page.evaluate(() => window.hyosan.advance(3, { until: (s) => s.status !== 'playing' }));
  }
  await page.keyboard.up('Shift');
  // The time to the loss, for the playtest notes (seconds of game time at 20 ticks a second).
  console.log('careless run ended', await page.evaluate(() => `${window.hyosan.snapshot().status} at tick ${window.hyosan.snapshot().tick} (${(window.hyosan.snapshot().tick / 20).toFixed(1)} s)`));
}

describe('what happened', () => {
  for (const view of [{ name: '1280x720', viewport: { width: 1280, height: 720 }, hasTouch: false }]) {
    it(`loses level 1 on purpose and replays the last seconds exactly, naming the zombie and the sense (${view.name})`, async () => {
      const game = await harness.open({ viewport: view.viewport, hasTouch: view.hasTouch });
      const { page } = game;
      await page.evaluate(() => window.hyosan.stepLock(true));
      for (const language of ['en'] as const) {
        await page.evaluate((lang) => window.hyosan.language(lang), language);
        await page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 1 }));
        // The seen / heard badge shows while the zombies notice the running student.
        await runIntoZombies(game, `seen-indicator-${language}-${view.name}`);
        await page.waitForFunction(() => window.hyosan.screen() === 'lost', undefined, { timeout: 120_000 });
        // The lose screen offers the replay: Enter (or H) on a keyboard, a tap on it on a phone.
        await page.waitForFunction(() => window.hyosan.texts().some((text) => /What happened\?|무슨 일이 있었지\?/.test(text)), undefined, { timeout: 30_000 });
        // Esc still held from play as the screen comes up (its grace) does not skip it to the title.
        expect(await page.evaluate(() => window.hyosan.endKeysReady())).toBe(false);
        await page.keyboard.press('Escape');
        await nextFrames(game, 3);
        expect(await page.evaluate(() => window.hyosan.screen())).toBe('lost');
        await page.waitForFunction(() => window.hyosan.endKeysReady(), undefined, { timeout: 30_000 });
        if (view.hasTouch) {
          const texts = await page.evaluate(() => window.hyosan.texts());
          expect(texts.some((text) => /What happened\?|무슨 일이 있었지\?/.test(text))).toBe(true);
          // The button sits at 54 % of the height, centred.
          await tap(page, view.viewport.width / 2, view.viewport.height * 0.54);
        } else {
          // Enter watches, not plays again: an Enter meant for a caption as the level was lost restarted it unseen.
          await page.keyboard.press('Enter');
        }
        await page.waitForFunction(() => window.hyosan.whatHappened() !== null, undefined, { timeout: 60_000 });
        // Halfway through: pause on the first of the culprit's detections shown, for the picture.
        const first = await page.evaluate(() => window.hyosan.whatHappened()!);
        const markTick = Math.max(first.showFrom + 1, ...first.chain.map((d) => d.tick).filter((tick) => tick <= first.endTick - 10)) + 4;
        await page.evaluate((tick) => window.hyosan.advance(Math.max(0, tick - window.hyosan.whatHappened()!.tick), { until: (s) => s.tick >= tick }), markTick);
        expect(await page.evaluate(() => window.hyosan.whatHappened()!.tick)).toBe(markTick);
        await page.keyboard.press('Space');
        await page.waitForFunction(() => !window.hyosan.whatHappened()!.playing, undefined, { timeout: 30_000 });
        await nextFrames(game, 3);
        await page.screenshot({ path: `${DOC_SHOTS}/what-happened-${language}-${view.name}.png` });
        await page.keyboard.press('Space');
        await page.waitForFunction(() => window.hyosan.whatHappened()!.playing, undefined, { timeout: 30_000 });
        // Played to its end, the replay stops by itself (and the run with it).
        expect(await page.evaluate(() => window.hyosan.advance(100_000))).toMatchObject({ stopped: 'ended' });
        expect(await page.evaluate(() => window.hyosan.whatHappened())).toMatchObject({ playing: false });
        expect(await page.evaluate(() => window.hyosan.whatHappened()!.tick >= window.hyosan.whatHappened()!.endTick)).toBe(true);
        const state = await page.evaluate(() => window.hyosan.whatHappened()!);
        // Every tick shown was re-made exactly as it was played.
        expect(state.replayed.length).toBe(state.endTick - state.showFrom);
        expect(state.replayed).toEqual(state.recorded);
        expect(state.driftTick).toBeNull();
        // The words name the zombie that felled the last student and the sense that set it on them.
        expect(state.culprit).not.toBeNull();
        expect(state.caption[0]).toContain(`${KINDS[state.culprit!.kind]![language]} #${state.culprit!.zombieId + 1}`);
        const sense = state.chain[0]!.sense;
        if (language === 'en') expect(state.caption[1]).toMatch(SENSE_WORDS[sense]!);
        else expect(state.caption[1]).toMatch({ sight: /보았다/, sound: /들었다/, smell: /피 냄새/, struck: /공격/ }[sense]!);
        const texts = await page.evaluate(() => window.hyosan.texts());
        for (const line of state.caption) expect(texts.join('\n')).toContain(line.split(' ').slice(0, 2).join(' '));
        // Back to the lose screen, then to the title for the next round.
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => window.hyosan.whatHappened() === null, undefined, { timeout: 30_000 });
        // The lose screen is back; its keys listen once its grace is over.
        await page.waitForFunction(() => window.hyosan.endKeysReady(), undefined, { timeout: 30_000 });
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => window.hyosan.screen() === 'title', undefined, { timeout: 30_000 });
      }
      await page.evaluate(() => window.hyosan.stepLock(false));
      expect(game.errors).toEqual([]);
      await game.close();
    }, 600_000);
  }
});
