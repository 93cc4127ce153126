/**
 * The careful player of tests/core/sim/campaign/bot.ts, in the browser: it follows a route of tiles
 * and reacts as a player does, by what it sees in the testing hook's snapshot: sneaks, walks at
 * full pace while something hunts it, swings at anything in reach, and asks for the next tile again
 * when it stands still short of it. The level runs under the step lock, so it reacts on the tick it
 * means to however slow the machine. The `input` says how each wish reaches the game: real clicks
 * and keys, real touches, or the hook's commands.
 */

import type { GamePage } from './harness';
import type { Step } from '../core/sim/campaign/bot';
import { tap } from './taps';

export interface PlayerInput {
  walkTo(tileX: number, tileY: number): Promise<void>;
  /** Sneaks (`true`) or walks; called again when the student's gait is not the one wished (a held key need not do anything then). */
  sneak(on: boolean): Promise<void>;
  /** Starts (`true`) or stops swinging; called again each tick while swinging when `swing` is `'tapped'`. */
  attack(on: boolean): Promise<void>;
  use(): Promise<void>;
  /**
   * How a swing every tick is kept up: `'held'`, a held key (the controls send an attack each tick
   * under the step lock); `'sent'`, the page sends an attack command after each tick; `'tapped'`, a
   * tap per swing (the level runs a tick per look meanwhile).
   */
  swing: 'held' | 'sent' | 'tapped';
}

/**
 * Where a tile is on the page once the last run is drawn: under the step lock the camera follows
 * without easing, so after a whole frame it stands where the student's position puts it, and the
 * same tile is clicked at the same spot however slowly the frames come.
 */
const tileOnScreen = (page: GamePage['page'], tileX: number, tileY: number): Promise<{ x: number; y: number } | null> =>
  page.evaluate(
    async ([x, y]) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return window.hyosan.tileToScreen(x!, y!);
    },
    [tileX, tileY],
  );

/** Real input: a click on the tile, C held to sneak, Space held to swing, E to use. */
export function realInput(game: GamePage): PlayerInput {
  const { page } = game;
  const held = { c: false, Space: false };
  const hold = async (key: 'c' | 'Space', on: boolean): Promise<void> => {
    if (held[key] === on) return;
    held[key] = on;
    await (on ? page.keyboard.down(key) : page.keyboard.up(key));
  };
  return {
    async walkTo(tileX, tileY) {
      const point = await tileOnScreen(page, tileX, tileY);
      if (point === null) throw new Error('no level on screen');
      // A tile off screen is walked toward: the click lands on the screen's edge on the way there,
      // and the next click (once the student stands still) goes farther.
      const { width, height } = page.viewportSize()!;
      const cx = width / 2;
      const cy = height / 2;
      const scale = Math.min(1, (cx - 40) / Math.max(1, Math.abs(point.x - cx)), (cy - 40) / Math.max(1, Math.abs(point.y - cy)));
      await page.mouse.click(cx + (point.x - cx) * scale, cy + (point.y - cy) * scale);
    },
    sneak: (on) => hold('c', on),
    attack: (on) => hold('Space', on),
    use: () => page.keyboard.press('e'),
    swing: 'held',
  };
}

/**
 * Real touch input on a phone: a tap on the tile (kept clear of the HUD panel, the stick's zone
 * and the buttons), the SNEAK button tapped to toggle it when needed, the attack button tapped for each swing,
 * USE tapped to use.
 */
export function touchInput(game: GamePage): PlayerInput {
  const { page } = game;
  const layout = () => page.evaluate(() => window.hyosan.input().layout);
  const tapButton = async (id: 'sneak' | 'attack' | 'interact'): Promise<void> => {
    const button = (await layout()).buttons[id];
    if (button === undefined) throw new Error(`no ${id} button on screen`);
    await tap(page, button.x, button.y);
  };
  return {
    async walkTo(tileX, tileY) {
      const point = await tileOnScreen(page, tileX, tileY);
      if (point === null) throw new Error('no level on screen');
      const { hud, stick, buttons, width } = await layout();
      const top = hud.panel.y + hud.panel.height + 16;
      const bottom =
        Math.min(
          stick?.zone.y ?? Infinity,
          ...Object.values(buttons)
            .filter((b) => b.y > top + 100)
            .map((b) => b.y - b.r),
        ) - 16;
      const cx = width / 2;
      const cy = (top + bottom) / 2;
      const scale = Math.min(1, (cx - 30) / Math.max(1, Math.abs(point.x - cx)), (bottom - cy) / Math.max(1, Math.abs(point.y - cy)));
      await tap(page, cx + (point.x - cx) * scale, cy + (point.y - cy) * scale);
    },
    // SNEAK toggles: tapped only when the student's gait is not the one wished.
    async sneak(on) {
      const gait = await page.evaluate(() => window.hyosan.snapshot().students.find((s) => s.controlled)?.gait);
      if ((gait === 'sneak') !== on) await tapButton('sneak');
    },
    attack: async (on) => {
      if (on) await tapButton('attack');
    },
    use: () => tapButton('interact'),
    swing: 'tapped',
  };
}

