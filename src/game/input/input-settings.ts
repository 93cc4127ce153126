/**
 * Input settings: the control choices a player makes — key bindings and whether the touch stick
 * floats (appears where the thumb lands) or stays fixed — remembered in `localStorage`.
 * Everything read back is checked; a broken or foreign value falls back to the defaults with the
 * reason kept in `problem`, and a browser that refuses storage only loses the memory, not the game.
 */

import { checkBindings, DEFAULT_BINDINGS, rebind, type KeyBindings } from './key-bindings';
import type { Action } from './actions';

export type StickMode = 'floating' | 'fixed';

export interface InputSettings {
  bindings: KeyBindings;
  stickMode: StickMode;
}

export const DEFAULT_INPUT_SETTINGS: InputSettings = { bindings: DEFAULT_BINDINGS, stickMode: 'floating' };

const STORAGE_KEY = 'hyosan.input.v1';

let current: InputSettings = DEFAULT_INPUT_SETTINGS;
let loaded = false;
/** Why the stored settings were not used, if they were not. */
let problem: string | null = null;
const listeners = new Set<(settings: InputSettings) => void>();

export type InputSettingsCheck = { ok: true; settings: InputSettings } | { ok: false; error: string };

export function checkInputSettings(value: unknown): InputSettingsCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'input settings must be an object' };
  const raw = value as Record<string, unknown>;
  const stickMode = raw['stickMode'] ?? DEFAULT_INPUT_SETTINGS.stickMode;
  if (stickMode !== 'floating' && stickMode !== 'fixed') return { ok: false, error: `stickMode must be "floating" or "fixed" (got ${JSON.stringify(stickMode)})` };
  const bindings = checkBindings(raw['bindings'] ?? {});
  if (!bindings.ok) return { ok: false, error: `bindings: ${bindings.error}` };
  return { ok: true, settings: { bindings: bindings.bindings, stickMode } };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function load(): void {
  loaded = true;
  let text: string | null = null;
  try {
    text = storage()?.getItem(STORAGE_KEY) ?? null;
  } catch (error) {
    problem = `could not read stored controls: ${String(error)}`;
  }
  if (text === null) return;
  try {
    const checked = checkInputSettings(JSON.parse(text));
    if (checked.ok) current = checked.settings;
    else problem = `stored controls ignored: ${checked.error}`;
  } catch {
    problem = 'stored controls ignored: not JSON';
  }
}

export function inputSettings(): InputSettings {
  if (!loaded) load();
  return current;
}

export function inputSettingsProblem(): string | null {
  if (!loaded) load();
  return problem;
}

/** Replaces the settings (after checking them), remembers them and tells listeners. */
export function setInputSettings(value: unknown): InputSettingsCheck {
  const checked = checkInputSettings(value);
  if (!checked.ok) return checked;
  current = checked.settings;
  loaded = true;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch (error) {
    problem = `controls not remembered: ${String(error)}`;
  }
  for (const listener of [...listeners]) listener(current);
  return checked;
}

/** Binds a physical key to an action (see `rebind`) and remembers it. */
export function bindKey(action: Action, code: string): InputSettingsCheck {
  const next = rebind(inputSettings().bindings, action, code);
  if (!next.ok) return next;
  return setInputSettings({ ...inputSettings(), bindings: next.bindings });
}

export function onInputSettings(listener: (settings: InputSettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
