/**
 * Sound board: the only module that imports howler. Loads the generated audio sprite and the three
 * music loops (Opus, or MP3 where Opus does not play: sound-files.ts) once the title is up — the
 * sprite first, the music after it — unlocks audio on the first key, click or touch (browsers keep audio silent until
 * then), resumes it when the tab or phone comes back, and turns each tick's events into placed
 * sounds (see sound-plan.ts for the rules) plus music that follows the zombies' alert.
 *
 * Volumes: `master` scales everything (howler's global volume), `music` the loops, `effects` the
 * sprite. All 0..1. Muting keeps the volumes and silences howler.
 *
 * Page-wide state: one board per page: howler's audio context is the page's, and the browser
 * unlocks it once, for the page.
 */

import { Howl, Howler } from 'howler';
import type { SimEvent } from '../../core';
import type { Snapshot } from '../../core';
import spriteMap from '../../../assets/audio/effects.json';
import { type Codec, EFFECTS_SOURCE, LOOP_SOURCES, codecOf } from './sound-files';
import type { EffectName, LoopName } from './sound-names';
import { type FloorMap, type Listener, type Mood, VoiceLimiter, captionOfCue, listenerOf, moodOf, planSounds } from './sound-plan';

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
  /** Turn a tick's events into sounds heard from `listener` (default: the controlled student); `map` gives the floor under footsteps. */
  play(events: readonly SimEvent[], snapshot: Snapshot, map: FloorMap | undefined, listener?: Listener): void;
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

/** The three music loops: one plays at a time at its level, the others wait silent to crossfade into. */
interface Music {
  readonly howls: readonly Howl[];
  /** Starts downloading the loops: after the sprite, so the sounds of play come first on a slow line. */
  load(): void;
  /** Starts every loop (once), the one for the mood audible; call when all have loaded and audio is unlocked. */
  start(): void;
  /** Crossfades to the loop for `mood` when it changed. */
  setMood(mood: Mood): void;
  mood(): Mood;
  /** Sets each loop's volume again after the music volume changed. */
  follow(): void;
}

/** `volumes` is the board's own (read at each change); `settled` is told when each loop loads or fails. */
function createMusic(volumes: Volumes, settled: (ok: boolean) => void): Music {
  let mood: Mood = 'calm';
  let started = false;
  const ids: Partial<Record<LoopName, number>> = {};
  const makeLoop = (name: LoopName): Howl => new Howl({ ...LOOP_SOURCES[name], loop: true, volume: 0, preload: false, onload: () => settled(true), onloaderror: () => settled(false) });
  const loops: ReadonlyArray<readonly [Howl, LoopName]> = (['ambient', 'tense', 'chase'] as const).map((name) => [makeLoop(name), name] as const);
  const target = (loop: LoopName): number => (loop === LOOP_OF_MOOD[mood] ? volumes.music * MUSIC_LEVEL[loop] : 0);
  return {
    howls: loops.map(([howl]) => howl),
    load() {
      for (const [howl] of loops) howl.load();
    },
    start() {
      if (started) return;
      started = true;
      for (const [howl, loop] of loops) {
        const id = howl.play();
        ids[loop] = id;
        if (loop === 'ambient') howl.fade(0, target(loop), 1200, id);
        else howl.volume(target(loop), id);
      }
    },
    setMood(next) {
      if (next === mood) return;
      mood = next;
      if (!started) return;
      for (const [howl, loop] of loops) {
        const id = ids[loop];
        if (id === undefined) continue;
        const from = howl.volume(id) as number;
        howl.fade(from, target(loop), CROSSFADE_MS, id);
      }
    },
    mood: () => mood,
    follow() {
      for (const [howl, loop] of loops) {
        const id = ids[loop];
        if (id !== undefined) howl.volume(target(loop), id);
      }
    },
  };
}

/** The audio context as howler made it; none before the first Howl, or where there is no Web Audio. */
const audioContext = (): AudioContext | undefined | null => Howler.ctx as AudioContext | undefined | null;

function contextState(): string {
  return audioContext()?.state ?? (Howler.noAudio ? 'none' : 'html5');
}

/** iOS leaves the context 'interrupted' after a call or the app switcher; Chrome 'suspended'. */
function resumeContext(): void {
  const ctx = audioContext();
  if (ctx && ctx.state !== 'running' && ctx.state !== 'closed') void ctx.resume().catch(() => undefined);
}

/** Calls `unlock` on every key, click or touch, and resumes the context when the tab or phone comes back. */
function listenForGestures(unlock: () => void): void {
  for (const type of ['keydown', 'pointerdown', 'touchend'] as const) document.addEventListener(type, unlock, { capture: true, passive: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') resumeContext();
  });
  window.addEventListener('focus', resumeContext);
  window.addEventListener('pageshow', resumeContext);
}

/** The effects sprite and the last effects started (newest last, at most HISTORY). */
interface Effects {
  readonly howl: Howl;
  loaded(): boolean;
  start(name: EffectName, volume: number, pan: number, x?: number | null, y?: number | null): void;
  lastPlayed(): PlayedSound[];
}

