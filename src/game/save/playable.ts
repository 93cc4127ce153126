/**
 * Whether a decoded save can be played in this build: its level is here, and the core takes its
 * state — the same `applyState` a load runs, on a scratch world, before anything is written or
 * started. A save made for an older version of its level (its doors, furniture, lights or
 * objectives no longer line up) is told apart from a damaged one, so the player hears which.
 */

import { SimStateError } from '../../core';
import { checkStateFits } from '../../core';
import { levelIds, loadLevel } from '../level-library';
import type { SaveContent, SaveProblem } from './envelope';

export function checkPlayable(save: SaveContent): SaveProblem | undefined {
  if (!levelIds().includes(save.levelId)) return { kind: 'level', detail: `level "${save.levelId}" is not in this game` };
  const loaded = loadLevel(save.levelId);
  if (!loaded.ok) return { kind: 'level', detail: `level "${save.levelId}" does not load (${loaded.errors[0]?.message ?? 'unknown error'})` };
  try {
    checkStateFits(loaded.level, save.seed, save.state);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SimStateError && error.levelChanged) return { kind: 'outdated', detail: `made for an older version of level "${save.levelId}": ${message}` };
    return { kind: 'invalid', detail: `the saved game cannot continue: ${message}` };
  }
}
