/**
 * What the every-screen test finds wrong on one screen, from what the testing hook reports of it
 * (every visible text with its box and font size, the menu's rows with their boxes): texts outside
 * the screen or their row, texts drawn over each other, rows off screen, too small to tap or out
 * of reach, texts drawn too small to read, texts squeezed to fit, raw ids and dictionary keys, English words on a Korean screen, and texts that do not
 * grow with the text-size setting. Pure: each check gives sentences naming the screen and the text.
 */

import type { HyosanHook } from '../../src/game/testing-hook';

export type TextBox = ReturnType<HyosanHook['textBoxes']>[number];
export type MenuState = NonNullable<ReturnType<HyosanHook['menu']>>;

export interface Capture {
  /** When it was read, in ms from the start of the visits. */
  ms: number;
  /** e.g. `settings-accessibility`. */
  screen: string;
  language: 'en' | 'ko';
  textSize: number;
  touch: boolean;
  viewport: { width: number; height: number };
  texts: TextBox[];
  menu: MenuState | null;
  /** The pause and fullscreen buttons (page px) while the level is drawn; none on other screens. */
  corners: { x: number; y: number; r: number }[];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels a box may poke out (strokes and rounding), and the least overlap that counts. */
const SLACK = 1.5;
const OVERLAP = 3;
/** Thumb targets on a touch screen: rows at least this tall (CSS px), as the menus promise. */
const MIN_ROW = 40;

/** Scenes drawn together as one screen: their texts must not cover each other. */
const LAYERS: Record<string, string> = { play: 'play', hud: 'play', touch: 'play' };

/** Latin words a Korean screen may show: the game's and fonts' names, key and button names, units. */
export const KOREAN_ALLOWED = new Set([
  'HYOSAN',
  'HIGH',
  'Galmuri',
  'Shift',
  'Ctrl',
  'Alt',
  'Tab',
  'Esc',
  'Enter',
  'Space',
  'Backspace',
  'WASD',
  'LB',
  'RB',
  'LT',
  'RT',
  'LS',
  'RS',
  'kg',
  'km',
  'HP',
  'AM',
  'PM',
  'Tiled',
  'JSON',
]);

const label = (capture: Capture): string => `${capture.screen} [${capture.language} ${capture.textSize * 100}% ${capture.viewport.width}x${capture.viewport.height}]`;
const quote = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

function inside(inner: Box, outer: Box, slack = SLACK): boolean {
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
}

/** Whether two boxes overlap by more than a stroke's width. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return overlap(a, b) > 0;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > OVERLAP && h > OVERLAP ? Math.min(w, h) : 0;
}

/** Texts outside the screen, and menu texts outside their row. */
export function checkBoxes(capture: Capture): string[] {
  const problems: string[] = [];
  const screen = { x: 0, y: 0, ...capture.viewport };
  for (const text of capture.texts) if (!inside(text, screen)) problems.push(`${label(capture)}: ${quote(text.text)} is outside the screen`);
  for (const item of capture.menu?.items ?? []) {
    if (item.box === null) continue;
    if (!inside(item.box, screen)) problems.push(`${label(capture)}: row ${item.id} is outside the screen`);
    for (const text of item.textBoxes) if (!inside(text, item.box)) problems.push(`${label(capture)}: ${quote(text.text)} runs out of its row ${item.id}`);
  }
  return problems;
}

/** Two texts of one screen drawn over each other. */
export function checkOverlaps(capture: Capture): string[] {
  const problems: string[] = [];
  const texts = capture.texts;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if ((LAYERS[a.scene] ?? a.scene) !== (LAYERS[b.scene] ?? b.scene)) continue;
      if (overlap(a, b) > 0) problems.push(`${label(capture)}: ${quote(a.text)} and ${quote(b.text)} overlap`);
    }
  }
  return problems;
}

/** Texts of the level's screen (HUD, play) that run under the pause or fullscreen button. */
export function checkCorners(capture: Capture): string[] {
  const problems: string[] = [];
  for (const text of capture.texts) {
    if (text.scene !== 'hud' && text.scene !== 'play') continue;
    for (const c of capture.corners) {
      const square = { x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r };
      if (overlap(text, square) > 0) problems.push(`${label(capture)}: ${quote(text.text)} runs under a corner button at ${c.x.toFixed(0)},${c.y.toFixed(0)}`);
    }
  }
  return problems;
}

/** The least a text may be drawn narrower than it is to fit its place (below, letters run together). */
const MIN_SQUEEZE = 0.9;

/** Texts drawn so much narrower than they are, to fit, that their letters run together. */
export function checkSqueezed(capture: Capture): string[] {
  return capture.texts.filter((text) => text.squeeze < MIN_SQUEEZE).map((text) => `${label(capture)}: ${quote(text.text)} is squeezed to ${(text.squeeze * 100).toFixed(0)}% of its width to fit`);
}

/**
 * Menu labels that start left of their row's others: each line of a row's label starts with the
 * focus mark or the room for it (a wrapped label lost its room and stood out, level select's level 6).
 * On `oneLine` screens every row also fits on one line, its value beside its label.
 */
