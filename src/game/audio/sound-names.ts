/**
 * The names of the sounds in the generated audio sprite and the loops beside it. The generator
 * (tools/gen-audio.ts) makes exactly these and the sound board plays them by name, so the two can
 * never disagree. No howler or Phaser here: tools and Node tests import it.
 */

export const SURFACES = ['linoleum', 'wood', 'tile', 'concrete', 'mat'] as const;
/** What a floor sounds like under a foot. */
export type Surface = (typeof SURFACES)[number];

export const STEP_VARIANTS = 2;
export const GROAN_VARIANTS = 4;

export const EFFECT_NAMES = [
  'step-linoleum-1',
  'step-linoleum-2',
  'step-wood-1',
  'step-wood-2',
  'step-tile-1',
  'step-tile-2',
  'groan-1',
  'groan-2',
  'groan-3',
  'groan-4',
  'scream',
  'swing',
  'hit',
  'bite',
  'door',
  'glass',
  'pickup',
  'ui-click',
  'ui-confirm',
  'sting-won',
  'sting-lost',
  'alarm',
  // added later: appended so the sounds above keep their place in the sprite
  'step-concrete-1',
  'step-concrete-2',
  'step-mat-1',
  'step-mat-2',
  'bang',
  'splinter',
  'rattle',
  'fall',
  'ui-back',
] as const;
export type EffectName = (typeof EFFECT_NAMES)[number];

/** Music loops by alert level: calm (ambient), tense (something hunts), chase (it is close). */
export type LoopName = 'ambient' | 'tense' | 'chase';

/** Sample rate of the effects sprite; the loops are lower (mostly low sounds) to stay small. */
export const EFFECTS_SAMPLE_RATE = 22_050;
export const LOOP_SAMPLE_RATE = 11_025;

/** Repo-relative output files of `npm run gen:audio`. */
export const AUDIO_FILES = {
  effects: 'assets/audio/effects.wav',
  spriteMap: 'assets/audio/effects.json',
  ambient: 'assets/audio/ambient.wav',
  tense: 'assets/audio/tense.wav',
  chase: 'assets/audio/chase.wav',
} as const;

/** Howler's sprite format: name -> [offset ms, duration ms]. */
export interface SpriteMap {
  sampleRate: number;
  sprite: Record<EffectName, [number, number]>;
}
