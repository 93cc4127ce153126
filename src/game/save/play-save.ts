/**
 * Saves and the running game: continue or load a slot (falling back to its backup, and saying so),
 * save the level being played into a slot, export it, import a file.
 */

import type Phaser from 'phaser';
import { checkCampaign, type CampaignState } from '../../core';
import { appOf } from '../app-state';
import { arriveAtCamp } from '../camp-actions';
import type { PlaySession } from '../play-session';
import { saveContentOf } from './autosave';
import { decodeSave, encodeSave, type SaveContent } from './envelope';
import { downloadText, exportFileName, pickSaveFile } from './save-file';
import { preparePlayable } from './playable';
import { noteSaveResult, setSaveNotice } from './save-status';
import { SLOTS, readKept, readSave, writeSave, type SlotId } from './store';
import { startLazyScene } from '../scenes/lazy-scenes';

/** Starts the level of `save` from its state, or opens the camp a camp save was made at. False (with a notice) when it cannot be played here. */
export function playSave(game: Phaser.Game, given: SaveContent, slot: SlotId | 'file'): boolean {
  const playable = preparePlayable(given);
  if (!playable.ok) {
    setSaveNotice({ kind: 'loadFailed', slot, problem: playable.problem });
    return false;
  }
  const save = playable.save;
  if (playable.migrated) setSaveNotice({ kind: 'migrated', slot });
  const app = appOf(game);
  arriveAtCamp(app, campaignOf(save));
  for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
  app.screen = 'boot';
  if (save.camp !== undefined && app.campaign !== undefined) {
    // Saved at the camp: back to the camp, with the campaign as it was there (its Next starts the level the save holds).
    startLazyScene(game, 'camp', { seed: save.camp.seed }).catch((error: unknown) => console.error('camp could not be opened', error));
    return true;
  }
  game.scene.start('play', { levelId: save.levelId, seed: save.seed, state: save.state, from: slot });
  return true;
}

/**
 * A save's state that the level refused after all (playSave checks it first, so this is a last
 * line): the notice names the save and says what to do (the title shows it); the level itself is fine.
 */
export function noteRefusedSave(from: SlotId | 'file', error: unknown): void {
  setSaveNotice({ kind: 'loadFailed', slot: from, problem: { kind: 'invalid', detail: `the saved game cannot continue: ${error instanceof Error ? error.message : String(error)}` } });
}

/** The save's campaign, checked; a damaged one is dropped with a notice (the level itself still plays). */
function campaignOf(save: SaveContent): CampaignState | undefined {
  if (save.campaign === undefined) return undefined;
  const checked = checkCampaign(save.campaign);
  if (checked.ok) return checked.campaign;
  setSaveNotice({ kind: 'campaignDropped', detail: checked.error });
  return undefined;
}

/** Loads a slot and plays it; a damaged slot plays its backup (with a notice). False when nothing could be loaded. */
export async function playSlot(game: Phaser.Game, slot: SlotId): Promise<boolean> {
  const result = await readSave(slot);
  if (!result.ok) {
    setSaveNotice({ kind: 'loadFailed', slot, problem: result.problem });
    return false;
  }
  if (result.problem !== undefined) setSaveNotice({ kind: 'usedBackup', slot, problem: result.problem });
  return playSave(game, result.save, slot);
}

/** Saves the play into `slot` (none: nothing to save); the outcome is in `saveNotice()`. */
export async function saveCurrent(play: PlaySession | undefined, slot: SlotId): Promise<boolean> {
  if (play === undefined) return false;
  const result = await writeSave(slot, saveContentOf(play.simulation, play.campaign));
  noteSaveResult(slot, result);
  return result.ok;
}

/** Downloads the play as a save file. */
export function exportCurrent(play: PlaySession | undefined): string | undefined {
  if (play === undefined) return undefined;
  const content = saveContentOf(play.simulation, play.campaign);
  const file = exportFileName(content.levelId, content.savedAt);
  downloadText(file, encodeSave(content));
  setSaveNotice({ kind: 'exported', file });
  return file;
}

/** Downloads a slot's save (its backup when the slot is damaged) as a file. */
export async function exportSlot(slot: SlotId): Promise<string | undefined> {
  const result = await readSave(slot);
  if (!result.ok) {
    setSaveNotice({ kind: 'loadFailed', slot, problem: result.problem });
    return undefined;
  }
  const file = exportFileName(result.save.levelId, result.save.savedAt);
  downloadText(file, encodeSave(result.save));
  setSaveNotice({ kind: 'exported', file });
  return file;
}

/** Downloads every save kept for a later version of the game (store.ts), one file each; how many. */
export async function exportKept(): Promise<number> {
  const kept = (await Promise.all(SLOTS.map(async (slot) => (await readKept(slot)).map((text, n) => ({ slot, n, text }))))).flat();
  for (const { slot, n, text } of kept) {
    const decoded = decodeSave(text);
    downloadText(decoded.ok ? exportFileName(decoded.save.levelId, decoded.save.savedAt) : `hyosan-kept-${slot}-${n + 1}.json`, text);
  }
  if (kept.length > 0) setSaveNotice({ kind: 'keptExported', count: kept.length });
  return kept.length;
}

/**
 * Asks for a save file; a good one becomes the autosave (the previous autosave is kept as its
 * backup) and is played. A bad one is reported and changes nothing.
 */
export async function importAndPlay(game: Phaser.Game): Promise<boolean> {
  const picked = await pickSaveFile();
  if (picked === undefined) return false;
  return importText(game, picked);
}

export async function importText(game: Phaser.Game, picked: Awaited<ReturnType<typeof pickSaveFile>> & object): Promise<boolean> {
  if (!picked.ok) {
    setSaveNotice({ kind: 'loadFailed', slot: 'file', problem: picked.problem });
    return false;
  }
  // Checked whole by the write before anything is written: a save the game cannot play never replaces the autosave.
  const stored = await writeSave('auto', picked.save);
  if (!stored.ok && stored.reason === 'unplayable') {
    setSaveNotice({ kind: 'loadFailed', slot: 'file', problem: stored.problem });
    return false;
  }
  if (!stored.ok) noteSaveResult('auto', stored);
  else setSaveNotice({ kind: 'imported' });
  return playSave(game, picked.save, 'file');
}