export function checkAligned(capture: Capture, options: { oneLine: boolean } = { oneLine: false }): string[] {
  const problems: string[] = [];
  for (const item of capture.menu?.items ?? []) {
    const [labelText, value] = item.textBoxes;
    if (labelText === undefined) continue;
    for (const line of labelText.text.split('\n')) if (!/^(▶ |\s\s)/.test(line)) problems.push(`${label(capture)}: the line ${quote(line)} of row ${item.id} starts left of the rows' labels`);
    const besides = value === undefined || Math.abs(value.y + value.height / 2 - (labelText.y + labelText.height / 2)) < 2;
    if (options.oneLine && (labelText.text.includes('\n') || !besides)) problems.push(`${label(capture)}: row ${item.id} wraps (${quote(labelText.text)})`);
  }
  return problems;
}

/** Rows off screen or out of reach, too small for a thumb, and no way back on a touch screen. */
export function checkRows(capture: Capture, options: { needsBack: boolean }): string[] {
  const menu = capture.menu;
  if (menu === null) return [];
  const problems: string[] = [];
  const hidden = menu.items.filter((item) => item.box === null);
  const marks = capture.texts.filter((text) => text.scene === menu.scene && (text.text === '▲' || text.text === '▼'));
  if (hidden.length > 0 && marks.length === 0) problems.push(`${label(capture)}: rows ${hidden.map((item) => item.id).join(', ')} are hidden with no ▲ ▼ to reach them`);
  if (capture.touch) {
    for (const item of menu.items)
      if (item.box !== null && item.enabled && item.box.height < MIN_ROW) problems.push(`${label(capture)}: row ${item.id} is ${item.box.height.toFixed(0)} px tall, too small to tap`);
    if (options.needsBack && !menu.items.some((item) => item.id === 'back')) problems.push(`${label(capture)}: no back row on a touch screen`);
  }
  return problems;
}

const LEVEL_ID = /\b\d\d-[a-z]+(?:-[a-z]+)*\b/;
/** A kind's id where its name belongs: a line of its own, or a name tag ("brute #1"); in a sentence ("A walker sees only ahead") it is a word. */
const ZOMBIE_KIND = /(?:^|\s)(?:walker|runner|brute|crawler|hunter|halfbie)(?= #\d|$)/m;
/** A dictionary key shown as text (i18next shows the key when it has no text for it). */
const KEY = /\b[a-z][a-zA-Z]+\.[a-z][a-zA-Z]+(?:\.[a-zA-Z]+)*\b/;

/** Raw ids, dictionary keys, and on a Korean screen English words. */
export function checkWords(capture: Capture): string[] {
  const problems: string[] = [];
  for (const { text } of capture.texts) {
    const raw = LEVEL_ID.exec(text) ?? ZOMBIE_KIND.exec(text) ?? KEY.exec(text);
    if (raw !== null) problems.push(`${label(capture)}: raw id or key ${quote(raw[0])} in ${quote(text)}`);
    if (capture.language !== 'ko') continue;
    const english = (text.match(/[A-Za-z][A-Za-z'-]+/g) ?? []).filter((word) => !KOREAN_ALLOWED.has(word));
    if (english.length > 0) problems.push(`${label(capture)}: English ${english.map(quote).join(', ')} in ${quote(text)}`);
  }
  return problems;
}

/** The least font size a text may be drawn at on the page (CSS px) at 100% text: the pixel font's own 12 px grid. */
const MIN_TEXT_PX = 12;

/** Texts too small to read: drawn under MIN_TEXT_PX on the page (the camp on a phone had 7 px letters, the HUD's need letters 6 px). */
export function checkReadable(capture: Capture): string[] {
  return capture.texts
    .filter((text) => text.pagePx < MIN_TEXT_PX - 0.05)
    .map((text) => `${label(capture)}: ${quote(text.text)} (${text.scene}) is drawn at ${text.pagePx.toFixed(1)} px, under the ${MIN_TEXT_PX} px that reads`);
}

/** Words for touch input (not "Touch stick", the setting's name), and for a mouse. */
const TOUCH_WORDS = /\btap\b|탭|터치(?! 스틱)/i;
const MOUSE_WORDS = /\bclick|클릭/i;

/**
 * Input the device has not ("Enter or tap" on a desktop, "click" on a phone): each screen names
 * only the player's own. The help screen is left out: it lists every device's controls.
 */
export function checkDeviceWords(capture: Capture): string[] {
  if (capture.screen.startsWith('help')) return [];
  const wrong = capture.touch ? MOUSE_WORDS : TOUCH_WORDS;
  return capture.texts.filter((text) => wrong.test(text.text)).map((text) => `${label(capture)}: ${quote(text.text)} names input a ${capture.touch ? 'phone' : 'desktop'} does not have`);
}

/**
 * Texts that did not grow from 100% to 150% text size: the same text on the same screen (language,
 * screen size) must be drawn at least 1.2 times as big (menus may shrink a long value to fit, but
 * not back to where it was). The touch buttons' words are not: they fit the buttons.
 */
export function checkScaled(normal: Capture, large: Capture): string[] {
  const problems: string[] = [];
  const sizes = new Map<string, number>();
  for (const text of normal.texts) sizes.set(`${text.scene}|${text.text}`, text.fontPx);
  // The touch buttons' words are sized to the thumb buttons they name, which the layout keeps the same size.
  const fixed = new Set(['touch']);
  const seen = new Set<string>();
  for (const text of large.texts) {
    const key = `${text.scene}|${text.text}`;
    const before = sizes.get(key);
    if (before === undefined || seen.has(key) || fixed.has(text.scene)) continue;
    seen.add(key);
    if (text.fontPx < before * 1.2) problems.push(`${label(large)}: ${quote(text.text)} is ${text.fontPx.toFixed(1)} px at 150%, ${before.toFixed(1)} px at 100%`);
  }
  return problems;
}
