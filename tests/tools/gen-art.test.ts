import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARACTER_DIRECTIONS, SPRITE_SIZE, TILE_NAMES, TILE_SIZE, TILESET_COLUMNS, tileId } from '../../src/game/render/sprite-layout';
import { type Canvas, decodePng } from '../../tools/art/canvas';
import { PALETTE_COLOURS } from '../../tools/art/palette';
import { TRANSPARENT_TILES } from '../../tools/art/tileset';
import { TITLE_HEIGHT, TITLE_WIDTH } from '../../tools/art/title';
import {
  ATLAS_FALL_POSES,
  ATLAS_FIXTURES,
  ATLAS_ITEMS,
  ATLAS_LOOKS,
  ATLAS_POSES,
  ATLAS_UI_ICONS,
  CROUCH_LOOKS,
  CROUCH_POSES,
  UI_NINE_SLICES,
  UI_SLICE,
  charFrame,
  crouchFrame,
  fallFrame,
  fixtureFrame,
  itemFrame,
  uiFrame,
  type AtlasLook,
} from '../../src/game/render/atlas-layout';
import { ART_OUTPUTS, REPO_ROOT, generateArt } from '../../tools/gen-art';

const art = generateArt();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.ts$/.test(entry.name) ? [path] : [];
  });
}

function image(path: string): Canvas {
  const bytes = art.get(path);
  if (!bytes) throw new Error(`generator did not produce ${path}`);
  return decodePng(bytes);
}

/** Copy out one square cell of a sheet. */
function cell(sheet: Canvas, index: number, columns: number, size = SPRITE_SIZE): number[] {
  const x0 = (index % columns) * size;
  const y0 = Math.floor(index / columns) * size;
  const out: number[] = [];
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) out.push(sheet.get(x0 + x, y0 + y));
  return out;
}

const opaqueCount = (pixels: number[]): number => pixels.filter((c) => (c & 0xff) === 0xff).length;

