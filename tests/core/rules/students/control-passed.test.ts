/**
 * When the controlled student falls, control passes to another standing student of the group, and
 * the game is told who fell and who took over (a `controlPassed` event), so it can say so.
 */

import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/kernel/rng';
import { createTickContext } from '../../../../src/core/rules/tick-context';
import { checkOutcome } from '../../../../src/core/rules/students/student-update';
import { createWorld } from '../../../../src/core/state/world';
import { levelFromAscii } from '../../level-fixture';

const TWO = `
  ########
  #S.S..E#
  ########
`;

describe('control passing on a fall', () => {
  it('passes control to a standing student and names both', () => {
    const world = createWorld(levelFromAscii(TWO), createRng(1), 1);
    const context = createTickContext(world);
    world.students[0]!.down = true;
    checkOutcome(context);
    expect(world.controlledId).toBe(1);
    expect(context.events).toEqual([{ type: 'controlPassed', fromId: 0, studentId: 1 }]);
    context.events = [];
    checkOutcome(context);
    expect(context.events).toEqual([]);
  });
});
