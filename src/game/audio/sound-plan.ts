/**
 * Sound plan: the pure half of the sound board. Turns a tick's events into sound cues (which
 * effect, where, how loud before distance), places each cue for a listener (volume falls with
 * distance, pan follows the side), writes captions, limits voices per kind and picks the music
 * mood. No howler, Phaser or DOM here, so Node tests cover it (tests/game/sound-plan.test.ts).
 *
 * Words: a *cue* is one sound the board should play; the *listener* is where the ears are (the
 * controlled student), in tiles; a *voice* is one playing instance of a cue kind.
 *
 * Page-wide state: a memo of each level map's floor surfaces, held weakly by the map, so it goes
 * with the level.
 */

import type { SimEvent } from '../../core';
import type { Snapshot } from '../../core';
import { TILE_NAMES } from '../render/sprite-layout';
import { TILE_INFO } from '../render/tile-catalog';
import { itemName, t } from '../i18n/i18n';
import { GROAN_VARIANTS, STEP_VARIANTS, type EffectName, type Surface } from './sound-names';

export interface Listener {
  /** Tile coordinates (floats), like the snapshot's `x`, `y`. */
  x: number;
  y: number;
}

export type CueKind = 'footstep' | 'groan' | 'scream' | 'bite' | 'swing' | 'hit' | 'pickup' | 'alarm' | 'sting' | 'door' | 'bang' | 'glass' | 'fall';

export interface Cue {
  name: EffectName;
  kind: CueKind;
  /** Where the sound is, in tiles; `null` for sounds without a place (stings). */
  x: number | null;
  y: number | null;
  /** Gain before distance, 0..1. */
  loudness: number;
  /**
   * Caption: a key of `captions.sounds` in the dictionaries (e.g. `groan`, shown in the player's
   * language); absent for sounds not worth a caption (the player's own steps).
   */
  caption?: CaptionKey;
  /** Values for the caption's placeholders, e.g. the item picked up. */
  captionValues?: Record<string, string>;
}

export interface Placement {
  /** 0..1 */
  volume: number;
  /** -1 (left) .. 1 (right) */
  pan: number;
}

/** Within this many tiles a sound is at full volume and centred. */
export const NEAR_TILES = 2;
/** Beyond this many tiles a sound is silent (about a screen and a half). */
export const FAR_TILES = 26;
/** A source this many tiles to the side is panned as far as sounds go. */
export const PAN_TILES = 10;
/** Never pan fully into one ear: it sounds broken on headphones. */
export const MAX_PAN = 0.8;

/**
 * Volume and pan of a sound at `source` heard from `listener`. Volume falls smoothly from 1 at
 * `NEAR_TILES` to 0 at `FAR_TILES`; pan follows the horizontal offset (screen left is negative).
 * Walls are ignored here: the core already decided what carries.
 */
export function placeSound(source: { x: number; y: number }, listener: Listener): Placement {
  const dx = source.x - listener.x;
  const dy = source.y - listener.y;
  const distance = Math.hypot(dx, dy);
  const t = Math.min(1, Math.max(0, (distance - NEAR_TILES) / (FAR_TILES - NEAR_TILES)));
  const volume = (1 - t) * (1 - t);
  const pan = Math.max(-MAX_PAN, Math.min(MAX_PAN, (dx / PAN_TILES) * MAX_PAN));
  return { volume, pan: Math.abs(pan) < 0.01 ? 0 : pan };
}

/** Where a sound is, in words for a caption: left, right, above, below or close. */
export function directionWord(source: { x: number; y: number }, listener: Listener): 'left' | 'right' | 'above' | 'below' | 'near' {
  const dx = source.x - listener.x;
  const dy = source.y - listener.y;
  if (Math.hypot(dx, dy) < 1.5) return 'near';
  if (Math.abs(dx) >= Math.abs(dy) * 0.6) return dx < 0 ? 'left' : 'right';
  return dy < 0 ? 'above' : 'below';
}

export type CaptionKey =
  | 'groan'
  | 'scream'
  | 'bite'
  | 'swing'
  | 'hit'
  | 'alarm'
  | 'pickedUp'
  | 'door'
  | 'bang'
  | 'glass'
  | 'splinter'
  | 'rattle'
  | 'fall'
  | 'piano'
  | 'growl'
  | 'thunder'
  | 'helicopter'
  | 'scrape'
  | 'switch'
  | 'speaker'
  | 'fireAlarm'
  | 'bell'
  | 'fire';

