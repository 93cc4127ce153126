/**
 * Gamepad map: a reading of a pad in the browser's "standard" layout (buttons 0–16, axes 0–3)
 * to held actions. Pure, so the whole map is tested without a pad.
 *
 * | pad | action |
 * |---|---|
 * | left stick, d-pad | move |
 * | A (0) | attack | B (1) | pick up / use | X (2) | eat food | Y (3) | switch student |
 * | LB (4) | throw phone alarm | RB (5) | phone light |
 * | LT (6) | sneak (held) | RT (7) | run (held) |
 * | Back / View (8) | drink water | Start / Menu (9) | pause |
 * | right stick press (11) | lock / unlock the door in reach |
 *
 * The player may move the buttons 0–8, 10 and 11 between actions (`rebindPad`); the d-pad and the
 * left stick always move and Start always pauses, so a pad can never be left unable to move or
 * reach the menus.
 */

import { t } from '../i18n/i18n';
import { ACTIONS, isAction, type Action } from './actions';

export interface PadReading {
  /** Button values 0..1, by standard-layout index. */
  buttons: readonly number[];
  /** Axis values -1..1: 0 left stick x, 1 left stick y (down is +), 2/3 right stick. */
  axes: readonly number[];
}

/** Stick travel below this counts as centred (worn sticks drift). */
export const STICK_DEADZONE = 0.35;
/** A trigger or button counts as held from this value. */
export const BUTTON_THRESHOLD = 0.5;

/** The default buttons (standard-layout index → action). */
export const PAD_BUTTONS: readonly (readonly [number, Action])[] = [
  [0, 'attack'],
  [1, 'interact'],
  [2, 'food'],
  [3, 'switch'],
  [4, 'lure'],
  [5, 'light'],
  [6, 'sneak'],
  [7, 'run'],
  [8, 'water'],
  [9, 'pause'],
  [11, 'lock'],
  [12, 'up'],
  [13, 'down'],
  [14, 'left'],
  [15, 'right'],
];

/**
 * The stick's direction as one of 8 (or none inside the deadzone): the circle is cut into eight
 * 45° slices, so a diagonal needs the stick pushed diagonally, not just a little off an axis.
 */
export function stickDirection(x: number, y: number, deadzone = STICK_DEADZONE): { dx: number; dy: number } {
  if (!Number.isFinite(x) || !Number.isFinite(y) || Math.hypot(x, y) < deadzone) return { dx: 0, dy: 0 };
  const slice = Math.round(Math.atan2(y, x) / (Math.PI / 4));
  const angle = (slice * Math.PI) / 4;
  return { dx: Math.round(Math.cos(angle)), dy: Math.round(Math.sin(angle)) };
}

/** Action → its pad buttons (standard-layout indices); many actions have none. */
export type PadBindings = Readonly<Record<Action, readonly number[]>>;

export const DEFAULT_PAD_BINDINGS: PadBindings = Object.fromEntries(ACTIONS.map((action) => [action, PAD_BUTTONS.filter(([, a]) => a === action).map(([index]) => index)])) as unknown as PadBindings;

/** Buttons that stay with their action: the d-pad moves, Start pauses. */
export const FIXED_PAD_BUTTONS: ReadonlyMap<number, Action> = new Map(PAD_BUTTONS.filter(([index]) => index === 9 || (index >= 12 && index <= 15)));
/** Buttons the player may give to another action: face buttons, shoulders, triggers, View, the stick presses. */
export const BINDABLE_PAD_BUTTONS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11];
/** Actions whose pad buttons are fixed (they are not offered for remapping on a pad). */
export const FIXED_PAD_ACTIONS: ReadonlySet<Action> = new Set(FIXED_PAD_BUTTONS.values());

/** Names of the buttons of a pad in the browser's standard layout (Xbox letters, as most pads print). */
const PAD_NAMES: Record<number, string> = {
  0: 'A',
  1: 'B',
  2: 'X',
  3: 'Y',
  4: 'LB',
  5: 'RB',
  6: 'LT',
  7: 'RT',
  10: 'LS',
  11: 'RS',
};
const DPAD_ARROWS: Record<number, string> = { 12: '↑', 13: '↓', 14: '←', 15: '→' };

