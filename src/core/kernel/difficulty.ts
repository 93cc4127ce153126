/**
 * Difficulty: a preset (Story, Normal, Hard) or custom sliders, passed to `createSimulation` as
 * `options.difficulty` and kept in the saved state. Every slider is a multiplier, 1 = Normal:
 * - hordeSenses: how far zombies see and hear;
 * - needsDecay: how fast hunger, thirst, fatigue and cold set in;
 * - infectionSpeed: how fast an infection runs to turning;
 * - lootAmount: how much of a level's loot is there (below 1 some is missing, above 1 food,
 *   water and medicine are doubled up), decided once, with the seeded RNG, when the level starts.
 * The settings screen stores one of these; `checkDifficulty` reads an untrusted one.
 */

import { describeValue } from './describe-value';

export type DifficultyPreset = 'story' | 'normal' | 'hard';
export const DIFFICULTY_PRESETS: readonly DifficultyPreset[] = ['story', 'normal', 'hard'];

export interface Difficulty {
  /** The preset the sliders came from, or 'custom' once a slider was moved off it. */
  preset: DifficultyPreset | 'custom';
  hordeSenses: number;
  needsDecay: number;
  infectionSpeed: number;
  lootAmount: number;
}

export type DifficultySlider = 'hordeSenses' | 'needsDecay' | 'infectionSpeed' | 'lootAmount';
export const DIFFICULTY_SLIDERS: readonly DifficultySlider[] = ['hordeSenses', 'needsDecay', 'infectionSpeed', 'lootAmount'];
/** Every slider's range. */
export const SLIDER_MIN = 0.25;
export const SLIDER_MAX = 2;

export const DIFFICULTY: Record<DifficultyPreset, Difficulty> = {
  story: { preset: 'story', hordeSenses: 0.7, needsDecay: 0.5, infectionSpeed: 0.5, lootAmount: 1.5 },
  normal: { preset: 'normal', hordeSenses: 1, needsDecay: 1, infectionSpeed: 1, lootAmount: 1 },
  hard: { preset: 'hard', hordeSenses: 1.25, needsDecay: 1.5, infectionSpeed: 1.5, lootAmount: 0.7 },
};

export const difficultyPreset = (preset: DifficultyPreset): Difficulty => ({ ...DIFFICULTY[preset] });

/** Moves one slider (clamped to its range); the preset becomes 'custom'. */
export function withSlider(difficulty: Difficulty, slider: DifficultySlider, value: number): Difficulty {
  const clamped = Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, Number.isFinite(value) ? value : 1));
  return { ...difficulty, [slider]: clamped, preset: 'custom' };
}

export type DifficultyCheck = { ok: true; difficulty: Difficulty } | { ok: false; error: string };

/** Reads an untrusted difficulty (settings, saves): a preset name or a full object. Never throws. */
export function checkDifficulty(value: unknown): DifficultyCheck {
  if (typeof value === 'string') {
    return (DIFFICULTY_PRESETS as readonly string[]).includes(value)
      ? { ok: true, difficulty: difficultyPreset(value as DifficultyPreset) }
      : { ok: false, error: `difficulty must be story, normal or hard (got ${describeValue(value)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: `difficulty must be a preset name or an object (got ${describeValue(value)})` };
  const raw = value as Record<string, unknown>;
  const preset = raw['preset'];
  if (preset !== 'custom' && !(DIFFICULTY_PRESETS as readonly unknown[]).includes(preset))
    return { ok: false, error: `difficulty.preset must be story, normal, hard or custom (got ${describeValue(preset)})` };
  const difficulty = { preset } as Difficulty;
  for (const slider of DIFFICULTY_SLIDERS) {
    const number = raw[slider];
    if (typeof number !== 'number' || !Number.isFinite(number) || number < SLIDER_MIN || number > SLIDER_MAX) {
      return { ok: false, error: `difficulty.${slider} must be a number from ${SLIDER_MIN} to ${SLIDER_MAX} (got ${describeValue(number)})` };
    }
    difficulty[slider] = number;
  }
  return { ok: true, difficulty };
}