/** Caption for a cue as the listener hears it, in the player's language, e.g. "[groan, left]". */
export function captionOfCue(cue: Cue, listener: Listener): string | undefined {
  if (cue.caption === undefined) return undefined;
  const sound = t(`captions.sounds.${cue.caption}`, { item: '', ...cue.captionValues });
  if (cue.x === null || cue.y === null) return t('captions.bare', { sound });
  return t('captions.placed', { sound, where: t(`captions.where.${directionWord({ x: cue.x, y: cue.y }, listener)}`) });
}

/**
 * Caption for one event, heard from `listener`; `undefined` when the event makes no captioned
 * sound (the player's own footsteps, bookkeeping events). Positions of ids come from `snapshot`.
 */
export function captionFor(event: SimEvent, listener: Listener, snapshot?: Snapshot): string | undefined {
  const captions = cuesFor(event, snapshot, undefined)
    .map((cue) => captionOfCue(cue, listener))
    .filter((text): text is string => text !== undefined);
  return captions.length > 0 ? captions.join(' ') : undefined;
}

/** The little of a Tiled map that footsteps need (the level's `tiled` fits it). */
export interface FloorMap {
  width: number;
  height: number;
  tilesets: readonly { firstgid: number }[];
  layers: readonly { type: string; name: string; data?: unknown }[];
}

const surfaceCache = new WeakMap<FloorMap, Surface[] | null>();

function surfaceOfTile(name: (typeof TILE_NAMES)[number] | undefined): Surface {
  return (name === undefined ? undefined : TILE_INFO[name].surface) ?? 'linoleum';
}

/**
 * The floor surface under a tile, from the level's `floor` layer (CSV data; base64 layers and
 * unknown tiles sound like linoleum, the school's usual floor).
 */
export function surfaceAt(map: FloorMap | undefined, tileX: number, tileY: number): Surface {
  if (map === undefined) return 'linoleum';
  let surfaces = surfaceCache.get(map);
  if (surfaces === undefined) {
    const layer = map.layers.find((l) => l.type === 'tilelayer' && l.name === 'floor');
    const tileset = map.tilesets[0];
    const data: unknown = layer?.data;
    surfaces = Array.isArray(data) && tileset !== undefined ? data.map((gid: unknown) => surfaceOfTile(typeof gid === 'number' ? TILE_NAMES[(gid & 0x1fffffff) - tileset.firstgid] : undefined)) : null;
    surfaceCache.set(map, surfaces);
  }
  if (surfaces === null || tileX < 0 || tileY < 0 || tileX >= map.width || tileY >= map.height) return 'linoleum';
  return surfaces[tileY * map.width + tileX] ?? 'linoleum';
}

/** A cosmetic variant index from stable numbers (no Math.random: replays sound the same). */
function variant(count: number, ...keys: number[]): number {
  let h = 0x9e3779b9;
  for (const k of keys) h = Math.imul(h ^ (k | 0), 0x85ebca6b) ^ (h >>> 13);
  return ((h >>> 0) % count) + 1;
}

const STEP_LOUDNESS: Record<string, number> = { sneak: 0.12, walk: 0.35, run: 0.6 };

