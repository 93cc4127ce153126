/**
 * Touch state: what the fingers on the screen mean, as a small state machine fed with pointer
 * downs, moves, ups and cancels (by pointer id, in CSS px). Pure — no Phaser, no DOM — so random
 * finger sequences are tested in Node.
 *
 * Each finger gets one gesture when it lands, kept until it lifts:
 * - **button**: it landed on a touch button. Attack is held while the finger stays on it; run and
 *   sneak toggle; the other buttons fire once when pressed; pause and fullscreen are returned by
 *   `up` when the finger lifts on them (browsers allow fullscreen only then). Sliding off a button lets go of it.
 * - **stick**: it landed in the stick zone. A floating stick is centred where the finger landed and
 *   starts once the finger moves past the deadzone (a short touch without moving is a tap); the
 *   fixed stick works when the finger lands on it. Only one stick at a time.
 * - **tap**: anywhere else (or a second finger in the zone): a short touch that barely moves is a
 *   tap, to walk to that tile: the world point under the finger when it landed (`down`'s `world`),
 *   not when it lifted, since the camera may have moved on in between.
 * - **aim**: it landed on the lure button. Lifted without dragging, it throws ahead (a press);
 *   dragged off the button, the finger is the aim (the preview follows it) and lifting it throws
 *   there; dragged back onto the button, lifting it cancels the throw.
 * - **spent**: slid off a button or dragged too far for a tap: does nothing until it lifts.
 * A cancelled finger (`pointercancel`, focus loss) ends its gesture without a tap or a release action.
 */

import { stickDirection } from './gamepad-map';
import { buttonAt, type ButtonId, type ScreenLayout } from '../layout/screen-layout';
import type { StickMode } from './input-settings';

export interface Point {
  x: number;
  y: number;
}

/** A tap: where the finger lifted on the screen, and the world point that was under it when it landed. */
export interface Tap extends Point {
  world: Point;
}

export interface StickView {
  baseX: number;
  baseY: number;
  knobX: number;
  knobY: number;
  radius: number;
  dx: number;
  dy: number;
}

type Gesture =
  | { kind: 'button'; button: ButtonId }
  | { kind: 'stick'; baseX: number; baseY: number; x: number; y: number; active: boolean; downAt: number; world: Point }
  | { kind: 'tap'; startX: number; startY: number; downAt: number; world: Point }
  | { kind: 'aim'; startX: number; startY: number; x: number; y: number; dragged: boolean }
  | { kind: 'spent' };

/** Finger travel (px) below which a touch is a tap and a floating stick stays off. */
export const TAP_SLOP = 12;
/** Longest touch (ms) that still counts as a tap. */
export const TAP_MAX_MS = 350;
/** Fraction of the stick's radius that counts as centred. */
export const STICK_DEADZONE = 0.3;
/** How far a finger may stray outside a held button (× its radius) before it lets go. */
export const HOLD_SLACK = 1.35;

const ON_RELEASE: ReadonlySet<ButtonId> = new Set(['pause', 'fullscreen']);
const HELD: ReadonlySet<ButtonId> = new Set(['attack']);
/** The button whose finger can be dragged out to aim a throw. */
const AIMED: ButtonId = 'lure';

export class TouchState {
  private readonly gestures = new Map<number, Gesture>();
  private presses: ButtonId[] = [];
  private taps: Tap[] = [];
  private throws: { x: number; y: number }[] = [];
  private gaitToggle: 'walk' | 'run' | 'sneak' = 'walk';

  constructor(
    private layout: ScreenLayout,
    private mode: StickMode,
  ) {}

  /** A new screen size or stick mode: every finger's gesture ends (the buttons moved under them). */
  setLayout(layout: ScreenLayout, mode: StickMode): void {
    this.layout = layout;
    this.mode = mode;
    this.cancelAll();
  }

  /** A finger landed at screen point (x, y); `world` is the point of the world under it now (by default the screen point). */
  down(id: number, x: number, y: number, timeMs: number, world: Point = { x, y }): void {
    this.cancel(id);
    const button = buttonAt(this.layout, x, y);
    if (button === AIMED) {
      this.gestures.set(id, { kind: 'aim', startX: x, startY: y, x, y, dragged: false });
      return;
    }
    if (button !== undefined) {
      this.gestures.set(id, { kind: 'button', button });
      if (button === 'run' || button === 'sneak') this.gaitToggle = this.gaitToggle === button ? 'walk' : button;
      if (!ON_RELEASE.has(button)) this.presses.push(button);
      return;
    }
    const stick = this.layout.stick;
    const stickFree = ![...this.gestures.values()].some((g) => g.kind === 'stick');
    if (stick !== null && stickFree) {
      const fixed = stick.fixed;
      if (this.mode === 'fixed' && Math.hypot(x - fixed.x, y - fixed.y) <= fixed.r * 1.3) {
        this.gestures.set(id, { kind: 'stick', baseX: fixed.x, baseY: fixed.y, x, y, active: true, downAt: timeMs, world });
        return;
      }
      const zone = stick.zone;
      if (this.mode === 'floating' && x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height) {
        this.gestures.set(id, { kind: 'stick', baseX: x, baseY: y, x, y, active: false, downAt: timeMs, world });
        return;
      }
    }
    this.gestures.set(id, { kind: 'tap', startX: x, startY: y, downAt: timeMs, world });
  }

