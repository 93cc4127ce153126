/**
 * Pause: one place that stops and restarts the level, whoever asks — the player (Esc, P, the pause
 * button, a gamepad's Start), or the browser (the tab was hidden, the window lost focus).
 *
 * Pausing puts the play scene to `pause` (no update, so no simulation tick runs; it still draws)
 * and launches the pause scene (`PAUSE_SCENE`) over it. Resuming stops that scene and resumes
 * play, whose fixed-step clock then starts from zero, so coming back after an hour runs no
 * catch-up ticks at all. Menus build on this: listen with `onPauseChange`, call `resumeGame`.
 *
 * Page-wide state: one game per page pauses, whoever asks (player, hidden tab, lost focus); the
 * count is for the page's life.
 */

import Phaser from 'phaser';
import { appOf } from './app-state';

export type PauseReason = 'player' | 'hidden' | 'blur' | 'context';

export interface PauseState {
  paused: boolean;
  /** Why the game paused, or null when it runs. */
  reason: PauseReason | null;
  /** How many times the game has paused since it loaded (for tests and diagnostics). */
  count: number;
}

/** The scene shown while paused; it receives `{ reason }` as its data. */
export const PAUSE_SCENE = 'pause';
const PLAY_SCENE = 'play';
/** Stopped with the level: the touch controls (so a tap on the pause screen is not also a walk). */
const PAUSED_WITH_PLAY = ['touch'];

const state: PauseState = { paused: false, reason: null, count: 0 };
const listeners = new Set<(state: Readonly<PauseState>) => void>();

export function pauseState(): Readonly<PauseState> {
  return { ...state };
}

/** Calls `listener` after every pause and resume; returns a function that stops listening. */
export function onPauseChange(listener: (state: Readonly<PauseState>) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of [...listeners]) listener(pauseState());
}

/** Pauses the level if one is being played; does nothing on other screens or when already paused. */
export function pauseGame(game: Phaser.Game, reason: PauseReason): boolean {
  if (state.paused || appOf(game).screen !== 'playing') return false;
  const play = game.scene.getScene(PLAY_SCENE);
  if (play === null || !play.sys.isActive()) return false;
  state.paused = true;
  state.reason = reason;
  state.count += 1;
  game.scene.pause(PLAY_SCENE);
  for (const key of PAUSED_WITH_PLAY) if (game.scene.isActive(key)) game.scene.pause(key);
  if (game.scene.getScene(PAUSE_SCENE) !== null) game.scene.run(PAUSE_SCENE, { reason });
  notify();
  return true;
}

/** Leaves the pause: the pause scene closes and the level continues from the tick it stopped at. */
export function resumeGame(game: Phaser.Game): boolean {
  if (!state.paused) return false;
  state.paused = false;
  state.reason = null;
  if (game.scene.isActive(PAUSE_SCENE) || game.scene.isPaused(PAUSE_SCENE)) game.scene.stop(PAUSE_SCENE);
  if (game.scene.isPaused(PLAY_SCENE)) game.scene.resume(PLAY_SCENE);
  for (const key of PAUSED_WITH_PLAY) if (game.scene.isPaused(key)) game.scene.resume(key);
  notify();
  return true;
}

/** Forget a pause without resuming anything (the level ended or another one started). */
export function clearPause(game: Phaser.Game): void {
  if (!state.paused) return;
  state.paused = false;
  state.reason = null;
  if (game.scene.isActive(PAUSE_SCENE) || game.scene.isPaused(PAUSE_SCENE)) game.scene.stop(PAUSE_SCENE);
  notify();
}

/**
 * Pause by itself when the tab is hidden, the window loses focus, or the graphics (WebGL) context
 * is lost: nothing can be seen until the browser gives it back, so nothing may happen meanwhile
 * (the play scene draws its baked textures again on restore). Phaser already stops its
 * loop while the page is hidden; pausing the level as well means the player comes back to the
 * pause screen, not to a horde, and the first frame back runs no simulation at all.
 */
export function installAutoPause(game: Phaser.Game): void {
  game.events.on(Phaser.Core.Events.HIDDEN, () => pauseGame(game, 'hidden'));
  game.events.on(Phaser.Core.Events.BLUR, () => pauseGame(game, 'blur'));
  // The renderer exists once the game has booted (at once when the page is already loaded).
  const watchContext = (): void => {
    if (game.renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer) game.renderer.on(Phaser.Renderer.Events.LOSE_WEBGL, () => pauseGame(game, 'context'));
  };
  if (game.isBooted) watchContext();
  else game.events.once(Phaser.Core.Events.BOOT, watchContext);
}
