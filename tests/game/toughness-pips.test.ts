/** A struck zombie's blows left (src/game/render/toughness-pips.ts): new players could not tell whether their blows did anything. */

import { describe, expect, it } from 'vitest';
import { ZOMBIE } from '../../src/core';
import { MAX_PIPS, toughnessPips } from '../../src/game/render/toughness-pips';

const zombie = (kind: keyof typeof ZOMBIE, health: number, mode: 'idle' | 'down' = 'idle') => ({ kind, health, mode }) as const;

describe('toughness pips', () => {
  it('show nothing on a zombie not yet struck, and nothing on one that is down', () => {
    expect(toughnessPips(zombie('walker', ZOMBIE.walker.health))).toBeNull();
    expect(toughnessPips(zombie('walker', 1, 'down'))).toBeNull();
    expect(toughnessPips(zombie('walker', 0))).toBeNull();
  });

  it('show a struck walker its blows left out of its whole toughness', () => {
    const whole = ZOMBIE.walker.health;
    expect(whole).toBeLessThanOrEqual(MAX_PIPS);
    expect(toughnessPips(zombie('walker', whole - 1))).toEqual({ left: whole - 1, of: whole });
    expect(toughnessPips(zombie('walker', 1))).toEqual({ left: 1, of: whole });
  });

  it('show a tough kind (the halfbie hunter) its share of the longest row, never an empty row while it stands', () => {
    const whole = ZOMBIE.hunter.health;
    expect(whole).toBeGreaterThan(MAX_PIPS);
    expect(toughnessPips(zombie('hunter', whole - 1))).toEqual({ left: MAX_PIPS, of: MAX_PIPS });
    expect(toughnessPips(zombie('hunter', 1))).toEqual({ left: 1, of: MAX_PIPS });
    expect(toughnessPips(zombie('hunter', Math.floor(whole / 2)))!.left).toBeLessThan(MAX_PIPS);
  });
});
