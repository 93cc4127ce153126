/**
 * Every item's use tells the player what it did (item-use-text.ts): run in the core, each usable
 * item's events give a line for the HUD's banner, in English and Korean. An antiseptic was used
 * without a word.
 */

import { afterEach, describe, expect, it } from 'vitest';
import type { ItemKind } from '../../src/core/kernel/item-kinds';
import { itemUseText } from '../../src/game/item-use-text';
import { setLanguage } from '../../src/game/i18n/i18n';
import { edited, run } from '../core/rules/survival/helpers';
import { survivalLevel } from '../core/rules/survival/survival-fixture';

const ROOM = `
  ######
  #S...#
  #...E#
  ######`;

/** Uses `kind` (picked up first) on a hungry, thirsty, bitten, bleeding student with a flat phone; the lines its events give. */
function linesFor(kind: ItemKind): string[] {
  const items = [{ kind, tileX: 1, tileY: 1 }, ...(kind === 'battery' ? [{ kind: 'phone' as const, tileX: 1, tileY: 1 }] : [])];
  const sim = edited(survivalLevel(ROOM, items), { seed: 1 }, (state) => {
    const me = state.students[0]!;
    Object.assign(me, { hunger: 70, thirst: 70, wound: 'bite', infection: 20, infectionRate: 0.01, bleedTicks: 200, health: 50 });
  });
  run(sim, 1);
  const events = run(sim, 1, [{ type: 'useItem', item: kind }]);
  const students = sim.snapshot().students;
  return events.flatMap((event) => itemUseText(event, students) ?? []);
}

describe('an item used', () => {
  afterEach(() => setLanguage('en'));

  it('says what it did, for every item that can be used, in both languages', () => {
    for (const language of ['en', 'ko'] as const) {
      setLanguage(language);
      for (const kind of ['food', 'water', 'bandage', 'painkillers', 'antiseptic', 'battery', 'bat'] as const) {
        const lines = linesFor(kind);
        expect(lines, `${language} ${kind}`).toHaveLength(1);
        expect(lines[0]!.length, `${language} ${kind}`).toBeGreaterThan(8);
      }
    }
    setLanguage('en');
    expect(linesFor('antiseptic')).toEqual(['Antiseptic on S1: the infection is slowed, not stopped.']);
  });
});