/** The commands a click and the keys send, through the testing hook. */
export function hookInput(game: GamePage): PlayerInput {
  const { page } = game;
  return {
    walkTo: (tileX, tileY) =>
      page.evaluate(
        ([x, y]) => {
          window.hyosan.send({ type: 'walkTo', tileX: x!, tileY: y! });
        },
        [tileX, tileY],
      ),
    sneak: (on) =>
      page.evaluate(
        (gait) => {
          window.hyosan.send({ type: 'move', dx: 0, dy: 0, gait });
        },
        on ? 'sneak' : 'walk',
      ),
    attack: async (on) => {
      if (on)
        await page.evaluate(() => {
          window.hyosan.send({ type: 'attack' });
        });
    },
    use: () =>
      page.evaluate(() => {
        window.hyosan.send({ type: 'interact' });
      }),
    swing: 'sent',
  };
}

interface Seen {
  status: string;
  tick: number;
  /** The tutorial lesson whose prompt is up, or null. */
  lesson: string | null;
  me: { x: number; y: number; tileX: number; tileY: number; gait: string };
  hunted: boolean;
  inReach: boolean;
}

/** What of a snapshot (the hook's, or a tick's under the step lock) the player looks at. */
interface Seeable {
  status: string;
  tick: number;
  students: { controlled: boolean; x: number; y: number; tileX: number; tileY: number; gait: string }[];
  zombies: { x: number; y: number; mode: string }[];
}

/** What the player reacts to: where the student is, whether something hunts it (8 tiles), whether something is in reach, the tutorial's prompt. */
interface Watch {
  /** The tile walked to, or null while waiting. */
  target: [number, number] | null;
  hunted: boolean;
  inReach: boolean;
  lesson: string | null;
  gait: string;
  /** Ticks the student has stood on the same spot, and that spot (as the core's bot counts them). */
  idle: number;
  last: string;
  ticks: number;
  /** Send an attack command after each tick while something is in reach (input that swings by command). */
  sendAttacks: boolean;
}

/**
 * Runs the level under the step lock until something the player reacts to changes, and looks: the
 * level ends, the student reaches the tile, something starts or stops hunting it or comes into or
 * out of reach, a tutorial prompt comes up or goes, or the student has stood still two ticks (time
 * to ask for the tile again); at most `watch.ticks` ticks, so the rest of the screen is glanced at
 * now and then.
 */
function runAndLook(game: GamePage, watch: Watch): Promise<{ seen: Seen; idle: number; last: string; stopped: string }> {
  return game.page.evaluate(async (w) => {
    const view = (s: Seeable): Seen => {
      const me = s.students.find((c) => c.controlled)!;
      const near = (z: { x: number; y: number; mode: string }, tiles: number): boolean => z.mode !== 'down' && (z.x - me.x) ** 2 + (z.y - me.y) ** 2 < tiles * tiles;
      return {
        status: s.status,
        tick: s.tick,
        lesson: window.hyosan.tutorial().lesson,
        me: { x: me.x, y: me.y, tileX: me.tileX, tileY: me.tileY, gait: me.gait },
        hunted: s.zombies.some((z) => (z.mode === 'chase' || z.mode === 'attack') && near(z, 8)),
        inReach: s.zombies.some((z) => near(z, 1.2)),
      };
    };
    let { idle, last } = w;
    // In the order of the core's bot: the swing for the next tick, the tile reached, the count of ticks standing still.
    const until = (s: Seeable): boolean => {
      if (s.status !== 'playing') return true;
      const seen = view(s);
      if (w.sendAttacks && seen.inReach) window.hyosan.send({ type: 'attack' });
      if (w.target !== null) {
        const [x, y] = w.target;
        if (seen.me.tileX === x && seen.me.tileY === y && Math.abs(seen.me.x - x - 0.5) < 0.25 && Math.abs(seen.me.y - y - 0.5) < 0.25) return true;
        const here = `${seen.me.x.toFixed(2)},${seen.me.y.toFixed(2)}`;
        idle = here === last ? idle + 1 : 0;
        last = here;
      }
      if (seen.hunted !== w.hunted || seen.inReach !== w.inReach || seen.lesson !== w.lesson || seen.me.gait !== w.gait) return true;
      return w.target !== null && idle === 2;
    };
    const { stopped } = window.hyosan.advance(w.ticks, { until });
    return { seen: view(window.hyosan.snapshot()), idle, last, stopped };
  }, watch);
}

