/**
 * What the remap screen says: each action's keys and pad buttons as one row value, and the line
 * that reports what a bind did (which action lost the key, what it got in exchange) or why it was
 * refused. Pure (no Phaser), so it is unit-tested in both languages.
 */

import { padLabel } from '../help-rows';
import { t } from '../i18n/i18n';
import { actionLabelKey, type Action } from './actions';
import { FIXED_PAD_ACTIONS, FIXED_PAD_BUTTONS, padButtonName, type PadBindings } from './gamepad-map';
import { FIXED_KEYS, isBindableCode, keyLabel, type Displaced, type KeyBindings } from './key-bindings';

const actionName = (action: Action): string => t(actionLabelKey(action));

/** "W / ↑  ·  D-pad ↑": the keys, then the pad buttons (a dash when the pad has none); both Shifts read as one. */
export function bindingValue(action: Action, keys: KeyBindings, pad: PadBindings): string {
  const keyText = [...new Set(keys[action].map(keyLabel))].join(' / ');
  const padText = pad[action].map(padButtonName).join(' / ');
  return `${keyText}  ·  ${padText === '' ? t('remap.none') : padText}`;
}

/** The line after pressing `code` for `action`: what changed, or why nothing did. */
export function keyBindMessage(action: Action, code: string, result: { ok: true; displaced: Displaced | null } | { ok: false; error: string }): string {
  const key = keyLabel(code);
  if (!result.ok) {
    if (FIXED_KEYS[code] !== undefined) return t('remap.escFixed');
    if (!isBindableCode(code)) return t('remap.reserved', { key });
    return t('remap.refused');
  }
  const shown = actionName(action);
  if (result.displaced === null) return t('remap.bound', { action: shown, key });
  const from = actionName(result.displaced.from);
  if (result.displaced.swapped === null) return t('remap.moved', { key, from, action: shown });
  return t('remap.swapped', { key, from, action: shown, old: keyLabel(result.displaced.swapped) });
}

/** The line after pressing pad button `button` for `action`. */
export function padBindMessage(
  action: Action,
  button: number,
  result: { ok: true; displaced: { from: Action; swapped: number | null } | null } | { ok: false; error: string },
  pad: PadBindings,
): string {
  const key = padButtonName(button);
  if (!result.ok) {
    if (FIXED_PAD_ACTIONS.has(action)) return t('remap.padFixedAction', { action: actionName(action), buttons: padLabel(action, pad) });
    if (FIXED_PAD_BUTTONS.has(button)) return t('remap.padFixed');
    return t('remap.refused');
  }
  const shown = actionName(action);
  if (result.displaced === null) return t('remap.bound', { action: shown, key });
  const from = actionName(result.displaced.from);
  if (result.displaced.swapped === null) return `${t('remap.bound', { action: shown, key })} ${t('remap.padLost', { key, from })}`;
  return t('remap.swapped', { key, from, action: shown, old: padButtonName(result.displaced.swapped) });
}