/** The cues one event makes. `map` gives the floor surface for footsteps. */
export function cuesFor(event: SimEvent, snapshot: Snapshot | undefined, map: FloorMap | undefined): Cue[] {
  const tick = snapshot?.tick ?? 0;
  switch (event.type) {
    case 'noiseMade': {
      const cause: string = event.cause;
      const made = NOISE_SOUNDS[cause];
      if (made !== undefined) return [{ ...made, x: event.tileX + 0.5, y: event.tileY + 0.5 }];
      if (cause !== 'footstep') return [];
      const id = event.by.startsWith('student:') ? Number(event.by.slice(8)) : -1;
      const student = snapshot?.students[id];
      const surface = surfaceAt(map, event.tileX, event.tileY);
      const name = `step-${surface}-${variant(STEP_VARIANTS, tick, id)}` as EffectName;
      const loudness = STEP_LOUDNESS[student?.gait ?? 'walk'] ?? 0.35;
      // Only students step, and they are all the player's: their footsteps need no caption.
      return [{ name, kind: 'footstep', x: student?.x ?? event.tileX + 0.5, y: student?.y ?? event.tileY + 0.5, loudness }];
    }
    case 'zombieAlerted': {
      const zombie = snapshot?.zombies[event.zombieId];
      if (zombie === undefined) return [];
      const name = `groan-${variant(GROAN_VARIANTS, tick, event.zombieId)}` as EffectName;
      return [{ name, kind: 'groan', x: zombie.x, y: zombie.y, loudness: 0.8, caption: 'groan' }];
    }
    case 'studentHit': {
      const student = snapshot?.students[event.studentId];
      if (student === undefined) return [];
      return [
        { name: 'bite', kind: 'bite', x: student.x, y: student.y, loudness: 0.8, caption: 'bite' },
        { name: 'scream', kind: 'scream', x: student.x, y: student.y, loudness: 0.75, caption: 'scream' },
      ];
    }
    case 'attackSwung': {
      const student = snapshot?.students[event.studentId];
      if (student === undefined) return [];
      return [{ name: 'swing', kind: 'swing', x: student.x, y: student.y, loudness: 0.6, ...(student.controlled ? {} : { caption: 'swing' }) }];
    }
    case 'lureThrown': {
      const student = snapshot?.students[event.studentId];
      if (student === undefined) return [];
      return [{ name: 'swing', kind: 'swing', x: student.x, y: student.y, loudness: 0.45 }];
    }
    case 'zombieHit': {
      const zombie = snapshot?.zombies[event.zombieId];
      if (zombie === undefined) return [];
      return [{ name: 'hit', kind: 'hit', x: zombie.x, y: zombie.y, loudness: 0.8, caption: 'hit' }];
    }
    case 'itemPickedUp': {
      const student = snapshot?.students[event.studentId];
      if (student === undefined) return [];
      return [{ name: 'pickup', kind: 'pickup', x: student.x, y: student.y, loudness: 0.6, caption: 'pickedUp', captionValues: { item: itemName(event.item) } }];
    }
    case 'studentDowned': {
      const student = snapshot?.students[event.studentId];
      if (student === undefined) return [];
      return [{ name: 'fall', kind: 'fall', x: student.x, y: student.y, loudness: 0.8, caption: 'fall' }];
    }
    case 'zombieDowned': {
      const zombie = snapshot?.zombies[event.zombieId];
      if (zombie === undefined) return [];
      return [{ name: 'fall', kind: 'fall', x: zombie.x, y: zombie.y, loudness: 0.6, caption: 'fall' }];
    }
    case 'objectiveCompleted':
      return [{ name: 'ui-confirm', kind: 'sting', x: null, y: null, loudness: 0.7 }];
    case 'levelWon':
      return [{ name: 'sting-won', kind: 'sting', x: null, y: null, loudness: 0.8 }];
    case 'levelLost':
      return [{ name: 'sting-lost', kind: 'sting', x: null, y: null, loudness: 0.8 }];
    default:
      return [];
  }
}

/** The listener: the controlled student (or the first one), else the middle of nowhere. */
export function listenerOf(snapshot: Snapshot): Listener {
  const student = snapshot.students.find((s) => s.controlled) ?? snapshot.students[0];
  return student === undefined ? { x: 0, y: 0 } : { x: student.x, y: student.y };
}

/** At most this many voices of a kind start within its window (ms); a horde stays a few groans. */
export const VOICE_LIMITS: Record<CueKind, { voices: number; windowMs: number }> = {
  footstep: { voices: 3, windowMs: 200 },
  groan: { voices: 3, windowMs: 1100 },
  scream: { voices: 1, windowMs: 900 },
  bite: { voices: 2, windowMs: 450 },
  swing: { voices: 2, windowMs: 250 },
  hit: { voices: 3, windowMs: 250 },
  pickup: { voices: 2, windowMs: 250 },
  alarm: { voices: 2, windowMs: 400 },
  sting: { voices: 1, windowMs: 2000 },
  door: { voices: 2, windowMs: 300 },
  bang: { voices: 2, windowMs: 350 },
  glass: { voices: 1, windowMs: 500 },
  fall: { voices: 2, windowMs: 300 },
};

/**
 * Sounds of noises made by things rather than students' feet, by the noise's cause. Causes the
 * core does not make yet simply never come; a cause with no entry makes no sound here.
 */
