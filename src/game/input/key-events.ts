/**
 * Each key event counts once. Phaser's keyboard keeps the key events of a frame in a queue until the
 * frame ends and, at each new key event, hands the whole queue to every scene again; its guard
 * against a repeated event only compares an event with the one handed out just before it. So on a
 * slow page, where two presses come within one frame, the first press was handed out again when
 * the second came (a menu moved two rows for one press of an arrow key, and a toggle key toggled
 * back). Emptying the queue once Phaser has handed an event out makes each event count once.
 */

import Phaser from 'phaser';

export function countKeyEventsOnce(game: Phaser.Game): void {
  game.events.once(Phaser.Core.Events.READY, () => {
    const keyboard = game.input.keyboard as (Phaser.Input.Keyboard.KeyboardManager & { queue?: KeyboardEvent[] }) | null;
    if (keyboard === null || !Array.isArray(keyboard.queue)) return;
    // Added after Phaser's own listeners on the same target, so this runs once they have handed the event out.
    const target = (keyboard.target as EventTarget | undefined) ?? window;
    const handedOut = (): void => {
      keyboard.queue = [];
    };
    target.addEventListener('keydown', handedOut);
    target.addEventListener('keyup', handedOut);
  });
}
