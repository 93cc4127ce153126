/** Keeps a play's input and time honest across focus loss, pauses and a lost graphics context. */

import Phaser from 'phaser';
import type { PlayerControls } from '../input/player-controls';

export interface PlayFocusHooks {
  /** Forgets any time the fixed step has gathered. */
  resetClock(): void;
  /** Draws what a lost graphics context took and update() would not draw while paused. */
  redraw(): void;
}

/** Listens on `scene` and its game; returns how to stop. */
export function keepPlayHonest(scene: Phaser.Scene, controls: Pick<PlayerControls, 'release' | 'capture'>, hooks: PlayFocusHooks): () => void {
  const { game, events } = scene;
  // Losing focus must not leave a direction key held down; a pause starts from a clean slate.
  const release = (): void => controls.release();
  game.events.on(Phaser.Core.Events.BLUR, release);
  game.events.on(Phaser.Core.Events.HIDDEN, release);
  // Back from a pause: no time is owed, whatever the clock says.
  const resume = (): void => {
    release();
    controls.capture(true);
    hooks.resetClock();
  };
  const pause = (): void => {
    release();
    controls.capture(false);
  };
  events.on(Phaser.Scenes.Events.PAUSE, pause);
  events.on(Phaser.Scenes.Events.RESUME, resume);
  // A lost graphics context takes drawn textures' pixels with it: draw them again once it is back.
  const restored = (): void => hooks.redraw();
  game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
  return () => {
    game.events.off(Phaser.Core.Events.BLUR, release);
    game.events.off(Phaser.Core.Events.HIDDEN, release);
    events.off(Phaser.Scenes.Events.PAUSE, pause);
    events.off(Phaser.Scenes.Events.RESUME, resume);
    game.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
  };
}
