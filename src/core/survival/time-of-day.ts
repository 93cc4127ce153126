/**
 * Time of day as the survival rules read it: the game minute (0..1439) and daylight (0 at night,
 * 1 by day, a ramp through dusk and dawn). A small local clock counted from the world's start
 * minute; it gives way to the shared world clock when that exists.
 */

import { CLOCK } from '../tuning';
import type { World } from '../world/world';

const DAY_MINUTES = 24 * 60;

/** Minutes since midnight of day 0 (may pass 1440: the day count is in it). */
export function worldMinutes(world: World): number {
  return world.startMinute + world.tick / CLOCK.ticksPerMinute;
}

export function minuteOfDay(world: World): number {
  return worldMinutes(world) % DAY_MINUTES;
}

/** 1 in full day, 0 in full night, linear through the twilight hours either side of dusk and dawn (0.5 at dusk and at dawn). */
export function daylightAt(minute: number): number {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const { dawnMinute, duskMinute, twilightMinutes } = CLOCK;
  if (m >= dawnMinute && m < duskMinute) return Math.min(1, 0.5 + (m - dawnMinute) / (2 * twilightMinutes), 0.5 + (duskMinute - m) / (2 * twilightMinutes));
  if (m >= duskMinute && m < duskMinute + twilightMinutes) return 0.5 - (m - duskMinute) / (2 * twilightMinutes);
  if (m < dawnMinute && m >= dawnMinute - twilightMinutes) return (m - (dawnMinute - twilightMinutes)) / (2 * twilightMinutes);
  return 0;
}

export const daylight = (world: World): number => daylightAt(minuteOfDay(world));
export const isNight = (world: World): boolean => daylight(world) < 0.5;
