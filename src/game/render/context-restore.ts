/**
 * A lost graphics (WebGL) context takes with it the pixels of every texture the game drew into
 * (a DynamicTexture: the baked level, the light layer); Phaser uploads images and canvases again
 * on restore, not what was drawn. Each owner of a drawn texture registers here to draw it again.
 */

import Phaser from 'phaser';

/** Calls `redraw` each time the browser gives the context back, until `scene` shuts down. */
export function redrawOnContextRestore(scene: Phaser.Scene, redraw: () => void): void {
  const renderer = scene.sys.game.renderer;
  renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, redraw);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, redraw));
}

/** Whether the context is lost now: nothing drawn can be seen, so nothing should happen. */
export function contextLost(scene: Phaser.Scene): boolean {
  return (scene.sys.game.renderer as { contextLost?: boolean }).contextLost === true;
}
