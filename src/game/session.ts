/**
 * Session: what the whole game shares across scenes — the running simulation, where the player is
 * (title, playing, won, lost, error), and commands queued by the testing hook. Scenes read and
 * write it; the testing hook reads it. It owns no rules: those are in the core.
 */

import type { CampaignState } from '../core';
import type { Command } from '../core';
import type { PlayerControls } from './input/player-controls';
import type { TouchState } from './input/touch-state';
import type { LevelError } from '../core';
import type { Level } from '../core';
import type { Simulation } from '../core';
import type { Snapshot } from '../core';
import type { Recording } from '../core';
import type { NoticeShown } from './render/notice-marks';
import type { Tutor } from './tutorial/tutor';

export interface DebugStats {
  cones: number;
  goals: number;
  trailTiles: number;
  detections: string[];
  /** Noise rings drawn (each noise's reach, for a second). */
  rings: number;
  /** Zombie routes drawn. */
  paths: number;
  /** Illegal state transitions the simulation skipped (a rule bug; shown in red when above 0). */
  illegalTransitions: number;
}

/** What the play scene draws over the map, and switches for measuring its cost (`hyosan.look`). */
export interface LookState {
  /** Lighting (darkness, window light, phone cones, fires) is drawn. `?light=0` starts it off. */
  light: boolean;
  /** Fog of war is drawn. `?fog=0` starts it off. */
  fog: boolean;
  /** Phone lights and fires drawn last frame. */
  lights: number;
  /** Brightness 0..1 of the controlled student's tile as drawn, or null without a level. */
  brightnessHere: number | null;
  /** Sound rings and edge markers drawn last frame. */
  rings: number;
  edgeMarkers: number;
  /** Where a halfbie student heard something (render/hearing-view.ts): markers drawn last frame. */
  heardMarkers: number;
  /** The line over the controlled student while thunder or the bell covers their steps, or null. */
  coverHint: string | null;
  /** The aimed throw's preview drawn last frame (render/throw-preview.ts): landing tile, hearing radius, device; or null. */
  throwPreview: { tileX: number; tileY: number; hearingRadius: number; by: 'mouse' | 'touch' | 'pad' } | null;
  /** Reduced motion in effect (no shake, no bobbing, no white flashes, fewer particles). */
  reducedMotion: boolean;
  /** Seen / heard badges on students drawn last frame (render/notice-marks.ts). */
  notices: NoticeShown[];
}

/** The "What happened?" replay (scenes/what-happened-scene.ts) as the testing hook reports it. */
export interface WhatHappenedState {
  playing: boolean;
  tick: number;
  showFrom: number;
  endTick: number;
  /** Tick hashes as recorded in play and as the replay made them, for the ticks shown so far. */
  recorded: [number, string][];
  replayed: [number, string][];
  /** The first tick where the replay drifted from the recording, or null. */
  driftTick: number | null;
  /** The culprit and its chain, as plain data (core sim/replay/loss-cause.ts). */
  culprit: { zombieId: number; kind: string } | null;
  chain: { tick: number; zombieId: number; sense: string; studentId: number | null; noise: string | null }[];
  /** The sentences shown in the panel. */
  caption: string[];
  /** Detection marks drawn on the map last frame, as labelled. */
  marks: string[];
}

export type Screen = 'boot' | 'title' | 'levels' | 'playing' | 'won' | 'lost' | 'error' | 'edit';

/** What the `?edit=` preview shows (src/game/edit), for `hyosan.edit()`. */
export interface EditView {
  levelId: string;
  title: string;
  zombies: number;
  /** Zombies with a path to the first student's spawn. */
  pathCount: number;
  /** Tiles on all drawn paths together. */
  pathCells: number;
  objectives: string[];
  warnings: string[];
  /** The tile clicked last, and how many tiles its noise reaches (the loudest band), per band too. */
  clicked: { tileX: number; tileY: number } | null;
  reachCells: number;
  cellsPerBand: number[];
  /** How many times the preview was (re)built: 1, then +1 on each hot reload. */
  builds: number;
  /** What each layer drew: tiles shaded (spawn reach), route steps, lights, sounds, items, locks and keys. */
  drawn: { spawnReachCells: number; exitRouteCells: number; lights: number; sounds: number; items: number; lockedDoors: number; keys: number };
  /** Locked doors and the tile each is unlocked from (null: only breaking opens it, or nobody gets beside it). */
  lockedDoors: { tileX: number; tileY: number; lockable: boolean; key: { tileX: number; tileY: number } | null }[];
  /** The legend's texts, in the screen's language. */
  legend: string[];
  /** The tile clicked last and the objects on it (their custom properties by name); null before a click. */
  picked: { tileX: number; tileY: number; objects: { layer: string; id: number; kind: string; properties: Record<string, string | number | boolean> }[] } | null;
  /** The lines the properties box shows. */
  pickedText: string[];
}

