/**
 * Colours with a meaning (danger, safe, warning, info), in the normal palette and in a
 * colour-blind-safe one (Okabe–Ito: distinguishable with any common colour vision deficiency).
 * Meaning is never carried by colour alone: screens pair these with a shape, icon or word.
 * High contrast makes panels opaque and text outlines thicker.
 */

import type { Settings } from './schema';

export interface Palette {
  danger: number;
  safe: number;
  warning: number;
  info: number;
  text: number;
  /** Panel background and its opacity. */
  panel: number;
  panelAlpha: number;
  /** Text outline thickness, in text pixels. */
  stroke: number;
}

const NORMAL: Palette = { danger: 0xd9463e, safe: 0x8fe3a8, warning: 0xe8c547, info: 0x8fb8e0, text: 0xf2ede4, panel: 0x0b0f1a, panelAlpha: 0.72, stroke: 4 };
const OKABE_ITO: Pick<Palette, 'danger' | 'safe' | 'warning' | 'info'> = { danger: 0xd55e00, safe: 0x009e73, warning: 0xf0e442, info: 0x56b4e9 };

export function paletteFor(accessibility: Settings['accessibility']): Palette {
  const base = accessibility.colourBlind ? { ...NORMAL, ...OKABE_ITO } : { ...NORMAL };
  if (accessibility.highContrast) return { ...base, text: 0xffffff, panel: 0x000000, panelAlpha: 1, stroke: 6 };
  return base;
}

/** `0xd9463e` → `'#d9463e'` for text styles. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/** An infection meter's colour by its danger (core needs-read.ts infectionDanger): a deadly one in the palette's danger colour, never a calm one. */
export function infectionColour(danger: 'none' | 'held' | 'running' | 'deadly', palette: Palette): number {
  return danger === 'deadly' ? palette.danger : danger === 'running' ? palette.warning : palette.info;
}
