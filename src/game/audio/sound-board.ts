/**
 * Sound board: the only module that imports howler. Loads the generated audio sprite and the three
 * music loops (Opus, or MP3 where Opus does not play: sound-files.ts) once the title is up — the
 * sprite first, the music after it — unlocks audio on the first key, click or touch (browsers keep audio silent until
 * then), resumes it when the tab or phone comes back, and turns each tick's events into placed
 * sounds (see sound-plan.ts for the rules) plus music that follows the zombies' alert.
 *
 * Volumes: `master` scales everything (howler's global volume), `music` the loops, `effects` the
 * sprite. All 0..1. Muting keeps the volumes and silences howler.
 */

import { Howl, Howler } from 'howler';
import type { SimEvent } from '../../core';
import type { Snapshot } from '../../core';
import { session } from '../session';
import spriteMap from '../../../assets/audio/effects.json';
import { type Codec, EFFECTS_SOURCE, LOOP_SOURCES, codecOf } from './sound-files';
import type { EffectName, LoopName } from './sound-names';
import { type Listener, type Mood, VoiceLimiter, captionOfCue, listenerOf, moodOf, planSounds } from './sound-plan';

export interface Volumes {
  master: number;
  music: number;
  effects: number;
}

export interface PlayedSound {
  name: string;
  pan: number;
  /** What reaches the ear relative to full scale: master × effects × cue × distance; 0 when muted. */
  volume: number;
  /** Where the sound came from, in tiles; null for sounds without a place (menus, stings). */
  x: number | null;
  y: number | null;
}

export interface Caption {
  text: string;
  /** `performance.now()` when it was heard. */
  atMs: number;
}

export interface AudioDebugState {
  unlocked: boolean;
  contextState: string;
  muted: boolean;
  /** The sprite and every loop have loaded. */
  loaded: boolean;
  /** The sprite has loaded (effects can play; the music may still be on its way). */
  effectsLoaded: boolean;
  /** What howler chose for the sprite: Opus, or MP3 where Opus does not play; null before loading. */
  codec: Codec | null;
  /** Howls played through HTML5 audio elements instead of Web Audio (none: see createSoundBoard). */
  html5: number;
  mood: Mood;
  volumes: Volumes;
  /** The last 20 effects started, oldest first. */
  lastPlayed: PlayedSound[];
  captionsOn: boolean;
  /** Captions of the last 2.5 s, as the HUD shows them. */
  captions: string[];
}

export interface SoundBoard {
  /** Resolves when the sprite and loops have loaded (or failed: the game never waits on sound). */
  readonly ready: Promise<void>;
  /** Starts downloading: the sprite, then the music. Once the title is up; later calls do nothing. */
  load(): void;
  /** Call from a user gesture: resumes the audio context and starts the music. */
  unlock(): void;
  setVolumes(volumes: Partial<Volumes>): void;
  mute(muted: boolean): void;
  /** Turn a tick's events into sounds heard from `listener` (default: the controlled student). */
  play(events: readonly SimEvent[], snapshot: Snapshot, listener?: Listener): void;
  /** A sound with no place, at full effects volume (menus). */
  playUi(name: Extract<EffectName, 'ui-click' | 'ui-confirm' | 'ui-back'>): void;
  /** Captions heard within the last `withinMs`, oldest first; none while captions are off. */
  captions(withinMs?: number): Caption[];
  /** Show captions for sounds (on by default). */
  setCaptions(on: boolean): void;
  debugState(): AudioDebugState;
}

const HISTORY = 20;
const CROSSFADE_MS = 1800;
const MUSIC_LEVEL: Record<LoopName, number> = { ambient: 0.55, tense: 0.7, chase: 0.75 };
const LOOP_OF_MOOD: Record<Mood, LoopName> = { calm: 'ambient', tense: 'tense', chase: 'chase' };
/** The sprite and the three loops. */
const FILES = 4;

