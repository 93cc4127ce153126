import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/game/input/actions';
import { padActions } from '../../src/game/input/gamepad-map';
import { actionForCode, checkBindings, DEFAULT_BINDINGS, rebind } from '../../src/game/input/key-bindings';

describe('the lock key', () => {
  it('is L by physical position, and the gamepad right stick press', () => {
    expect(actionForCode(DEFAULT_BINDINGS, 'KeyL')).toBe('lock');
    const buttons = Array.from({ length: 17 }, (_, index) => (index === 11 ? 1 : 0));
    expect([...padActions({ buttons, axes: [0, 0, 0, 0] })]).toEqual(['lock']);
  });

  it('shares no default key with another action', () => {
    const codes = ACTIONS.flatMap((action) => DEFAULT_BINDINGS[action]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(checkBindings(DEFAULT_BINDINGS).ok).toBe(true);
  });

  it('can be moved to another key, which leaves its old action (which then gets the lock key’s old key, never none)', () => {
    const moved = rebind(DEFAULT_BINDINGS, 'lock', 'KeyK');
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(actionForCode(moved.bindings, 'KeyK')).toBe('lock');
    const stolen = rebind(moved.bindings, 'lock', 'KeyE');
    expect(stolen.ok && actionForCode(stolen.bindings, 'KeyE')).toBe('lock');
    expect(stolen.ok && stolen.bindings.interact).toEqual(['KeyK']);
  });
});
