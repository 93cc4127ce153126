/**
 * The player's settings: what they are, their defaults, and how untrusted stored text becomes
 * settings. Pure (no DOM, no storage): `readSettings` never throws — each field that is missing
 * or wrong falls back to its default and is named in `problems`, so one bad value does not cost
 * the player every other choice they made.
 */

import { z } from 'zod';

// No code generated from strings (the game's Content-Security-Policy forbids eval).
z.config({ jitless: true });

export const SETTINGS_VERSION = 1;

export const DIFFICULTY_PRESETS = ['story', 'normal', 'hard'] as const;
export type DifficultyPreset = (typeof DIFFICULTY_PRESETS)[number];

/** Multipliers on the rules (1 = as designed); the presets set them, the sliders adjust them. */
export interface DifficultySliders {
  hordeSenses: number;
  needsDecay: number;
  infectionSpeed: number;
  lootAmount: number;
}

export const DIFFICULTY_SLIDERS = ['hordeSenses', 'needsDecay', 'infectionSpeed', 'lootAmount'] as const satisfies readonly (keyof DifficultySliders)[];
export const SLIDER_MIN = 0.5;
export const SLIDER_MAX = 2;

export const PRESET_SLIDERS: Record<DifficultyPreset, DifficultySliders> = {
  story: { hordeSenses: 0.6, needsDecay: 0.6, infectionSpeed: 0.6, lootAmount: 1.5 },
  normal: { hordeSenses: 1, needsDecay: 1, infectionSpeed: 1, lootAmount: 1 },
  hard: { hordeSenses: 1.4, needsDecay: 1.3, infectionSpeed: 1.4, lootAmount: 0.7 },
};

export const TEXT_SIZES = [1, 1.25, 1.5] as const;
export const STICK_MODES = ['floating', 'fixed'] as const;
export const LANGUAGE_CHOICES = ['auto', 'en', 'ko'] as const;

const unit = z.number().min(0).max(1);
const slider = z.number().min(SLIDER_MIN).max(SLIDER_MAX);
/** A physical key (`KeyboardEvent.code`, e.g. `KeyW`, `ArrowUp`, `ShiftLeft`). */
const keyCode = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,23}$/);
const actionName = z.string().regex(/^[a-z][A-Za-z0-9]{0,31}$/);

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  volume: z.object({ master: unit, music: unit, effects: unit }),
  difficulty: z.object({
    preset: z.enum(DIFFICULTY_PRESETS),
    hordeSenses: slider,
    needsDecay: slider,
    infectionSpeed: slider,
    lootAmount: slider,
  }),
  controls: z.object({
    /** Keys chosen by the player, by action; an action not listed keeps the input layer's default keys. */
    bindings: z.record(actionName, z.array(keyCode).max(4)).refine((record) => Object.keys(record).length <= 64, 'too many actions'),
    stickMode: z.enum(STICK_MODES),
    /** Pad buttons chosen by the player (standard-layout indices), by action; added after version 1, so missing means none changed. */
    pad: z
      .record(actionName, z.array(z.number().int().min(0).max(16)).max(1))
      .refine((record) => Object.keys(record).length <= 64, 'too many actions')
      .default({}),
  }),
  accessibility: z.object({
    reducedMotion: z.boolean(),
    screenShake: z.boolean(),
    colourBlind: z.boolean(),
    highContrast: z.boolean(),
    textSize: z.union(TEXT_SIZES.map((size) => z.literal(size)) as [z.ZodLiteral<1>, z.ZodLiteral<1.25>, z.ZodLiteral<1.5>]),
    captions: z.boolean(),
    soundRings: z.boolean(),
  }),
  language: z.enum(LANGUAGE_CHOICES),
  /** The first-run tutorial: lessons done (src/game/tutorial/lessons.ts), never shown again; names the game does not know are ignored. */
  tutorial: z.object({ done: z.array(z.string().regex(/^[a-z][A-Za-z]{0,23}$/)).max(32) }),
});

export type Settings = z.infer<typeof settingsSchema>;

export interface Environment {
  /** `prefers-reduced-motion: reduce`. */
  prefersReducedMotion: boolean;
}

export function defaultSettings(environment: Environment = { prefersReducedMotion: false }): Settings {
  return {
    version: SETTINGS_VERSION,
    volume: { master: 1, music: 0.6, effects: 0.9 },
    difficulty: { preset: 'normal', ...PRESET_SLIDERS.normal },
    controls: { bindings: {}, stickMode: 'floating', pad: {} },
    accessibility: {
      reducedMotion: environment.prefersReducedMotion,
      screenShake: !environment.prefersReducedMotion,
      colourBlind: false,
      highContrast: false,
      textSize: 1,
      captions: true,
      soundRings: true,
    },
    language: 'auto',
    tutorial: { done: [] },
  };
}

