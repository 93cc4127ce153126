import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { CLOCK } from '../../../../src/core/kernel/tuning-world';
import { clockText, dayCount, daylightAt, isNight, minuteOfDay, nextDawn, worldMinutes } from '../../../../src/core/rules/world/clock';
import type { World } from '../../../../src/core/state/world';
import { survivalLevel } from '../survival/survival-fixture';

const ROOM = `
  ######
  #S..E#
  ######`;

/** A world-shaped object with just what the clock reads. */
const at = (startMinute: number, tick: number, clockSpeed = 1): World => ({ startMinute, tick, level: { settings: { clockSpeed } } }) as unknown as World;

describe('world clock', () => {
  it('is half light exactly at dawn and at dusk, full by day, dark by night', () => {
    expect(daylightAt(CLOCK.dawnMinute)).toBeCloseTo(0.5, 9);
    expect(daylightAt(CLOCK.duskMinute)).toBeCloseTo(0.5, 9);
    expect(daylightAt(12 * 60)).toBe(1);
    expect(daylightAt(0)).toBe(0);
    expect(daylightAt(CLOCK.dawnMinute - 10)).toBeLessThan(0.5);
    expect(daylightAt(CLOCK.dawnMinute + 10)).toBeGreaterThan(0.5);
    expect(daylightAt(CLOCK.duskMinute + 10)).toBeLessThan(daylightAt(CLOCK.duskMinute - 10));
  });

  it('counts minutes from the start at the level clock speed, and the days', () => {
    expect(worldMinutes(at(600, 20 * 30))).toBeCloseTo(630, 9);
    expect(worldMinutes(at(600, 20 * 30, 10))).toBeCloseTo(900, 9);
    expect(dayCount(at(23 * 60, 0))).toBe(0);
    expect(dayCount(at(23 * 60, 20 * 61))).toBe(1); // past midnight: the second day
    expect(minuteOfDay(at(23 * 60, 20 * 61))).toBeCloseTo(1, 9);
    expect(isNight(at(23 * 60, 0))).toBe(true);
    expect(isNight(at(12 * 60, 0))).toBe(false);
  });

  it('finds the next dawn and writes the time as HH:MM', () => {
    expect(nextDawn(20 * 60)).toBe(24 * 60 + CLOCK.dawnMinute);
    expect(nextDawn(3 * 60)).toBe(CLOCK.dawnMinute);
    expect(nextDawn(CLOCK.dawnMinute)).toBe(CLOCK.dawnMinute);
    expect(clockText(6 * 60 + 5)).toBe('06:05');
    expect(clockText(24 * 60 + 90)).toBe('01:30');
  });

  it('puts the clock, night and the day count in the snapshot; a level startHour sets the start', () => {
    const sim = createSimulation(survivalLevel(ROOM), { seed: 1 });
    expect(sim.snapshot().clock).toBe(clockText(CLOCK.startMinute));
    const level = survivalLevel(ROOM);
    const late = {
      ...level,
      settings: { ...level.settings, startHour: 23.5 },
      tiled: { ...level.tiled, properties: [...(level.tiled.properties ?? []), { name: 'startHour', type: 'float', value: 23.5 }] },
    } as typeof level;
    const night = createSimulation(late, { seed: 1 });
    expect(night.snapshot()).toMatchObject({ clock: '23:30', night: true, day: 0 });
    for (let t = 0; t < 31 * CLOCK.ticksPerMinute; t++) night.step();
    expect(night.snapshot()).toMatchObject({ clock: '00:01', night: true, day: 1 });
  });
});
