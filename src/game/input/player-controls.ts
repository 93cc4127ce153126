/**
 * Player controls: turns the keyboard (remappable, by physical key), gamepads and the touch
 * controls into core commands, queued until the next tick. Each device reports actions
 * (`actions.ts`); this module merges them and speaks to the simulation.
 *
 * `move` is only sent when the held direction or gait changes, so replays stay small. Held attack
 * keeps swinging (the simulation paces swings). One-shot actions are queued as they are pressed,
 * so a press shorter than a frame still counts exactly once. A single attack press (a tap on HIT)
 * is asked for again until the last swing has recovered and a few ticks after, so a tap during the
 * recovery still swings, once, as soon as a blow is ready, instead of being lost.
 */

import type Phaser from 'phaser';
import { checkCommand, RECIPE_IDS, STUDENT_ORDERS, type Command, type Gait } from '../../core';
import { craftBlocker, RECIPES } from '../../core';
import { quickSlotKinds } from '../../core';
import type { Snapshot } from '../../core';
import { ITEMS } from '../../core';
import { ACTIONS, directionOf, HELD_ACTIONS, type Action } from './actions';
import { createGamepadSource, type GamepadSource } from './gamepad-source';
import { inputSettings, onInputSettings } from './input-settings';
import { actionForCode } from './key-bindings';
import { keyboardSource, type KeyboardSource } from './keyboard-source';
import type { TouchState } from './touch-state';

export interface ControlsState {
  /** The held move intent last sent: -1, 0 or 1 on each axis. */
  dx: number;
  dy: number;
  gait: Gait;
  /** Held actions from every device (attack, directions, run, sneak). */
  held: Action[];
  gamepads: number;
}

export interface PlayerControls {
  /** Reads the input devices; call once per frame before ticking. */
  poll(): void;
  /** Commands for the next tick (then cleared). */
  commandsForTick(): Command[];
  /** Queues a walk to a tile (from a click or tap on the map). */
  walkTo(tileX: number, tileY: number): void;
  /** Queues a phone alarm thrown toward a tile (a released mouse or touch aim). */
  throwAt(tileX: number, tileY: number): void;
  /** Where a throw is being aimed now (the mouse's held right button, a finger dragged from the lure button, a pad's right stick), or null. */
  aim(): AimTarget | null;
  /** Forget held keys, buttons and fingers (on pause, focus loss) so nothing stays stuck. */
  release(): void;
  state(): ControlsState;
  /**
   * Whether the browser's own use of the bound keys (Tab moves focus, Space and arrows scroll) is
   * stopped. On while the level runs; off while paused or ended, so menus get every key.
   */
  capture(on: boolean): void;
}

export interface AimTarget {
  tileX: number;
  tileY: number;
  by: 'mouse' | 'touch' | 'pad';
}

export interface ControlsOptions {
  /** The touch controls' state, when they are shown. */
  touch(): TouchState | null;
  /** Pause was asked for (Esc, P, Start, the pause button). */
  onPause(): void;
  /** The last snapshot: what the quick slots hold, who can craft, the group's order. */
  latest?(): Snapshot | undefined;
  /** The map tile under a screen point (CSS px). */
  tileAt?(x: number, y: number): { tileX: number; tileY: number };
  /** The map tile the mouse aims at while its right button is held, or null. */
  mouseAim?(): { tileX: number; tileY: number } | null;
}

/** How far (tiles) a fully pushed right stick aims: the phone's throw range. */
const PAD_AIM_TILES = ITEMS.lure.throwTiles;

/**
 * Ticks an attack press is asked for again once the swing before it has recovered: shorter than the
 * quickest weapon's recovery (0.35 s, 7 ticks), so one press never swings twice.
 */
export const ATTACK_BUFFER_TICKS = 4;

/** Ticks an attack press is asked for: through what is left of the last swing's recovery (as the latest snapshot tells it), then `ATTACK_BUFFER_TICKS`. */
export function attackBufferTicks(snapshot: Snapshot | undefined): number {
  const me = snapshot?.students.find((s) => s.controlled);
  // The core counts a recovery down after a tick's commands: a swing is ready on the (n + 1)th tick from now.
  return (me?.swingReadyIn ?? 0) + ATTACK_BUFFER_TICKS;
}

const SLOT_ACTIONS: Partial<Record<Action, number>> = { slot3: 2, slot4: 3, slot5: 4, slot6: 5 };

