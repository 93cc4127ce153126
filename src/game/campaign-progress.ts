/**
 * Campaign progress: which levels have been won, kept in localStorage (validated on read: a
 * damaged or foreign value counts as no progress, never a crash), and what that makes of each
 * level: locked, unlocked or completed. A level unlocks when the one before it in campaign.json
 * is won; the siege unlocks with the first win. Blocked or full storage keeps progress for the visit.
 *
 * Page-wide state: the levels won are the player's, kept in the browser's storage across plays and
 * visits.
 */

import { z } from 'zod';
import type { Campaign } from '../core';

export const PROGRESS_KEY = 'hyosan.campaign-progress';
const stored = z.strictObject({ version: z.literal(1), completed: z.array(z.string().max(80)).max(256) });

export type LevelState = 'locked' | 'unlocked' | 'completed';

export interface CampaignProgress {
  completed(): ReadonlySet<string>;
  markCompleted(levelId: string): void;
  reset(): void;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Reads what is stored now; anything invalid reads as no progress. */
export function readProgress(store: Storage | undefined = storage()): Set<string> {
  try {
    const text = store?.getItem(PROGRESS_KEY);
    if (text === null || text === undefined) return new Set();
    const parsed = stored.safeParse(JSON.parse(text));
    return parsed.success ? new Set(parsed.data.completed) : new Set();
  } catch {
    return new Set();
  }
}

export function createCampaignProgress(store: Storage | undefined = storage()): CampaignProgress {
  const completed = readProgress(store);
  const save = (): void => {
    try {
      store?.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, completed: [...completed].sort() }));
    } catch {
      // Blocked or full storage: progress lasts for this visit only.
    }
  };
  return {
    completed: () => completed,
    markCompleted(levelId) {
      if (completed.has(levelId)) return;
      completed.add(levelId);
      save();
    },
    reset() {
      completed.clear();
      save();
    },
  };
}

/** The state of a campaign level (or the siege) given the won levels. */
export function levelState(campaign: Campaign, completed: ReadonlySet<string>, levelId: string): LevelState {
  if (completed.has(levelId)) return 'completed';
  const index = campaign.levels.findIndex((level) => level.id === levelId);
  if (index === 0) return 'unlocked';
  if (index > 0) return completed.has(campaign.levels[index - 1]!.id) ? 'unlocked' : 'locked';
  if (campaign.siege?.id === levelId) return completed.has(campaign.levels[0]!.id) ? 'unlocked' : 'locked';
  return 'locked';
}

let shared: CampaignProgress | undefined;
/** The game's progress (one per page). */
export function campaignProgress(): CampaignProgress {
  shared ??= createCampaignProgress();
  return shared;
}