const NOISE_SOUNDS: Record<string, Omit<Cue, 'x' | 'y'>> = {
  alarm: { name: 'alarm', kind: 'alarm', loudness: 0.7, caption: 'alarm' },
  door: { name: 'door', kind: 'door', loudness: 0.7, caption: 'door' },
  bash: { name: 'bang', kind: 'bang', loudness: 0.9, caption: 'bang' },
  glass: { name: 'glass', kind: 'glass', loudness: 0.9, caption: 'glass' },
  barricade: { name: 'splinter', kind: 'bang', loudness: 0.85, caption: 'splinter' },
  drop: { name: 'fall', kind: 'fall', loudness: 0.5, caption: 'fall' },
  throw: { name: 'fall', kind: 'fall', loudness: 0.4 },
  speaker: { name: 'alarm', kind: 'alarm', loudness: 0.9, caption: 'speaker' },
  fireAlarm: { name: 'alarm', kind: 'alarm', loudness: 1, caption: 'fireAlarm' },
  bell: { name: 'alarm', kind: 'alarm', loudness: 1, caption: 'bell' },
  fire: { name: 'splinter', kind: 'bang', loudness: 0.5, caption: 'fire' },
  piano: { name: 'ui-confirm', kind: 'alarm', loudness: 0.8, caption: 'piano' },
  growl: { name: 'groan-1', kind: 'groan', loudness: 0.9, caption: 'growl' },
  thunder: { name: 'bang', kind: 'bang', loudness: 0.6, caption: 'thunder' },
  helicopter: { name: 'rattle', kind: 'door', loudness: 0.6, caption: 'helicopter' },
  scrape: { name: 'rattle', kind: 'door', loudness: 0.8, caption: 'scrape' },
  switch: { name: 'ui-click', kind: 'door', loudness: 0.5, caption: 'switch' },
};

/** Counts voices started per kind within a sliding window; time is passed in (ms). */
export class VoiceLimiter {
  private readonly started = new Map<CueKind, number[]>();

  constructor(private readonly limits: Record<CueKind, { voices: number; windowMs: number }> = VOICE_LIMITS) {}

  /** True (and counts the voice) if another voice of `kind` may start at `nowMs`. */
  allow(kind: CueKind, nowMs: number): boolean {
    const limit = this.limits[kind];
    const times = (this.started.get(kind) ?? []).filter((t) => nowMs - t < limit.windowMs);
    const ok = times.length < limit.voices;
    if (ok) times.push(nowMs);
    this.started.set(kind, times);
    return ok;
  }
}

export interface PlannedCue extends Cue, Placement {}

/**
 * Every cue of a tick, placed for the listener, quietest dropped and the rest limited per kind —
 * the nearest (loudest) first, so the groan next to you is never the one cut.
 */
export function planSounds(options: { events: readonly SimEvent[]; snapshot: Snapshot; listener: Listener; map: FloorMap | undefined; limiter: VoiceLimiter; nowMs: number }): PlannedCue[] {
  const { events, snapshot, listener, map, limiter, nowMs } = options;
  const placed: PlannedCue[] = [];
  for (const event of events) {
    for (const cue of cuesFor(event, snapshot, map)) {
      const where = cue.x === null || cue.y === null ? { volume: 1, pan: 0 } : placeSound({ x: cue.x, y: cue.y }, listener);
      const volume = where.volume * cue.loudness;
      if (volume < 0.01) continue;
      placed.push({ ...cue, volume, pan: where.pan });
    }
  }
  placed.sort((a, b) => b.volume - a.volume);
  return placed.filter((cue) => limiter.allow(cue.kind, nowMs));
}

export type Mood = 'calm' | 'tense' | 'chase';

/** A hunting zombie this close to a standing student (tiles) turns the music to the chase. */
export const CHASE_TILES = 6;

/**
 * The music follows the alert level: chase while a hunting zombie is within `CHASE_TILES` of a
 * standing student, tense while any zombie hunts, calm otherwise — and calm once the level is over.
 */
export function moodOf(snapshot: Snapshot): Mood {
  if (snapshot.status !== 'playing') return 'calm';
  const hunters = snapshot.zombies.filter((z) => z.awareness === 'hunting');
  if (hunters.length === 0) return 'calm';
  const standing = snapshot.students.filter((s) => !s.down);
  const close = hunters.some((z) => standing.some((s) => Math.hypot(z.x - s.x, z.y - s.y) <= CHASE_TILES));
  return close ? 'chase' : 'tense';
}
