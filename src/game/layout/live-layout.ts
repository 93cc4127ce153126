/**
 * Live layout: the screen layout for the game's current size, safe-area insets and input kind,
 * recomputed when any of them changes (resize, rotation, a first touch, the HUD panel growing).
 * The HUD, the touch controls and the play camera all read it, so they agree on where things are.
 *
 * Page-wide state: the layout follows the one window and screen the page is shown on (and whether a
 * finger has touched it), for every scene at once.
 */

import Phaser from 'phaser';
import { lightAvailable } from '../input/player-controls';
import { readSafeAreaInsets } from './safe-area';
import { computeLayout, type ScreenLayout } from './screen-layout';

let game: Phaser.Game | undefined;
let layout: ScreenLayout | undefined;
let touchSeen = false;
let hudPanel = { width: 196, height: 170 };
const listeners = new Set<(layout: ScreenLayout) => void>();

/** A phone or tablet (coarse pointer), or any device once a finger touched the game. */
export function isTouchMode(): boolean {
  if (touchSeen) return true;
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

function fullscreenAvailable(): boolean {
  return game?.device.fullscreen.available === true;
}

function recompute(): void {
  if (game === undefined) return;
  const next = computeLayout(game.scale.width, game.scale.height, readSafeAreaInsets(), {
    touch: isTouchMode(),
    fullscreen: fullscreenAvailable(),
    light: lightAvailable(),
    hudPanel,
  });
  const changed = layout === undefined || JSON.stringify(layout) !== JSON.stringify(next);
  layout = next;
  if (changed) for (const listener of [...listeners]) listener(next);
}

export function installLiveLayout(target: Phaser.Game): void {
  game = target;
  target.scale.on(Phaser.Scale.Events.RESIZE, recompute);
  target.scale.on(Phaser.Scale.Events.ORIENTATION_CHANGE, recompute);
  recompute();
}

export function currentLayout(): ScreenLayout {
  if (layout === undefined) recompute();
  return layout ?? computeLayout(1280, 720, { top: 0, right: 0, bottom: 0, left: 0 }, { touch: false, fullscreen: false, light: false, hudPanel });
}

/** Calls `listener` with each new layout; returns a function that stops listening. */
export function onLayoutChange(listener: (layout: ScreenLayout) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A finger touched the game: from now on the touch controls show. */
export function markTouchSeen(): void {
  if (touchSeen) return;
  touchSeen = true;
  recompute();
}

/** The HUD tells how big its status panel is, so the controls keep clear of it. */
export function setHudPanelSize(width: number, height: number): void {
  if (width === hudPanel.width && height === hudPanel.height) return;
  hudPanel = { width, height };
  recompute();
}

/** How far the HUD's slot bar reaches up from the bottom of the screen (0 when it is hidden), for what keeps clear of it. */
let hudBar = 0;

export function setHudBarHeight(height: number): void {
  hudBar = height;
}

export function hudBarHeight(): number {
  return hudBar;
}

/** Safe-area insets can change without a resize (a rotation on iOS): look again. */
export function refreshLayout(): void {
  recompute();
}
