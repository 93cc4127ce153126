/**
 * Taps on a screen that comes up over play (the end screens, the ending): only a touch or click that
 * landed after the screen had stood its grace, and lifted on the row it landed on without sliding
 * away, chooses. A thumb still on the stick as the level ended, lifted over a row, and a press on
 * the stick's spot as if play went on (a drag), choose nothing.
 */

import type Phaser from 'phaser';
import { TAP_SLOP } from './touch-state';

/** Taps count only from a touch that lands this long after the screen came up: a tap meant for the fight, landing as the screen comes up, is not a choice. */
export const TAP_GRACE_MS = 800;

/** Farther than this (px) from where it landed, a finger is dragging, not tapping (a menu row is forgiving: twice a tap's slop in the level). */
const ROW_SLOP = TAP_SLOP * 2;

/**
 * Calls `onTap` with the object a fresh tap chose (down and up on it, landed after the grace) and
 * `onReady` once the grace is over.
 */
export function listenFreshTaps(scene: Phaser.Scene, onTap: (target: Phaser.GameObjects.GameObject) => void, onReady?: () => void): void {
  let ready = false;
  const downs = new Map<number, { x: number; y: number; over: Phaser.GameObjects.GameObject[]; slid: boolean }>();
  scene.time.delayedCall(TAP_GRACE_MS, () => {
    ready = true;
    onReady?.();
  });
  scene.input.on('pointerdown', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
    if (ready) downs.set(pointer.id, { x: pointer.x, y: pointer.y, over: [...over], slid: false });
  });
  scene.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
    const down = downs.get(pointer.id);
    if (down !== undefined && Math.hypot(pointer.x - down.x, pointer.y - down.y) > ROW_SLOP) down.slid = true;
  });
  scene.input.on('pointerup', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
    const down = downs.get(pointer.id);
    downs.delete(pointer.id);
    if (down === undefined || down.slid || Math.hypot(pointer.x - down.x, pointer.y - down.y) > ROW_SLOP) return;
    const target = over.find((object) => down.over.includes(object));
    if (target !== undefined) onTap(target);
  });
}