/** `heard` is what a sound of this volume reaches the ear at (0 when muted); `loaded` is told when the sprite loads or fails. */
function createEffects(heard: (volume: number) => number, loaded: (ok: boolean) => void): Effects {
  let isLoaded = false;
  const lastPlayed: PlayedSound[] = [];
  const howl = new Howl({
    ...EFFECTS_SOURCE,
    sprite: spriteMap.sprite as unknown as Record<string, [number, number]>,
    preload: false,
    onload: () => {
      isLoaded = true;
      loaded(true);
    },
    onloaderror: () => loaded(false),
  });
  return {
    howl,
    loaded: () => isLoaded,
    start(name, volume, pan, x = null, y = null) {
      const id = howl.play(name);
      howl.volume(volume, id);
      if (pan !== 0) howl.stereo(pan, id);
      lastPlayed.push({ name, pan, volume: heard(volume), x, y });
      if (lastPlayed.length > HISTORY) lastPlayed.splice(0, lastPlayed.length - HISTORY);
    },
    lastPlayed: () => lastPlayed.map((p) => ({ ...p })),
  };
}

/** Captions of the last HISTORY sounds heard, returned while captions are on. */
function createCaptions(): { add(text: string, atMs: number): void; within(ms: number): Caption[]; show(on: boolean): void; shown(): boolean } {
  let on = true;
  const heard: Caption[] = [];
  return {
    add(text, atMs) {
      heard.push({ text, atMs });
      if (heard.length > HISTORY) heard.splice(0, heard.length - HISTORY);
    },
    within(ms) {
      const now = performance.now();
      return on ? heard.filter((c) => now - c.atMs <= ms) : [];
    },
    show: (next) => {
      on = next;
    },
    shown: () => on,
  };
}

// long because: the board's methods, each a few lines, share its loading and unlock state; the music,
// the effects, the captions and the audio context are made by the functions above.
export function createSoundBoard(): SoundBoard {
  const volumes: Volumes = { master: 1, music: 0.6, effects: 0.9 };
  let muted = false;
  let unlocked = false;
  let loadedCount = 0;
  let failed = 0;
  let loading = false;
  const captions = createCaptions();
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
  const effects = createEffects(
    (volume) => (muted ? 0 : volume * volumes.master),
    (ok) => {
      settled(ok);
      music.load();
    },
  );
  const music = createMusic(volumes, settled);
  const markUnlocked = (): void => {
    unlocked = true;
    if (loadedCount === FILES) music.start();
  };
  // Howler fires 'unlock' once a real gesture has let a sound through.
  for (const howl of [effects.howl, ...music.howls]) howl.once('unlock', markUnlocked);
  void ready.then(() => {
    if (unlocked) markUnlocked();
  });
  listenForGestures(() => board.unlock());

  const board: SoundBoard = {
    ready,
    load() {
      if (loading) return;
      loading = true;
      effects.howl.load();
    },
    unlock() {
      resumeContext();
      if (unlocked) return;
      // Howler's own listeners finish the unlock and emit 'unlock'; a running context after a real
      // gesture counts too (some browsers never needed unlocking).
      const ctx = audioContext();
      if (ctx && ctx.state === 'running') markUnlocked();
      else if (ctx) void ctx.resume().then(markUnlocked, () => undefined);
    },
    setVolumes(next) {
      const clamp = (v: number | undefined, fallback: number): number => (v === undefined || !Number.isFinite(v) ? fallback : Math.min(1, Math.max(0, v)));
      volumes.master = clamp(next.master, volumes.master);
      volumes.music = clamp(next.music, volumes.music);
      volumes.effects = clamp(next.effects, volumes.effects);
      Howler.volume(volumes.master);
      music.follow();
    },
    mute(next) {
      muted = next;
      Howler.mute(next);
    },
    play(events, snapshot, map, listener) {
      music.setMood(moodOf(snapshot));
      if (events.length === 0) return;
      const ears = listener ?? listenerOf(snapshot);
      const nowMs = performance.now();
      const cues = planSounds({ events, snapshot, listener: ears, map, limiter, nowMs });
      for (const cue of cues) {
        const caption = captionOfCue(cue, ears);
        if (caption !== undefined) captions.add(caption, nowMs);
        // Sounds before the first gesture would only queue up in a suspended context.
        if (!unlocked || !effects.loaded()) continue;
        effects.start(cue.name, cue.volume * volumes.effects, cue.pan, cue.x, cue.y);
      }
    },
    playUi(name) {
      if (!unlocked || !effects.loaded()) return;
      effects.start(name, volumes.effects * 0.8, 0);
    },
    captions: (withinMs = 2500) => captions.within(withinMs),
    setCaptions: (on) => captions.show(on),
    debugState: () => ({
      unlocked,
      contextState: contextState(),
      muted,
      loaded: loadedCount === FILES,
      effectsLoaded: effects.loaded(),
      codec: effects.loaded() ? codecOf(EFFECTS_SOURCE, (effects.howl as unknown as { _src: unknown })._src) : null,
      html5: [effects.howl, ...music.howls].filter((howl) => (howl as unknown as { _html5: boolean })._html5).length,
      mood: music.mood(),
      volumes: { ...volumes },
      lastPlayed: effects.lastPlayed(),
      captionsOn: captions.shown(),
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
