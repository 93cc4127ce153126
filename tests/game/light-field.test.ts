import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/sim/snapshot';
import { AMBIENT_DAY, LightField } from '../../src/game/render/light-field';
import { levelFromAscii } from '../core/level-fixture';

const level = levelFromAscii(`
#######
#S...E#
#.....#
#######
`);

const snapshot = (over: Record<string, unknown> = {}): Snapshot =>
  ({ students: [{ x: 1.5, y: 1.5, facing: 'right', down: false, controlled: true, lightOn: false }], ...over }) as unknown as Snapshot;

describe('the light field the light layer draws', () => {
  it('draws the core light map when the snapshot has one, and leaves cones and fires to it', () => {
    const field = new LightField(level);
    const map = Array.from({ length: level.width * level.height }, (_, i) => (i % 3) / 4);
    expect(field.update(snapshot({ light: map, daylight: 0 }))).toBe(true);
    expect(field.fromCore).toBe(true);
    expect([...field.brightness]).toEqual(map);
    // nothing changed: no redraw
    expect(field.update(snapshot({ light: map, daylight: 0 }))).toBe(false);
    const brighter = map.map((v, i) => (i === 9 ? 1 : v));
    expect(field.update(snapshot({ light: brighter, daylight: 0 }))).toBe(true);
    expect(field.brightness[9]).toBe(1);
    // a phone light the core knows is in its map; a drawing preview is not, so it is marked
    const lit = snapshot({ light: brighter, students: [{ x: 1.5, y: 1.5, facing: 'right', down: false, controlled: true, lightOn: true }] });
    expect(field.spots(lit)).toEqual([{ x: 1.5, y: 1.5, kind: 'phone', angle: 0 }]);
    expect(field.spots(snapshot({ light: brighter }), { phoneLight: true })).toEqual([{ x: 1.5, y: 1.5, kind: 'phone', angle: 0, preview: true }]);
  });

  it('estimates from daylight without a core map, and a map of the wrong size is not used', () => {
    const field = new LightField(level);
    expect(field.update(snapshot({ daylight: 1 }))).toBe(true);
    expect(field.fromCore).toBe(false);
    expect(field.brightness[level.width + 2]).toBeCloseTo(AMBIENT_DAY);
    expect(field.update(snapshot({ daylight: 1, light: [1, 1, 1] }))).toBe(false);
    expect(field.fromCore).toBe(false);
  });
});
