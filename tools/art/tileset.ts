/**
 * The school tileset: every tile in `TILE_NAMES` order (new tiles are only ever appended, so the
 * ids levels use never change), and the name → id table with layer, solid, opaque and cost that
 * `npm run gen:art` writes to assets/tiles/tiles.json.
 */
import { TILE_NAMES, TILE_SIZE, TILESET_COLUMNS, type TileName } from '../../src/game/render/sprite-layout';
import { TILE_INFO } from '../../src/game/render/tile-catalog';
import { Canvas } from './canvas';
import { Rng, seedOf } from '../seeded-rng';
import { FIRST_TILES, type TileDrawer } from './tiles';
import * as rooms from './tiles-rooms';
import * as furniture from './tiles-furniture';

const S = TILE_SIZE;

const DRAWERS: Record<TileName, TileDrawer> = {
  ...FIRST_TILES,
  'floor-gym': rooms.gymFloor,
  'floor-gym-line': rooms.gymFloorLine,
  'floor-bathroom': rooms.bathroomFloor,
  'floor-lab': rooms.labFloor,
  'floor-rooftop': rooms.rooftopFloor,
  'floor-rooftop-stain': rooms.rooftopStain,
  'floor-corridor': rooms.corridorFloor,
  'stairs-up': rooms.stairsUp,
  'wall-face-tiled': rooms.wallFaceTiled,
  'wall-face-notices': rooms.wallFaceNotices,
  'wall-window-broken': rooms.wallWindowBroken,
  'wall-window-boarded': rooms.wallWindowBoarded,
  'wall-top-inner': rooms.wallTopInner,
  'wall-top-edge-w': rooms.wallTopEdgeWest,
  'wall-top-edge-e': rooms.wallTopEdgeEast,
  'wall-face-speaker': rooms.wallFaceSpeaker,
  'wall-face-alarm': rooms.wallFaceAlarm,
  'door-locked': rooms.doorLocked,
  'door-barricaded': rooms.doorBarricaded,
  'door-broken': rooms.doorBroken,
  'desk-toppled': furniture.deskToppled,
  'chair-toppled': furniture.chairToppled,
  'locker-open': furniture.lockerOpen,
  'locker-bloody': furniture.lockerBloody,
  'lab-bench': furniture.labBench,
  'lab-bench-sink': furniture.labBenchSink,
  'piano-left': furniture.pianoLeft,
  'piano-right': furniture.pianoRight,
  'gym-mat': furniture.gymMat,
  'bed-head': furniture.bedHead,
  'bed-foot': furniture.bedFoot,
  railing: furniture.railing,
  'railing-vertical': furniture.railingVertical,
  'roof-vent': furniture.roofVent,
  'fire-barrel': furniture.fireBarrel,
  toilet: furniture.toilet,
  sink: furniture.sink,
  'vending-machine': furniture.vendingMachine,
  'blood-splatter': furniture.bloodSplatter,
  'blood-trail': furniture.bloodTrail,
  'footprints-bloody': furniture.footprintsBloody,
  'debris-glass': furniture.debrisGlass,
  'debris-papers': furniture.debrisPapers,
  'debris-wood': furniture.debrisWood,
  'books-scattered': furniture.booksScattered,
  'floor-tile-blood': furniture.floorTileBlood,
  'mop-bucket': furniture.mopBucket,
  'trash-can': furniture.trashCan,
};

/** Tiles whose variants must match their base floor pixel for pixel outside the marks. */
export const FLOOR_BASE_SEED: Partial<Record<TileName, TileName>> = {
  'floor-linoleum-worn': 'floor-linoleum',
  'floor-linoleum-blood': 'floor-linoleum',
  'exit-sign-floor': 'floor-linoleum',
  'door-open': 'floor-linoleum',
  'floor-wood-worn': 'floor-wood',
  'floor-wood-blood': 'floor-wood',
  'floor-gym-line': 'floor-gym',
  'floor-rooftop-stain': 'floor-rooftop',
  'floor-tile-blood': 'floor-tile',
  'door-broken': 'floor-linoleum',
};

/** Tiles drawn on transparent ground (furniture and decals); every other tile is fully opaque. */
export const TRANSPARENT_TILES: ReadonlySet<TileName> = new Set<TileName>(
  TILE_NAMES.filter((name) => (TILE_INFO[name].layer === 'furniture' || TILE_INFO[name].layer === 'decals') && name !== 'gym-mat'),
);

export function drawTile(name: TileName): Canvas {
  const c = new Canvas(S, S);
  // variants reuse their base floor's seed so the floor under the marks is the very same floor
  const seedName = FLOOR_BASE_SEED[name] ?? name;
  DRAWERS[name](c, new Rng(seedOf(`tile:${seedName}`)));
  return c;
}

export function drawTileset(): Canvas {
  const rows = Math.ceil(TILE_NAMES.length / TILESET_COLUMNS);
  const sheet = new Canvas(TILESET_COLUMNS * S, rows * S);
  TILE_NAMES.forEach((name, i) => sheet.paste(drawTile(name), (i % TILESET_COLUMNS) * S, Math.floor(i / TILESET_COLUMNS) * S));
  return sheet;
}

/** The published tile table (assets/tiles/tiles.json): what designers and level tools read. */
export function tileTable(): string {
  const rows = Math.ceil(TILE_NAMES.length / TILESET_COLUMNS);
  const table = {
    image: 'school.png',
    tilewidth: S,
    tileheight: S,
    columns: TILESET_COLUMNS,
    imagewidth: TILESET_COLUMNS * S,
    imageheight: rows * S,
    tilecount: TILE_NAMES.length,
    note: 'id = position in school.png (row-major); gid = firstgid (1) + id. Ids never change; new tiles are appended.',
    tiles: TILE_NAMES.map((name, id) => {
      const { layer, solid, opaque, cost, surface, light } = TILE_INFO[name];
      return { id, gid: id + 1, name, layer, solid: solid ?? false, opaque: opaque ?? false, cost: cost ?? 1, ...(surface ? { surface } : {}), ...(light ? { light } : {}) };
    }),
  };
  const lines = table.tiles.map((t) => `    ${JSON.stringify(t)}`);
  const { tiles: _tiles, ...head } = table;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, ',');
  return `${headText}\n  "tiles": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
