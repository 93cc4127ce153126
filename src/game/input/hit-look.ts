/**
 * How the touch HIT button looks, from the latest snapshot: `strike` when a blow is ready and a
 * zombie is in reach (a tap now lands), `recovering` while the last swing recovers (a tap now is
 * kept and swings as soon as it is ready, player-controls.ts), `idle` otherwise. `recovered` is how
 * far the recovery has come, 0..1, for the ring that fills round the button.
 */

import type { Snapshot } from '../../core';

export type HitLook = { state: 'strike' | 'idle'; recovered: 1 } | { state: 'recovering'; recovered: number };

export function hitLook(snapshot: Snapshot | undefined, recoveryTicks: { seen: number }): HitLook {
  const me = snapshot?.students.find((s) => s.controlled && !s.down);
  if (me === undefined || me.swingReadyIn <= 0) {
    recoveryTicks.seen = 0;
    return { state: me?.zombieInReach === true ? 'strike' : 'idle', recovered: 1 };
  }
  // The recovery's length is the most left seen since the swing (it counts down from there).
  recoveryTicks.seen = Math.max(recoveryTicks.seen, me.swingReadyIn + 1);
  return { state: 'recovering', recovered: 1 - me.swingReadyIn / recoveryTicks.seen };
}