export interface Session {
  /** The campaign between levels (camp, carry-over), once a level was won; plain JSON a save can store. */
  campaign: CampaignState | undefined;
  /** The last camp actions' results, newest first, for the camp screen. */
  campLog: string[];
  screen: Screen;
  level: Level | undefined;
  simulation: Simulation | undefined;
  /** The snapshot of the last tick, shared by the play and HUD scenes. */
  latest: Snapshot | undefined;
  seed: number | string;
  /** Errors of the last level that failed to load, shown by the error scene. */
  errors: LevelError[];
  /** Commands from `hyosan.send`, applied at the next tick with the player's own. */
  queued: Command[];
  /** What the AI debug overlay drew last frame (for tests), or undefined when it is off. */
  debugStats: DebugStats | undefined;
  /** What the play scene drew last frame (lighting, fog, rings), for `hyosan.look`. */
  look: LookState | undefined;
  /** Lighting off (`?light=0`, `hyosan.look({ light: false })`, `hyosan.perf.view({ light: false })`): measuring its cost. */
  lightOff: boolean;
  /**
   * Preview overrides for screenshots (`hyosan.look({ daylight, phoneLight })`), drawn only: the
   * daylight to draw with, and a phone light on the controlled student. They change nothing in the
   * game; a snapshot's own `daylight` and students' `lightOn` are drawn when there is no override.
   */
  lookPreview: { daylight?: number; phoneLight?: boolean };
  /** The input of the level being played (for the testing hook), or undefined. */
  controls: PlayerControls | undefined;
  /** The touch controls' state of the level being played, or undefined. */
  touch: TouchState | undefined;
  /** Called whenever `screen` changes. */
  onScreen: Set<(screen: Screen) => void>;
  /** Benches and tests (`hyosan.perf.view`): draw every tile as seen, so a whole horde is on screen. */
  fogOff: boolean;
  /** The `?edit=` preview's state, or undefined outside it. */
  edit: EditView | undefined;
  /** The last seconds of the level just lost, to replay them ("What happened?"); undefined otherwise. */
  lossRecording: { level: Level; recording: Recording } | undefined;
  /** What the "What happened?" replay shows, for the testing hook; undefined when it is not open. */
  whatHappened: WhatHappenedState | undefined;
  /** The last thing the player asked for that could not be done, in their words (the HUD shows it); `serial` counts them. */
  refusal: { text: string; serial: number } | undefined;
  /** The first-run tutorial of the level being played (src/game/tutorial), or undefined. */
  tutor: Tutor | undefined;
  /** Where the tutorial's prompt is drawn (game pixels: centre x, top y, size), or null. */
  promptBox: { x: number; y: number; width: number; height: number } | null;
  /** The banner's text over the level now (objective news, refusals, save notices), or null. */
  banner: string | null;
}

export const session: Session = {
  campaign: undefined,
  campLog: [],
  screen: 'boot',
  level: undefined,
  simulation: undefined,
  latest: undefined,
  debugStats: undefined,
  look: undefined,
  lightOff: false,
  lookPreview: {},
  controls: undefined,
  touch: undefined,
  seed: 1,
  errors: [],
  queued: [],
  onScreen: new Set(),
  fogOff: false,
  edit: undefined,
  refusal: undefined,
  lossRecording: undefined,
  whatHappened: undefined,
  banner: null,
  tutor: undefined,
  promptBox: null,
};

export function setScreen(screen: Screen): void {
  session.screen = screen;
  for (const listener of [...session.onScreen]) listener(screen);
}
