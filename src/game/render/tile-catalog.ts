/**
 * What each tileset tile is for: the layer it belongs on, the properties levels give it (solid,
 * opaque, cost — see levels/README.md), the surface footsteps sound like on it, and whether it lets
 * light in (windows) or gives light (fire). `npm run gen:art` writes this table to
 * assets/tiles/tiles.json for level designers and tools; ids are positions in TILE_NAMES.
 */

import { TILE_NAMES, type TileName } from './sprite-layout';

export type TileLayer = 'floor' | 'walls' | 'furniture' | 'decals';
export type Surface = 'linoleum' | 'wood' | 'tile' | 'concrete' | 'mat';

export interface TileInfo {
  layer: TileLayer;
  solid?: true;
  opaque?: true;
  /** Price of walking through, 2..255 (1, plain floor, is left out). */
  cost?: number;
  /** Floor tiles: what a footstep on it sounds like. */
  surface?: Surface;
  /** 'window': daylight comes in here; 'fire': a flickering light source. */
  light?: 'window' | 'fire';
}

const floor = (surface: Surface): TileInfo => ({ layer: 'floor', surface });
const wall: TileInfo = { layer: 'walls', solid: true, opaque: true };
const glazed: TileInfo = { layer: 'walls', solid: true, opaque: true, light: 'window' };
const block: TileInfo = { layer: 'furniture', solid: true };
const tall: TileInfo = { layer: 'furniture', solid: true, opaque: true };
const decal: TileInfo = { layer: 'decals' };
const clutter = (cost: number): TileInfo => ({ layer: 'decals', cost });

export const TILE_INFO: Record<TileName, TileInfo> = {
  'floor-linoleum': floor('linoleum'),
  'floor-linoleum-worn': floor('linoleum'),
  'floor-wood': floor('wood'),
  'floor-wood-worn': floor('wood'),
  'floor-tile': floor('tile'),
  'stairs-down': floor('concrete'),
  'wall-top': wall,
  'wall-face': wall,
  'wall-window': glazed,
  'door-open': { layer: 'walls' },
  'door-closed': wall,
  desk: block,
  chair: { layer: 'furniture', cost: 2 },
  'teacher-desk': block,
  blackboard: wall,
  locker: tall,
  blood: decal,
  debris: clutter(2),
  bookshelf: tall,
  plant: block,
  'exit-sign-floor': floor('linoleum'),
  'wall-face-cracked': wall,
  'floor-wood-blood': floor('wood'),
  'floor-linoleum-blood': floor('linoleum'),
  'floor-gym': floor('wood'),
  'floor-gym-line': floor('wood'),
  'floor-bathroom': floor('tile'),
  'floor-lab': floor('tile'),
  'floor-rooftop': floor('concrete'),
  'floor-rooftop-stain': floor('concrete'),
  'floor-corridor': floor('linoleum'),
  'stairs-up': floor('concrete'),
  'wall-face-tiled': wall,
  'wall-face-notices': wall,
  'wall-window-broken': glazed,
  'wall-window-boarded': wall,
  'wall-top-inner': wall,
  'wall-top-edge-w': wall,
  'wall-top-edge-e': wall,
  'wall-face-speaker': wall,
  'wall-face-alarm': wall,
  'door-locked': wall,
  'door-barricaded': wall,
  'door-broken': { layer: 'walls', cost: 2 },
  'desk-toppled': { layer: 'furniture', cost: 4 },
  'chair-toppled': { layer: 'furniture', cost: 2 },
  'locker-open': tall,
  'locker-bloody': tall,
  'lab-bench': block,
  'lab-bench-sink': block,
  'piano-left': block,
  'piano-right': block,
  'gym-mat': { layer: 'furniture', surface: 'mat' },
  'bed-head': block,
  'bed-foot': block,
  railing: block,
  'railing-vertical': block,
  'roof-vent': block,
  'fire-barrel': { layer: 'furniture', solid: true, light: 'fire' },
  toilet: block,
  sink: block,
  'vending-machine': tall,
  'blood-splatter': decal,
  'blood-trail': decal,
  'footprints-bloody': decal,
  'debris-glass': clutter(2),
  'debris-papers': decal,
  'debris-wood': clutter(3),
  'books-scattered': clutter(2),
  'floor-tile-blood': floor('tile'),
  'mop-bucket': { layer: 'furniture', cost: 3 },
  'trash-can': block,
};

export function tileInfoById(id: number): TileInfo | undefined {
  const name = TILE_NAMES[id];
  return name === undefined ? undefined : TILE_INFO[name];
}
