/**
 * The sprite atlas: every character look × direction × pose, the falling and fallen frames, item
 * icons, UI frames and level fixtures (lamps, noise makers), packed with maxrects-packer into one PNG and a Phaser JSON-hash frame table
 * (assets/sprites/atlas.png + atlas.json). Frames are added in a fixed order and the packer has no
 * randomness, so the output is the same bytes on every run.
 */
import { MaxRectsPacker, type Rectangle } from 'maxrects-packer/dist/maxrects-packer.mjs';
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
  charFrame,
  crouchFrame,
  fallFrame,
  fixtureFrame,
  itemFrame,
  uiFrame,
} from '../../src/game/render/atlas-layout';
import { CHARACTER_DIRECTIONS } from '../../src/game/render/sprite-layout';
import { Canvas } from './canvas';
import { characterFrameCanvas, crouchFrameCanvas, fallenFrame, fallingFrame } from './characters';
import { ATLAS_ITEM_DRAWERS, ATLAS_UI_DRAWERS } from './icons-more';
import { ATLAS_FIXTURE_DRAWERS } from './fixtures';

const MAX_SIDE = 1024;
/** Transparent pixels between frames, so no frame ever samples its neighbour. */
const PADDING = 1;

/** Every frame of the atlas, by name, in a fixed order. */
export function atlasFrames(): Array<[string, Canvas]> {
  const frames: Array<[string, Canvas]> = [];
  for (const look of ATLAS_LOOKS) {
    for (const facing of CHARACTER_DIRECTIONS) {
      for (const pose of ATLAS_POSES) frames.push([charFrame(look, facing, pose), characterFrameCanvas(look, facing, pose)]);
    }
    for (const pose of ATLAS_FALL_POSES) frames.push([fallFrame(look, pose), pose === 'falling' ? fallingFrame(look) : fallenFrame(look)]);
  }
  for (const look of CROUCH_LOOKS) {
    for (const facing of CHARACTER_DIRECTIONS) {
      for (const pose of CROUCH_POSES) frames.push([crouchFrame(look, facing, pose), crouchFrameCanvas(look, facing, pose === 'crouch-step')]);
    }
  }
  for (const item of ATLAS_ITEMS) {
    const c = new Canvas(16, 16);
    ATLAS_ITEM_DRAWERS[item](c);
    frames.push([itemFrame(item), c]);
  }
  for (const name of [...UI_NINE_SLICES, ...ATLAS_UI_ICONS]) frames.push([uiFrame(name), ATLAS_UI_DRAWERS[name]()]);
  for (const name of ATLAS_FIXTURES) {
    const c = new Canvas(16, 16);
    ATLAS_FIXTURE_DRAWERS[name](c);
    frames.push([fixtureFrame(name), c]);
  }
  return frames;
}

interface Packed {
  png: Canvas;
  json: string;
}

let cached: Packed | undefined;

function pack(): Packed {
  if (cached) return cached;
  const frames = atlasFrames();
  const packer = new MaxRectsPacker<Rectangle>(MAX_SIDE, MAX_SIDE, PADDING, { smart: true, pot: true, square: false, allowRotation: false, border: 0 });
  const byName = new Map(frames);
  for (const [name, c] of frames) packer.add(c.width, c.height, { name });
  if (packer.bins.length !== 1) throw new Error(`atlas does not fit one ${MAX_SIDE}² page (${packer.bins.length} pages)`);
  const bin = packer.bins[0]!;
  const png = new Canvas(bin.width, bin.height);
  const table: Record<string, unknown> = {};
  const placed = [...bin.rects].sort((a, b) => frames.findIndex(([n]) => n === (a.data as { name: string }).name) - frames.findIndex(([n]) => n === (b.data as { name: string }).name));
  for (const rect of placed) {
    const name = (rect.data as { name: string }).name;
    const c = byName.get(name)!;
    png.paste(c, rect.x, rect.y);
    // Frames are neither trimmed nor rotated, Phaser's defaults, so the rectangle is all it needs.
    table[name] = { frame: { x: rect.x, y: rect.y, w: c.width, h: c.height } };
  }
  const lines = Object.entries(table).map(([name, f]) => `    ${JSON.stringify(name)}: ${JSON.stringify(f)}`);
  const json = `{\n  "frames": {\n${lines.join(',\n')}\n  },\n  "meta": ${JSON.stringify({ app: 'tools/gen-art.ts (maxrects-packer)', image: 'atlas.png', format: 'RGBA8888', size: { w: bin.width, h: bin.height }, scale: '1' })}\n}\n`;
  cached = { png, json };
  return cached;
}

export function drawAtlas(): Canvas {
  return pack().png;
}

export function atlasJson(): string {
  return pack().json;
}