describe('gen-art', () => {
  it('matches the committed PNGs byte for byte (run `npm run gen:art` after changing the generator)', () => {
    expect([...art.keys()].sort()).toEqual(['assets/sprites/atlas.json', 'assets/sprites/atlas.png', 'assets/tiles/school.png', 'assets/tiles/tiles.json', 'assets/ui/title.png']);
    for (const [path, bytes] of art) {
      const committed = readFileSync(resolve(REPO_ROOT, path));
      expect(Buffer.compare(bytes, committed), path).toBe(0);
    }
  });

  it('writes every picture as an indexed PNG that decodes to the very pixels drawn, the atlas small enough for the first download', () => {
    for (const [path, draw] of Object.entries(ART_OUTPUTS)) {
      const bytes = art.get(path)!;
      // IHDR's colour type (byte 25): 3 = indexed colour
      expect(bytes[25], path).toBe(3);
      const drawn = draw();
      expect([...decodePng(bytes).pixels], path).toEqual([...drawn.pixels]);
    }
    expect(art.get('assets/sprites/atlas.png')!.length).toBeLessThan(40_000);
  });

  it('makes only pictures the game loads (each PNG is imported by its code)', () => {
    const code = sourceFiles(resolve(REPO_ROOT, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const path of [...art.keys()].filter((p) => p.endsWith('.png'))) expect(code, path).toContain(`assets/${path.slice('assets/'.length)}?url`);
  });

  it('is deterministic within one process too', () => {
    const again = generateArt();
    for (const [path, bytes] of art) expect(Buffer.compare(bytes, again.get(path) ?? Buffer.alloc(0)), path).toBe(0);
  });

  it('sizes every sheet by the layout in sprite-layout.ts', () => {
    const tiles = image('assets/tiles/school.png');
    expect([tiles.width, tiles.height]).toEqual([TILESET_COLUMNS * TILE_SIZE, Math.ceil(TILE_NAMES.length / TILESET_COLUMNS) * TILE_SIZE]);
    const title = image('assets/ui/title.png');
    expect([title.width, title.height]).toEqual([TITLE_WIDTH, TITLE_HEIGHT]);
    expect([TITLE_WIDTH, TITLE_HEIGHT]).toEqual([320, 180]);
  });

  it('keeps floors and walls opaque, and furniture and decals see-through around the object', () => {
    const tiles = image('assets/tiles/school.png');
    for (const name of TILE_NAMES) {
      const px = cell(tiles, tileId(name), TILESET_COLUMNS, TILE_SIZE);
      const opaque = opaqueCount(px);
      if (TRANSPARENT_TILES.has(name)) {
        expect(opaque, name).toBeGreaterThan(20);
        expect(opaque, name).toBeLessThan(px.length);
      } else {
        expect(opaque, name).toBe(px.length);
      }
    }
  });

  it('draws only palette colours (soft shadows may vary alpha, not colour)', () => {
    for (const [path] of art) {
      if (!path.endsWith('.png')) continue;
      const img = image(path);
      const strays = new Set<string>();
      for (const c of img.pixels) {
        if ((c & 0xff) === 0) continue;
        if (!PALETTE_COLOURS.has(((c & 0xffffff00) | 0xff) >>> 0)) strays.add(c.toString(16));
      }
      expect([...strays], path).toEqual([]);
    }
  });

  it('draws the worn and bloody floors on top of the very same base floor', () => {
    const tiles = image('assets/tiles/school.png');
    const pairs = [
      ['floor-linoleum-worn', 'floor-linoleum'],
      ['floor-linoleum-blood', 'floor-linoleum'],
      ['exit-sign-floor', 'floor-linoleum'],
      ['floor-wood-worn', 'floor-wood'],
      ['floor-wood-blood', 'floor-wood'],
    ] as const;
    for (const [variant, base] of pairs) {
      const a = cell(tiles, tileId(variant), TILESET_COLUMNS, TILE_SIZE);
      const b = cell(tiles, tileId(base), TILESET_COLUMNS, TILE_SIZE);
      const same = a.filter((c, i) => c === b[i]).length;
      expect(same, variant).toBeGreaterThan(a.length * 0.6);
      expect(same, variant).toBeLessThan(a.length);
    }
  });
});

describe('tile table (assets/tiles/tiles.json)', () => {
  const table = JSON.parse((art.get('assets/tiles/tiles.json') ?? Buffer.alloc(0)).toString('utf8')) as {
    imageheight: number;
    tilecount: number;
    tiles: Array<{ id: number; name: string; solid: boolean; opaque: boolean; cost: number }>;
  };

  it('lists every tile by its position in school.png', () => {
    expect(table.tiles.map((t) => t.name)).toEqual([...TILE_NAMES]);
    expect(table.tiles.map((t) => t.id)).toEqual(TILE_NAMES.map((_, i) => i));
    expect(table.imageheight).toBe(image('assets/tiles/school.png').height);
    expect(table.tilecount).toBe(TILE_NAMES.length);
  });

  it('keeps the first 24 ids and the properties the shipped level gives them', () => {
    expect(TILE_NAMES.slice(0, 4)).toEqual(['floor-linoleum', 'floor-linoleum-worn', 'floor-wood', 'floor-wood-worn']);
    expect(TILE_NAMES[23]).toBe('floor-linoleum-blood');
    const level = JSON.parse(readFileSync(resolve(REPO_ROOT, 'levels/01-classroom-wing.json'), 'utf8')) as {
      tilesets: Array<{ tiles?: Array<{ id: number; type?: string; properties?: Array<{ name: string; value: unknown }> }> }>;
    };
    const tiles = level.tilesets[0]?.tiles ?? [];
    expect(tiles.length).toBeGreaterThan(5);
    for (const tile of tiles) {
      const entry = table.tiles[tile.id];
      if (tile.type !== undefined && tile.type !== '') expect(entry?.name, `tile ${tile.id}`).toBe(tile.type);
      const prop = (name: string): unknown => tile.properties?.find((p) => p.name === name)?.value;
      expect(entry?.solid, `${entry?.name} solid`).toBe(prop('solid') === true);
      expect(entry?.opaque, `${entry?.name} opaque`).toBe(prop('opaque') === true);
      expect(entry?.cost, `${entry?.name} cost`).toBe(typeof prop('cost') === 'number' ? prop('cost') : 1);
    }
  });
});

describe('sprite atlas (assets/sprites/atlas.png + atlas.json)', () => {
  const atlas = image('assets/sprites/atlas.png');
  const table = JSON.parse((art.get('assets/sprites/atlas.json') ?? Buffer.alloc(0)).toString('utf8')) as {
    frames: Record<string, { frame: { x: number; y: number; w: number; h: number } }>;
    meta: { size: { w: number; h: number } };
  };
  const pixels = (name: string): number[] => {
    const f = table.frames[name]?.frame;
    if (!f) throw new Error(`no frame ${name}`);
    const out: number[] = [];
    for (let y = 0; y < f.h; y++) for (let x = 0; x < f.w; x++) out.push(atlas.get(f.x + x, f.y + y));
    return out;
  };

  it('names every look, direction and pose, every item, UI frame and fixture, and nothing else', () => {
    const expected = [
      ...ATLAS_LOOKS.flatMap((look) => [
        ...CHARACTER_DIRECTIONS.flatMap((facing) => ATLAS_POSES.map((pose) => charFrame(look, facing, pose))),
        ...ATLAS_FALL_POSES.map((pose) => fallFrame(look, pose)),
      ]),
      ...CROUCH_LOOKS.flatMap((look) => CHARACTER_DIRECTIONS.flatMap((facing) => CROUCH_POSES.map((pose) => crouchFrame(look, facing, pose)))),
      ...ATLAS_ITEMS.map(itemFrame),
      ...[...UI_NINE_SLICES, ...ATLAS_UI_ICONS].map(uiFrame),
      ...ATLAS_FIXTURES.map(fixtureFrame),
    ];
    expect(Object.keys(table.frames).sort()).toEqual([...expected].sort());
    expect([atlas.width, atlas.height]).toEqual([table.meta.size.w, table.meta.size.h]);
  });

  it('gives each frame only its rectangle (untrimmed and unrotated, as Phaser assumes when the fields are absent)', () => {
    for (const [name, entry] of Object.entries(table.frames)) expect(Object.keys(entry), name).toEqual(['frame']);
  });

  it('packs frames without overlaps, inside the page', () => {
    const owner = new Int32Array(atlas.width * atlas.height).fill(-1);
    const clashes: string[] = [];
    Object.entries(table.frames).forEach(([name, { frame: f }], index) => {
      expect(f.x + f.w <= atlas.width && f.y + f.h <= atlas.height, name).toBe(true);
      for (let y = f.y; y < f.y + f.h; y++)
        for (let x = f.x; x < f.x + f.w; x++) {
          const key = y * atlas.width + x;
          if (owner[key] !== -1) clashes.push(name);
          owner[key] = index;
        }
    });
    expect(clashes).toEqual([]);
  });

  it('draws every frame; directions, poses and looks differ; right mirrors left', () => {
    for (const name of Object.keys(table.frames)) expect(opaqueCount(pixels(name)), name).toBeGreaterThan(30);
    for (const look of ATLAS_LOOKS) {
      const stand = pixels(charFrame(look, 'down', 'stand'));
      for (const pose of ATLAS_POSES.filter((p) => p !== 'stand')) expect(pixels(charFrame(look, 'left', pose)), `${look} ${pose}`).not.toEqual(pixels(charFrame(look, 'left', 'stand')));
      expect(pixels(charFrame(look, 'left', 'run1'))).not.toEqual(pixels(charFrame(look, 'left', 'walk1')));
      expect(pixels(charFrame(look, 'up', 'stand'))).not.toEqual(stand);
      expect(pixels(fallFrame(look, 'falling'))).not.toEqual(stand);
      const left = pixels(charFrame(look, 'left', 'walk1'));
      const right = pixels(charFrame(look, 'right', 'walk1'));
      const w = table.frames[charFrame(look, 'right', 'walk1')]!.frame.w;
      expect(
        right.map((_, k) => right[Math.floor(k / w) * w + (w - 1 - (k % w))]),
        look,
      ).toEqual(left);
    }
    const looks = new Set(ATLAS_LOOKS.map((look) => pixels(charFrame(look, 'down', 'stand')).join(',')));
    expect(looks.size).toBe(ATLAS_LOOKS.length);
  });

  it('gives each zombie kind its own outline, and a sneaking student a crouch', () => {
    /** Opaque extent of a frame: width and height of its figure, in pixels. */
    const extent = (name: string): { w: number; h: number } => {
      const f = table.frames[name]!.frame;
      let x0 = f.w,
        x1 = -1,
        y0 = f.h,
        y1 = -1;
      for (let y = 0; y < f.h; y++)
        for (let x = 0; x < f.w; x++) {
          if ((atlas.get(f.x + x, f.y + y) & 0xff) !== 0xff) continue;
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
      return { w: x1 - x0 + 1, h: y1 - y0 + 1 };
    };
    const walker = extent(charFrame('zombie-student', 'down', 'walk1'));
    const brute = extent(charFrame('zombie-brute', 'down', 'walk1'));
    const crawler = extent(charFrame('zombie-crawler', 'down', 'walk1'));
    expect(brute.w).toBeGreaterThanOrEqual(walker.w + 4);
    expect(brute.h).toBeGreaterThan(walker.h);
    expect(crawler.h).toBeLessThanOrEqual(walker.h - 4);
    // the runner leans: seen from the side its head is ahead of a walker's
    const leftmostHeadPixel = (look: AtlasLook): number => {
      const f = table.frames[charFrame(look, 'left', 'walk1')]!.frame;
      for (let x = 0; x < f.w; x++) for (let y = 0; y < 6; y++) if ((atlas.get(f.x + x, f.y + y) & 0xff) === 0xff) return x;
      return f.w;
    };
    expect(leftmostHeadPixel('zombie-runner')).toBeLessThan(leftmostHeadPixel('zombie-student'));
    for (const look of CROUCH_LOOKS) {
      for (const facing of CHARACTER_DIRECTIONS) {
        const standing = extent(charFrame(look, facing, 'stand'));
        expect(extent(crouchFrame(look, facing, 'crouch')).h, `${look} ${facing}`).toBeLessThanOrEqual(standing.h - 2);
        expect(pixels(crouchFrame(look, facing, 'crouch-step'))).not.toEqual(pixels(crouchFrame(look, facing, 'crouch')));
      }
    }
  });

  it('keeps nine-slice UI frames square with a solid middle', () => {
    for (const name of UI_NINE_SLICES) {
      const f = table.frames[uiFrame(name)]!.frame;
      expect(f.w, name).toBe(f.h);
      expect(f.w, name).toBeGreaterThan(2 * UI_SLICE);
      expect(opaqueCount(pixels(uiFrame(name))), name).toBeGreaterThan(f.w * f.h - 16);
    }
  });
});
