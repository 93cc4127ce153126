import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/core/sim/snapshot';
import { LightField } from '../../src/game/render/light-field';
import { levelFromAscii } from '../core/level-fixture';

const level = levelFromAscii(`
#######
#S...E#
#.....#
#######
`);

const snapshot = (over: Record<string, unknown> = {}): Snapshot => ({ students: [{ x: 1.5, y: 1.5, facing: 'right', down: false, controlled: true, lightOn: false }], ...over }) as unknown as Snapshot;

describe('the light field the light layer draws', () => {
  it('copies the core light map and says when it changed', () => {
    const field = new LightField(level);
    const map = Array.from({ length: level.width * level.height }, (_, i) => (i % 3) / 4);
    expect(field.update(map)).toBe(true);
    expect([...field.brightness]).toEqual(map);
    // nothing changed: no redraw
    expect(field.update(map)).toBe(false);
    const brighter = map.map((v, i) => (i === 9 ? 1 : v));
    expect(field.update(brighter)).toBe(true);
    expect(field.brightness[9]).toBe(1);
  });

  it('has no light model of its own: a map of the wrong size is refused, not estimated', () => {
    const field = new LightField(level);
    expect(() => field.update([1, 1, 1])).toThrow(/light map has 3 cells; the level has 28 \(7×4\)/);
  });

  it('counts phone lights on, and the controlled student under a phone preview', () => {
    const field = new LightField(level);
    const lit = snapshot({ students: [{ x: 1.5, y: 1.5, facing: 'right', down: false, controlled: true, lightOn: true }] });
    expect(field.spots(lit)).toEqual([{ x: 1.5, y: 1.5, kind: 'phone', angle: 0 }]);
    expect(field.spots(snapshot())).toEqual([]);
    expect(field.spots(snapshot(), true)).toEqual([{ x: 1.5, y: 1.5, kind: 'phone', angle: 0 }]);
  });
});
