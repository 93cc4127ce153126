/**
 * Commands: what a player, a test script or an AI asks the simulation to do. They apply at the next
 * tick boundary, so `(seed, level, [tick, command]...)` replays exactly. The input layer, the
 * testing hook `hyosan.send` and replays all produce these same objects.
 *
 * `move` is a held intent: it stays in force until another `move` (dx = dy = 0 stops).
 */

import { describeValue } from './describe-value';

export type Gait = 'sneak' | 'walk' | 'run';
/** What can lie on the floor and be carried: food and water are used up, a phone is thrown as an alarm lure. */
export type ItemKind = 'food' | 'water' | 'phone';
export const ITEM_KINDS: readonly ItemKind[] = ['food', 'water', 'phone'];

export type Command =
  | { type: 'move'; dx: number; dy: number; gait?: Gait }
  | { type: 'walkTo'; tileX: number; tileY: number }
  | { type: 'attack' }
  | { type: 'interact' }
  | { type: 'useItem'; item: 'food' | 'water' }
  /** Throw a ringing phone a few tiles ahead: a loud alarm that pulls zombies to it for a while. */
  | { type: 'throwLure' }
  | { type: 'switchStudent'; studentId?: number };

export type CommandType = Command['type'];

export type CommandCheck = { ok: true; command: Command } | { ok: false; error: string };

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

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
      return { ok: true, command: { type: 'move', dx: Math.sign(dx), dy: Math.sign(dy), gait: gait ?? 'walk' } };
    }
    case 'walkTo': {
      const { tileX, tileY } = raw;
      if (!Number.isInteger(tileX) || !Number.isInteger(tileY)) return { ok: false, error: `walkTo needs integer tileX and tileY (got ${describeValue(tileX)}, ${describeValue(tileY)})` };
      return { ok: true, command: { type: 'walkTo', tileX: tileX as number, tileY: tileY as number } };
    }
    case 'attack':
    case 'interact':
    case 'throwLure':
      return { ok: true, command: { type: raw['type'] } };
    case 'useItem': {
      const { item } = raw;
      if (item !== 'food' && item !== 'water') return { ok: false, error: `useItem.item must be food or water (got ${describeValue(item)})` };
      return { ok: true, command: { type: 'useItem', item } };
    }
    case 'switchStudent': {
      const { studentId } = raw;
      if (studentId !== undefined && !Number.isInteger(studentId)) return { ok: false, error: `switchStudent.studentId must be an integer (got ${describeValue(studentId)})` };
      return { ok: true, command: studentId === undefined ? { type: 'switchStudent' } : { type: 'switchStudent', studentId: studentId as number } };
    }
    default:
      return { ok: false, error: `unknown command type ${describeValue(raw['type'])}; expected one of move, walkTo, attack, interact, useItem, throwLure, switchStudent` };
  }
}
