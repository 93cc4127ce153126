/** The testing hook's contract, `window.hyosan` (documented in the README); each part is made in a file beside this one. */

import type { CampaignState, ReplayInput, ReplayOutcome, Snapshot } from '../../core';
import type { CampAction } from '../camp-actions';
import type { AudioDebugState, Volumes } from '../audio/sound-board';
import type { LevelSelectEntry } from '../scenes/level-select-scene';
import type { PerfProbe } from '../perf-probe';
import type { SaveNotice } from '../save/save-status';
import type { SlotId, SlotInfo } from '../save/store';
import type { MenuState } from '../scenes/menu/menu-list';
import type { Settings } from '../settings/schema';
import type { SettingsNotice } from '../settings/settings';
import type { BindResult, InputSettings } from '../input/input-settings';
import type { Displaced } from '../input/key-bindings';
import type { ControlsState } from '../input/player-controls';
import type { ScreenLayout } from '../layout/screen-layout';
import type { LoopStats } from '../loop-stats';
import type { PauseState } from '../pause';
import type { EditView, Screen, WhatHappenedState } from '../app-state';
import type { DebugStats, LookState } from '../play-session';
import type { AdvanceOptions, AdvanceResult } from '../step-lock';

export type HookStatus = 'boot' | 'title' | 'levels' | 'playing' | 'won' | 'lost' | 'ending' | 'error' | 'edit';

export type HookSnapshot = Omit<Snapshot, 'status' | 'levelId'> & { levelId: string | null; status: HookStatus };

