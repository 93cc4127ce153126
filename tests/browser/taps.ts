/**
 * Taps whose landing and lift are stamped 50 ms apart, whatever the real gap. The game counts a
 * touch as a tap only when it lifts within TAP_MAX_MS of landing (touch-state.ts), timed by the
 * events' own time stamps, as a phone stamps them when the finger moves. Playwright's
 * `touchscreen.tap` sends two events stamped on arrival, and on a loaded machine they arrive more
 * than that apart, so a tap in the world became a hold (the touch test failed on it with two copies
 * of the suite running). The Chrome DevTools Protocol lets the test stamp them as a finger would.
 */

import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, CDPSession>();
/** Stamps only ever go forward, so two quick taps never overlap in the page's time. */
let lastStamp = 0;

async function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** A quick tap by finger `id` at (x, y) in CSS pixels, through `page` or an open DevTools session. */
export async function tap(target: Page | CDPSession, x: number, y: number, id = 0): Promise<void> {
  const session = 'send' in target ? target : await sessionOf(target);
  const landed = Math.max(Date.now() / 1000, lastStamp + 0.01);
  lastStamp = landed + 0.05;
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', timestamp: landed, touchPoints: [{ x, y, id, radiusX: 4, radiusY: 4, force: 1 }] });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', timestamp: lastStamp, touchPoints: [] });
}

/**
 * A tap whose finger stays on the glass while `meanwhile` runs (the camera may move on meanwhile),
 * stamped 50 ms apart all the same: to the game, still a quick tap.
 */
export async function tapAround(target: Page | CDPSession, x: number, y: number, meanwhile: () => Promise<void>, id = 0): Promise<void> {
  const session = 'send' in target ? target : await sessionOf(target);
  const landed = Math.max(Date.now() / 1000, lastStamp + 0.01);
  lastStamp = landed + 0.05;
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', timestamp: landed, touchPoints: [{ x, y, id, radiusX: 4, radiusY: 4, force: 1 }] });
  await meanwhile();
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', timestamp: landed + 0.05, touchPoints: [] });
}