/** Commands that depend on the state: quick slots 3–6, the group's next order, the first recipe that can be made. */
function stateCommand(action: Action, snapshot: Snapshot | undefined): Command | undefined {
  const me = snapshot?.students.find((s) => s.controlled);
  const slot = SLOT_ACTIONS[action];
  if (slot !== undefined) {
    const kind = me === undefined ? undefined : quickSlotKinds(me.pack)[slot];
    return kind === undefined ? undefined : { type: 'useItem', item: kind };
  }
  if (action === 'order') {
    const other = snapshot?.students.find((s) => !s.controlled && !s.down);
    return { type: 'order', order: STUDENT_ORDERS[(STUDENT_ORDERS.indexOf(other?.order ?? 'follow') + 1) % STUDENT_ORDERS.length]! };
  }
  if (action === 'craft') {
    const recipe = me === undefined ? undefined : RECIPE_IDS.find((id) => craftBlocker(me, RECIPES[id]) === undefined);
    return recipe === undefined ? undefined : { type: 'craft', recipe };
  }
  if (action === 'barricade') return { type: 'barricade' };
  return undefined;
}

/** The phone light command exists once the core knows it; until then the light action does nothing. */
const lightCommand = ((): Command | null => {
  const checked = checkCommand({ type: 'toggleLight' });
  return checked.ok ? checked.command : null;
})();

export function lightAvailable(): boolean {
  return lightCommand !== null;
}

const ONE_SHOT_COMMANDS: Partial<Record<Action, Command>> = {
  attack: { type: 'attack' },
  interact: { type: 'interact' },
  switch: { type: 'switchStudent' },
  food: { type: 'useItem', item: 'food' },
  water: { type: 'useItem', item: 'water' },
  lock: { type: 'lock' },
};

/** Every key code some action is bound to: the browser's default for these is stopped during play. */
function boundCodes(): Set<string> {
  const bindings = inputSettings().bindings;
  return new Set(ACTIONS.flatMap((action) => bindings[action]));
}

type Bindings = ReturnType<typeof inputSettings>['bindings'];
type PadReadings = ReturnType<GamepadSource['poll']>;

/** The actions pressed since the last poll on keys, pads and touch buttons (touch RUN and SNEAK are toggles, read as the gait). */
function pressedActions(keyboard: KeyboardSource, bindings: Bindings, pad: PadReadings, touch: TouchState | null): Action[] {
  const pressed: Action[] = [];
  for (const code of keyboard.takePresses()) {
    const action = actionForCode(bindings, code);
    if (action !== undefined) pressed.push(action);
  }
  pressed.push(...pad.pressed);
  for (const button of touch?.takePresses() ?? []) {
    if (button !== 'fullscreen' && button !== 'run' && button !== 'sneak') pressed.push(button);
  }
  return pressed;
}

/** The actions held down now on keys, pads and the touch HIT button. */
function heldActions(keyboard: KeyboardSource, bindings: Bindings, pad: PadReadings, touch: TouchState | null): Set<Action> {
  const held = new Set(pad.held);
  for (const action of HELD_ACTIONS) {
    if (bindings[action].some((code) => keyboard.isHeld(code))) held.add(action);
  }
  if (touch?.held().has('attack') === true) held.add('attack');
  return held;
}

/** The command an action pressed once sends (pause is not a command: the scene handles it). */
function commandFor(action: Exclude<Action, 'pause'>, options: ControlsOptions, aim: () => AimTarget | null): Command | undefined {
  if (action === 'light') return lightCommand ?? undefined;
  if (action === 'lure') {
    const target = aim();
    return target === null ? { type: 'throwLure' } : { type: 'throwLure', tileX: target.tileX, tileY: target.tileY };
  }
  return ONE_SHOT_COMMANDS[action] ?? stateCommand(action, options.latest?.());
}

/** Where a thrown phone would land: the touch aim, else the mouse, else the right stick from the controlled student; null when nothing aims. */
function aimTarget(options: ControlsOptions, gamepad: GamepadSource): AimTarget | null {
  const touchAim = options.touch()?.aim() ?? null;
  if (touchAim !== null && options.tileAt !== undefined) return { ...options.tileAt(touchAim.x, touchAim.y), by: 'touch' };
  const mouse = options.mouseAim?.() ?? null;
  if (mouse !== null) return { ...mouse, by: 'mouse' };
  const stick = gamepad.aim();
  const me = options.latest?.()?.students.find((s) => s.controlled);
  if (stick !== null && me !== undefined) {
    return { tileX: Math.floor(me.x + stick.x * PAD_AIM_TILES), tileY: Math.floor(me.y + stick.y * PAD_AIM_TILES), by: 'pad' };
  }
  return null;
}

