/**
 * Actions: what a player can do, named once for every input device. The keyboard, the gamepad
 * and the touch controls each say which actions are held or were just pressed; player controls
 * turn those into core commands. Nothing here imports Phaser, so it is unit-tested in Node.
 *
 * Held actions (directions, run, sneak, attack) count while held; the others fire once per press.
 */

export const ACTIONS = [
  'up',
  'down',
  'left',
  'right',
  'run',
  'sneak',
  'attack',
  'interact',
  'switch',
  'lure',
  'food',
  'water',
  'light',
  'slot3',
  'slot4',
  'slot5',
  'slot6',
  'order',
  'craft',
  'barricade',
  'lock',
  'pause',
] as const;
export type Action = (typeof ACTIONS)[number];

export const HELD_ACTIONS: ReadonlySet<Action> = new Set<Action>(['up', 'down', 'left', 'right', 'run', 'sneak', 'attack']);

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

/** The text-catalogue key of an action's name (for the remap list): `t(actionLabelKey('run'))`. */
export function actionLabelKey(action: Action): `controls.actions.${Action}` {
  return `controls.actions.${action}`;
}

/** A direction from held direction actions: -1, 0 or 1 on each axis (opposite keys cancel). */
export function directionOf(held: ReadonlySet<Action>): { dx: number; dy: number } {
  return {
    dx: (held.has('right') ? 1 : 0) - (held.has('left') ? 1 : 0),
    dy: (held.has('down') ? 1 : 0) - (held.has('up') ? 1 : 0),
  };
}
