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

/**
 * Keys that stay with one action whatever else is bound: Esc always pauses (and goes back in
 * menus, and cancels a remap), so a player can never lock themselves out of the menus.
 */
export const FIXED_KEYS: Readonly<Record<string, Action>> = { Escape: 'pause' };

/** `KeyboardEvent.code` values look like `KeyA`, `Digit1`, `ArrowUp`, `Numpad5`, `F3`, `Space`. */
const CODE_PATTERN = /^[A-Z][A-Za-z0-9]{1,24}$/;

export function isBindableCode(code: unknown): code is string {
  return typeof code === 'string' && CODE_PATTERN.test(code) && !RESERVED_CODES.has(code);
}

export type BindingsCheck = { ok: true; bindings: KeyBindings } | { ok: false; error: string };

/**
 * Checks an untrusted bindings table (from storage or the testing hook). Actions it leaves out
 * keep their defaults; unknown actions, bad codes, an action left with no key, a fixed key
 * (Esc) moved off its action and a code bound to two actions are errors.
 */
export function checkBindings(value: unknown): BindingsCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'key bindings must be an object of action → list of key codes' };
  const result: Record<Action, readonly string[]> = { ...DEFAULT_BINDINGS };
  for (const [action, codes] of Object.entries(value as Record<string, unknown>)) {
    if (!isAction(action)) return { ok: false, error: `unknown action "${action}"; expected one of ${ACTIONS.join(', ')}` };
    if (!Array.isArray(codes) || codes.length === 0 || codes.length > MAX_KEYS_PER_ACTION) return { ok: false, error: `${action}: expected a list of 1 to ${MAX_KEYS_PER_ACTION} key codes` };
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
  for (const [code, action] of Object.entries(FIXED_KEYS)) {
    if (owner.get(code) !== action) return { ok: false, error: `${code} must stay bound to ${action}` };
  }
  return { ok: true, bindings: result };
}

/** What a rebind did besides binding the key: the action it took the key from, and what that action got instead. */
export interface Displaced {
  /** The action that had the key and lost it. */
  from: Action;
  /** The key that action got in exchange (the rebound action's old key), when losing the key would have left it with none. */
  swapped: string | null;
}

export type RebindResult = { ok: true; bindings: KeyBindings; displaced: Displaced | null } | { ok: false; error: string };

/**
 * Binds `code` to `action`, replacing its primary key (the first one that is not fixed; other keys
 * stay). One key never does two things: an action that had `code` loses it, and if that leaves it
 * with no key at all it gets the rebound action's old primary key (the two swap), so no action is
 * ever left without a key. Binding a key an action already has makes it the primary key.
 */
export function rebind(bindings: KeyBindings, action: Action, code: string): RebindResult {
  if (!isAction(action)) return { ok: false, error: `unknown action "${String(action)}"` };
  if (!isBindableCode(code)) return { ok: false, error: `${JSON.stringify(code)} is not a key code that can be bound` };
  const fixedOwner = FIXED_KEYS[code];
  if (fixedOwner !== undefined && fixedOwner !== action) return { ok: false, error: `${code} is kept for ${fixedOwner}` };
  const own = bindings[action];
  if (own.includes(code)) {
    const checked = checkBindings({ ...bindings, [action]: [code, ...own.filter((c) => c !== code)] });
    return checked.ok ? { ...checked, displaced: null } : checked;
  }
  const next: Record<Action, readonly string[]> = { ...bindings };
  const replaceAt = own.findIndex((c) => FIXED_KEYS[c] === undefined);
  const old = replaceAt >= 0 ? own[replaceAt]! : null;
  next[action] = replaceAt >= 0 ? own.map((c, i) => (i === replaceAt ? code : c)) : [...own, code].slice(0, MAX_KEYS_PER_ACTION);
  let displaced: Displaced | null = null;
  const from = ACTIONS.find((other) => other !== action && bindings[other].includes(code));
  if (from !== undefined) {
    const left = bindings[from].filter((c) => c !== code);
    const swapped = left.length === 0 ? old : null;
    next[from] = swapped === null ? left : [swapped];
    displaced = { from, swapped };
  }
  const checked = checkBindings(next);
  return checked.ok ? { ...checked, displaced } : checked;
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
