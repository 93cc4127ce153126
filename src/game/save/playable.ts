/**
 * Whether a decoded save can be played in this build: its level is here, and the core takes its
 * state — the same `applyState` a load runs, on a scratch world, before anything is written or
 * started. A save made for an older version of its level (its doors, walls, lights or objectives
 * no longer line up) is brought up to the level by the core where that is safe, and checked again;
 * one that cannot be is told apart from a damaged one, so the player hears which.
 */

import { SimStateError } from '../../core';
import { checkStateFits, migrateStateToLevel } from '../../core';
import { levelIds, sharedLevel } from '../level-library';
import type { SaveContent, SaveProblem } from './envelope';

/** The save as it will be played (its state brought up to a changed level: `migrated`), or why it cannot be. */
export type Playable = { ok: true; save: SaveContent; migrated: boolean } | { ok: false; problem: SaveProblem };

export function preparePlayable(save: SaveContent): Playable {
  if (!levelIds().includes(save.levelId)) return { ok: false, problem: { kind: 'level', detail: `level "${save.levelId}" is not in this game` } };
  // Parsed once, not at every autosave: the check only reads it (scratch simulations).
  const loaded = sharedLevel(save.levelId);
  if (!loaded.ok) return { ok: false, problem: { kind: 'level', detail: `level "${save.levelId}" does not load (${loaded.errors[0]?.message ?? 'unknown error'})` } };
  const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
  try {
    checkStateFits(loaded.level, save.seed, save.state);
    return { ok: true, save, migrated: false };
  } catch (error) {
    if (!(error instanceof SimStateError && error.levelChanged)) return { ok: false, problem: { kind: 'invalid', detail: `the saved game cannot continue: ${messageOf(error)}` } };
    try {
      const { state, changes } = migrateStateToLevel(loaded.level, save.seed, save.state);
      console.info(`The save was brought up to the current level "${save.levelId}" (${messageOf(error)}): ${changes.join('; ') || 'nothing to change'}`);
      return { ok: true, save: { ...save, state }, migrated: true };
    } catch (refusal) {
      return { ok: false, problem: { kind: 'outdated', detail: `made for an older version of level "${save.levelId}": ${messageOf(refusal)}` } };
    }
  }
}

export function checkPlayable(save: SaveContent): SaveProblem | undefined {
  const playable = preparePlayable(save);
  return playable.ok ? undefined : playable.problem;
}
