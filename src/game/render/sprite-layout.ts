/**
 * Where each picture sits in the generated sprite sheets. The art generator (tools/gen-art.ts)
 * draws to this layout and the renderer reads frames by it, so the two can never disagree.
 *
 * All frames are square, `SPRITE_SIZE` pixels. Tile ids are 0-based positions in the tileset image
 * (Tiled's local tile id; the level's gid is firstgid + id).
 */

export const SPRITE_SIZE = 16;
export const TILE_SIZE = 16;
export const TILESET_COLUMNS = 8;

/** Tileset tiles, in image order (row-major, `TILESET_COLUMNS` per row). */
export const TILE_NAMES = [
  'floor-linoleum', 'floor-linoleum-worn', 'floor-wood', 'floor-wood-worn',
  'floor-tile', 'stairs-down', 'wall-top', 'wall-face',
  'wall-window', 'door-open', 'door-closed', 'desk',
  'chair', 'teacher-desk', 'blackboard', 'locker',
  'blood', 'debris', 'bookshelf', 'plant',
  'exit-sign-floor', 'wall-face-cracked', 'floor-wood-blood', 'floor-linoleum-blood',
  // appended later: ids above never change (levels refer to them by number)
  'floor-gym', 'floor-gym-line', 'floor-bathroom', 'floor-lab',
  'floor-rooftop', 'floor-rooftop-stain', 'floor-corridor', 'stairs-up',
  'wall-face-tiled', 'wall-face-notices', 'wall-window-broken', 'wall-window-boarded',
  'wall-top-inner', 'wall-top-edge-w', 'wall-top-edge-e', 'wall-face-speaker',
  'wall-face-alarm', 'door-locked', 'door-barricaded', 'door-broken',
  'desk-toppled', 'chair-toppled', 'locker-open', 'locker-bloody',
  'lab-bench', 'lab-bench-sink', 'piano-left', 'piano-right',
  'gym-mat', 'bed-head', 'bed-foot', 'railing',
  'railing-vertical', 'roof-vent', 'fire-barrel', 'toilet',
  'sink', 'vending-machine', 'blood-splatter', 'blood-trail',
  'footprints-bloody', 'debris-glass', 'debris-papers', 'debris-wood',
  'books-scattered', 'floor-tile-blood', 'mop-bucket', 'trash-can',
] as const;
export type TileName = (typeof TILE_NAMES)[number];

export function tileId(name: TileName): number {
  return TILE_NAMES.indexOf(name);
}

/** Character sheet: one row per character look, columns by direction and pose. */
export const CHARACTER_DIRECTIONS = ['down', 'left', 'right', 'up'] as const;
export type Facing = (typeof CHARACTER_DIRECTIONS)[number];
export const CHARACTER_POSES = ['stand', 'walk1', 'walk2', 'attack'] as const;
export type Pose = (typeof CHARACTER_POSES)[number];
/** Columns after the 16 direction×pose frames: hurt flash and fallen (lying down). */
export const HURT_COLUMN = 16;
export const FALLEN_COLUMN = 17;
export const CHARACTER_COLUMNS = 18;

export const CHARACTER_LOOKS = [
  'student-boy', 'student-girl', 'student-boy-2', 'student-girl-2',
  'zombie-student', 'zombie-student-girl', 'zombie-teacher', 'halfbie-hunter',
] as const;
export type CharacterLook = (typeof CHARACTER_LOOKS)[number];

export function characterFrame(look: CharacterLook, facing: Facing, pose: Pose): number {
  const row = CHARACTER_LOOKS.indexOf(look);
  return row * CHARACTER_COLUMNS + CHARACTER_DIRECTIONS.indexOf(facing) * CHARACTER_POSES.length + CHARACTER_POSES.indexOf(pose);
}

export function characterSpecialFrame(look: CharacterLook, column: typeof HURT_COLUMN | typeof FALLEN_COLUMN): number {
  return CHARACTER_LOOKS.indexOf(look) * CHARACTER_COLUMNS + column;
}

/** Item and UI icons, one row of 16×16 icons each. */
export const ITEM_ICONS = ['food', 'water', 'bandage', 'phone', 'bat', 'broom', 'plank', 'arrow'] as const;
export type ItemIcon = (typeof ITEM_ICONS)[number];
export const UI_ICONS = ['heart', 'heart-empty', 'stamina', 'suspicious', 'hunting', 'exit-arrow', 'pause', 'footprint'] as const;
export type UiIcon = (typeof UI_ICONS)[number];
