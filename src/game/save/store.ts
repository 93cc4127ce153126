/**
 * Saves in IndexedDB (idb-keyval): an autosave and three manual slots, each with a backup of the
 * save it replaced. Every save is checked whole (its text decoded and its state taken by the core,
 * playable.ts) before it is written, so a save the game cannot play is never written by any path
 * (autosave, camp, a slot, an import). Reading falls back to the backup when a save is damaged or
 * its state cannot be played, and says so; a save that fails never becomes a backup. Writing
 * reports a full quota or blocked storage and leaves the last save untouched (IndexedDB writes
 * are all-or-nothing). Saves are stored as the text of `encodeSave`, the same text as an exported
 * file, so export and import are a copy.
 *
 * A save this build cannot play but a later one may (made for an older version of its level, for a
 * level not in this build, or by a newer version of the game: `keptForLater`) is never dropped by a
 * write: when a write would replace it (in the slot or in its backup) it is moved to the slot's kept
 * saves (`${slot}.kept`, newest first, at most MAX_KEPT), which the Load screen lists and exports.
 *
 * Page-wide state: one IndexedDB store per page, opened once; each slot's last write, so writes land
 * in order; and the texts this page last wrote in each slot and its backup, already checked, so
 * they are not checked again when the next save pushes them on.
 */

import { createStore, get, set, type UseStore } from 'idb-keyval';
import { decodeSave, encodeSave, type DecodeResult, type SaveContent, type SaveProblem } from './envelope';
import { checkPlayable } from './playable';

export const SLOTS = ['auto', 'slot1', 'slot2', 'slot3'] as const;
export type SlotId = (typeof SLOTS)[number];
export const MANUAL_SLOTS = ['slot1', 'slot2', 'slot3'] as const satisfies readonly SlotId[];

/** Saves kept for a later version of the game, per slot (the newest first). */
export const MAX_KEPT = 4;

/** Problems a later version of the game may get past (migrate the level, add the level, read the version): such a save is kept, never dropped. */
export function keptForLater(problem: SaveProblem): boolean {
  return problem.kind === 'outdated' || problem.kind === 'level' || problem.kind === 'version';
}

/** Why a write did not happen: storage full, blocked or failing, or a save the game could not play (`problem`: nothing was written). */
export type WriteFailure = { reason: 'quota' | 'blocked' | 'failed'; detail: string } | { reason: 'unplayable'; detail: string; problem: SaveProblem };

export interface SlotInfo {
  slot: SlotId;
  status: 'empty' | 'ok' | 'damaged';
  /** The save that Continue or Load would use: the slot's own, or its backup when the slot is damaged. */
  save?: SaveContent;
  fromBackup: boolean;
  /** What is wrong with the slot's own save. */
  problem?: SaveProblem;
  /** How many saves this build cannot play are kept from the slot for a later version (`readKept`); listSlots always tells it. */
  kept?: number;
}

export type ReadResult = { ok: true; save: SaveContent; fromBackup: boolean; problem?: SaveProblem } | { ok: false; problem: SaveProblem | { kind: 'blocked'; detail: string } };

let store: UseStore | undefined;

function saves(): UseStore {
  store ??= createStore('hyosan-saves', 'saves');
  return store;
}

const backupKey = (slot: SlotId): `${SlotId}.backup` => `${slot}.backup`;
const keptKey = (slot: SlotId): `${SlotId}.kept` => `${slot}.kept`;

function failure(error: unknown): WriteFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return { reason: 'quota', detail: `storage is full (${message})` };
  if (typeof indexedDB === 'undefined' || name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return { reason: 'blocked', detail: `storage is not available (${name || message})` };
  return { reason: 'failed', detail: `${name || 'Error'}: ${message}` };
}

/** The stored text of a slot or its backup (`null` when empty); for export and for tests. */
export async function readRaw(key: SlotId | `${SlotId}.backup`): Promise<string | null> {
  const value = await get<unknown>(key, saves());
  return typeof value === 'string' ? value : value === undefined ? null : JSON.stringify(value);
}

/** Stores raw text in a slot, unchecked: for tests that damage saves on purpose. */
export async function writeRaw(key: SlotId | `${SlotId}.backup`, text: string): Promise<void> {
  await set(key, text, saves());
}

/** A save's text, decoded and checked playable: a save that decodes but cannot be played is a problem too. */
export function readPlayable(text: string | null | undefined): DecodeResult {
  const decoded = decodeSave(text);
  if (!decoded.ok) return decoded;
  const problem = checkPlayable(decoded.save);
  return problem === undefined ? decoded : { ok: false, problem };
}

/** `keptAside`: a save this build cannot play was moved from the slot or its backup to the kept saves (why it cannot be played). */
export type WriteResult = { ok: true; keptAside?: SaveProblem } | ({ ok: false } & WriteFailure);

/** Each slot's last write, so the next one waits for it: writes land in the order they were asked for. */
const writing = new Map<SlotId, Promise<unknown>>();
/** The text this page last wrote in each slot and each backup (checked before it was written). */
const written = new Map<SlotId | `${SlotId}.backup`, string>();

/** How long the last writes' checks took on the main thread (encoding and `readPlayable`, ms), the newest last: for the debug overlay and tests. */
const checkTimes: number[] = [];
export function saveCheckTimes(): readonly number[] {
  return checkTimes;
}

