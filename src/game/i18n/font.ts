/**
 * The game's font: Galmuri11, an OFL pixel font with every Hangul syllable, bundled from the
 * `galmuri` package. A production build ships only the characters the game's texts use (~12 KB
 * instead of ~490 KB; tools/font/ cuts it from the current texts at build time), the dev server
 * the whole font. Machines without a
 * Korean system font would otherwise draw Korean as empty boxes, so the boot scene loads it before
 * any text is made, and every text style names it first.
 */

import type Phaser from 'phaser';
import galmuriUrl from 'galmuri/dist/Galmuri11.woff2?url';

export const FONT_FAMILY = 'Galmuri11';

/** CSS font-family for Phaser text styles: the bundled font, then fallbacks for Latin if it failed. */
export const FONT = `${FONT_FAMILY}, "Courier New", ui-monospace, monospace`;

/** Queues the font on a scene's loader (Phaser registers it with `document.fonts` once loaded). */
export function loadFont(loader: Phaser.Loader.LoaderPlugin): void {
  loader.font(FONT_FAMILY, galmuriUrl, 'woff2');
}

/** True once the browser has the bundled font ready to draw. */
export function fontReady(): boolean {
  return typeof document !== 'undefined' && document.fonts.check(`16px ${FONT_FAMILY}`, '한');
}
