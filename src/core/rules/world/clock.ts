/**
 * The world clock: one clock for every rule that cares about the time of day. Game minutes pass
 * from the world's start minute at the level's clock speed (`clockSpeed` game minutes per second
 * of play; 1 by default, one game minute per `CLOCK.ticksPerMinute` ticks). Daylight is 1 by day,
 * 0 by night and ramps through the twilight hours (0.5 exactly at dusk and at dawn).
 *
 * Nothing here is state: the time follows from `world.startMinute`, `world.tick` and the level.
 */

import { CLOCK } from '../../kernel/tuning-world';
import type { World } from '../../state/world';

export const DAY_MINUTES = 24 * 60;

/** Game minutes per tick for a level's clock speed (`CLOCK.ticksPerMinute` is the ticks per game minute at speed 1). */
export function minutesPerTick(clockSpeed: number): number {
  return clockSpeed / CLOCK.ticksPerMinute;
}

/** Minutes since midnight of day 0 (past 1440 on later days: the day count is in it). */
export function worldMinutes(world: World): number {
  return world.startMinute + world.tick * minutesPerTick(world.level.settings.clockSpeed);
}

/** 0..1439.99 */
export function minuteOfDay(world: World): number {
  return worldMinutes(world) % DAY_MINUTES;
}

/** Days since the group's first day began (0 on the first day). */
export function dayCount(world: World): number {
  return Math.floor(worldMinutes(world) / DAY_MINUTES);
}

/** 1 in full day, 0 in full night, linear through the twilight hour either side of dusk and of dawn. */
export function daylightAt(minute: number): number {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const { dawnMinute, duskMinute, twilightMinutes } = CLOCK;
  if (m >= dawnMinute && m < duskMinute) return Math.min(1, 0.5 + (m - dawnMinute) / (2 * twilightMinutes), 0.5 + (duskMinute - m) / (2 * twilightMinutes));
  if (m >= duskMinute && m < duskMinute + twilightMinutes) return 0.5 - (m - duskMinute) / (2 * twilightMinutes);
  if (m < dawnMinute && m >= dawnMinute - twilightMinutes) return (m - (dawnMinute - twilightMinutes)) / (2 * twilightMinutes);
  return 0;
}

export const daylight = (world: World): number => daylightAt(minuteOfDay(world));
/** Night: from dusk to dawn (daylight below one half). */
export const isNight = (world: World): boolean => daylight(world) < 0.5;

/** The first world minute at or after `fromMinutes` that is dawn. */
export function nextDawn(fromMinutes: number): number {
  const day = Math.floor(fromMinutes / DAY_MINUTES);
  const today = day * DAY_MINUTES + CLOCK.dawnMinute;
  return today >= fromMinutes ? today : today + DAY_MINUTES;
}

/** Ticks from now until the first dawn after the level began (0 once it has come). */
export function ticksUntilDawn(world: World): number {
  const left = nextDawn(world.startMinute) - worldMinutes(world);
  return left <= 0 ? 0 : Math.ceil(left / minutesPerTick(world.level.settings.clockSpeed));
}

/** "HH:MM" for a minute of the day. */
export function clockText(minute: number): string {
  const m = Math.floor(((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
