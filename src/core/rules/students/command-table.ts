/**
 * Every command's handler, in one table keyed by command type: a command type without a handler
 * does not compile. Most commands act through the controlled student (`forStudent`) and are
 * refused when nobody is under control; switching student and giving orders speak to the group
 * (`forGroup`). Each handler returns a reason when the command cannot be carried out (for a
 * `commandRejected` event), or undefined.
 */

import type { Command, CommandType } from '../../state/commands';
import type { Student } from '../../state/world';
import { craft } from '../items/crafting';
import { toggleLight } from '../items/phone-light';
import { checkPhone, drop, equip, give, pickUp, throwItem, throwLure } from '../items/item-actions';
import { useItem } from '../items/use-item';
import { nurseCare } from '../items/nurse-care';
import type { ThrowTarget } from '../items/throw-aim';
import { buildBarricade } from '../survival/barricade';
import { useObjective } from '../objectives/objectives';
import { interactWithWorld, NOTHING_TO_USE, toggleLock } from '../world/interact';
import type { TickContext } from '../tick-context';
import { swing } from './combat';
import { giveOrder } from './orders';
import { helpUp } from './help-up';
import { planTappedWalk } from './walk-to';
import { controlled, type MoveIntent } from './student-update';

type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** What a handler is given: the tick, the held move and the command. */
interface CommandCall<T extends CommandType> {
  context: TickContext;
  intent: MoveIntent;
  command: CommandOf<T>;
}

type CommandHandler<T extends CommandType> = { forGroup: (call: CommandCall<T>) => string | undefined } | { forStudent: (call: CommandCall<T>, student: Student) => string | undefined };

const NOTHING_TO_PICK_UP = 'nothing to pick up here';

/** The aimed tile of a throw command, when it has one. */
function targetOf(command: { tileX?: number; tileY?: number }): ThrowTarget | undefined {
  return command.tileX === undefined || command.tileY === undefined ? undefined : { tileX: command.tileX, tileY: command.tileY };
}

export const COMMAND_HANDLERS: { readonly [T in CommandType]: CommandHandler<T> } = {
  switchStudent: { forGroup: ({ context, command }) => switchStudent(context, command.studentId) },
  order: { forGroup: ({ context, command }) => giveOrder(context, command.order, command.studentId) },
  move: {
    forStudent: ({ intent, command }, student) => {
      intent.dx = command.dx;
      intent.dy = command.dy;
      intent.gait = command.gait ?? 'walk';
      if (command.dx !== 0 || command.dy !== 0) student.path = [];
      return undefined;
    },
  },
  walkTo: {
    forStudent: ({ context, intent, command }, student) => {
      const { grid } = context.world;
      if (command.tileX < 0 || command.tileY < 0 || command.tileX >= grid.width || command.tileY >= grid.height) {
        return `tile ${command.tileX},${command.tileY} is outside the map`;
      }
      intent.dx = 0;
      intent.dy = 0;
      // Around the zombies near them, as a follower goes, and through the doors on the way (walk-to.ts); a tap on their own tile centres them.
      const here = Math.floor(student.x) === command.tileX && Math.floor(student.y) === command.tileY;
      if (here) student.path = [command.tileY * grid.width + command.tileX];
      else if (!planTappedWalk(context, student, command.tileX, command.tileY)) return `no way to tile ${command.tileX},${command.tileY}`;
      return undefined;
    },
  },
  attack: { forStudent: ({ context }, student) => swing(context, student) },
  interact: {
    // A key item or device of the current objective first, then a fallen friend in reach to help
    // up, else the nearest loot, else a door, a lamp or a noise maker in reach; the nurse's helper
    // treats whoever in reach needs it before picking up (nurse-care.ts).
    forStudent: ({ context }, student) => {
      if (useObjective(context, student) || helpUp(context, student)) return undefined;
      const care = student.role === 'nurse' ? nurseCare(context, student) : { treated: false as const };
      if (care.treated) return undefined;
      const reason = pickUp(context, student, undefined);
      if (reason !== NOTHING_TO_PICK_UP) return reason;
      const world = interactWithWorld(context, student);
      return world === NOTHING_TO_USE && care.why !== undefined ? care.why : world;
    },
  },
  pickUp: { forStudent: ({ context, command }, student) => pickUp(context, student, command.itemId) },
  drop: { forStudent: ({ context, command }, student) => drop(context, student, command.itemId) },
  give: { forStudent: ({ context, command }, student) => give(context, student, command.itemId, command.toId) },
  throwItem: { forStudent: ({ context, command }, student) => throwItem(context, student, command.itemId, targetOf(command)) },
  equip: { forStudent: ({ context, command }, student) => equip(context, student, command.itemId) },
  craft: { forStudent: ({ context, command }, student) => craft(context, student, command.recipe) },
  lock: { forStudent: ({ context }, student) => toggleLock(context, student) },
  throwLure: { forStudent: ({ context, command }, student) => throwLure(context, student, targetOf(command)) },
  useItem: { forStudent: ({ context, command }, student) => useItem(context, student, command.item, command.targetId) },
  checkPhone: { forStudent: ({ context }, student) => checkPhone(context, student) },
  toggleLight: { forStudent: ({ context }, student) => toggleLight(context, student) },
  barricade: { forStudent: ({ context }, student) => buildBarricade(context, student) },
};

/** Applies one (checked) command by its handler; returns a reason when it cannot be carried out. */
export function applyCommand(context: TickContext, intent: MoveIntent, command: Command): string | undefined {
  // The table pairs each type with its handler; TypeScript cannot follow that pairing through an index.
  const handler = COMMAND_HANDLERS[command.type] as CommandHandler<CommandType>;
  const call = { context, intent, command } as CommandCall<CommandType>;
  if ('forGroup' in handler) return handler.forGroup(call);
  const student = controlled(context.world);
  return student === undefined ? 'no student is under control' : handler.forStudent(call, student);
}

function switchStudent(context: TickContext, studentId: number | undefined): string | undefined {
  const { world } = context;
  const count = world.students.length;
  let chosen: Student | undefined;
  if (studentId !== undefined) {
    chosen = world.students[studentId];
    if (chosen === undefined || chosen.down || chosen.waiting) return `student ${studentId} cannot be controlled`;
  } else {
    for (let step = 1; step <= count && chosen === undefined; step++) {
      const candidate = world.students[(world.controlledId + step) % count]!;
      if (!candidate.down && !candidate.waiting) chosen = candidate;
    }
  }
  if (chosen === undefined || chosen.id === world.controlledId) return chosen === undefined ? 'nobody to switch to' : undefined;
  world.controlledId = chosen.id;
  chosen.path = [];
  context.events.push({ type: 'studentSwitched', studentId: chosen.id });
  return undefined;
}
