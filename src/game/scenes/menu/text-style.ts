/**
 * Text styles for menus, following the settings: the player's text size, high contrast (thicker
 * outlines, pure white) and the bundled font. Sizes are multiples of the font's 12 px grid at
 * text size 1, so the pixel font stays crisp.
 */

import type Phaser from 'phaser';
import { FONT } from '../../i18n/font';
import { css, paletteFor, type Palette } from '../../settings/palette';
import { settings } from '../../settings/settings';

export function palette(): Palette {
  return paletteFor(settings().accessibility);
}

/** A text style of `basePx` (at text size 1) scaled by the text-size setting and `fit` (≤ 1 on narrow screens). */
export function menuText(basePx: number, options: { colour?: string; bold?: boolean; fit?: number } = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const colours = palette();
  const size = Math.max(12, Math.round(basePx * settings().accessibility.textSize * (options.fit ?? 1)));
  return {
    fontFamily: FONT,
    fontSize: `${size}px`,
    ...(options.bold === true ? { fontStyle: 'bold' } : {}),
    color: options.colour ?? css(colours.text),
    stroke: '#05070a',
    strokeThickness: colours.stroke,
  };
}

/**
 * How much to shrink menu text on a narrow screen, or a short one (a phone on its side: at 150% text
 * the pause menu showed one row at a time), given the screen's size; 1 on a desktop.
 */
export function fitFor(width: number, height = Infinity): number {
  return Math.min(1, Math.max(0.7, width / 560), Math.max(0.6, height / 640));
}
