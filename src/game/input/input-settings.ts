/**
 * Input settings: the control choices a player makes — key bindings, pad buttons and whether the touch stick
 * floats (appears where the thumb lands) or stays fixed — kept in the game's settings
 * (`settings.controls`: only the actions whose keys or buttons differ from the defaults are stored).
 * The stored tables are checked here as a whole (every action has a key, no key doing two things);
 * a table that fails gives the defaults (keys and buttons), with the reason in `inputSettingsProblem()`.
 *
 * Page-wide state: the control settings are the player's, kept in the browser's storage; the cache
 * only spares re-reading them.
 */

import { settings, onSettingsChanged, updateSettings } from '../settings/settings';
import { ACTIONS, type Action } from './actions';
import { checkPadBindings, DEFAULT_PAD_BINDINGS, overridesOf, rebindPad, type PadBindings } from './gamepad-map';
import { checkBindings, DEFAULT_BINDINGS, rebind, type Displaced, type KeyBindings } from './key-bindings';

export type StickMode = 'floating' | 'fixed';

export interface InputSettings {
  bindings: KeyBindings;
  pad: PadBindings;
  stickMode: StickMode;
}

export const DEFAULT_INPUT_SETTINGS: InputSettings = { bindings: DEFAULT_BINDINGS, pad: DEFAULT_PAD_BINDINGS, stickMode: 'floating' };

export type InputSettingsCheck = { ok: true; settings: InputSettings } | { ok: false; error: string };

export function checkInputSettings(value: unknown): InputSettingsCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'input settings must be an object' };
  const raw = value as Record<string, unknown>;
  const stickMode = raw['stickMode'] ?? DEFAULT_INPUT_SETTINGS.stickMode;
  if (stickMode !== 'floating' && stickMode !== 'fixed') return { ok: false, error: `stickMode must be "floating" or "fixed" (got ${JSON.stringify(stickMode)})` };
  const bindings = checkBindings(raw['bindings'] ?? {});
  if (!bindings.ok) return { ok: false, error: `bindings: ${bindings.error}` };
  const pad = checkPadBindings(raw['pad'] ?? {});
  if (!pad.ok) return { ok: false, error: `pad: ${pad.error}` };
  return { ok: true, settings: { bindings: bindings.bindings, pad: pad.pad, stickMode } };
}

/** Only what differs from the defaults, as the settings store it. */
function overrides(bindings: KeyBindings): Record<string, string[]> {
  const changed: Record<string, string[]> = {};
  for (const action of ACTIONS) {
    if (bindings[action].join(' ') !== DEFAULT_BINDINGS[action].join(' ')) changed[action] = [...bindings[action]];
  }
  return changed;
}

let cache: { source: unknown; value: InputSettings; problem: string | null } | undefined;

function read(): { value: InputSettings; problem: string | null } {
  const controls = settings().controls;
  if (cache?.source !== controls) {
    const checked = checkInputSettings(controls);
    cache = checked.ok
      ? { source: controls, value: checked.settings, problem: null }
      : { source: controls, value: { ...DEFAULT_INPUT_SETTINGS, stickMode: controls.stickMode }, problem: `stored key bindings ignored: ${checked.error}` };
  }
  return cache;
}

export function inputSettings(): InputSettings {
  return read().value;
}

/** Why the stored bindings were not used, if they were not. */
export function inputSettingsProblem(): string | null {
  return read().problem;
}

/** Replaces the control settings (after checking them) and stores them with the other settings. */
export function setInputSettings(value: unknown): InputSettingsCheck {
  const checked = checkInputSettings(value);
  if (!checked.ok) return checked;
  const stored = updateSettings({ controls: { bindings: overrides(checked.settings.bindings), pad: overridesOf(checked.settings.pad), stickMode: checked.settings.stickMode } });
  if (!stored.ok) return stored;
  return checked;
}

/** Input settings with the pad table cut down to its changes, as `setInputSettings` takes it. */
function withPad(value: InputSettings): unknown {
  return { ...value, pad: overridesOf(value.pad) };
}

export type BindResult<T> = { ok: true; settings: InputSettings; displaced: T | null } | { ok: false; error: string };

/** Binds a physical key to an action (see `rebind`) and stores it; says which action lost the key. */
export function bindKey(action: Action, code: string): BindResult<Displaced> {
  const next = rebind(inputSettings().bindings, action, code);
  if (!next.ok) return next;
  const stored = setInputSettings(withPad({ ...inputSettings(), bindings: next.bindings }));
  return stored.ok ? { ...stored, displaced: next.displaced } : stored;
}

/** Gives a pad button to an action (see `rebindPad`) and stores it; says which action lost the button. */
export function bindPadButton(action: Action, button: number): BindResult<{ from: Action; swapped: number | null }> {
  const next = rebindPad(inputSettings().pad, action, button);
  if (!next.ok) return next;
  const stored = setInputSettings(withPad({ ...inputSettings(), pad: next.pad }));
  return stored.ok ? { ...stored, displaced: next.displaced } : stored;
}

/** Every key and pad button back to the defaults (the touch stick setting stays). */
export function resetBindings(): InputSettingsCheck {
  return setInputSettings({ stickMode: settings().controls.stickMode });
}

/** Calls `listener` after each change of the control settings; returns the unsubscribe. */
export function onInputSettings(listener: (settings: InputSettings) => void): () => void {
  return onSettingsChanged((next, previous) => {
    if (next.controls !== previous.controls) listener(inputSettings());
  });
}