const look = (game: GamePage): Promise<Seen> =>
  runAndLook(game, { target: null, hunted: false, inReach: false, lesson: null, gait: '', idle: 0, last: '', ticks: 0, sendAttacks: false }).then((r) => r.seen);

const atTile = (me: Seen['me'], x: number, y: number): boolean => me.tileX === x && me.tileY === y && Math.abs(me.x - x - 0.5) < 0.25 && Math.abs(me.y - y - 0.5) < 0.25;

/** Longest run between two looks (ticks): a second of the game, as a player glances at the rest of the screen. */
const GLANCE_TICKS = 20;

export interface CarefulOptions {
  /** Runs between two looks, as a player glances at the rest of the screen (the tutorial's prompts). */
  watch?: () => Promise<void>;
  /** Give up (throw) when the level has run this many ticks (the core's bot stops at 12 minutes). */
  maxTicks?: number;
}

/**
 * Plays `route` as the core's careful bot does (tests/core/sim/campaign/bot.ts), tick for tick:
 * under the step lock (`hyosan.stepLock`), the level runs until something the player reacts to
 * changes, then stops while the player answers with `input`, so every reaction lands on the tick
 * after the one that called for it however slow the machine, as in the core. While something is
 * in reach it swings every tick (see `PlayerInput.swing`). Returns the status when the level ends or the route is done; the
 * clock is left as it was found (locked or not).
 */
export async function playCarefully(game: GamePage, route: readonly Step[], input: PlayerInput, options: CarefulOptions = {}): Promise<string> {
  const { page } = game;
  const maxTicks = options.maxTicks ?? 20 * 60 * 12;
  const wasLocked = await page.evaluate(() => window.hyosan.stepLock());
  await page.evaluate(() => window.hyosan.stepLock(true));
  let sneaking = false;
  let swinging = false;
  let seen = await look(game);
  const react = async (): Promise<void> => {
    await options.watch?.();
    // Sneak unless something hunts it (then walk: a walker cannot keep up), as the core's bot, which asks again whenever the gait is not that.
    if (sneaking !== !seen.hunted || seen.me.gait !== (sneaking ? 'sneak' : 'walk')) {
      sneaking = !seen.hunted;
      await input.sneak(sneaking);
    }
    if (swinging !== seen.inReach || (swinging && input.swing === 'tapped')) {
      swinging = seen.inReach;
      await input.attack(swinging);
    }
  };
  /** Runs on and looks; while swinging, so that a swing goes out every tick, as the core's bot swings. */
  const run = async (target: [number, number] | null, idle: number, last: string, ticks: number): Promise<{ idle: number; last: string }> => {
    const result = await runAndLook(game, {
      target,
      hunted: seen.hunted,
      inReach: seen.inReach,
      lesson: seen.lesson,
      gait: seen.me.gait,
      idle,
      last,
      ticks: swinging && input.swing === 'tapped' ? 1 : ticks,
      sendAttacks: swinging && input.swing === 'sent',
    });
    seen = result.seen;
    if (result.stopped === 'ended' && seen.status === 'playing') throw new Error(`the level stopped ticking while playing (paused?) at tick ${seen.tick}`);
    if (seen.tick > maxTicks) throw new Error(`the careful player did not finish in ${maxTicks} ticks: ${JSON.stringify(seen)} going for ${JSON.stringify(target)}`);
    return result;
  };
  try {
    for (const step of route) {
      if (seen.status !== 'playing') break;
      if (step[0] === 'use') {
        // A tick of its own, as in the core.
        await input.use();
        await run(null, 0, '', 1);
        continue;
      }
      if (step[0] === 'wait') {
        for (const until = seen.tick + step[1]; seen.tick < until && seen.status === 'playing';) {
          await react();
          await run(null, 0, '', Math.min(GLANCE_TICKS, until - seen.tick));
        }
        continue;
      }
      const [, x, y] = step;
      // As the core's bot: ask for the tile at once, and again each time the student has stood still two ticks.
      let idle = 0;
      let last = `${seen.me.x.toFixed(2)},${seen.me.y.toFixed(2)}`;
      for (let first = true; seen.status === 'playing' && !atTile(seen.me, x, y); first = false) {
        await react();
        if (first || idle === 2) await input.walkTo(x, y);
        ({ idle, last } = await run([x, y], idle, last, GLANCE_TICKS));
      }
    }
    // Stand a moment at the end: a win lands on the tick the exit is reached.
    if (seen.status === 'playing') await page.evaluate(() => window.hyosan.advance(40, { until: (s) => s.status !== 'playing' }));
  } finally {
    if (sneaking) await input.sneak(false);
    if (swinging) await input.attack(false);
    if (!wasLocked) await page.evaluate(() => window.hyosan.stepLock(false));
  }
  return page.evaluate(() => window.hyosan.snapshot().status);
}
