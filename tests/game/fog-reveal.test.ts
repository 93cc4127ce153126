import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../src/core';
import { revealDoors } from '../../src/game/render/fog-reveal';
import { tiledFromAscii } from '../core/level-fixture';
import { parseLevel } from '../../src/core';

describe('the fog over doors', () => {
  it('shows an open door in a wall seen at a grazing angle, as the walls beside it are shown', () => {
    // A corridor with open doors in its top wall ('/' an open door); the student at its left end.
    const parsed = parseLevel(
      JSON.stringify(
        tiledFromAscii(`
          ##############
          #.....#.#....#
          #.....#.#....#
          #######/#/####
          #S..........E#
          ##############`),
      ),
      'levels/fog-doors.json',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const level = parsed.level;
    const { width, height } = level;
    const visible = new Uint8Array(width * height);
    computeVisibility(level.grid, [{ tileX: 1, tileY: 4 }], 8, visible);
    const doors = new Set(level.doors.map((door) => door.tileY * width + door.tileX));
    expect(doors.size).toBe(2);
    const shown = new Uint8Array(width * height);
    revealDoors(width, height, visible, level.grid.opaque, doors, shown);
    for (const cell of doors) {
      const x = cell % width;
      // The wall beside each door is shown; so is the door (the core alone left it dark).
      expect(shown[cell - 1], `wall beside the door at ${x}`).toBe(1);
      expect(shown[cell], `door at ${x}`).toBe(1);
    }
    expect([...doors].some((cell) => visible[cell] === 0)).toBe(true);
    // Nothing else changes.
    for (let cell = 0; cell < shown.length; cell++) if (!doors.has(cell)) expect(shown[cell]).toBe(visible[cell]);
  });

  it('keeps a door dark when no seen floor is beside it', () => {
    const visible = new Uint8Array(9);
    const shown = new Uint8Array(9);
    revealDoors(3, 3, visible, new Uint8Array(9), new Set([4]), shown);
    expect(shown[4]).toBe(0);
  });
});
