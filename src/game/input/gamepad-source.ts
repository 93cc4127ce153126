/**
 * Gamepad source: reads every connected pad through Phaser's gamepad plugin (on in the game
 * config) and reports held actions and the actions pressed since the last read (`gamepad-map.ts`
 * and the player's own pad buttons in the input settings say which button does what). Browsers reveal a pad only after one of its buttons is pressed.
 */

import type Phaser from 'phaser';
import type { Action } from './actions';
import { padActions } from './gamepad-map';
import { inputSettings } from './input-settings';

export interface GamepadSource {
  /** Reads the pads: what is held now, and what went down since the last poll. */
  poll(): { held: Set<Action>; pressed: Action[] };
  /** Forget what was held, so a button still down counts as a new press only after it is let go. */
  release(): void;
  /** How many pads are connected. */
  connected(): number;
  /** The right stick's push (-1..1 each axis) on the first pad pushing it past the deadzone, or null: it aims throws. */
  aim(): { x: number; y: number } | null;
}

/** Right-stick travel below this does not aim. */
const AIM_DEADZONE = 0.35;

export function createGamepadSource(scene: Phaser.Scene): GamepadSource {
  let previous = new Set<Action>();
  /** After a release, buttons still held are ignored until they come up. */
  let ignored = new Set<Action>();
  const pads = (): Phaser.Input.Gamepad.Gamepad[] => (scene.input.gamepad?.gamepads ?? []).filter((pad) => pad !== undefined && pad !== null && pad.connected);

  return {
    poll() {
      const held = new Set<Action>();
      const bindings = inputSettings().pad;
      for (const pad of pads()) {
        for (const action of padActions({ buttons: pad.buttons.map((b) => b.value), axes: pad.axes.map((a) => a.value) }, bindings)) held.add(action);
      }
      for (const action of ignored) if (!held.has(action)) ignored.delete(action);
      for (const action of ignored) held.delete(action);
      const pressed = [...held].filter((action) => !previous.has(action));
      previous = held;
      return { held, pressed };
    },
    release() {
      ignored = new Set([...ignored, ...previous]);
      previous = new Set();
    },
    connected: () => pads().length,
    aim() {
      for (const pad of pads()) {
        const x = pad.axes[2]?.value ?? 0;
        const y = pad.axes[3]?.value ?? 0;
        const push = Math.hypot(x, y);
        if (push > AIM_DEADZONE) return push > 1 ? { x: x / push, y: y / push } : { x, y };
      }
      return null;
    },
  };
}
