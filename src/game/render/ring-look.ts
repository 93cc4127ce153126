/**
 * How a sound's ring is drawn (event-effects.ts): where it was made it grows to the distance the
 * noise carries. Most rings are a thin line fading as they grow; a fight's (and a scream's) are
 * drawn thick, stay bright until they nearly reach their full size and linger there, since those
 * are the noises that bring the horde and the player must see how far they went.
 */

export interface RingLook {
  /** Line width in world pixels. */
  lineWidth: number;
  /** Opacity at the start. */
  alpha: number;
  /** How long the ring grows to full size, in ms. */
  growMs: number;
  /** How long it stays at full size, fading, in ms (0: it fades while growing). */
  lingerMs: number;
}

const LOUD: ReadonlySet<string> = new Set(['fight', 'scream']);

export function ringLook(cause: string, radiusTiles: number): RingLook {
  const growMs = 450 + radiusTiles * 40;
  return LOUD.has(cause) ? { lineWidth: 2.5, alpha: 1, growMs, lingerMs: 500 } : { lineWidth: 1, alpha: 0.8, growMs, lingerMs: 0 };
}
