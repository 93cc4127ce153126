/**
 * Player controls: turns keyboard and pointer input into core commands, queued until the next tick.
 *
 * Desktop: WASD/arrows move, Shift runs, Ctrl or C sneaks, Space attacks, E picks up, Q throws a
 * phone alarm, Tab switches
 * student, 1 eats food, 2 drinks water; a click or tap on the map walks there.
 * `move` is only sent when the held direction or gait changes, so replays stay small.
 */

import Phaser from 'phaser';
import type { Command, Gait } from '../../core/commands';

type KeyName = 'up' | 'down' | 'left' | 'right' | 'w' | 'a' | 's' | 'd' | 'shift' | 'ctrl' | 'c' | 'space' | 'e' | 'q' | 'tab' | 'one' | 'two';

const KEY_CODES: Record<KeyName, number> = {
  up: Phaser.Input.Keyboard.KeyCodes.UP,
  down: Phaser.Input.Keyboard.KeyCodes.DOWN,
  left: Phaser.Input.Keyboard.KeyCodes.LEFT,
  right: Phaser.Input.Keyboard.KeyCodes.RIGHT,
  w: Phaser.Input.Keyboard.KeyCodes.W,
  a: Phaser.Input.Keyboard.KeyCodes.A,
  s: Phaser.Input.Keyboard.KeyCodes.S,
  d: Phaser.Input.Keyboard.KeyCodes.D,
  shift: Phaser.Input.Keyboard.KeyCodes.SHIFT,
  ctrl: Phaser.Input.Keyboard.KeyCodes.CTRL,
  c: Phaser.Input.Keyboard.KeyCodes.C,
  space: Phaser.Input.Keyboard.KeyCodes.SPACE,
  e: Phaser.Input.Keyboard.KeyCodes.E,
  q: Phaser.Input.Keyboard.KeyCodes.Q,
  tab: Phaser.Input.Keyboard.KeyCodes.TAB,
  one: Phaser.Input.Keyboard.KeyCodes.ONE,
  two: Phaser.Input.Keyboard.KeyCodes.TWO,
};

export interface PlayerControls {
  /** Reads the input devices; call once per frame before ticking. */
  poll(): void;
  /** Commands for the next tick (then cleared). */
  commandsForTick(): Command[];
  /** Queues a walk to a tile (from a click or tap on the map). */
  walkTo(tileX: number, tileY: number): void;
  /** Forget held keys (on pause, focus loss) so nothing stays stuck. */
  release(): void;
}

export function createPlayerControls(scene: Phaser.Scene): PlayerControls {
  const keyboard = scene.input.keyboard;
  const keys = {} as Record<KeyName, Phaser.Input.Keyboard.Key | undefined>;
  if (keyboard !== null) {
    for (const name of Object.keys(KEY_CODES) as KeyName[]) keys[name] = keyboard.addKey(KEY_CODES[name], true);
  }
  const isDown = (name: KeyName): boolean => keys[name]?.isDown === true;
  let queue: Command[] = [];
  let sent = { dx: 0, dy: 0, gait: 'walk' as Gait };

  // One-shot actions listen to key events rather than polling, so a tap shorter than a frame
  // (a slow phone, a busy tab) still counts exactly once. Auto-repeat does not re-trigger them.
  const ONE_SHOTS: [KeyName, Command][] = [
    ['e', { type: 'interact' }],
    ['q', { type: 'throwLure' }],
    ['tab', { type: 'switchStudent' }],
    ['one', { type: 'useItem', item: 'food' }],
    ['two', { type: 'useItem', item: 'water' }],
    ['space', { type: 'attack' }],
  ];
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.repeat) return;
    const action = ONE_SHOTS.find(([name]) => KEY_CODES[name] === event.keyCode);
    if (action !== undefined) queue.push({ ...action[1] });
  };
  keyboard?.on('keydown', onKeyDown);
  scene.events.once('shutdown', () => keyboard?.off('keydown', onKeyDown));

  return {
    poll() {
      const dx = (isDown('right') || isDown('d') ? 1 : 0) - (isDown('left') || isDown('a') ? 1 : 0);
      const dy = (isDown('down') || isDown('s') ? 1 : 0) - (isDown('up') || isDown('w') ? 1 : 0);
      const gait: Gait = isDown('ctrl') || isDown('c') ? 'sneak' : isDown('shift') ? 'run' : 'walk';
      if (dx !== sent.dx || dy !== sent.dy || gait !== sent.gait) {
        sent = { dx, dy, gait };
        queue.push({ type: 'move', dx, dy, gait });
      }
      // Holding Space keeps swinging; the simulation paces swings by their cooldown.
      if (isDown('space')) queue.push({ type: 'attack' });
    },
    commandsForTick() {
      const commands = dedupe(queue);
      queue = [];
      return commands;
    },
    walkTo(tileX, tileY) {
      queue.push({ type: 'walkTo', tileX, tileY });
    },
    release() {
      for (const key of Object.values(keys)) key?.reset();
      if (sent.dx !== 0 || sent.dy !== 0) queue.push({ type: 'move', dx: 0, dy: 0, gait: 'walk' });
      sent = { dx: 0, dy: 0, gait: 'walk' };
    },
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