/** The saves kept from `slot` for a later version of the game, newest first (their stored texts). */
export async function readKept(slot: SlotId): Promise<string[]> {
  const value = await get<unknown>(keptKey(slot), saves());
  return Array.isArray(value) ? value.filter((text): text is string => typeof text === 'string') : [];
}

/**
 * Whether the stored `text` of `key` may be replaced: yes when it is empty, damaged past use, or
 * good (pushed on); a save a later version may play is first added to the slot's kept saves
 * (its problem returned).
 */
async function setAsideIfKept(slot: SlotId, key: SlotId | `${SlotId}.backup`, text: string | null): Promise<SaveProblem | undefined> {
  if (text === null || text === written.get(key)) return undefined;
  const checked = readPlayable(text);
  if (checked.ok || !keptForLater(checked.problem)) return undefined;
  const kept = await readKept(slot);
  if (!kept.includes(text)) await set(keptKey(slot), [text, ...kept].slice(0, MAX_KEPT), saves());
  return checked.problem;
}

/**
 * Saves `content` in `slot` once it is checked whole (decoded from the text to be stored and taken
 * by the core: `readPlayable`); one that fails is not written (`unplayable`, with the problem). The
 * save it replaces becomes the slot's backup if it was good (a damaged or unplayable one never
 * pushes out a good backup). A save a later version may play, in the slot or in the backup it
 * would replace, is moved to the kept saves first (`keptAside`). On failure nothing in the slot
 * has changed.
 * Writes to one slot land one after another, in the order asked (the camp's last save never lands
 * over the autosave of the level started from it).
 */
export function writeSave(slot: SlotId, content: SaveContent): Promise<WriteResult> {
  const started = performance.now();
  const text = encodeSave(content);
  const encodedMs = performance.now() - started;
  const write = async (): Promise<WriteResult> => {
    const checking = performance.now();
    const checked = readPlayable(text);
    checkTimes.push(encodedMs + performance.now() - checking);
    if (checkTimes.length > 20) checkTimes.shift();
    if (!checked.ok) return { ok: false, reason: 'unplayable', detail: `the save was not written: it could not be played (${JSON.stringify(checked.problem)})`, problem: checked.problem };
    try {
      const previous = await readRaw(slot);
      let keptAside = await setAsideIfKept(slot, slot, previous);
      if (previous !== null && keptAside === undefined && (previous === written.get(slot) || readPlayable(previous).ok)) {
        keptAside = await setAsideIfKept(slot, backupKey(slot), await readRaw(backupKey(slot)));
        await set(backupKey(slot), previous, saves());
        written.set(backupKey(slot), previous);
      }
      await set(slot, text, saves());
      written.set(slot, text);
      return keptAside === undefined ? { ok: true } : { ok: true, keptAside };
    } catch (error) {
      return { ok: false, ...failure(error) };
    }
  };
  const result = (writing.get(slot) ?? Promise.resolve()).then(write);
  writing.set(slot, result);
  return result;
}

/** Reads a slot; a damaged save falls back to the slot's backup, with the problem reported. */
export async function readSave(slot: SlotId): Promise<ReadResult> {
  let text: string | null;
  try {
    text = await readRaw(slot);
  } catch (error) {
    return { ok: false, problem: { kind: 'blocked', detail: failure(error).detail } };
  }
  const own = readPlayable(text);
  if (own.ok) return { ok: true, save: own.save, fromBackup: false };
  if (own.problem.kind === 'empty') return own;
  const backup = readPlayable(await readRaw(backupKey(slot)).catch(() => null));
  if (backup.ok) return { ok: true, save: backup.save, fromBackup: true, problem: own.problem };
  return own;
}

export async function listSlots(): Promise<SlotInfo[]> {
  return Promise.all(
    SLOTS.map(async (slot): Promise<SlotInfo> => {
      const [result, kept] = await Promise.all([
        readSave(slot),
        readKept(slot).then(
          (texts) => texts.length,
          () => 0,
        ),
      ]);
      if (result.ok)
        return { slot, status: result.problem === undefined ? 'ok' : 'damaged', save: result.save, fromBackup: result.fromBackup, ...(result.problem ? { problem: result.problem } : {}), kept };
      if (result.problem.kind === 'empty') return { slot, status: 'empty', fromBackup: false, kept };
      return { slot, status: 'damaged', fromBackup: false, problem: result.problem as SaveProblem, kept };
    }),
  );
}

/** The most recently saved game that can be played (what Continue opens), if any. */
export async function latestSave(): Promise<(SlotInfo & { save: SaveContent }) | undefined> {
  const slots = await listSlots().catch(() => []);
  const playable = slots.flatMap((info) => (info.save === undefined ? [] : [{ ...info, save: info.save }]));
  playable.sort((a, b) => b.save.savedAt.localeCompare(a.save.savedAt));
  return playable[0];
}

/** Asks the browser to keep the saves when space runs low (and Safari's 7-day rule); true when granted. */
export async function requestPersistence(): Promise<boolean | undefined> {
  try {
    if (typeof navigator === 'undefined' || navigator.storage?.persist === undefined) return undefined;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return undefined;
  }
}
