/**
 * Key bindings: which physical keys (`KeyboardEvent.code`, e.g. `KeyW`, `Space`) do each action.
 * Codes name places on the keyboard, not letters, so a Korean 2-set or AZERTY layout keeps the
 * same hand positions. Pure data and functions: validated when read from storage (a bad table
 * gives a message and the defaults, never a crash), changed only through `rebind`.
 */

import { ACTIONS, isAction, type Action } from './actions';

/** Action → the codes that do it (up to `MAX_KEYS_PER_ACTION`, first is the primary). */
export type KeyBindings = Readonly<Record<Action, readonly string[]>>;

export const MAX_KEYS_PER_ACTION = 3;

export const DEFAULT_BINDINGS: KeyBindings = {
  up: ['KeyW', 'ArrowUp'],
  down: ['KeyS', 'ArrowDown'],
  left: ['KeyA', 'ArrowLeft'],
  right: ['KeyD', 'ArrowRight'],
  run: ['ShiftLeft', 'ShiftRight'],
  sneak: ['KeyC', 'ControlLeft', 'ControlRight'],
  attack: ['Space'],
  interact: ['KeyE'],
  switch: ['Tab'],
  lure: ['KeyQ'],
  food: ['Digit1'],
  water: ['Digit2'],
  light: ['KeyF'],
  slot3: ['Digit3'],
  slot4: ['Digit4'],
  slot5: ['Digit5'],
  slot6: ['Digit6'],
  order: ['KeyO'],
  craft: ['KeyR'],
  barricade: ['KeyB'],
  lock: ['KeyL'],
  pause: ['Escape', 'KeyP'],
};

/**
 * Keys that cannot be bound: the browser or the system keeps them (F5 reload, F11 fullscreen,
 * F12 tools), or a modifier-only meta key that opens system menus.
 */
const RESERVED_CODES: ReadonlySet<string> = new Set(['F5', 'F11', 'F12', 'MetaLeft', 'MetaRight', 'OSLeft', 'OSRight', 'ContextMenu']);

/** `KeyboardEvent.code` values look like `KeyA`, `Digit1`, `ArrowUp`, `Numpad5`, `F3`, `Space`. */
const CODE_PATTERN = /^[A-Z][A-Za-z0-9]{1,24}$/;

export function isBindableCode(code: unknown): code is string {
  return typeof code === 'string' && CODE_PATTERN.test(code) && !RESERVED_CODES.has(code);
}

export type BindingsCheck = { ok: true; bindings: KeyBindings } | { ok: false; error: string };

/**
 * Checks an untrusted bindings table (from storage or the testing hook). Actions it leaves out
 * keep their defaults; unknown actions, bad codes and a code bound to two actions are errors.
 */
export function checkBindings(value: unknown): BindingsCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'key bindings must be an object of action → list of key codes' };
  const result: Record<Action, readonly string[]> = { ...DEFAULT_BINDINGS };
  for (const [action, codes] of Object.entries(value as Record<string, unknown>)) {
    if (!isAction(action)) return { ok: false, error: `unknown action "${action}"; expected one of ${ACTIONS.join(', ')}` };
    if (!Array.isArray(codes) || codes.length > MAX_KEYS_PER_ACTION) return { ok: false, error: `${action}: expected a list of at most ${MAX_KEYS_PER_ACTION} key codes` };
    const bad = codes.find((code) => !isBindableCode(code));
    if (bad !== undefined) return { ok: false, error: `${action}: ${JSON.stringify(bad)} is not a key code that can be bound (e.g. "KeyW", "Space", "ArrowUp")` };
    result[action] = [...new Set(codes as string[])];
  }
  const owner = new Map<string, Action>();
  for (const action of ACTIONS) {
    for (const code of result[action]) {
      const other = owner.get(code);
      if (other !== undefined) return { ok: false, error: `${code} is bound to both ${other} and ${action}` };
      owner.set(code, action);
    }
  }
  return { ok: true, bindings: result };
}

/**
 * Binds `code` to `action` as its primary key. The code leaves any other action it was bound to
 * (so one key never does two things), and the action keeps at most `MAX_KEYS_PER_ACTION` keys.
 * An action left with no key gets its default keys back, minus any now used elsewhere.
 */
export function rebind(bindings: KeyBindings, action: Action, code: string): BindingsCheck {
  if (!isAction(action)) return { ok: false, error: `unknown action "${String(action)}"` };
  if (!isBindableCode(code)) return { ok: false, error: `${JSON.stringify(code)} is not a key code that can be bound` };
  const next: Record<Action, readonly string[]> = { ...bindings };
  for (const other of ACTIONS) next[other] = next[other].filter((c) => c !== code);
  next[action] = [code, ...next[action]].slice(0, MAX_KEYS_PER_ACTION);
  const used = new Set(ACTIONS.flatMap((a) => next[a]));
  for (const other of ACTIONS) {
    if (next[other].length === 0) next[other] = DEFAULT_BINDINGS[other].filter((c) => !used.has(c));
  }
  return checkBindings(next);
}

/** The action a key code does, if any. */
export function actionForCode(bindings: KeyBindings, code: string): Action | undefined {
  return ACTIONS.find((action) => bindings[action].includes(code));
}

/** A short name for a key code as printed on most keyboards: `KeyW` → `W`, `Digit1` → `1`, `ArrowUp` → `↑`. */
export function keyLabel(code: string): string {
  const arrows: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };
  if (arrows[code] !== undefined) return arrows[code];
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (code.startsWith('Numpad')) return `Num ${code.slice(6)}`;
  const sides = /^(Shift|Control|Alt)(Left|Right)$/.exec(code);
  if (sides !== null) return sides[1] === 'Control' ? 'Ctrl' : sides[1]!;
  if (code === 'Escape') return 'Esc';
  return code;
}