  move(id: number, x: number, y: number): void {
    const gesture = this.gestures.get(id);
    if (gesture === undefined) return;
    switch (gesture.kind) {
      case 'button': {
        const circle = this.layout.buttons[gesture.button];
        if (circle === undefined || Math.hypot(x - circle.x, y - circle.y) > circle.r * HOLD_SLACK) this.gestures.set(id, { kind: 'spent' });
        return;
      }
      case 'stick': {
        gesture.x = x;
        gesture.y = y;
        const radius = this.layout.stick?.fixed.r ?? 1;
        const distance = Math.hypot(x - gesture.baseX, y - gesture.baseY);
        if (!gesture.active && distance > TAP_SLOP) gesture.active = true;
        // A floating stick's base follows a finger that runs past its rim, so turning back is quick.
        // It stays in the stick's zone, which keeps its ring off the student (screen-layout.ts).
        if (this.mode === 'floating' && distance > radius) {
          const zone = this.layout.stick?.zone;
          gesture.baseX = x - ((x - gesture.baseX) / distance) * radius;
          gesture.baseY = y - ((y - gesture.baseY) / distance) * radius;
          if (zone !== undefined) {
            gesture.baseX = Math.min(Math.max(gesture.baseX, zone.x), zone.x + zone.width);
            gesture.baseY = Math.min(Math.max(gesture.baseY, zone.y), zone.y + zone.height);
          }
        }
        return;
      }
      case 'tap':
        if (Math.hypot(x - gesture.startX, y - gesture.startY) > TAP_SLOP) this.gestures.set(id, { kind: 'spent' });
        return;
      case 'aim':
        gesture.x = x;
        gesture.y = y;
        if (Math.hypot(x - gesture.startX, y - gesture.startY) > TAP_SLOP) gesture.dragged = true;
        return;
      case 'spent':
        return;
    }
  }

  /** A finger lifted; returns the pause or fullscreen button if it was tapped (act on it now: browsers allow fullscreen only inside this event). */
  up(id: number, x: number, y: number, timeMs: number): ButtonId | undefined {
    const gesture = this.gestures.get(id);
    this.gestures.delete(id);
    if (gesture === undefined) return undefined;
    if (gesture.kind === 'aim') {
      if (!gesture.dragged) this.presses.push(AIMED);
      else if (buttonAt(this.layout, x, y, HOLD_SLACK) !== AIMED) this.throws.push({ x, y });
      return undefined;
    }
    if (gesture.kind === 'button' && ON_RELEASE.has(gesture.button) && buttonAt(this.layout, x, y, HOLD_SLACK) === gesture.button) return gesture.button;
    const isTap = (startX: number, startY: number, downAt: number): boolean => Math.hypot(x - startX, y - startY) <= TAP_SLOP && timeMs - downAt <= TAP_MAX_MS;
    if (gesture.kind === 'tap' && isTap(gesture.startX, gesture.startY, gesture.downAt)) this.taps.push({ x, y, world: gesture.world });
    if (gesture.kind === 'stick' && !gesture.active && this.mode === 'floating' && isTap(gesture.baseX, gesture.baseY, gesture.downAt)) this.taps.push({ x, y, world: gesture.world });
    return undefined;
  }

  cancel(id: number): void {
    this.gestures.delete(id);
  }

  cancelAll(): void {
    this.gestures.clear();
  }

  /**
   * Once a frame: a finger the browser no longer reports as down (an up or a cancel that never
   * reached us) lets go of what it held, as a cancel: no tap and no release action.
   */
  forgetLifted(isDown: (id: number) => boolean): void {
    for (const id of this.pointerIds()) if (!isDown(id)) this.cancel(id);
  }

  /** Ids of the fingers being followed. */
  pointerIds(): number[] {
    return [...this.gestures.keys()];
  }

  /** Held buttons (attack while a finger is on it). */
  held(): Set<ButtonId> {
    const held = new Set<ButtonId>();
    for (const gesture of this.gestures.values()) if (gesture.kind === 'button' && HELD.has(gesture.button)) held.add(gesture.button);
    return held;
  }

  gait(): 'walk' | 'run' | 'sneak' {
    return this.gaitToggle;
  }

  setGait(gait: 'walk' | 'run' | 'sneak'): void {
    this.gaitToggle = gait;
  }

  /** The stick being used, or null; `dx`/`dy` are -1, 0 or 1 (8 directions). */
  stick(): StickView | null {
    const radius = this.layout.stick?.fixed.r ?? 1;
    for (const gesture of this.gestures.values()) {
      if (gesture.kind !== 'stick') continue;
      const ox = gesture.x - gesture.baseX;
      const oy = gesture.y - gesture.baseY;
      const distance = Math.hypot(ox, oy);
      const clamp = distance > radius ? radius / distance : 1;
      const { dx, dy } = gesture.active ? stickDirection(ox / radius, oy / radius, STICK_DEADZONE) : { dx: 0, dy: 0 };
      return { baseX: gesture.baseX, baseY: gesture.baseY, knobX: gesture.baseX + ox * clamp, knobY: gesture.baseY + oy * clamp, radius, dx, dy };
    }
    return null;
  }

  /** Where a finger dragged out of the lure button is aiming (screen px), or null; null too while it is back over the button (lifting there cancels). */
  aim(): { x: number; y: number } | null {
    for (const gesture of this.gestures.values()) {
      if (gesture.kind === 'aim' && gesture.dragged && buttonAt(this.layout, gesture.x, gesture.y, HOLD_SLACK) !== AIMED) return { x: gesture.x, y: gesture.y };
    }
    return null;
  }

  /** Aimed throws released since the last call (screen px). */
  takeThrows(): { x: number; y: number }[] {
    const taken = this.throws;
    this.throws = [];
    return taken;
  }

  takePresses(): ButtonId[] {
    const taken = this.presses;
    this.presses = [];
    return taken;
  }

  takeTaps(): Tap[] {
    const taken = this.taps;
    this.taps = [];
    return taken;
  }
}
