/**
 * A saved game as text: a versioned envelope around the simulation state, with a checksum over
 * the content so a file that was truncated, bit-flipped or edited is caught before it is used.
 * Pure (no storage, no DOM): `encodeSave` writes, `decodeSave` reads untrusted text and never
 * throws — it returns the save or a reason a player can be told.
 *
 * Layout (version 1): `{"format":"hyosan-save","version":1,"checksum":"<crc32 hex>","content":{…}}`
 * where the checksum covers the version and `JSON.stringify(content)`. Older versions are brought up to date by
 * the `MIGRATIONS` chain before validation; a newer version is refused (this build cannot know it).
 */

import { z } from 'zod';
import { readLimitedJson, type LimitedJson } from '../../core';
import type { SimState } from '../../core';

// No code generated from strings (the game's Content-Security-Policy forbids eval).
z.config({ jitless: true });

export const SAVE_FORMAT = 'hyosan-save';
export const SAVE_VERSION = 1;
/** Larger texts are refused before parsing (a real save is a few hundred KB at most). */
export const MAX_SAVE_BYTES = 8 * 1024 * 1024;
/** Deeper texts are refused before parsing: the envelope, the content and the state (whose own limit is 16) with room for the campaign. */
export const MAX_SAVE_DEPTH = 24;

export interface SaveContent {
  /** ISO time of saving (shown in the slot list). */
  savedAt: string;
  levelId: string;
  seed: number | string;
  /** Seconds of play in this level when saved. */
  playSeconds: number;
  /** The simulation, as `simulation.saveState()` gave it. */
  state: SimState;
  /** What carries over between levels (students, inventory, time), once the campaign keeps it. */
  campaign?: unknown;
  /**
   * Saved at the camp between levels (camp-save.ts): loading opens the camp with `campaign`; `seed`
   * is the seed of the level played before it. `state` is then the start of the next level.
   */
  camp?: { seed: number | string };
}

export type SaveProblem =
  | { kind: 'empty' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'version'; detail: string; version: unknown }
  | { kind: 'invalid'; detail: string }
  /** Its level is not in this build (or does not load). */
  | { kind: 'level'; detail: string }
  /** Made for an older version of its level (see playable.ts). */
  | { kind: 'outdated'; detail: string };

export type DecodeResult = { ok: true; save: SaveContent; migratedFrom?: number } | { ok: false; problem: SaveProblem };

/** The parts of the simulation state the envelope checks itself; the core checks the rest when it loads (applyState). */
const stateSchema = z.looseObject({
  version: z.number().int(),
  levelId: z.string().min(1).max(200),
  tick: z.number().int().min(0),
  students: z.array(z.looseObject({})).max(10_000),
  zombies: z.array(z.looseObject({})).max(100_000),
  items: z.array(z.looseObject({})).max(100_000),
});

/** A level's seed: a number or a short text. */
const seedSchema = z.union([z.number().finite(), z.string().max(200)]);

const contentSchema = z.object({
  savedAt: z.iso.datetime(),
  levelId: z.string().min(1).max(200),
  seed: seedSchema,
  playSeconds: z.number().finite().min(0),
  state: stateSchema,
  campaign: z.unknown().optional(),
  camp: z.strictObject({ seed: seedSchema }).optional(),
});

const envelopeSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.number().int(),
  checksum: z.string().regex(/^[0-9a-f]{8}$/),
  content: z.unknown(),
});

/** A step from one envelope version's content to the next (`from` → `from + 1`). */
export type Migration = (content: Record<string, unknown>) => Record<string, unknown>;

/** Keyed by the version they upgrade from. Version 1 is the first: nothing to migrate yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of a string's UTF-8 bytes, as 8 hex digits. */
export function crc32(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

export function encodeSave(content: SaveContent, version = SAVE_VERSION): string {
  const body = JSON.stringify(content);
  return `{"format":"${SAVE_FORMAT}","version":${version},"checksum":"${crc32(`${version}:${body}`)}","content":${body}}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a save from untrusted text; never throws. `migrations` is for tests; the game uses `MIGRATIONS`. */
export function decodeSave(text: string | null | undefined, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, current = SAVE_VERSION): DecodeResult {
  if (text === null || text === undefined || text === '') return { ok: false, problem: { kind: 'empty' } };
  if (typeof text !== 'string') return { ok: false, problem: { kind: 'corrupt', detail: `expected text (got ${typeof text})` } };
  // Size and nesting before JSON.parse (the core's rule for all outside JSON): a few megabytes of brackets would take seconds to parse and validate, and overflow the stack.
  const read = readLimitedJson(text, { maxChars: MAX_SAVE_BYTES, maxDepth: MAX_SAVE_DEPTH });
  if (!read.ok) return { ok: false, problem: { kind: 'corrupt', detail: refusal(read) } };
  try {
    return decodeParsed(read.raw, migrations, current);
  } catch (error) {
    // Nothing below should throw; if something does, the save is refused rather than the caller crashing.
    return { ok: false, problem: { kind: 'corrupt', detail: `not readable (${error instanceof Error ? error.message : String(error)})` } };
  }
}

function refusal(read: LimitedJson & { ok: false }): string {
  if (read.why === 'size') return `too large (${read.chars} characters; at most ${MAX_SAVE_BYTES})`;
  if (read.why === 'depth') return `nested too deeply (more than ${MAX_SAVE_DEPTH} levels)`;
  return `not readable: cut short or damaged (${read.message})`;
}

function decodeParsed(raw: unknown, migrations: Readonly<Record<number, Migration>>, current: number): DecodeResult {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    return { ok: false, problem: { kind: 'corrupt', detail: `not a Hyosan High save (${issue.path.join('.') || 'file'}: ${issue.message})` } };
  }
  const { version, checksum } = envelope.data;
  // The checksum is over the content exactly as it was written, so re-serialise what was parsed.
  const body = JSON.stringify(envelope.data.content);
  const actual = crc32(`${version}:${body}`);
  if (actual !== checksum) return { ok: false, problem: { kind: 'corrupt', detail: `damaged: checksum ${actual} does not match ${checksum}` } };
  if (version > current) return { ok: false, problem: { kind: 'version', version, detail: `made by a newer version of the game (save version ${version}; this game reads up to ${current})` } };
  if (version < 1) return { ok: false, problem: { kind: 'version', version, detail: `unknown save version ${version}` } };
  let content = envelope.data.content;
  for (let from = version; from < current; from++) {
    const migrate = migrations[from];
    if (migrate === undefined || !isObject(content)) return { ok: false, problem: { kind: 'version', version, detail: `no way to update a version ${from} save` } };
    try {
      content = migrate(content);
    } catch (error) {
      return { ok: false, problem: { kind: 'version', version, detail: `updating from version ${from} failed (${(error as Error).message})` } };
    }
  }
  const checked = contentSchema.safeParse(content);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { ok: false, problem: { kind: 'invalid', detail: `${issue.path.join('.')}: ${issue.message}` } };
  }
  if (checked.data.state.levelId !== checked.data.levelId) {
    return { ok: false, problem: { kind: 'invalid', detail: `state is for level "${checked.data.state.levelId}", the save says "${checked.data.levelId}"` } };
  }
  // The parsed input itself, not zod's copy: a copy would drop a `__proto__` key the core then refuses (checkSimState).
  const save = content as SaveContent;
  return version < current ? { ok: true, save, migratedFrom: version } : { ok: true, save };
}
