/**
 * Texture keys and the generated art files they load from (see tools/gen-art.ts): the tileset,
 * the title picture, and the atlas with characters, item icons and UI icons. The generator makes
 * nothing else (tests/tools/gen-art.test.ts checks each picture is imported here).
 */

import type Phaser from 'phaser';
import tilesUrl from '../../../assets/tiles/school.png?url';
import titleUrl from '../../../assets/ui/title.png?url';
import atlasUrl from '../../../assets/sprites/atlas.png?url';
import atlasJsonUrl from '../../../assets/sprites/atlas.json?url';
import { ATLAS_KEY } from './atlas-layout';

export const TEXTURES = {
  tiles: 'tiles',
  title: 'title',
  /** Characters (every look, direction and pose), item icons and UI frames: see atlas-layout.ts. */
  atlas: ATLAS_KEY,
} as const;

export function loadTextures(loader: Phaser.Loader.LoaderPlugin): void {
  loader.image(TEXTURES.tiles, tilesUrl);
  loader.image(TEXTURES.title, titleUrl);
  loader.atlas(TEXTURES.atlas, atlasUrl, atlasJsonUrl);
}

/** The bundled pixel font (Hangul included), loaded by the boot scene; see i18n/font.ts. */
export { FONT } from '../i18n/font';

/** Phaser redraws a text and uploads its texture again on every `setColor`, changed or not: only on a change. */
export function setTextColour(text: Phaser.GameObjects.Text, colour: string): Phaser.GameObjects.Text {
  return text.style.color === colour ? text : text.setColor(colour);
}