export interface HyosanHook {
  levels(): string[];
  startLevel(id: string, options?: { seed?: number | string }): Promise<HookSnapshot>;
  loadLevelText(file: string, text: string, options?: { seed?: number | string }): Promise<{ ok: true; snapshot: HookSnapshot } | { ok: false; errors: string[] }>;
  snapshot(): HookSnapshot;
  /** The campaign (plain JSON) and the camp's last results; `action` applies a camp rule first. */
  camp(action?: CampAction): { campaign: CampaignState | null; log: string[] };
  /** Carries the running level's group over (as if won) and shows the camp screen. */
  openCamp(): Promise<void>;
  send(command: unknown): { ok: true } | { ok: false; error: string };
  screen(): Screen;
  /** Whether the end screen up now takes keys (its short grace, in which keys held from play are ignored, is over); false on any other screen. */
  endKeysReady(): boolean;
  /** Whether the end screen up now takes taps: its grace is over (a tap then counts only from a finger that landed after it, not one still down from play); false on any other screen. */
  endTapsReady(): boolean;
  /** The level-select rows (id, title, locked/unlocked/completed) while that screen is up; null otherwise. */
  levelSelect(): LevelSelectEntry[] | null;
  /** Ids of the campaign levels won so far (kept in localStorage). */
  progress(): string[];
  /** What the AI debug overlay (`?debug=ai`) drew last frame; null when it is off. */
  debug(): DebugStats | null;
  /** Illegal state transitions the running level skipped (the game's simulation counts them instead of throwing), and the last one; null with no level. */
  illegalTransitions(): { count: number; last: string } | null;
  /** The "What happened?" replay of a lost level while it is open (tick, recorded and replayed hashes, the cause, the words shown); null otherwise. */
  whatHappened(): WhatHappenedState | null;
  /** The last thing asked for that could not be done, as the HUD's banner says it, or null. */
  refusal(): string | null;
  /** The first-run tutorial: the prompt up now (lesson, text, where to tap it) and the lessons done (kept with the settings); the banner's text over the level. `show` puts a lesson's prompt up first (screenshots). */
  /** The tutorial's prompt up now; `holding`: it holds the game still until read (tutor.ts). */
  tutorial(change?: { show?: string }): { lesson: string | null; prompt: string | null; holding: boolean; done: string[]; banner: string | null; promptAt: { x: number; y: number } | null };
  /** Where the centre of a tile is on the page (CSS pixels), to click or tap it; null when no level is shown. */
  tileToScreen(tileX: number, tileY: number): { x: number; y: number } | null;
  /** The `?edit=` preview: level, counts, objectives, warnings, what each layer drew, the legend, the clicked tile, its noise reach and the objects on it; null elsewhere. */
  edit(): EditView | null;
  /** The sound board's state (unlocked, context state, volumes, last 20 sounds, captions); `change` mutes, sets volumes or captions first. */
  audio(change?: { muted?: boolean; volumes?: Partial<Volumes>; captions?: boolean }): AudioDebugState;
  /** What the play scene draws: lighting, fog, lights, brightness under the controlled student, rings; `change` turns lighting or fog on/off first (takes effect next frame). Null outside a level. */
  look(change?: { light?: boolean; fog?: boolean; daylight?: number; phoneLight?: boolean }): LookState | null;
  /** The language of the game's text (`'en'` or `'ko'`); `next` switches first (open screens redraw). */
  language(next?: string): string;
  /** The text of every visible text object in the running scenes, top scene last: what the player can read. */
  texts(): string[];
  /**
   * Every visible text (top scene last) with its box as drawn, in page pixels, its font size in game pixels times its scale, `pagePx`: the height its
   * font is drawn at on the page (its own, its containers' and the camera's vertical scale, and the canvas's CSS size), and `squeeze`: its width as drawn over its natural width (below 1 when drawn narrower to fit).
   */
  textBoxes(): { scene: string; text: string; x: number; y: number; width: number; height: number; fontPx: number; pagePx: number; squeeze: number }[];
  /** Saved games (IndexedDB): list the slots, save the level being played, load (play) a slot, read or damage a slot's stored text, import text as if from a file, and the last save notice. */
  saves: {
    list(): Promise<{ slot: SlotId; status: SlotInfo['status']; fromBackup: boolean; levelId: string | null; tick: number | null; savedAt: string | null; problem: string | null }[]>;
    save(slot: SlotId): Promise<boolean>;
    load(slot: SlotId): Promise<boolean>;
    raw(key: SlotId | `${SlotId}.backup`, text?: string): Promise<string | null>;
    importText(text: string): Promise<boolean>;
    /** The saves kept from `slot` for a later version of the game (their texts, newest first). */
    kept(slot: SlotId): Promise<string[]>;
    /** How long the last writes' checks took on the main thread (ms, the newest last). */
    checkTimes(): number[];
    /** How many level files the page has parsed: checking a save before it is written parses none (it reads a copy parsed once). */
    levelParses(): number;
    /** Starts the level of a save's text as if loaded from `from`, skipping the check a load makes first: for the play scene's own refusal. */
    playUnchecked(text: string, from: SlotId | 'file'): boolean;
    notice(): SaveNotice | null;
  };
  /** The menu in use (scene, focused row id, rows with label, value, whether enabled, and while shown `at`: the row's centre, `box`: the row, `textBoxes`: its label and value as drawn, in page pixels), or null when no menu is up. `change.focus` moves the focus to that row first (scrolling it into view), as the arrow keys would. */
  menu(change?: { focus?: string }): MenuState | null;
  /** The settings and any notice about them; `change` (a partial, e.g. `{ volume: { music: 0 } }`) is validated and applied first (throws with the reason when refused). */
  settings(change?: unknown): { settings: Settings; notice: SettingsNotice | null };
  /** Runs a replay (level text, seed, command log) headless in this page's copy of the core, beside whatever is on screen; returns its checkpoint hashes. */
  /** Frame script times, live object counts and a whole-horde view, for the browser bench and leak tests. */
  perf: PerfProbe;
  replay(file: string, levelText: string, input: ReplayInput): { ok: true; outcome: ReplayOutcome } | { ok: false; errors: string[] };
  /** Input and layout: held controls, the touch layout, pause state and ticks per frame (see the README). */
  input(): InputDebugState;
  /** Pauses (`true`) or resumes (`false`) the level as the pause button does; returns the pause state. */
  pause(paused: boolean): PauseState;
  /** Binds a physical key (`KeyboardEvent.code`) to an action, as the remap screen does; remembered. */
  bindKey(action: string, code: string): BindResult<Displaced>;
  /** The control settings; `change` (checked, remembered) replaces them first. */
  inputSettings(change?: unknown): InputSettings | { ok: false; error: string };
  /** Forget the loop stats (ticks per frame) gathered so far. */
  resetLoopStats(): void;
  /** Frames the game has stepped and drawn so far (paused or not), so a test can wait for the next drawn frames instead of a time. */
  frame(): number;
  /** Locks the level's clock (`true`: from now on, across level starts, a level and the "What happened?" replay run only the ticks `advance` asks for) or gives it back to real time (`false`); returns whether it is locked (without `locked`, only that). */
  stepLock(locked?: boolean): boolean;
  /**
   * Under the step lock: runs up to `ticks` ticks of the level (or the "What happened?" replay)
   * now, each as a frame of one tick would (input read first), stopping after the first tick whose
   * snapshot meets `until`; returns the ticks run and why it stopped (`'ended'`: nothing ticks the
   * level: it ended, was left or is paused). The next frame draws the result.
   */
  advance(ticks: number, options?: AdvanceOptions<Snapshot>): AdvanceResult;
}

export interface InputDebugState {
  touchMode: boolean;
  layout: Pick<ScreenLayout, 'width' | 'height' | 'orientation' | 'unit' | 'safe' | 'hud' | 'buttons' | 'stick' | 'focus' | 'fits' | 'problems' | 'rotateHint'>;
  /** The level's merged input; null when no level is playing. */
  controls: ControlsState | null;
  touch: { pointers: number; held: string[]; stick: { dx: number; dy: number } | null; gait: string } | null;
  pause: PauseState;
  loop: LoopStats;
  /** Page scroll and pinch zoom, which must stay at 0 and 1 during play. */
  page: { scrollX: number; scrollY: number; zoom: number };
}

declare global {
  interface Window {
    hyosan: HyosanHook;
  }
}