/** A button's printed name: 0 → "A", 7 → "RT", 12 → "D-pad ↑" (the d-pad in the player's language). */
export function padButtonName(index: number): string {
  const arrow = DPAD_ARROWS[index];
  if (arrow !== undefined) return t('remap.dpad', { arrow });
  // View and Menu are words, not letters: in the player's language.
  if (index === 8) return t('help.padView');
  if (index === 9) return t('help.padMenu');
  return PAD_NAMES[index] ?? `#${index}`;
}

export type PadBindingsCheck = { ok: true; pad: PadBindings } | { ok: false; error: string };

/**
 * Checks an untrusted pad table (action → list of at most one button; actions left out keep their
 * defaults): unknown actions, buttons that cannot be moved, a fixed action changed and a button on
 * two actions are errors.
 */
export function checkPadBindings(value: unknown): PadBindingsCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'pad bindings must be an object of action → list of button numbers' };
  const result: Record<Action, readonly number[]> = { ...DEFAULT_PAD_BINDINGS };
  for (const [action, buttons] of Object.entries(value as Record<string, unknown>)) {
    if (!isAction(action)) return { ok: false, error: `unknown action "${action}"` };
    if (FIXED_PAD_ACTIONS.has(action)) {
      if (Array.isArray(buttons) && buttons.join(' ') === DEFAULT_PAD_BINDINGS[action].join(' ')) continue;
      return { ok: false, error: `${action}: its pad buttons cannot be changed` };
    }
    if (!Array.isArray(buttons) || buttons.length > 1) return { ok: false, error: `${action}: expected a list of at most one button number` };
    const bad = buttons.find((b) => !BINDABLE_PAD_BUTTONS.includes(b as number));
    if (bad !== undefined) return { ok: false, error: `${action}: ${JSON.stringify(bad)} is not a pad button that can be bound (${BINDABLE_PAD_BUTTONS.join(', ')})` };
    result[action] = buttons as number[];
  }
  const owner = new Map<number, Action>();
  for (const action of ACTIONS) {
    for (const button of result[action]) {
      const other = owner.get(button);
      if (other !== undefined) return { ok: false, error: `pad button ${button} is bound to both ${other} and ${action}` };
      owner.set(button, action);
    }
  }
  return { ok: true, pad: result };
}

export type PadRebindResult = { ok: true; pad: PadBindings; displaced: { from: Action; swapped: number | null } | null } | { ok: false; error: string };

/** Gives `button` to `action`; the action that had it gets `action`'s old button in exchange (or none). */
export function rebindPad(pad: PadBindings, action: Action, button: number): PadRebindResult {
  if (!isAction(action)) return { ok: false, error: `unknown action "${String(action)}"` };
  if (FIXED_PAD_ACTIONS.has(action)) return { ok: false, error: `${action} stays on ${pad[action].map(padButtonName).join(' / ')}` };
  if (!BINDABLE_PAD_BUTTONS.includes(button)) return { ok: false, error: `${padButtonName(button)} cannot be bound` };
  if (pad[action].includes(button)) return { ok: true, pad, displaced: null };
  const next: Record<Action, readonly number[]> = { ...pad, [action]: [button] };
  const old = pad[action][0] ?? null;
  const from = ACTIONS.find((other) => pad[other].includes(button));
  if (from !== undefined) next[from] = old === null ? [] : [old];
  const checked = checkPadBindings(overridesOf(next));
  return checked.ok ? { ok: true, pad: checked.pad, displaced: from === undefined ? null : { from, swapped: old } } : checked;
}

/** Only the actions whose buttons differ from the defaults, as the settings store them. */
export function overridesOf(pad: PadBindings): Record<string, number[]> {
  const changed: Record<string, number[]> = {};
  for (const action of ACTIONS) {
    if (pad[action].join(' ') !== DEFAULT_PAD_BINDINGS[action].join(' ')) changed[action] = [...pad[action]];
  }
  return changed;
}

export function padActions(reading: PadReading, pad: PadBindings = DEFAULT_PAD_BINDINGS): Set<Action> {
  const held = new Set<Action>();
  for (const action of ACTIONS) {
    for (const index of pad[action]) if ((reading.buttons[index] ?? 0) >= BUTTON_THRESHOLD) held.add(action);
  }
  const { dx, dy } = stickDirection(reading.axes[0] ?? 0, reading.axes[1] ?? 0);
  if (dx < 0) held.add('left');
  if (dx > 0) held.add('right');
  if (dy < 0) held.add('up');
  if (dy > 0) held.add('down');
  return held;
}
