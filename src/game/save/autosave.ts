/**
 * Autosave: the level being played is saved to the autosave slot when it starts and at
 * checkpoints — every 30 s of play, and when the group picks something up (at most every 5 s).
 * Writing is asynchronous and never holds up a frame; a failure is remembered for the pause menu
 * and the title to report (the last good autosave stays).
 */

import type { SimEvent } from '../../core';
import type { Simulation } from '../../core';
import { TICKS_PER_SECOND } from '../../core';
import { noteSaveResult } from './save-status';
import { writeSave } from './store';

export const AUTOSAVE_EVERY_TICKS = 30 * TICKS_PER_SECOND;
export const PROGRESS_SAVE_GAP_TICKS = 5 * TICKS_PER_SECOND;

/** Events that count as progress worth a checkpoint. */
const PROGRESS: ReadonlySet<string> = new Set(['itemPickedUp', 'objectiveProgress', 'objectiveDone', 'checkpoint']);

export interface Autosaver {
  /** Call after each tick with its events. */
  afterTick(events: readonly SimEvent[]): void;
  /** Saves now (level start); resolves when written or failed. */
  saveNow(): Promise<void>;
}

/**
 * The game's state as a save (also used by the manual slots and export), with the campaign the
 * level belongs to (the group, packs, time and stalker before this level; none for a single level).
 */
export function saveContentOf(simulation: Simulation, campaign: unknown): Parameters<typeof writeSave>[1] {
  const state = simulation.saveState();
  return {
    savedAt: new Date().toISOString(),
    levelId: state.levelId,
    seed: state.seed,
    playSeconds: state.tick / TICKS_PER_SECOND,
    state,
    ...(campaign === undefined ? {} : { campaign }),
  };
}

/** Autosaves of one play: its simulation, with the campaign the level was started with. */
export function createAutosaver(simulation: Simulation, campaign: unknown): Autosaver {
  let lastSavedTick = -Infinity;
  let writing = false;
  const save = async (): Promise<void> => {
    if (writing || simulation.status !== 'playing') return;
    writing = true;
    lastSavedTick = simulation.tick;
    try {
      noteSaveResult('auto', await writeSave('auto', saveContentOf(simulation, campaign)));
    } finally {
      writing = false;
    }
  };
  return {
    afterTick(events) {
      const since = simulation.tick - lastSavedTick;
      const progress = events.some((event) => PROGRESS.has(event.type));
      if (since >= AUTOSAVE_EVERY_TICKS || (progress && since >= PROGRESS_SAVE_GAP_TICKS)) void save();
    },
    saveNow: save,
  };
}
