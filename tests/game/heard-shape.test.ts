/** Which unseen zombies the student hears (src/game/render/heard-shape.ts): close and moving, or standing still right behind the closed door the student stands at, and nothing farther. */

import { describe, expect, it } from 'vitest';
import type { DoorView } from '../../src/core';
import { doorHeardThrough, heardOutOfSight, HEARD_RADIUS_TILES } from '../../src/game/render/heard-shape';

const door = (state: DoorView['state']): DoorView => ({ id: 1, kind: 'door', tileX: 11, tileY: 10, state, health: 100, maxHealth: 100, barricade: 0, maxBarricade: 0 });
const student = { x: 10.5, y: 10.5 };
const still = (x: number, mode: 'idle' | 'down' = 'idle') => ({ x, y: 10.5, mode, moving: false });

describe('a zombie heard out of sight', () => {
  it('is one standing still right behind the closed door the student stands at (a new player opened a door into one)', () => {
    for (const state of ['closed', 'locked', 'barricaded'] as const) {
      expect(doorHeardThrough(still(12.5), student, [door(state)])?.id).toBe(1);
      expect(heardOutOfSight(still(12.5), student, [door(state)])).toBe(true);
    }
  });

  it('gives nothing away farther off: not two tiles behind the door, not with the student a step back, not through an open door, not a downed one, not one on the student’s own side', () => {
    expect(heardOutOfSight(still(13.5), student, [door('closed')])).toBe(false);
    expect(heardOutOfSight(still(12.5), { x: 8.5, y: 10.5 }, [door('closed')])).toBe(false);
    expect(heardOutOfSight(still(12.5), student, [door('open')])).toBe(false);
    expect(heardOutOfSight(still(12.5, 'down'), student, [door('closed')])).toBe(false);
    expect(doorHeardThrough({ x: 10.5, y: 11.5, mode: 'idle' }, student, [door('closed')])).toBeUndefined();
    expect(heardOutOfSight(still(12.5), student, [])).toBe(false);
  });

  it('is, as before, one moving within the hearing radius', () => {
    expect(heardOutOfSight({ ...still(10.5 + HEARD_RADIUS_TILES - 0.5), moving: true }, student, [])).toBe(true);
    expect(heardOutOfSight({ ...still(10.5 + HEARD_RADIUS_TILES + 0.5), moving: true }, student, [])).toBe(false);
  });
});
