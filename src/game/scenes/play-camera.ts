/** The play camera: follows the controlled student at a zoom that fits the screen. */

import Phaser from 'phaser';
import type { Level } from '../../core';
import { currentLayout, onLayoutChange } from '../layout/live-layout';
import { TILE_SIZE } from '../render/sprite-layout';
import { settings } from '../settings/settings';

/** How much of the way to the student the camera goes each frame. */
const EASE = 0.2;
/** The same while it glides to a student who just took control: slow enough to be seen going there. */
const GLIDE_EASE = 0.06;
/** How long it glides so. */
const GLIDE_MS = 900;
/** A focus that moved this far (px) in one frame jumped to another student: control passed. */
const JUMP_PX = TILE_SIZE * 1.5;

/**
 * Follows `focus` (the controlled student's marker) at a whole zoom of 2 to 6 that shows about 22x13
 * tiles, kept up with resizes and layout changes; returns how to stop. While `snap()` holds (a
 * test's step lock: the level moves by whole runs between frames) it follows without easing, so
 * each frame shows the student where the layout wants it and a tile is where the next frame draws it.
 * When the focus jumps to another student (a switch, or control passing on a fall) it glides there
 * slowly for a moment, so the player sees where control went (not with reduced motion).
 */
export function followWithCamera(scene: Phaser.Scene, focus: Phaser.GameObjects.Zone, level: Level, snap: () => boolean = () => false): () => void {
  const camera = scene.cameras.main;
  camera.startFollow(focus, true, EASE, EASE);
  let last: { x: number; y: number } | undefined;
  let glideUntil = 0;
  const ease = (): void => {
    if (last !== undefined && Math.abs(focus.x - last.x) + Math.abs(focus.y - last.y) > JUMP_PX && !settings().accessibility.reducedMotion) glideUntil = scene.time.now + GLIDE_MS;
    last = { x: focus.x, y: focus.y };
    const lerp = snap() ? 1 : scene.time.now < glideUntil ? GLIDE_EASE : EASE;
    if (camera.lerp.x !== lerp) camera.setLerp(lerp, lerp);
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, ease);
  // Keep the controlled student where the layout wants it: mid-screen, or above the thumbs in portrait.
  // The bounds leave room round the map for any tile to be drawn there: a student at the map's edge
  // (most levels start at the west end) stays where the layout wants them, not pushed under the HUD
  // panel or the touch buttons by a camera stopped at the map's edge.
  const aimCamera = (): void => {
    const aim = currentLayout().focus;
    const { width, height } = scene.scale;
    const zoom = camera.zoom;
    camera.setFollowOffset((aim.x - width / 2) / zoom, (aim.y - height / 2) / zoom);
    const [left, top, right, bottom] = [aim.x / zoom, aim.y / zoom, (width - aim.x) / zoom, (height - aim.y) / zoom];
    camera.setBounds(-left, -top, level.width * TILE_SIZE + left + right, level.height * TILE_SIZE + top + bottom);
  };
  // The bounds depend on the zoom: aimed again after each fit.
  const fitZoom = (): void => {
    const { width, height } = scene.scale;
    camera.setZoom(Phaser.Math.Clamp(Math.floor(Math.min(width / (22 * TILE_SIZE), height / (13 * TILE_SIZE))), 2, 6));
    aimCamera();
  };
  fitZoom();
  scene.scale.on('resize', fitZoom);
  const stopAiming = onLayoutChange(aimCamera);

  return () => {
    scene.scale.off('resize', fitZoom);
    scene.events.off(Phaser.Scenes.Events.UPDATE, ease);
    stopAiming();
  };
}
