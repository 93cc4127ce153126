import { describe, expect, it } from 'vitest';
import { applyCommand, COMMAND_HANDLERS } from '../../../../src/core/rules/students/command-table';
import { checkCommand, type Command, type CommandType } from '../../../../src/core/state/commands';
import { scenario } from '../zombies/scenario';

/** One command of every type the checker accepts. */
const ONE_OF_EACH: Record<CommandType, Command> = {
  move: { type: 'move', dx: 1, dy: 0 },
  walkTo: { type: 'walkTo', tileX: 2, tileY: 1 },
  attack: { type: 'attack' },
  interact: { type: 'interact' },
  useItem: { type: 'useItem', item: 'food' },
  throwLure: { type: 'throwLure' },
  switchStudent: { type: 'switchStudent' },
  pickUp: { type: 'pickUp' },
  drop: { type: 'drop', itemId: 0 },
  give: { type: 'give', itemId: 0, toId: 1 },
  throwItem: { type: 'throwItem', itemId: 0 },
  equip: { type: 'equip', itemId: -1 },
  craft: { type: 'craft', recipe: 'spear' },
  order: { type: 'order', order: 'hold' },
  barricade: { type: 'barricade' },
  checkPhone: { type: 'checkPhone' },
  lock: { type: 'lock' },
  toggleLight: { type: 'toggleLight' },
};

describe('the command table', () => {
  it('has one handler for each command type the checker accepts', () => {
    for (const command of Object.values(ONE_OF_EACH)) expect(checkCommand(command)).toEqual({ ok: true, command: expect.objectContaining({ type: command.type }) });
    expect(Object.keys(COMMAND_HANDLERS).sort()).toEqual(Object.keys(ONE_OF_EACH).sort());
  });

  it('does not compile without a handler for every type', () => {
    const { barricade: _dropped, ...withoutBarricade } = COMMAND_HANDLERS;
    // @ts-expect-error a table missing a command type is not a command table (npm run typecheck checks this line)
    const incomplete: typeof COMMAND_HANDLERS = withoutBarricade;
    expect(incomplete).not.toHaveProperty('barricade');
  });

  it('refuses what needs the controlled student while nobody standing is under control; switching and orders speak to the group', () => {
    const { world, context } = scenario(`
      ########
      #SS.Z.E#
      ########`);
    world.students[0]!.down = true; // the controlled student fell this tick; the outcome check has not moved control yet
    const intent = { dx: 0, dy: 0, gait: 'walk' as const };
    for (const command of Object.values(ONE_OF_EACH)) {
      if (command.type === 'switchStudent' || command.type === 'order') continue;
      expect(applyCommand(context, intent, command)).toBe('no student is under control');
    }
    expect(applyCommand(context, intent, ONE_OF_EACH.order)).toBeUndefined();
    expect(world.students[1]!.order).toBe('hold');
    expect(applyCommand(context, intent, ONE_OF_EACH.switchStudent)).toBeUndefined();
    expect(world.controlledId).toBe(1);
  });
});
