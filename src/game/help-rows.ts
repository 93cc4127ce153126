/**
 * What the pause menu's "Controls and screen" page lists: every action with the player's own keys
 * (their remapped bindings) and its gamepad button, the touch controls, and what each mark on the
 * HUD means. Pure (no Phaser), so it is unit-tested.
 */

import { ACTIONS, actionLabelKey, type Action } from './input/actions';
import { DEFAULT_PAD_BINDINGS, padButtonName, type PadBindings } from './input/gamepad-map';
import { keyLabel, type KeyBindings } from './input/key-bindings';
import { t, type PlainKey } from './i18n/i18n';
import { ZOMBIE_KINDS } from '../core';
import { kindCaption } from './tutorial/prompt-text';

export interface HelpRow {
  id: string;
  label: string;
  value: string;
}

/** The gamepad buttons of an action, e.g. "RT" for run; the directions also take the left stick. */
export function padLabel(action: Action, pad: PadBindings = DEFAULT_PAD_BINDINGS): string {
  const buttons = pad[action].map(padButtonName);
  if (['up', 'down', 'left', 'right'].includes(action)) buttons.push(t('help.stick'));
  return buttons.join(' / ');
}

/** One row per action: its name, the keys bound to it now, and its gamepad buttons. */
export function controlRows(bindings: KeyBindings, padBindings: PadBindings = DEFAULT_PAD_BINDINGS): HelpRow[] {
  return ACTIONS.map((action) => {
    // Left and right Shift are both "Shift": named once.
    const keys = [...new Set(bindings[action].map(keyLabel))].join(' / ');
    const pad = padLabel(action, padBindings);
    return { id: `key-${action}`, label: t(actionLabelKey(action)), value: pad === '' ? keys : `${keys}  ·  ${t('help.pad')} ${pad}` };
  });
}

/** The five need bars, in the HUD's order. */
const NEEDS = ['hunger', 'thirst', 'fatigue', 'warmth', 'morale'] as const;

const TOUCH: readonly [string, PlainKey, PlainKey][] = [
  ['move', 'help.touchMoveLabel', 'help.touchMove'],
  ['walk', 'help.touchWalkLabel', 'help.touchWalk'],
  ['use', 'help.touchUseLabel', 'help.touchUse'],
  ['alarm', 'help.touchAlarmLabel', 'help.touchAlarm'],
  ['hit', 'help.touchHitLabel', 'help.touchHit'],
  ['pause', 'help.touchPauseLabel', 'help.touchPause'],
];

export function touchRows(): HelpRow[] {
  return TOUCH.map(([id, label, value]) => ({ id: `touch-${id}`, label: t(label), value: t(value) }));
}

/** The need bars' letters spelled out on one line, for the screens that show them: "F food · W water · R rest · T warmth · M morale", each pair unbroken. */
export function needLegend(): string {
  // A letter and its word kept on one line (a no-break space): a narrow camp split "온" from "체온".
  return NEEDS.map((need) => `${t(`survival.needLetters.${need}`)}\u00a0${t(`survival.needNames.${need}`)}`).join(' · ');
}

/** The colours and marks drawn on the map, as the help page's legend (render/mark-captions.ts names each the first time it shows). */
const LEGEND = ['pink', 'blue', 'green', 'orange', 'yellow', 'red', 'rings', 'sign'] as const;

export function legendRows(): HelpRow[] {
  return LEGEND.map((id) => ({ id: `mark-${id}`, label: t(`help.legend.${id}.label`), value: t(`help.legend.${id}.value`) }));
}

/** Every zombie kind by its name, with the caption that introduced it (tutorial/lessons.ts MEET_KIND). */
export function zombieRows(): HelpRow[] {
  return ZOMBIE_KINDS.map((kind) => ({ id: `zombie-${kind}`, label: t(`whatHappened.kinds.${kind}`), value: kindCaption(kind) }));
}

/** The HUD's marks: the health and stamina bars, the five need bars (by the words over them), infection, the pack. */
export function hudRows(): HelpRow[] {
  const needs = NEEDS.map((need) => ({
    id: `hud-${need}`,
    label: t(`survival.needWords.${need}`),
    value: t(`help.needs.${need}`),
  }));
  return [
    { id: 'hud-health', label: '♥', value: t('help.health') },
    ...needs,
    { id: 'hud-infection', label: t('help.infectionLabel'), value: t('help.infection') },
    { id: 'hud-pack', label: 'kg', value: t('help.pack') },
  ];
}

/** One section of the page: its id, its title and its rows. */
export interface HelpSection {
  id: 'keys' | 'touch' | 'hud' | 'marks' | 'zombies';
  title: string;
  rows: HelpRow[];
}

/**
 * The page's sections in order: on a touch screen the touch controls first and the keyboard's table
 * after them (a phone player opened the page on a table of keys they do not have), else the keys first.
 */
export function helpSections(touch: boolean, bindings: KeyBindings, padBindings: PadBindings = DEFAULT_PAD_BINDINGS): HelpSection[] {
  const keys: HelpSection = { id: 'keys', title: t('help.keys'), rows: controlRows(bindings, padBindings) };
  const touches: HelpSection = { id: 'touch', title: t('help.touch'), rows: touchRows() };
  return [
    ...(touch ? [touches, keys] : [keys, touches]),
    { id: 'hud', title: t('help.hud'), rows: hudRows() },
    { id: 'marks', title: t('help.marks'), rows: legendRows() },
    { id: 'zombies', title: t('help.zombies'), rows: zombieRows() },
  ];
}
