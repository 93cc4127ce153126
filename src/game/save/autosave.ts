/**
 * Autosave: the level being played is saved to the autosave slot when it starts and at
 * checkpoints — every 30 s of play, and when the group picks something up (at most every 5 s).
 * A checkpoint waits while the group is in danger (the core's rule, src/core/sim/save/save-safety.ts:
 * a zombie hunting or close by, a student bleeding or just hit) and is written at the first safe
 * tick after, so the autosave Continue opens after a loss is the last safe moment, never a second
 * before the end. Writing is asynchronous and never holds up a frame; a failure is remembered for
 * the pause menu and the title to report (the last good autosave stays). A loaded game is saved at
 * its start only when calm (`saveAtStart`).
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
  /** Saves now, whatever the danger; resolves when written or failed. */
  saveNow(): Promise<void>;
  /**
   * The checkpoint at a level's start: a fresh level is saved whatever the danger (it begins there
   * anyway); a loaded game (`loaded`) only when it is calm, so a save made in a fight (a slot saved
   * mid-chase, an imported file) never takes the place of the calm autosave Continue opens.
   */
  saveAtStart(loaded: boolean): Promise<void>;
}

/**
 * Whether a checkpoint is due after a tick: `since` ticks after the last save, with progress made
 * since then (`progress`); `safe` is asked only when it is, and a due checkpoint waits for it.
 */
export function checkpointDue(since: number, progress: boolean, safe: () => boolean): boolean {
  return (since >= AUTOSAVE_EVERY_TICKS || (progress && since >= PROGRESS_SAVE_GAP_TICKS)) && safe();
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
/** `write`: where a save goes (the store's autosave slot; a test's own). */
export function createAutosaver(simulation: Simulation, campaign: unknown, write: typeof writeSave = writeSave): Autosaver {
  let lastSavedTick = -Infinity;
  let writing = false;
  const save = async (): Promise<void> => {
    if (writing || simulation.status !== 'playing') return;
    writing = true;
    lastSavedTick = simulation.tick;
    try {
      noteSaveResult('auto', await write('auto', saveContentOf(simulation, campaign)));
    } finally {
      writing = false;
    }
  };
  // Progress made since the last save (kept while a checkpoint waits for the group to be safe).
  let progressed = false;
  return {
    afterTick(events) {
      if (events.some((event) => PROGRESS.has(event.type))) progressed = true;
      if (!checkpointDue(simulation.tick - lastSavedTick, progressed, () => simulation.saveDanger() === undefined)) return;
      progressed = false;
      void save();
    },
    saveNow: save,
    saveAtStart: (loaded) => (loaded && simulation.saveDanger() !== undefined ? Promise.resolve() : save()),
  };
}
