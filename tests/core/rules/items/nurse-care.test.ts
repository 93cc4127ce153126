/** The nurse's helper's Use treats the student in reach who needs it, or says what is missing. */

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/core/rules/students/command-table';
import type { ItemKind } from '../../../../src/core/kernel/item-kinds';
import type { SimEvent } from '../../../../src/core/state/events';
import { scenario } from '../zombies/scenario';

// Students by position: the class president, the baseball player, the nurse's helper (kernel/roles.ts).
const ROOM = `
  ##########
  #S.SS....#
  #........#
  #.......E#
  ##########`;

function room(kinds: ItemKind[]) {
  const s = scenario(ROOM);
  const nurse = s.world.students[2]!;
  expect(nurse.role).toBe('nurse');
  s.world.controlledId = nurse.id;
  nurse.pack = kinds.map((kind) => ({ id: s.world.nextItemId++, kind }));
  const friend = s.world.students[1]!;
  const use = (): { reason: string | undefined; events: SimEvent[] } => {
    s.context.events = [];
    const reason = applyCommand(s.context, { dx: 0, dy: 0, gait: 'walk' }, { type: 'interact' });
    return { reason, events: s.context.events };
  };
  return { ...s, nurse, friend, use };
}

describe("the nurse's helper's Use", () => {
  it('bandages a bleeding friend beside her first, then treats the infection with antiseptic', () => {
    const { friend, nurse, use } = room(['bandage', 'antiseptic']);
    friend.bleedTicks = 100;
    friend.wound = 'bite';
    friend.infection = 30;
    friend.infectionRate = 0.05;
    const first = use();
    expect(first.reason).toBeUndefined();
    expect(friend.bleedTicks).toBe(0);
    expect(first.events).toContainEqual({ type: 'itemUsed', item: 'bandage', studentId: nurse.id, targetId: friend.id });
    const second = use();
    expect(second.reason).toBeUndefined();
    expect(friend.infection).toBeLessThan(30);
    expect(second.events.some((e) => e.type === 'studentTreated' && e.studentId === friend.id)).toBe(true);
    expect(nurse.pack).toEqual([]);
  });

  it('says on screen what is missing when a friend needs treating and nothing else is in reach', () => {
    const { friend, use } = room([]);
    friend.bleedTicks = 100;
    expect(use().reason).toBe(`no bandage to treat ${friend.name} with`);
    friend.bleedTicks = 0;
    friend.wound = 'scratch';
    expect(use().reason).toBe(`no antiseptic to treat ${friend.name} with`);
  });

  it('with nobody hurt, Use is what it is for anyone', () => {
    const { use } = room(['bandage']);
    expect(use().reason).toBe('nothing to use here');
  });
});
