/**
 * Menu input: one small stream of menu moves — up, down, left, right, confirm, back — from the
 * keyboard (arrows and the player's movement keys, Enter/Space, Esc/Backspace), every gamepad
 * (d-pad or left stick with repeat, A confirm, B back, Start confirm) and sideways touch swipes
 * (they change a value; a finger dragged up or down scrolls the list instead, menu-drag.ts). Menus react to these and, for
 * pointers, to taps on their own items. Create one per menu scene; it stops with the scene.
 */

import Phaser from 'phaser';
import { inputSettings } from './input-settings';
import { stickDirection } from './gamepad-map';

export type MenuMove = 'up' | 'down' | 'left' | 'right' | 'confirm' | 'back';

export interface MenuInput {
  /** Calls `listener` for each menu move; returns a function that stops listening. */
  on(listener: (move: MenuMove) => void): () => void;
  /** Sends a move as if a device had (for tests and the testing hook). */
  emit(move: MenuMove): void;
}

/** A held direction repeats after this long, then every `REPEAT_MS`. */
const REPEAT_DELAY_MS = 400;
const REPEAT_MS = 140;
/** A swipe: at least this far (CSS px), mostly along one axis. */
const SWIPE_PX = 40;

const FIXED_KEYS: Record<string, MenuMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Enter: 'confirm',
  NumpadEnter: 'confirm',
  Space: 'confirm',
  Escape: 'back',
  Backspace: 'back',
};

/** The menu move a key code makes: fixed keys first, then the player's own movement keys. */
export function menuMoveForCode(code: string): MenuMove | undefined {
  const fixed = FIXED_KEYS[code];
  if (fixed !== undefined) return fixed;
  const bindings = inputSettings().bindings;
  for (const move of ['up', 'down', 'left', 'right'] as const) if (bindings[move].includes(code)) return move;
  return undefined;
}

/** Pad reading → held menu direction and buttons (standard layout: 0 A, 1 B, 9 Start, 12–15 d-pad). */
export function padMenuState(buttons: readonly number[], axes: readonly number[]): { direction: MenuMove | null; confirm: boolean; back: boolean } {
  const pressed = (index: number): boolean => (buttons[index] ?? 0) >= 0.5;
  const stick = stickDirection(axes[0] ?? 0, axes[1] ?? 0, 0.5);
  let direction: MenuMove | null = null;
  if (pressed(12) || stick.dy < 0) direction = 'up';
  else if (pressed(13) || stick.dy > 0) direction = 'down';
  else if (pressed(14) || stick.dx < 0) direction = 'left';
  else if (pressed(15) || stick.dx > 0) direction = 'right';
  return { direction, confirm: pressed(0) || pressed(9), back: pressed(1) };
}

export function createMenuInput(scene: Phaser.Scene): MenuInput {
  const listeners = new Set<(move: MenuMove) => void>();
  const emit = (move: MenuMove): void => {
    for (const listener of [...listeners]) listener(move);
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.repeat && (event.code === 'Enter' || event.code === 'Escape' || event.code === 'Space')) return;
    const move = menuMoveForCode(event.code);
    if (move !== undefined) emit(move);
  };
  scene.input.keyboard?.on('keydown', onKey);

  let swipeStart: { id: number; x: number; y: number } | null = null;
  const onDown = (pointer: Phaser.Input.Pointer): void => {
    if (pointer.wasTouch) swipeStart = { id: pointer.id, x: pointer.x, y: pointer.y };
  };
  const onUp = (pointer: Phaser.Input.Pointer): void => {
    if (swipeStart === null || swipeStart.id !== pointer.id) return;
    const dx = pointer.x - swipeStart.x;
    const dy = pointer.y - swipeStart.y;
    swipeStart = null;
    if (pointer.event?.type === 'touchcancel' || Math.max(Math.abs(dx), Math.abs(dy)) < SWIPE_PX) return;
    // Up and down are the list's own scrolling: a swipe up at the top row wrapped the focus round to the list's end.
    if (Math.abs(dx) >= 2 * Math.abs(dy)) emit(dx < 0 ? 'left' : 'right');
  };
  scene.input.on(Phaser.Input.Events.POINTER_DOWN, onDown);
  scene.input.on(Phaser.Input.Events.POINTER_UP, onUp);

  // Pads: edges of A/B/Start, and a held direction that repeats like a key.
  let last = { direction: null as MenuMove | null, confirm: true, back: true };
  let heldSince = 0;
  let repeats = 0;
  const onUpdate = (time: number): void => {
    const pads = (scene.input.gamepad?.gamepads ?? []).filter((pad) => pad?.connected === true);
    const state = { direction: null as MenuMove | null, confirm: false, back: false };
    for (const pad of pads) {
      const reading = padMenuState(
        pad.buttons.map((b) => b.value),
        pad.axes.map((a) => a.value),
      );
      state.direction ??= reading.direction;
      state.confirm ||= reading.confirm;
      state.back ||= reading.back;
    }
    if (state.confirm && !last.confirm) emit('confirm');
    if (state.back && !last.back) emit('back');
    if (state.direction !== last.direction) {
      heldSince = time;
      repeats = 0;
      if (state.direction !== null) emit(state.direction);
    } else if (state.direction !== null && time - heldSince >= REPEAT_DELAY_MS + repeats * REPEAT_MS) {
      repeats += 1;
      emit(state.direction);
    }
    // A button already down when the menu opened (the Start that paused) counts only once let go.
    last = state;
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, onUpdate);

  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.input.keyboard?.off('keydown', onKey);
    scene.input.off(Phaser.Input.Events.POINTER_DOWN, onDown);
    scene.input.off(Phaser.Input.Events.POINTER_UP, onUp);
    scene.events.off(Phaser.Scenes.Events.UPDATE, onUpdate);
    listeners.clear();
  });

  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
  };
}