export function createSoundBoard(): SoundBoard {
  const volumes: Volumes = { master: 1, music: 0.6, effects: 0.9 };
  let muted = false;
  let unlocked = false;
  let loadedCount = 0;
  let failed = 0;
  let effectsLoaded = false;
  let loading = false;
  let mood: Mood = 'calm';
  let captionsOn = true;
  let musicStarted = false;
  const musicIds: Partial<Record<LoopName, number>> = {};
  const lastPlayed: PlayedSound[] = [];
  const captions: Caption[] = [];
  const limiter = new VoiceLimiter();

  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const settled = (ok: boolean): void => {
    if (ok) loadedCount++;
    else failed++;
    if (loadedCount + failed === FILES) resolveReady();
  };

  // All the Howls are made together, first (howler may rebuild its AudioContext when the first
  // one is made, which would unload any made before), but none downloads until load().
  // The loops are short (4-12 s, 15-46 KB as Opus) and must loop without a gap and crossfade by
  // volume: Web Audio buffers do both; HTML5 audio elements would stream them but gap at the loop
  // point, and iOS ignores their volume. So no `html5: true` here.
  const effects = new Howl({
    ...EFFECTS_SOURCE, sprite: spriteMap.sprite as unknown as Record<string, [number, number]>, preload: false,
    onload: () => {
      effectsLoaded = true;
      settled(true);
      loadMusic();
    },
    onloaderror: () => {
      settled(false);
      loadMusic();
    },
  });
  const makeLoop = (name: LoopName): Howl => new Howl({ ...LOOP_SOURCES[name], loop: true, volume: 0, preload: false, onload: () => settled(true), onloaderror: () => settled(false) });
  const ambient = makeLoop('ambient');
  const tense = makeLoop('tense');
  const chase = makeLoop('chase');
  const loops: ReadonlyArray<readonly [Howl, LoopName]> = [[ambient, 'ambient'], [tense, 'tense'], [chase, 'chase']];
  // Howler fires 'unlock' once a real gesture has let a sound through.
  for (const howl of [effects, ambient, tense, chase]) {
    howl.once('unlock', () => {
      unlocked = true;
      startMusic();
    });
  }

  const contextState = (): string => (Howler.ctx as AudioContext | undefined | null)?.state ?? (Howler.noAudio ? 'none' : 'html5');
  const resume = (): void => {
    const ctx = Howler.ctx as AudioContext | undefined | null;
    // iOS leaves the context 'interrupted' after a call or the app switcher; Chrome 'suspended'.
    if (ctx && ctx.state !== 'running' && ctx.state !== 'closed') void ctx.resume().catch(() => undefined);
  };

  /** The music waits for the sprite: the sounds of play come first on a slow line. */
  function loadMusic(): void {
    for (const [howl] of loops) howl.load();
  }

  const musicTarget = (loop: LoopName): number => (loop === LOOP_OF_MOOD[mood] ? volumes.music * MUSIC_LEVEL[loop] : 0);

  function startMusic(): void {
    if (musicStarted || loadedCount < FILES) return;
    musicStarted = true;
    for (const [howl, loop] of loops) {
      const id = howl.play();
      musicIds[loop] = id;
      if (loop === 'ambient') howl.fade(0, musicTarget(loop), 1200, id);
      else howl.volume(musicTarget(loop), id);
    }
  }

  function crossfade(): void {
    if (!musicStarted) return;
    for (const [howl, loop] of loops) {
      const id = musicIds[loop];
      if (id === undefined) continue;
      const from = howl.volume(id) as number;
      howl.fade(from, musicTarget(loop), CROSSFADE_MS, id);
    }
  }

  function record(name: string, pan: number, volume: number, x: number | null, y: number | null): void {
    lastPlayed.push({ name, pan, volume: muted ? 0 : volume * volumes.master, x, y });
    if (lastPlayed.length > HISTORY) lastPlayed.splice(0, lastPlayed.length - HISTORY);
  }

  function start(name: EffectName, volume: number, pan: number, x: number | null = null, y: number | null = null): void {
    const id = effects.play(name);
    effects.volume(volume, id);
    if (pan !== 0) effects.stereo(pan, id);
    record(name, pan, volume, x, y);
  }

  void ready.then(() => {
    if (unlocked) startMusic();
  });

  const onGesture = (): void => board.unlock();
  for (const type of ['keydown', 'pointerdown', 'touchend'] as const) document.addEventListener(type, onGesture, { capture: true, passive: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') resume();
  });
  window.addEventListener('focus', resume);
  window.addEventListener('pageshow', resume);

  const board: SoundBoard = {
    ready,
    load() {
      if (loading) return;
      loading = true;
      effects.load();
    },
    unlock() {
      resume();
      if (unlocked) return;
      // Howler's own listeners finish the unlock and emit 'unlock'; a running context after a real
      // gesture counts too (some browsers never needed unlocking).
      const ctx = Howler.ctx as AudioContext | undefined | null;
      if (ctx && ctx.state === 'running') {
        unlocked = true;
        startMusic();
      } else if (ctx) {
        void ctx.resume().then(() => {
          unlocked = true;
          startMusic();
        }, () => undefined);
      }
    },
    setVolumes(next) {
      const clamp = (v: number | undefined, fallback: number): number => (v === undefined || !Number.isFinite(v) ? fallback : Math.min(1, Math.max(0, v)));
      volumes.master = clamp(next.master, volumes.master);
      volumes.music = clamp(next.music, volumes.music);
      volumes.effects = clamp(next.effects, volumes.effects);
      Howler.volume(volumes.master);
      for (const [howl, loop] of loops) {
        const id = musicIds[loop];
        if (id !== undefined) howl.volume(musicTarget(loop), id);
      }
    },
    mute(next) {
      muted = next;
      Howler.mute(next);
    },
    play(events, snapshot, listener) {
      const nextMood = moodOf(snapshot);
      if (nextMood !== mood) {
        mood = nextMood;
        crossfade();
      }
      if (events.length === 0) return;
      const ears = listener ?? listenerOf(snapshot);
      const nowMs = performance.now();
      const cues = planSounds({ events, snapshot, listener: ears, map: session.level?.tiled, limiter, nowMs });
      for (const cue of cues) {
        const caption = captionOfCue(cue, ears);
        if (caption !== undefined) captions.push({ text: caption, atMs: nowMs });
        // Sounds before the first gesture would only queue up in a suspended context.
        if (!unlocked || !effectsLoaded) continue;
        start(cue.name, cue.volume * volumes.effects, cue.pan, cue.x, cue.y);
      }
      if (captions.length > HISTORY) captions.splice(0, captions.length - HISTORY);
    },
    playUi(name) {
      if (!unlocked || !effectsLoaded) return;
      start(name, volumes.effects * 0.8, 0);
    },
    captions(withinMs = 2500) {
      const now = performance.now();
      return captionsOn ? captions.filter((c) => now - c.atMs <= withinMs) : [];
    },
    setCaptions(on) {
      captionsOn = on;
    },
    debugState: () => ({
      unlocked,
      contextState: contextState(),
      muted,
      loaded: loadedCount === FILES,
      effectsLoaded,
      codec: effectsLoaded ? codecOf(EFFECTS_SOURCE, (effects as unknown as { _src: unknown })._src) : null,
      html5: [effects, ambient, tense, chase].filter((howl) => (howl as unknown as { _html5: boolean })._html5).length,
      mood,
      volumes: { ...volumes },
      lastPlayed: lastPlayed.map((p) => ({ ...p })),
      captionsOn,
      captions: board.captions().map((c) => c.text),
    }),
  };
  return board;
}

let shared: SoundBoard | undefined;

/** The game's one sound board, made on first use. */
export function soundBoard(): SoundBoard {
  shared ??= createSoundBoard();
  return shared;
}

/** For the testing hook: the board's state; `change` mutes, sets volumes or turns captions on or off first. */
export function audioDebugState(change?: { muted?: boolean; volumes?: Partial<Volumes>; captions?: boolean }): AudioDebugState {
  const board = soundBoard();
  if (change?.captions !== undefined) board.setCaptions(Boolean(change.captions));
  if (change?.muted !== undefined) board.mute(Boolean(change.muted));
  if (change?.volumes !== undefined) board.setVolumes(change.volumes);
  return board.debugState();
}