export function createPlayerControls(scene: Phaser.Scene, options: ControlsOptions): PlayerControls {
  const keyboard = keyboardSource();
  keyboard.release();
  keyboard.setCapture(true, boundCodes());
  const gamepad = createGamepadSource(scene);
  let queue: Command[] = [];
  let sent = { dx: 0, dy: 0, gait: 'walk' as Gait };
  let held = new Set<Action>();
  let pads = 0;
  const attackAgain = repeater();
  // A key bound mid-level is captured from then on.
  let capturing = true;
  const stopFollowing = onInputSettings(() => keyboard.setCapture(capturing, boundCodes()));
  scene.events.once('shutdown', () => {
    stopFollowing();
    keyboard.setCapture(false, new Set());
  });

  const aim = (): AimTarget | null => aimTarget(options, gamepad);
  const perform = (action: Action): void => {
    if (action === 'pause') return options.onPause();
    const command = commandFor(action, options, aim);
    if (command !== undefined) queue.push({ ...command });
    if (action === 'attack') attackAgain.start(attackBufferTicks(options.latest?.()));
  };

  return {
    poll() {
      const bindings = inputSettings().bindings;
      const pad = gamepad.poll();
      pads = gamepad.connected();
      const touch = options.touch();
      const pressed = pressedActions(keyboard, bindings, pad, touch);
      for (const { x, y } of touch?.takeThrows() ?? []) {
        const tile = options.tileAt?.(x, y);
        if (tile !== undefined) queue.push({ type: 'throwLure', tileX: tile.tileX, tileY: tile.tileY });
      }
      held = heldActions(keyboard, bindings, pad, touch);

      for (const action of pressed) if (!HELD_ACTIONS.has(action) || action === 'attack') perform(action);
      // Holding attack keeps swinging; the simulation paces swings by their cooldown.
      if (held.has('attack')) queue.push({ type: 'attack' });

      const stick = touch?.stick() ?? null;
      const { dx, dy } = stick !== null && (stick.dx !== 0 || stick.dy !== 0) ? stick : directionOf(held);
      const gait: Gait = held.has('sneak') ? 'sneak' : held.has('run') ? 'run' : (touch?.gait() ?? 'walk');
      if (dx !== sent.dx || dy !== sent.dy || gait !== sent.gait) {
        sent = { dx, dy, gait };
        queue.push({ type: 'move', dx, dy, gait });
      }
    },
    commandsForTick() {
      if (attackAgain.next()) queue.push({ type: 'attack' });
      const commands = dedupe(queue);
      queue = [];
      return commands;
    },
    walkTo(tileX, tileY) {
      queue.push({ type: 'walkTo', tileX, tileY });
    },
    throwAt(tileX, tileY) {
      queue.push({ type: 'throwLure', tileX, tileY });
    },
    aim,
    release() {
      keyboard.release();
      gamepad.release();
      options.touch()?.cancelAll();
      held = new Set();
      attackAgain.stop();
      if (sent.dx !== 0 || sent.dy !== 0) queue.push({ type: 'move', dx: 0, dy: 0, gait: sent.gait });
      sent = { dx: 0, dy: 0, gait: sent.gait };
    },
    state: () => ({ dx: sent.dx, dy: sent.dy, gait: sent.gait, held: [...held], gamepads: pads }),
    capture(on) {
      capturing = on;
      keyboard.setCapture(on, boundCodes());
    },
  };
}

/** Says yes for the next `ticks` calls of `next` after a `start(ticks)`. */
function repeater(): { start(ticks: number): void; next(): boolean; stop(): void } {
  let left = 0;
  return {
    start: (ticks) => void (left = ticks),
    next: () => left > 0 && left-- > 0,
    stop: () => void (left = 0),
  };
}

/** One attack per tick is enough; keeps the last of repeated held-button commands. */
function dedupe(commands: Command[]): Command[] {
  let attacked = false;
  return commands.filter((command) => {
    if (command.type !== 'attack') return true;
    if (attacked) return false;
    attacked = true;
    return true;
  });
}
