/** Korean strings: the same keys as en.ts, from one file per part of the game in ko/. */

import type { Dictionary } from './en';
import { menus } from './ko/menus';
import { play } from './ko/play';
import { guide } from './ko/guide';
import { afterLevel } from './ko/after-level';
import { preview } from './ko/preview';
import { remap } from './ko/remap';

export const ko: Dictionary = {
  ...menus,
  ...play,
  ...guide,
  ...afterLevel,
  ...preview,
  ...remap,
};