export interface ReadResult {
  settings: Settings;
  /** What was wrong and replaced by defaults, e.g. `volume.music: expected a number ≤ 1 (got 7)`; empty when all was fine. */
  problems: string[];
}

/** Sections added after settings version 1 was stored by players. */
const ADDED_LATER: ReadonlySet<string> = new Set(['tutorial']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  } catch {
    return typeof value;
  }
}

/**
 * Settings from stored text (`null` when nothing was stored). Unparsable text, another version or
 * any wrong field gives defaults for what was wrong, and a problem line for each.
 */
export function readSettings(text: string | null, environment?: Environment): ReadResult {
  const defaults = defaultSettings(environment);
  if (text === null) return { settings: defaults, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: defaults, problems: [`stored settings are not valid JSON (got ${describe(text.slice(0, 40))})`] };
  }
  return checkSettings(raw, defaults);
}

/** Settings from an untrusted value (a parsed file, the testing hook); the same field-by-field fallback. */
export function checkSettings(raw: unknown, defaults: Settings = defaultSettings()): ReadResult {
  if (!isObject(raw)) return { settings: defaults, problems: [`stored settings are not an object (got ${describe(raw)})`] };
  if (raw['version'] !== SETTINGS_VERSION) return { settings: defaults, problems: [`stored settings have version ${describe(raw['version'])} (expected ${SETTINGS_VERSION})`] };
  const problems: string[] = [];
  const merged = structuredClone(defaults) as unknown as Record<string, unknown>;
  const shape = settingsSchema.shape;
  for (const section of Object.keys(shape) as (keyof typeof shape)[]) {
    if (section === 'version') continue;
    const value = raw[section];
    if (section === 'language') {
      const result = shape.language.safeParse(value);
      if (result.success) merged['language'] = result.data;
      else problems.push(`language: expected one of ${LANGUAGE_CHOICES.join(', ')} (got ${describe(value)})`);
      continue;
    }
    const sectionSchema = shape[section] as z.ZodObject<Record<string, z.ZodType>>;
    const target = merged[section] as Record<string, unknown>;
    // A section added after version 1 may be missing from settings stored before it: its defaults, quietly.
    if (value === undefined && ADDED_LATER.has(section)) continue;
    if (!isObject(value)) {
      problems.push(`${section}: expected an object (got ${describe(value)})`);
      continue;
    }
    for (const [field, fieldSchema] of Object.entries(sectionSchema.shape)) {
      const result = fieldSchema.safeParse(value[field]);
      if (result.success) target[field] = result.data;
      else problems.push(`${section}.${field}: ${result.error.issues[0]?.message ?? 'invalid'} (got ${describe(value[field])})`);
    }
  }
  return { settings: settingsSchema.parse(merged), problems };
}

/** Deep-merges a change into settings and validates the result; a wrong change is refused whole. */
export function changeSettings(current: Settings, change: unknown): { ok: true; settings: Settings } | { ok: false; error: string } {
  if (!isObject(change)) return { ok: false, error: `a settings change must be an object (got ${describe(change)})` };
  const merged = structuredClone(current) as unknown as Record<string, unknown>;
  for (const [section, value] of Object.entries(change)) {
    if (!Object.hasOwn(settingsSchema.shape, section) || section === 'version')
      return {
        ok: false,
        error: `unknown setting "${section}" (expected one of ${Object.keys(settingsSchema.shape)
          .filter((k) => k !== 'version')
          .join(', ')})`,
      };
    const target = merged[section];
    if (isObject(value) && isObject(target)) {
      // Bindings are replaced per action, not merged key by key.
      merged[section] = { ...target, ...value };
    } else {
      merged[section] = value;
    }
  }
  const result = settingsSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.')}: ${issue.message}` };
  }
  return { ok: true, settings: keepUnchangedSections(current, result.data) };
}

/**
 * `next` with every section whose content did not change replaced by `current`'s own object, so
 * code that follows one section (`next.controls !== previous.controls`) hears only real changes:
 * marking a tutorial lesson done must not rebuild the touch controls under a held stick.
 */
function keepUnchangedSections(current: Settings, next: Settings): Settings {
  const kept: Record<string, unknown> = { ...next };
  for (const [section, value] of Object.entries(next)) {
    const before = (current as unknown as Record<string, unknown>)[section];
    if (JSON.stringify(before) === JSON.stringify(value)) kept[section] = before;
  }
  return kept as unknown as Settings;
}

/** Picks a difficulty preset: its sliders replace the current ones. */
export function withPreset(settings: Settings, preset: DifficultyPreset): Settings {
  return { ...settings, difficulty: { preset, ...PRESET_SLIDERS[preset] } };
}
