/**
 * App state: what the page keeps across plays, in one explicit object made once at boot
 * (`installAppState` in main.ts) and kept in the game's registry. Scenes reach it as
 * `appOf(this.game)`, the testing hook and the other installers as `appOf(game)`; no module holds it.
 *
 * Each part is app-wide for a reason:
 * - `screen` and `onScreen`: one screen is up on the page at a time, and the hook waits on it;
 * - `campaign` and `campLog`: the group between levels outlives every play;
 * - `errors`: the last level that failed to load, for the error screen, whoever asked for it;
 * - `lightOff` and `fogOff`: measuring switches (`?light=0`, the bench) for the page's life;
 * - `play`: the play running now (or the last one, until the next starts: the end screen and camp
 *   follow it) for the testing hook, the save menu and hot reload; scenes that show a play get it
 *   in their scene data instead;
 * - `edit` and `whatHappened`: what the designers' preview and the "What happened?" replay report
 *   to the testing hook; they are screens of their own, not part of a play;
 * - `stepLock`: a test's hold on the level clock (step-lock.ts), kept across the plays it drives.
 */

import type Phaser from 'phaser';
import type { CampaignState, CampLine, LevelError, Snapshot } from '../core';
import type { PlaySession } from './play-session';
import { createStepLock, type StepLock } from './step-lock';

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

export type Screen = 'boot' | 'title' | 'levels' | 'playing' | 'won' | 'lost' | 'ending' | 'error' | 'edit';

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

export interface AppState {
  screen: Screen;
  /** Called whenever `screen` changes. */
  readonly onScreen: Set<(screen: Screen) => void>;
  /** The campaign between levels (camp, carry-over), once a level was won; plain JSON a save can store. */
  campaign: CampaignState | undefined;
  /** The last camp actions' results, newest first, for the camp screen. */
  campLog: CampLine[];
  /** Errors of the last level that failed to load, shown by the error scene. */
  errors: LevelError[];
  /** Lighting off (`?light=0`, `hyosan.look({ light: false })`, `hyosan.perf.view({ light: false })`): measuring its cost. */
  lightOff: boolean;
  /** Benches and tests (`?fog=0`, `hyosan.perf.view`): draw every tile as seen, so a whole horde is on screen. */
  fogOff: boolean;
  /** The play running now, or the last one; undefined before the first level starts. */
  play: PlaySession | undefined;
  /** The `?edit=` preview's state, or undefined outside it. */
  edit: EditView | undefined;
  /** What the "What happened?" replay shows, for the testing hook; undefined when it is not open. */
  whatHappened: WhatHappenedState | undefined;
  /** An end screen (won, lost, the ending) is up and takes keys: false during its grace, when a key still held from play is ignored. */
  endKeysReady: boolean;
  /** An end screen (won, lost, the ending) takes taps: false during its grace; a finger still down from play never taps it (input/fresh-taps.ts). */
  endTapsReady: boolean;
  /** The testing hook's step lock: unlocked unless a test locks it. */
  readonly stepLock: StepLock<Snapshot>;
}

const REGISTRY_KEY = 'app';

export function createAppState(): AppState {
  return {
    screen: 'boot',
    onScreen: new Set(),
    campaign: undefined,
    campLog: [],
    errors: [],
    lightOff: false,
    fogOff: false,
    play: undefined,
    edit: undefined,
    whatHappened: undefined,
    endKeysReady: false,
    endTapsReady: false,
    stepLock: createStepLock(),
  };
}

/** Makes the app state and keeps it in the game's registry, once, at boot. */
export function installAppState(game: Phaser.Game): AppState {
  const app = createAppState();
  game.registry.set(REGISTRY_KEY, app);
  return app;
}

/** The app state of a game (made at boot by `installAppState`). */
export function appOf(game: Phaser.Game): AppState {
  const app = game.registry.get(REGISTRY_KEY) as AppState | undefined;
  if (app === undefined) throw new Error('the app state is missing: installAppState(game) runs at boot, before any scene');
  return app;
}

/** Puts a screen up and tells the listeners. */
export function setScreen(app: AppState, screen: Screen): void {
  app.screen = screen;
  for (const listener of [...app.onScreen]) listener(screen);
}
