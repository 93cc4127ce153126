/**
 * The camp between levels is saved too, so a reload there keeps the result of the level just won:
 * as soon as the level is won (a reload on the win screen keeps it), when the camp screen opens
 * and after each change there, the autosave holds the campaign as it is now, with the start of the
 * level that comes next as its game (the state every load checks), marked as a camp save. Loading it opens the camp again with that campaign (play-save.ts); its
 * Next then starts the same level the save holds.
 */

import { carryOver, createSimulation, groupOf, nextCampaignLevel, startCampaign, type CampaignState, type Simulation } from '../../core';
import { settings } from '../settings/settings';
import { levelIds, loadLevel } from '../level-library';
import { saveContentOf } from './autosave';
import type { SaveContent } from './envelope';
import { noteSaveResult } from './save-status';
import { writeSave } from './store';

/** The camp as a save: `campaign` and the level after it, for the camp of a level played with `seed`; undefined when the group goes no further. */
export function campSaveContent(campaign: CampaignState, seed: number | string): SaveContent | undefined {
  if (groupOf(campaign).length === 0) return undefined;
  const next = nextCampaignLevel(levelIds(), campaign, seed);
  if (next === null) return undefined;
  const loaded = loadLevel(next.levelId);
  if (!loaded.ok) return undefined;
  const simulation = createSimulation(loaded.level, { seed: next.seed, campaign, strict: false });
  return { ...saveContentOf(simulation, campaign), playSeconds: 0, camp: { seed } };
}

/** Writes the camp to the autosave (the previous one kept as its backup); the outcome goes where every autosave's does. */
export async function saveCamp(campaign: CampaignState, seed: number | string): Promise<void> {
  const content = campSaveContent(campaign, seed);
  if (content === undefined) return;
  noteSaveResult('auto', await writeSave('auto', content));
}

/**
 * The campaign once `simulation`'s level is won: the group carried over (core/campaign: who is left,
 * what they carry, the time), a new campaign for a level played on its own; saved at once as the
 * camp it leads to.
 */
export function carryToCamp(campaign: CampaignState | undefined, simulation: Simulation, seed: number | string): CampaignState {
  const next = carryOver(campaign ?? startCampaign(settings().difficulty), simulation.saveState(), simulation.level);
  saveCamp(next, seed).catch((error: unknown) => console.error('the camp could not be saved', error));
  return next;
}
