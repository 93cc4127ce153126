/**
 * The settings the game runs with: read once from localStorage (validated, see schema.ts),
 * changed through `updateSettings`, written back at once, and announced to subscribers so the
 * sound board, the language and the renderers follow live.
 *
 * Nothing here throws at the player: settings that are corrupt or from another version become
 * defaults (the bad fields only) and `settingsNotice()` says so; storage that is blocked (private
 * modes, disabled cookies) or full keeps the settings for this visit and says that too.
 *
 * Page-wide state: the player's settings are the page's, kept in the browser's storage and applied
 * live to every scene.
 */

import { changeSettings, readSettings, withPreset, type DifficultyPreset, type Settings } from './schema';

export const SETTINGS_KEY = 'hyosan.settings';

export type SettingsListener = (settings: Settings, previous: Settings) => void;

export interface SettingsNotice {
  kind: 'reset' | 'storage';
  /** English detail for the console and tests; the screen shows a translated summary. */
  detail: string;
}

let current: Settings | undefined;
let notice: SettingsNotice | undefined;
const listeners = new Set<SettingsListener>();

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // reading `localStorage` itself throws when storage is blocked
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function load(): Settings {
  const store = storage();
  let text: string | null = null;
  try {
    text = store === undefined ? null : store.getItem(SETTINGS_KEY);
    if (store === undefined) notice = { kind: 'storage', detail: 'storage is blocked: settings last for this visit only' };
  } catch (error) {
    notice = { kind: 'storage', detail: `storage is blocked: settings last for this visit only (${(error as Error).message})` };
  }
  const { settings, problems } = readSettings(text, { prefersReducedMotion: prefersReducedMotion() });
  if (problems.length > 0) {
    notice = { kind: 'reset', detail: problems.join('; ') };
    console.warn(`Settings: replaced with defaults where wrong: ${notice.detail}`);
    save(settings);
  }
  return settings;
}

function save(settings: Settings): void {
  const store = storage();
  if (store === undefined) return;
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch (error) {
    notice = { kind: 'storage', detail: `settings could not be stored (${(error as Error).name}): they last for this visit only` };
  }
}

/** The current settings (read from storage on first use). Treat as read-only. */
export function settings(): Settings {
  current ??= load();
  return current;
}

/** What went wrong reading or writing settings, if anything; shown once on the title screen. */
export function settingsNotice(): SettingsNotice | undefined {
  settings();
  return notice;
}

export function dismissSettingsNotice(): void {
  notice = undefined;
}

function commit(next: Settings): void {
  const previous = settings();
  current = next;
  save(next);
  for (const listener of [...listeners]) listener(next, previous);
}

/**
 * Applies a partial change, e.g. `{ volume: { music: 0.3 } }` or `{ accessibility: { captions: false } }`.
 * A change that would make the settings invalid is refused whole, with the reason.
 */
export function updateSettings(change: unknown): { ok: true; settings: Settings } | { ok: false; error: string } {
  const result = changeSettings(settings(), change);
  if (result.ok) commit(result.settings);
  return result;
}

export function setDifficultyPreset(preset: DifficultyPreset): void {
  commit(withPreset(settings(), preset));
}

/** Calls `listener(settings, previous)` after every change; returns the unsubscribe. */
export function onSettingsChanged(listener: SettingsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Calls `listener` now and after every change: for code that mirrors a setting (volumes,
 * language). Returns the unsubscribe.
 */
export function followSettings(listener: (settings: Settings) => void): () => void {
  listener(settings());
  return onSettingsChanged((next) => listener(next));
}
