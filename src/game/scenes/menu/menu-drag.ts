/**
 * A finger dragged up or down a scrolling menu moves its rows with it, a row for each row's height
 * the finger went, as a phone's lists do; the list stops at its ends (no wrapping round). A drag
 * that moved the list is not a tap on the row it started on. Used by menu-list.ts.
 */

import Phaser from 'phaser';

/** A finger that moves less than this (CSS px) is still a tap. */
const DRAG_PX = 12;

export interface DragTarget {
  /** The height of one row (px), the distance that scrolls the list one row. */
  rowHeight(): number;
  /** The first row shown now. */
  first(): number;
  /** Shows the list from row `first` (clamped to the list by the menu). */
  scrollTo(first: number): void;
  /** Forgets the row the finger went down on, so that the lift is no tap. */
  cancelTap(): void;
}

/** Follows touch drags in `scene` for `target`; stops with the scene. */
export function followDrags(scene: Phaser.Scene, target: DragTarget): void {
  let drag: { id: number; y: number; first: number; moved: boolean } | null = null;
  const onDown = (pointer: Phaser.Input.Pointer): void => {
    if (pointer.wasTouch) drag = { id: pointer.id, y: pointer.y, first: target.first(), moved: false };
  };
  const onMove = (pointer: Phaser.Input.Pointer): void => {
    if (drag === null || drag.id !== pointer.id || !pointer.isDown) return;
    const dy = pointer.y - drag.y;
    if (!drag.moved && Math.abs(dy) < DRAG_PX) return;
    if (!drag.moved) target.cancelTap();
    drag.moved = true;
    // The finger going up brings later rows up, as the page would.
    const rows = Math.trunc(-dy / Math.max(1, target.rowHeight()));
    if (drag.first + rows !== target.first()) target.scrollTo(drag.first + rows);
  };
  const onUp = (pointer: Phaser.Input.Pointer): void => {
    if (drag?.id === pointer.id) drag = null;
  };
  scene.input.on(Phaser.Input.Events.POINTER_DOWN, onDown);
  scene.input.on(Phaser.Input.Events.POINTER_MOVE, onMove);
  scene.input.on(Phaser.Input.Events.POINTER_UP, onUp);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.input.off(Phaser.Input.Events.POINTER_DOWN, onDown);
    scene.input.off(Phaser.Input.Events.POINTER_MOVE, onMove);
    scene.input.off(Phaser.Input.Events.POINTER_UP, onUp);
  });
}
