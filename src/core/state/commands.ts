/**
 * Commands: what a player, a test script or an AI asks the simulation to do. They apply at the next
 * tick boundary, so `(seed, level, [tick, command]...)` replays exactly. The input layer, the
 * testing hook `hyosan.send` and replays all produce these same objects.
 *
 * `move` is a held intent: it stays in force until another `move` (dx = dy = 0 stops).
 */

import { describeValue } from '../kernel/describe-value';
import { isItemKind, ITEM_KINDS, RECIPE_IDS, type ItemKind, type RecipeId } from '../kernel/item-kinds';

export type Gait = 'sneak' | 'walk' | 'run';
/** What the students the player is not controlling do: keep up, stay where they are, or keep up quietly. */
export type StudentOrder = 'follow' | 'hold' | 'sneak';
export const STUDENT_ORDERS: readonly StudentOrder[] = ['follow', 'hold', 'sneak'];

export type Command =
  | { type: 'move'; dx: number; dy: number; gait?: Gait }
  | { type: 'walkTo'; tileX: number; tileY: number }
  | { type: 'attack' }
  | { type: 'interact' }
  /** Use (eat, drink, apply, recharge) one item of a kind from the controlled student's pack, on `targetId` (a student in reach) or themself. */
  | { type: 'useItem'; item: ItemKind; targetId?: number }
  /**
   * Throw a ringing phone toward tile (tileX, tileY), or ahead when left out: a loud alarm that pulls
   * zombies to it for a while. The simulation clamps the aim to the throw's range and line of flight.
   */
  | { type: 'throwLure'; tileX?: number; tileY?: number }
  | { type: 'switchStudent'; studentId?: number }
  /** Pick up a floor item in reach (the nearest one when `itemId` is left out). */
  | { type: 'pickUp'; itemId?: number }
  | { type: 'drop'; itemId: number }
  /** Hand a carried item to another living student in reach. */
  | { type: 'give'; itemId: number; toId: number }
  /** Throw a carried item toward tile (tileX, tileY), or ahead when left out: it lands on the floor with a thud zombies hear. */
  | { type: 'throwItem'; itemId: number; tileX?: number; tileY?: number }
  /** Hold a carried weapon ready (`itemId` -1: bare hands). */
  | { type: 'equip'; itemId: number }
  | { type: 'craft'; recipe: RecipeId }
  /** Order the other students (or one, by id): follow, hold position, or follow sneaking. */
  | { type: 'order'; order: StudentOrder; studentId?: number }
  /** Build or repair a barricade on the nearest door or window, from carried planks, chairs or desks (loud). */
  | { type: 'barricade' }
  /** Read messages on the phone: costs battery, steadies the nearby students. */
  | { type: 'checkPhone' }
  /** Lock the nearest closed door in reach, or unlock it when it is locked. */
  | { type: 'lock' }
  /** Switch the controlled student's phone light on or off (needs a phone with charge; drains it). */
  | { type: 'toggleLight' };

export type CommandType = Command['type'];

export type CommandCheck = { ok: true; command: Command } | { ok: false; error: string };

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** An integer checked above, as a command keeps it: -0 becomes 0, so the command survives JSON as itself. */
const plainInt = (value: unknown): number => (value as number) + 0;
const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= -1 && (value as number) < 1e9;

const COMMAND_TYPES = 'move, walkTo, attack, interact, useItem, throwLure, switchStudent, pickUp, drop, give, throwItem, equip, craft, order, barricade, checkPhone, lock, toggleLight';

/**
 * Checks an untrusted value (from the testing hook or a replay file) and returns a clean command
 * or a message saying what is wrong. Never throws.
 */
export function checkCommand(value: unknown): CommandCheck {
  try {
    return checkFields(value);
  } catch (error) {
    // A proxy or getter that throws while being read (from a console or a script): refused, not a crash.
    return { ok: false, error: `the command could not be read (${error instanceof Error ? error.message.slice(0, 80) : typeof error})` };
  }
}

