/**
 * Sound in the real game, in headless Chromium with real input: the first key press unlocks audio
 * (howler reports it and the AudioContext runs), an attack plays a swing, zombies groaning on the
 * left are panned left, and muting silences what follows — with no page errors.
 */

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudioDebugState } from '../../src/game/audio/sound-board';
import type { HookSnapshot } from '../../src/game/testing-hook';
import { startGameHarness, type GameHarness, type GamePage } from './harness';
import { showcaseLevelText } from '../../tools/look-showcase';
import { tap } from './taps';

const LEVEL = '01-classroom-wing';
let harness: GameHarness;

beforeAll(async () => {
  mkdirSync('test-results/screenshots', { recursive: true });
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

const audio = (game: GamePage): Promise<AudioDebugState> => game.page.evaluate(() => window.hyosan.audio());
const snapshot = (game: GamePage): Promise<HookSnapshot> => game.page.evaluate(() => window.hyosan.snapshot());

async function clickTile(game: GamePage, tileX: number, tileY: number): Promise<void> {
  const point = await game.page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [tileX, tileY]);
  if (point === null) throw new Error('no level on screen');
  await game.page.mouse.click(point.x, point.y);
}

describe('sound', () => {
  it('unlocks on the first key, plays placed sounds, and mutes', async () => {
    const game = await harness.open();
    await game.page.waitForFunction(() => window.hyosan.audio().loaded, undefined, { timeout: 60_000 });
    const before = await audio(game);
    expect(before.unlocked).toBe(false);
    // The new files: howler picked the Opus sprite (Chromium plays Opus), decoded into Web Audio.
    expect(before).toMatchObject({ loaded: true, effectsLoaded: true, codec: 'opus', html5: 0 });
    const fetched = await game.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(fetched.filter((path) => /\/(effects|ambient|tense|chase)-[\w-]+\.ogg$/.test(path))).toHaveLength(4);
    expect(fetched.filter((path) => /\.(wav|mp3)$/.test(path))).toEqual([]);
    expect(before.lastPlayed).toEqual([]);

    // A real key press: browsers only let audio start from a user gesture.
    await game.page.keyboard.press('Enter');
    await game.page.waitForFunction(() => window.hyosan.audio().unlocked && window.hyosan.audio().contextState === 'running', undefined, { timeout: 60_000 });

    await game.page.evaluate((id) => window.hyosan.startLevel(id, { seed: 3 }), LEVEL);
    // Space held (input is read once per frame): the controlled student swings, heard dead centre.
    await game.page.keyboard.down('Space');
    await game.page.waitForFunction(() => window.hyosan.audio().lastPlayed.some((p) => p.name === 'swing'), undefined, { timeout: 60_000, polling: 50 });
    await game.page.keyboard.up('Space');
    const swing = (await audio(game)).lastPlayed.find((p) => p.name === 'swing')!;
    expect(swing.pan).toBe(0);
    expect(swing.volume).toBeGreaterThan(0.2);

    // Into the corridor, then run west: the zombies it wakes groan. Where a sound is panned is the
    // next test's (a phone alarm passed on the right, then on the left).
    await clickTile(game, 12, 12);
    await game.page
      .waitForFunction(() => window.hyosan.snapshot().students[0]!.y >= 12.3, undefined, { timeout: 60_000 })
      .catch(async (error: unknown) => {
        const s = await snapshot(game);
        throw new Error(`${String(error)}\n${JSON.stringify({ tick: s.tick, students: s.students.map((t) => [t.x, t.y, t.health]), zombies: s.zombies.map((z) => [z.x, z.y, z.awareness]) })}`);
      });
    await game.page.keyboard.down('Shift');
    await game.page.keyboard.down('a');
    await game.page.waitForFunction(() => window.hyosan.audio().lastPlayed.some((p) => p.name.startsWith('groan')), undefined, { timeout: 60_000, polling: 50 });
    await game.page.keyboard.up('a');
    await game.page.keyboard.up('Shift');
    const heard = await audio(game);
    const groans = heard.lastPlayed.filter((p) => p.name.startsWith('groan'));
    expect(groans.length).toBeGreaterThan(0);
    expect(groans.length).toBeLessThanOrEqual(3);
    for (const groan of groans) expect(groan.volume).toBeGreaterThan(0);
    // Captions say it too, for players who cannot hear it, with where it came from.
    expect(heard.captions.some((caption) => /^\[groan, (left|right|above|below|nearby)\]$/.test(caption))).toBe(true);
    await game.page.screenshot({ path: 'test-results/screenshots/captions-1280x720.png' });
    // Hunting zombies turn the music tense, or to the chase once one is close (the loops crossfade).
    await game.page.waitForFunction(() => window.hyosan.snapshot().zombies.some((z) => z.awareness === 'hunting'), undefined, { timeout: 60_000 });
    await game.page.waitForFunction(() => ['tense', 'chase'].includes(window.hyosan.audio().mood), undefined, { timeout: 5_000 });
    // Footsteps on the corridor's linoleum.
    expect(heard.lastPlayed.some((p) => p.name.startsWith('step-linoleum'))).toBe(true);

    // Mute: howler goes quiet and every sound after it reaches the ear at volume 0.
    const muted = await game.page.evaluate(() => window.hyosan.audio({ muted: true }));
    expect(muted.muted).toBe(true);
    const count = muted.lastPlayed.length;
    const last = muted.lastPlayed.at(-1);
    await game.page.keyboard.down('d');
    await game.page.waitForFunction(
      ({ n, lastName }) => {
        const played = window.hyosan.audio().lastPlayed;
        return played.length > n || played.at(-1)?.name !== lastName;
      },
      { n: count, lastName: last?.name },
      { timeout: 60_000, polling: 50 },
    );
    await game.page.keyboard.up('d');
    const after = await audio(game);
    expect(after.lastPlayed.at(-1)!.volume).toBe(0);
    const unmuted = await game.page.evaluate(() => window.hyosan.audio({ muted: false, volumes: { master: 0.5 } }));
    expect(unmuted).toMatchObject({ muted: false, volumes: { master: 0.5 } });
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('places a noise: a phone alarm ringing on the right is panned right, and left once the student passes it', async () => {
    const game = await harness.open();
    await game.page.waitForFunction(() => window.hyosan.audio().loaded, undefined, { timeout: 60_000 });
    await game.page.keyboard.press('Enter');
    await game.page.waitForFunction(() => window.hyosan.audio().unlocked, undefined, { timeout: 60_000 });
    // The showcase corridor, nobody else around: the student picks up the phone lying one tile west.
    const text = showcaseLevelText({ students: [[3, 13]] });
    const loaded = await game.page.evaluate((t) => window.hyosan.loadLevelText('levels/look-showcase.json', t, { seed: 2 }), text);
    expect(loaded.ok).toBe(true);
    await game.page.waitForFunction(
      () => {
        window.hyosan.send({ type: 'move', dx: -1, dy: 0 });
        return window.hyosan.snapshot().inventory.phone > 0;
      },
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    // Turn east and take a step: the phone is thrown the way the student faces.
    await game.page.waitForFunction(
      () => {
        window.hyosan.send({ type: 'move', dx: 1, dy: 0 });
        const s = window.hyosan.snapshot().students[0]!;
        return s.facing === 'right' && s.x > 3.2;
      },
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    expect(await game.page.evaluate(() => window.hyosan.send({ type: 'throwLure' }))).toEqual({ ok: true });
    await game.page.waitForFunction(() => window.hyosan.audio().lastPlayed.some((p) => p.name === 'alarm'), undefined, { timeout: 60_000, polling: 50 });
    const me = (await snapshot(game)).students[0]!;
    const right = (await audio(game)).lastPlayed.filter((p) => p.name === 'alarm');
    for (const ring of right) {
      expect(ring.x!).toBeGreaterThan(me.x);
      expect(ring.pan).toBeGreaterThan(0);
    }
    // Run east past the ringing phone: the next rings come from the left.
    const lure = (await snapshot(game)).lures[0]!;
    await game.page.waitForFunction(
      (lx) => {
        window.hyosan.send({ type: 'move', dx: 1, dy: 0, gait: 'run' });
        return window.hyosan.snapshot().students[0]!.x > lx + 1.5;
      },
      lure.x,
      { timeout: 120_000, polling: 100 },
    );
    const countBefore = (await audio(game)).lastPlayed.length;
    await game.page
      .waitForFunction(
        (n) => {
          const played = window.hyosan.audio().lastPlayed;
          return played.length > n && played.some((p) => p.name === 'alarm' && p.pan < 0);
        },
        countBefore,
        { timeout: 60_000, polling: 50 },
      )
      .catch(() => undefined);
    const left = (await audio(game)).lastPlayed.filter((p) => p.name === 'alarm');
    const here = (await snapshot(game)).students[0]!;
    const heardLeft = left.filter((p) => p.pan < 0 && p.x! < here.x);
    expect(heardLeft.length, JSON.stringify({ here: here.x, lure: lure.x, left })).toBeGreaterThan(0);
    const look = await game.page.evaluate(() => window.hyosan.look());
    expect(look).not.toBeNull();
    expect(game.errors).toEqual([]);
    await game.close();
  });

  it('unlocks on the first tap on a phone, and resumes when the tab comes back', async () => {
    const game = await harness.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await game.page.waitForFunction(() => window.hyosan.audio().loaded, undefined, { timeout: 60_000 });
    expect((await audio(game)).unlocked).toBe(false);
    await tap(game.page, 195, 600);
    await game.page.waitForFunction(() => window.hyosan.audio().unlocked && window.hyosan.audio().contextState === 'running', undefined, { timeout: 60_000 });

    // The phone suspends audio in the background (iOS even leaves it 'interrupted'); coming back resumes it.
    const suspended = await game.page.evaluate(async () => {
      const ctx = (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx;
      await ctx.suspend();
      return ctx.state;
    });
    expect(suspended).toBe('suspended');
    await game.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await game.page.waitForFunction(() => window.hyosan.audio().contextState === 'running', undefined, { timeout: 60_000 });
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
