/**
 * A lesson's prompt in the player's language, naming the controls of the device they play with:
 * their own (remapped) keys, the gamepad's buttons or the touch buttons.
 */

import type { Action } from '../input/actions';
import { DEFAULT_PAD_BINDINGS, padButtonName, type PadBindings } from '../input/gamepad-map';
import { keyLabel, type KeyBindings } from '../input/key-bindings';
import { t } from '../i18n/i18n';
import type { ZombieKind } from '../../core';
import { LESSONS, MEET_KIND, type Lesson } from './lessons';

const MET_KINDS = Object.keys(MEET_KIND) as (keyof typeof MEET_KIND)[];

export type Device = 'keyboard' | 'gamepad' | 'touch';

/** The touch button for an action, by the label it shows. */
const TOUCH_NAMES: Partial<Record<Action, () => string>> = {
  attack: () => t('controls.hit'),
  sneak: () => t('controls.sneak'),
  interact: () => t('controls.use'),
  lure: () => t('controls.alarm'),
  switch: () => t('controls.swap'),
  food: () => t('tutorial.foodButton'),
  water: () => t('tutorial.waterButton'),
};

/** Where an action is on this device: "E", "B" (pad), "USE" (touch); null when the device has none. */
export function controlName(action: Action, device: Device, bindings: KeyBindings, pad: PadBindings = DEFAULT_PAD_BINDINGS): string | null {
  if (device === 'touch') return TOUCH_NAMES[action]?.() ?? null;
  if (device === 'gamepad') {
    const index = pad[action][0];
    return index === undefined ? null : padButtonName(index);
  }
  const code = bindings[action][0];
  return code === undefined ? null : keyLabel(code);
}

/** "hold C", "press E", "tap USE": held actions are held on keys and pads; touch buttons are tapped (SNEAK toggles). */
export function doIt(action: Action, device: Device, bindings: KeyBindings, pad: PadBindings): string {
  const key = controlName(action, device, bindings, pad) ?? '?';
  if (device === 'touch') return t('tutorial.tap', { key });
  return t(action === 'sneak' ? 'tutorial.hold' : 'tutorial.press', { key });
}

/** The four movement keys as one word when they are letters ("WASD"), else spaced ("↑ ← ↓ →"). */
function moveKeys(bindings: KeyBindings): string {
  const keys = (['up', 'left', 'down', 'right'] as const).map((a) => keyLabel(bindings[a][0] ?? ''));
  return keys.every((k) => /^[A-Z]$/.test(k)) ? keys.join('') : keys.join(' ');
}

const LESSON_ACTION: Partial<Record<Lesson, Action>> = {
  fightNoise: 'attack',
  sneak: 'sneak',
  pickUp: 'interact',
  eat: 'food',
  door: 'interact',
  lure: 'lure',
  switch: 'switch',
  barricade: 'barricade',
};

/** Lessons this device has no control for (touch and gamepads have no barricade button): not shown on it. */
export function lessonsWithoutControl(device: Device, bindings: KeyBindings, pad: PadBindings = DEFAULT_PAD_BINDINGS): Lesson[] {
  return LESSONS.filter((lesson) => {
    const action = LESSON_ACTION[lesson];
    return action !== undefined && controlName(action, device, bindings, pad) === null;
  });
}

export function promptText(lesson: Lesson, device: Device, bindings: KeyBindings, pad: PadBindings = DEFAULT_PAD_BINDINGS): string {
  const key = (action: Action): string => doIt(action, device, bindings, pad);
  switch (lesson) {
    case 'move':
      return device === 'touch' ? t('tutorial.moveTouch') : device === 'gamepad' ? t('tutorial.movePad') : t('tutorial.move', { keys: moveKeys(bindings) });
    case 'goal':
      return t('tutorial.goal');
    case 'fightNoise':
      return t('tutorial.fightNoise', { key: controlName('attack', device, bindings, pad) ?? '?' });
    case 'bleeding':
      return t('tutorial.bleeding', { key: key('interact') });
    case 'wounded':
      return t('tutorial.wounded', { key: key('interact') });
    case 'sneak':
      return t('tutorial.sneak', { key: key('sneak') });
    case 'pickUp':
      return t('tutorial.pickUp', { key: key('interact') });
    case 'eat':
      return t('tutorial.eat', { food: key('food'), water: key('water') });
    case 'door':
      return t('tutorial.door', { key: key('interact') });
    case 'lure':
      return t('tutorial.lure', { key: key('lure') });
    case 'switch':
      return t('tutorial.switch', { key: key('switch') });
    case 'barricade':
      return t('tutorial.barricade', { key: key('barricade') });
    default:
      return kindCaption(MET_KINDS.find((kind) => MEET_KIND[kind] === lesson) ?? 'walker');
  }
}

/** The caption naming a zombie kind and how to deal with it (the help screen lists them too). */
export function kindCaption(kind: ZombieKind): string {
  return t(`tutorial.kinds.${kind}`);
}
