/**
 * Where each picture sits in the generated tileset, and the names of the pictures drawn for the
 * sprite atlas (whose frames atlas-layout.ts names). The art generator (tools/gen-art.ts) draws to
 * this layout and the renderer reads frames by it, so the two can never disagree.
 *
 * All frames are square, `SPRITE_SIZE` pixels. Tile ids are 0-based positions in the tileset image
 * (Tiled's local tile id; the level's gid is firstgid + id).
 */

export const SPRITE_SIZE = 16;
export const TILE_SIZE = 16;
export const TILESET_COLUMNS = 8;

/** Tileset tiles, in image order (row-major, `TILESET_COLUMNS` per row). */
export const TILE_NAMES = [
  'floor-linoleum',
  'floor-linoleum-worn',
  'floor-wood',
  'floor-wood-worn',
  'floor-tile',
  'stairs-down',
  'wall-top',
  'wall-face',
  'wall-window',
  'door-open',
  'door-closed',
  'desk',
  'chair',
  'teacher-desk',
  'blackboard',
  'locker',
  'blood',
  'debris',
  'bookshelf',
  'plant',
  'exit-sign-floor',
  'wall-face-cracked',
  'floor-wood-blood',
  'floor-linoleum-blood',
  // appended later: ids above never change (levels refer to them by number)
  'floor-gym',
  'floor-gym-line',
  'floor-bathroom',
  'floor-lab',
  'floor-rooftop',
  'floor-rooftop-stain',
  'floor-corridor',
  'stairs-up',
  'wall-face-tiled',
  'wall-face-notices',
  'wall-window-broken',
  'wall-window-boarded',
  'wall-top-inner',
  'wall-top-edge-w',
  'wall-top-edge-e',
  'wall-face-speaker',
  'wall-face-alarm',
  'door-locked',
  'door-barricaded',
  'door-broken',
  'desk-toppled',
  'chair-toppled',
  'locker-open',
  'locker-bloody',
  'lab-bench',
  'lab-bench-sink',
  'piano-left',
  'piano-right',
  'gym-mat',
  'bed-head',
  'bed-foot',
  'railing',
  'railing-vertical',
  'roof-vent',
  'fire-barrel',
  'toilet',
  'sink',
  'vending-machine',
  'blood-splatter',
  'blood-trail',
  'footprints-bloody',
  'debris-glass',
  'debris-papers',
  'debris-wood',
  'books-scattered',
  'floor-tile-blood',
  'mop-bucket',
  'trash-can',
] as const;
export type TileName = (typeof TILE_NAMES)[number];

export function tileId(name: TileName): number {
  return TILE_NAMES.indexOf(name);
}

/** The four directions a character faces; each has its own frames in the sprite atlas (atlas-layout.ts). */
export const CHARACTER_DIRECTIONS = ['down', 'left', 'right', 'up'] as const;
export type Facing = (typeof CHARACTER_DIRECTIONS)[number];

/** The pictures drawn for item icons and HUD icons (tools/art/icons.ts), which the atlas reuses. */
export type ItemIcon = 'food' | 'water' | 'bandage' | 'phone' | 'bat' | 'broom' | 'plank' | 'arrow';
export type UiIcon = 'heart' | 'heart-empty' | 'stamina' | 'suspicious' | 'hunting' | 'exit-arrow' | 'pause' | 'footprint';
