/**
 * Keys and buttons: every action with its keys and pad buttons. Choosing a row (Enter, A, a click
 * or a tap) waits for the next key or pad button, which becomes that action's: a key that another
 * action had moves here, and an action that would be left with no key gets the old one in exchange
 * (the line under the heading says which). Esc or Start cancels the wait; a tap cancels it on a
 * touch screen. "Reset to defaults" puts every key and button back. Bindings are stored with the
 * settings at once. Opened from Settings › Controls, and goes back there.
 */

import Phaser from 'phaser';
import { t } from '../i18n/i18n';
import { isTouchMode } from '../layout/live-layout';
import { ACTIONS, actionLabelKey, type Action } from '../input/actions';
import { BUTTON_THRESHOLD } from '../input/gamepad-map';
import { bindKey, bindPadButton, inputSettings, inputSettingsProblem, resetBindings } from '../input/input-settings';
import { bindingValue, keyBindMessage, padBindMessage } from '../input/remap-text';
import { settings } from '../settings/settings';
import type { SettingsData } from './settings-scene';
import type { MenuItem } from './menu/menu-list';
import { createMenuScreen, type MenuScreen } from './menu/menu-screen';

export const REMAP_SCENE = 'remap';

export interface RemapData {
  from: SettingsData['from'];
  focus?: string;
}

/** Standard-layout Start: cancels a wait on a pad (it always pauses, so it is never bound). */
const START_BUTTON = 9;

export class RemapScene extends Phaser.Scene {
  /** The action waiting for its new key or button, if any. */
  private waiting: Action | null = null;
  /** A pad button still down from before the wait (the A that chose the row) does not count until every button is up. */
  private padArmed = false;
  /** The pointer went down while waiting: its release cancels. */
  private pointerArmed = false;
  /** The frame a tap cancelled a wait on: the same tap must not also choose a row. */
  private endedOnFrame = -1;
  private screen!: MenuScreen;

  constructor() {
    super(REMAP_SCENE);
  }

  create(data: RemapData): void {
    this.waiting = null;
    this.endedOnFrame = -1;
    const leave = (): void => void this.scene.start('settings', { from: data.from, section: 'controls', focus: 'remap' } satisfies SettingsData);
    const items: MenuItem[] = [
      ...ACTIONS.map((action): MenuItem => ({
        id: action,
        label: () => t(actionLabelKey(action)),
        value: () => (this.waiting === action ? t('remap.waitingValue') : bindingValue(action, inputSettings().bindings, inputSettings().pad)),
        activate: () => this.wait(action),
      })),
      { id: 'reset', label: () => t('remap.reset'), activate: () => this.reset(), enabled: () => this.changed() },
      { id: 'back', label: () => t('menu.back'), activate: leave },
    ];
    this.screen = createMenuScreen(this, {
      heading: t('remap.heading'),
      items,
      onBack: leave,
      top: 0.2,
      notice: this.restingNotice(),
      ...(data.focus ? { focus: data.focus } : {}),
      ignoring: () => this.waiting !== null || this.endedOnFrame === this.game.loop.frame,
    });

    // Keys while waiting: heard before Phaser's keyboard (capture on the window) and kept from it,
    // so the key bound is not also a menu move, and Tab or Space do not move the page.
    const onKey = (event: KeyboardEvent): void => {
      if (this.waiting === null || event.code === '') return;
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat) return;
      if (event.code === 'Escape') this.finish(t('remap.cancelled'));
      else this.finish(keyBindMessage(this.waiting, event.code, bindKey(this.waiting, event.code)));
    };
    window.addEventListener('keydown', onKey, true);
    const onPointerDown = (): void => {
      if (this.waiting !== null) this.pointerArmed = true;
    };
    const onPointerUp = (): void => {
      if (this.waiting === null || !this.pointerArmed) return;
      this.finish(t('remap.cancelled'));
      this.endedOnFrame = this.game.loop.frame;
    };
    this.input.on(Phaser.Input.Events.POINTER_DOWN, onPointerDown);
    this.input.on(Phaser.Input.Events.POINTER_UP, onPointerUp);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', onKey, true);
      this.input.off(Phaser.Input.Events.POINTER_DOWN, onPointerDown);
      this.input.off(Phaser.Input.Events.POINTER_UP, onPointerUp);
    });
  }

  override update(): void {
    if (this.waiting === null) return;
    const down = this.padButtonsDown();
    if (!this.padArmed) {
      this.padArmed = down.length === 0;
      return;
    }
    const button = down[0];
    if (button === undefined) return;
    if (button === START_BUTTON) this.finish(t('remap.cancelled'));
    else this.finish(padBindMessage(this.waiting, button, bindPadButton(this.waiting, button), inputSettings().pad));
  }

  private padButtonsDown(): number[] {
    const down: number[] = [];
    for (const pad of this.input.gamepad?.gamepads ?? []) {
      if (pad === undefined || pad === null || !pad.connected) continue;
      pad.buttons.forEach((button, index) => {
        if (button.value >= BUTTON_THRESHOLD && !down.includes(index)) down.push(index);
      });
    }
    return down.sort((a, b) => a - b);
  }

  private wait(action: Action): void {
    this.waiting = action;
    this.padArmed = false;
    this.pointerArmed = false;
    const name = t(actionLabelKey(action));
    this.say(t(isTouchMode() ? 'remap.waitingTouch' : 'remap.waiting', { action: name }));
  }

  private finish(message: string): void {
    this.waiting = null;
    this.say(message);
  }

  private reset(): void {
    const result = resetBindings();
    this.say(result.ok ? t('remap.resetDone') : t('remap.refused'));
  }

  private changed(): boolean {
    const controls = settings().controls;
    return Object.keys(controls.bindings).length > 0 || Object.keys(controls.pad).length > 0 || inputSettingsProblem() !== null;
  }

  /** The line shown when nothing is happening: the stored keys that failed, the phone note, or the rule for conflicts. */
  private restingNotice(): string {
    const lines: string[] = [inputSettingsProblem() === null ? t('remap.rule') : t('remap.problem')];
    if (isTouchMode()) lines.push(t('remap.touchNote'));
    return lines.join('\n');
  }

  private say(message: string): void {
    this.screen.notice.setText(message);
    this.screen.relayout();
  }
}
