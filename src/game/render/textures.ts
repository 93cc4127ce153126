/**
 * Texture keys and the generated art files they load from (see tools/gen-art.ts).
 */

import type Phaser from 'phaser';
import tilesUrl from '../../../assets/tiles/school.png?url';
import charactersUrl from '../../../assets/sprites/characters.png?url';
import itemsUrl from '../../../assets/sprites/items.png?url';
import uiUrl from '../../../assets/ui/ui.png?url';
import titleUrl from '../../../assets/ui/title.png?url';
import atlasUrl from '../../../assets/sprites/atlas.png?url';
import atlasJsonUrl from '../../../assets/sprites/atlas.json?url';
import { ATLAS_KEY } from './atlas-layout';
import { SPRITE_SIZE } from './sprite-layout';

export const TEXTURES = {
  tiles: 'tiles',
  characters: 'characters',
  items: 'items',
  ui: 'ui',
  title: 'title',
  /** Characters (every look, direction and pose), item icons and UI frames: see atlas-layout.ts. */
  atlas: ATLAS_KEY,
} as const;

export function loadTextures(loader: Phaser.Loader.LoaderPlugin): void {
  loader.image(TEXTURES.tiles, tilesUrl);
  loader.spritesheet(TEXTURES.characters, charactersUrl, { frameWidth: SPRITE_SIZE, frameHeight: SPRITE_SIZE });
  loader.spritesheet(TEXTURES.items, itemsUrl, { frameWidth: SPRITE_SIZE, frameHeight: SPRITE_SIZE });
  loader.spritesheet(TEXTURES.ui, uiUrl, { frameWidth: SPRITE_SIZE, frameHeight: SPRITE_SIZE });
  loader.image(TEXTURES.title, titleUrl);
  loader.atlas(TEXTURES.atlas, atlasUrl, atlasJsonUrl);
}

/** The bundled pixel font (Hangul included), loaded by the boot scene; see i18n/font.ts. */
export { FONT } from '../i18n/font';
