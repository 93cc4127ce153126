/**
 * The words over a fallen student a friend can still help up (core rules/students/help-up.ts):
 * who is down, the seconds left before they bleed out, and the player's own Use control.
 */

import { TICKS_PER_SECOND } from '../core';
import { inputSettings } from './input/input-settings';
import { studentName, t } from './i18n/i18n';
import { doIt, type Device } from './tutorial/prompt-text';

export function helpUpText(name: string, helpUpTicks: number, device: Device): string {
  const { bindings, pad } = inputSettings();
  return t('effects.helpUp', { name: studentName(name), seconds: Math.ceil(helpUpTicks / TICKS_PER_SECOND), press: doIt('interact', device, bindings, pad) });
}