function checkFields(value: unknown): CommandCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `a command must be an object (got ${describeValue(value)})` };
  }
  const raw = value as Record<string, unknown>;
  switch (raw['type']) {
    case 'move': {
      const { dx, dy, gait } = raw;
      if (!isFiniteNumber(dx) || !isFiniteNumber(dy)) return { ok: false, error: `move needs finite dx and dy (got ${describeValue(dx)}, ${describeValue(dy)})` };
      if (gait !== undefined && gait !== 'sneak' && gait !== 'walk' && gait !== 'run') {
        return { ok: false, error: `move.gait must be sneak, walk or run (got ${describeValue(gait)})` };
      }
      // + 0: a -0 (a stick's or a script's) would come back as 0 from a recording's JSON.
      return { ok: true, command: { type: 'move', dx: Math.sign(dx) + 0, dy: Math.sign(dy) + 0, gait: gait ?? 'walk' } };
    }
    case 'walkTo': {
      const { tileX, tileY } = raw;
      if (!Number.isInteger(tileX) || !Number.isInteger(tileY)) return { ok: false, error: `walkTo needs integer tileX and tileY (got ${describeValue(tileX)}, ${describeValue(tileY)})` };
      return { ok: true, command: { type: 'walkTo', tileX: plainInt(tileX), tileY: plainInt(tileY) } };
    }
    case 'throwLure': {
      const target = checkTarget(raw, 'throwLure');
      return 'error' in target ? { ok: false, error: target.error } : { ok: true, command: { type: 'throwLure', ...target.target } };
    }
    case 'throwItem': {
      const { itemId } = raw;
      if (!isId(itemId)) return { ok: false, error: `throwItem.itemId must be an item id (got ${describeValue(itemId)})` };
      const target = checkTarget(raw, 'throwItem');
      return 'error' in target ? { ok: false, error: target.error } : { ok: true, command: { type: 'throwItem', itemId: plainInt(itemId), ...target.target } };
    }
    case 'attack':
    case 'interact':
    case 'barricade':
    case 'checkPhone':
    case 'lock':
    case 'toggleLight':
      return { ok: true, command: { type: raw['type'] } };
    case 'useItem': {
      const { item, targetId } = raw;
      if (!isItemKind(item)) return { ok: false, error: `useItem.item must be an item kind (got ${describeValue(item)}; expected one of ${ITEM_KINDS.join(', ')})` };
      if (targetId !== undefined && !isId(targetId)) return { ok: false, error: `useItem.targetId must be a student id (got ${describeValue(targetId)})` };
      return { ok: true, command: targetId === undefined ? { type: 'useItem', item } : { type: 'useItem', item, targetId: plainInt(targetId) } };
    }
    case 'pickUp': {
      const { itemId } = raw;
      if (itemId !== undefined && !isId(itemId)) return { ok: false, error: `pickUp.itemId must be an item id (got ${describeValue(itemId)})` };
      return { ok: true, command: itemId === undefined ? { type: 'pickUp' } : { type: 'pickUp', itemId: plainInt(itemId) } };
    }
    case 'drop':
    case 'equip': {
      const { itemId } = raw;
      if (!isId(itemId)) return { ok: false, error: `${raw['type']}.itemId must be an item id (got ${describeValue(itemId)})` };
      return { ok: true, command: { type: raw['type'], itemId: plainInt(itemId) } };
    }
    case 'give': {
      const { itemId, toId } = raw;
      if (!isId(itemId) || !isId(toId)) return { ok: false, error: `give needs an itemId and a toId (got ${describeValue(itemId)}, ${describeValue(toId)})` };
      return { ok: true, command: { type: 'give', itemId: plainInt(itemId), toId: plainInt(toId) } };
    }
    case 'craft': {
      const { recipe } = raw;
      if (typeof recipe !== 'string' || !(RECIPE_IDS as readonly string[]).includes(recipe))
        return { ok: false, error: `craft.recipe must be one of ${RECIPE_IDS.join(', ')} (got ${describeValue(recipe)})` };
      return { ok: true, command: { type: 'craft', recipe: recipe as RecipeId } };
    }
    case 'order': {
      const { order, studentId } = raw;
      if (order !== 'follow' && order !== 'hold' && order !== 'sneak') return { ok: false, error: `order.order must be follow, hold or sneak (got ${describeValue(order)})` };
      if (studentId !== undefined && !isId(studentId)) return { ok: false, error: `order.studentId must be a student id (got ${describeValue(studentId)})` };
      return { ok: true, command: studentId === undefined ? { type: 'order', order } : { type: 'order', order, studentId: plainInt(studentId) } };
    }
    case 'switchStudent': {
      const { studentId } = raw;
      if (studentId !== undefined && !Number.isInteger(studentId)) return { ok: false, error: `switchStudent.studentId must be an integer (got ${describeValue(studentId)})` };
      return { ok: true, command: studentId === undefined ? { type: 'switchStudent' } : { type: 'switchStudent', studentId: plainInt(studentId) } };
    }
    default:
      return { ok: false, error: `unknown command type ${describeValue(raw['type'])}; expected one of ${COMMAND_TYPES}` };
  }
}

/** A throw's optional aim: both tileX and tileY as integers, or neither. */
function checkTarget(raw: Record<string, unknown>, type: string): { target: { tileX?: number; tileY?: number } } | { error: string } {
  const { tileX, tileY } = raw;
  if (tileX === undefined && tileY === undefined) return { target: {} };
  if (!Number.isInteger(tileX) || !Number.isInteger(tileY) || Math.abs(tileX as number) > 1e6 || Math.abs(tileY as number) > 1e6) {
    return { error: `${type} aims at integer tileX and tileY, both or neither (got ${describeValue(tileX)}, ${describeValue(tileY)})` };
  }
  return { target: { tileX: plainInt(tileX), tileY: plainInt(tileY) } };
}
