/**
 * The outcome of the last save attempt and of the last load, for screens to report: a full or
 * blocked storage, or a damaged save replaced by its backup. Menus read `saveNotice()`.
 *
 * Page-wide state: the last save notice outlives the play that caused it (a load's notice is shown
 * by the level it starts).
 */

import type { SaveProblem } from './envelope';
import type { SlotId, WriteFailure } from './store';

export type SaveNotice =
  | { kind: 'writeFailed'; slot: SlotId; reason: WriteFailure['reason']; detail: string }
  | { kind: 'usedBackup'; slot: SlotId; problem: SaveProblem }
  /** A save this build cannot play, moved out of the slot's way by a write to its kept saves (store.ts). */
  | { kind: 'keptAside'; slot: SlotId; problem: SaveProblem }
  | { kind: 'keptExported'; count: number }
  | { kind: 'loadFailed'; slot: SlotId | 'file'; problem: SaveProblem | { kind: 'blocked'; detail: string } }
  | { kind: 'saved'; slot: SlotId }
  | { kind: 'imported' }
  /** Made for an older version of its level and brought up to it (src/core/sim/save/migrate-to-level.ts). */
  | { kind: 'migrated'; slot: SlotId | 'file' }
  | { kind: 'campaignDropped'; detail: string }
  | { kind: 'exported'; file: string };

let notice: SaveNotice | undefined;
let lastWrite: { slot: SlotId; ok: boolean; atMs: number } | undefined;

export function noteSaveResult(slot: SlotId, result: { ok: true; keptAside?: SaveProblem } | ({ ok: false } & WriteFailure)): void {
  lastWrite = { slot, ok: result.ok, atMs: performance.now() };
  if (result.ok && result.keptAside !== undefined) {
    // A load that used the backup has said so already, and where the save it passed over is kept.
    if (notice?.kind !== 'usedBackup' || notice.slot !== slot) notice = { kind: 'keptAside', slot, problem: result.keptAside };
    console.info(`A save ${slot} held was kept for a later version: ${JSON.stringify(result.keptAside)}`);
  } else if (!result.ok) {
    notice = { kind: 'writeFailed', slot, reason: result.reason, detail: result.detail };
    console.warn(`Saving to ${slot} failed: ${result.detail}`);
  } else if (slot !== 'auto') {
    notice = { kind: 'saved', slot };
  } else if (notice?.kind === 'writeFailed' && notice.slot === 'auto') {
    notice = undefined; // storage works again
  }
}

export function setSaveNotice(next: SaveNotice | undefined): void {
  notice = next;
  if (next?.kind === 'usedBackup' || next?.kind === 'loadFailed') console.warn(`Save problem: ${JSON.stringify(next)}`);
}

export function saveNotice(): SaveNotice | undefined {
  return notice;
}

export function lastSaveWrite(): { slot: SlotId; ok: boolean; atMs: number } | undefined {
  return lastWrite;
}
