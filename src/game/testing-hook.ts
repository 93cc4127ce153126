/**
 * The testing hook, `window.hyosan`, present in every build (documented in the README):
 * tests, tools and curious players can list levels, start one with a seed, read the state as
 * plain JSON and send the same commands the input layer produces. Its contract is
 * testing-hook/hook-types.ts; each part is made in a file beside it: levels and the simulation
 * (play-hook), what the page shows (page-hook), saved games (saves-hook), settings, input and
 * counters (options-hook).
 */

import type Phaser from 'phaser';
import type { HyosanHook } from './testing-hook/hook-types';
import { optionsHook } from './testing-hook/options-hook';
import { pageHook } from './testing-hook/page-hook';
import { playHook } from './testing-hook/play-hook';
import { savesHook } from './testing-hook/saves-hook';

export type { HookSnapshot, HookStatus, HyosanHook, InputDebugState } from './testing-hook/hook-types';

export function installTestingHook(game: Phaser.Game): HyosanHook {
  const hook: HyosanHook = { ...playHook(game), ...pageHook(game), ...savesHook(game), ...optionsHook(game) };
  window.hyosan = hook;
  return hook;
}
