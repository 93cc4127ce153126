/**
 * The careful player of tests/core/campaign/bot.ts, in the browser: it follows a route of tiles and
 * reacts as a player does, by what it sees in the testing hook's snapshot (polled, so at the
 * game's own pace): sneaks, walks at full pace while something hunts it, swings at anything in
 * reach, and asks for the next tile again when it stands still short of it. The `input` says how
 * each wish reaches the game: real clicks and keys, or the hook's commands.
 */

import type { GamePage } from './harness';
import type { Step } from '../core/sim/campaign/bot';

export interface PlayerInput {
  walkTo(tileX: number, tileY: number): Promise<void>;
  sneak(on: boolean): Promise<void>;
  attack(on: boolean): Promise<void>;
  use(): Promise<void>;
}

/** Real input: a click on the tile, C held to sneak, Space held to swing, E to use. */
export function realInput(game: GamePage): PlayerInput {
  const { page } = game;
  return {
    async walkTo(tileX, tileY) {
      const point = await page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [tileX, tileY]);
      if (point === null) throw new Error('no level on screen');
      // A tile off screen is walked toward: the click lands on the screen's edge on the way there,
      // and the next click (once the student stands still) goes farther.
      const { width, height } = page.viewportSize()!;
      const cx = width / 2;
      const cy = height / 2;
      const scale = Math.min(1, (cx - 40) / Math.max(1, Math.abs(point.x - cx)), (cy - 40) / Math.max(1, Math.abs(point.y - cy)));
      await page.mouse.click(cx + (point.x - cx) * scale, cy + (point.y - cy) * scale);
    },
    sneak: (on) => (on ? page.keyboard.down('c') : page.keyboard.up('c')),
    attack: (on) => (on ? page.keyboard.down('Space') : page.keyboard.up('Space')),
    use: () => page.keyboard.press('e'),
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
    await page.touchscreen.tap(button.x, button.y);
  };
  return {
    async walkTo(tileX, tileY) {
      const point = await page.evaluate(([x, y]) => window.hyosan.tileToScreen(x!, y!), [tileX, tileY]);
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
      await page.touchscreen.tap(cx + (point.x - cx) * scale, cy + (point.y - cy) * scale);
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
  };
}

interface Seen {
  status: string;
  me: { x: number; y: number; tileX: number; tileY: number; moving: boolean };
  hunted: boolean;
  inReach: boolean;
}

/**
 * Plays `route` until the level ends or the route is done; returns the status then. `watch` runs
 * between two looks, as a player glances at the rest of the screen (the tutorial's prompts).
 */
export async function playCarefully(game: GamePage, route: readonly Step[], input: PlayerInput, timeoutMs = 240_000, watch?: () => Promise<void>): Promise<string> {
  const { page } = game;
  const look = (): Promise<Seen> =>
    page.evaluate(() => {
      const snapshot = window.hyosan.snapshot();
      const me = snapshot.students.find((s) => s.controlled)!;
      const near = (z: { x: number; y: number; mode: string }, tiles: number): boolean => z.mode !== 'down' && (z.x - me.x) ** 2 + (z.y - me.y) ** 2 < tiles * tiles;
      return {
        status: snapshot.status,
        me: { x: me.x, y: me.y, tileX: me.tileX, tileY: me.tileY, moving: me.moving },
        hunted: snapshot.zombies.some((z) => (z.mode === 'chase' || z.mode === 'attack') && near(z, 8)),
        inReach: snapshot.zombies.some((z) => near(z, 1.2)),
      };
    });
  const deadline = Date.now() + timeoutMs;
  let sneaking = false;
  let swinging = false;
  let seen = await look();
  const react = async (): Promise<void> => {
    await watch?.();
    if (sneaking !== !seen.hunted) {
      sneaking = !seen.hunted;
      await input.sneak(sneaking);
    }
    if (swinging !== seen.inReach) {
      swinging = seen.inReach;
      await input.attack(swinging);
    } else if (swinging) await input.attack(true);
  };
  try {
    for (const step of route) {
      if (seen.status !== 'playing') break;
      if (step[0] === 'use') {
        await input.use();
        continue;
      }
      if (step[0] === 'wait') {
        const until = Date.now() + (step[1] / 20) * 1000;
        while (Date.now() < until && seen.status === 'playing') {
          await react();
          seen = await look();
        }
        continue;
      }
      const [, x, y] = step;
      let stillFor = 0;
      for (let first = true; seen.status === 'playing'; first = false) {
        if (Date.now() > deadline) throw new Error(`the careful player did not reach ${x},${y} in time: ${JSON.stringify(seen)}`);
        const { me } = seen;
        if (me.tileX === x && me.tileY === y && Math.abs(me.x - x - 0.5) < 0.25 && Math.abs(me.y - y - 0.5) < 0.25) break;
        await react();
        stillFor = me.moving ? 0 : stillFor + 1;
        if (first || stillFor === 2) await input.walkTo(x, y);
        await page.waitForTimeout(40);
        seen = await look();
      }
    }
    // Stand a moment at the end: a win lands on the tick the exit is reached.
    await page.waitForFunction(() => window.hyosan.snapshot().status !== 'playing', undefined, { timeout: 5_000 }).catch(() => undefined);
  } finally {
    if (sneaking) await input.sneak(false);
    if (swinging) await input.attack(false);
  }
  return page.evaluate(() => window.hyosan.snapshot().status);
}
