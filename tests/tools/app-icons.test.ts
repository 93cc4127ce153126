import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../tools/art/canvas';
import { PALETTE_COLOURS } from '../../tools/art/palette';
import { ICON_OUTPUTS, REPO_ROOT, generateIcons } from '../../tools/app-icons';

const icons = generateIcons();

describe('app icons', () => {
  it('the committed icons are exactly what the generator draws (run `npm run gen:icons` after changing it)', () => {
    expect([...icons.keys()].sort()).toEqual(Object.keys(ICON_OUTPUTS).sort());
    for (const [path, bytes] of icons) expect(readFileSync(resolve(REPO_ROOT, path)).equals(bytes), path).toBe(true);
  });

  it('are square at the manifest sizes, fully opaque (maskable), and use only the game palette', () => {
    const palette = new Set(PALETTE_COLOURS);
    for (const [path, bytes] of icons) {
      const image = decodePng(bytes);
      const size = Number(/(\d+)\.png$/.exec(path)![1]);
      expect([image.width, image.height], path).toEqual([size, size]);
      const strays = new Set([...image.pixels].filter((colour) => (colour & 0xff) !== 0xff || !palette.has(colour)).map((c) => c.toString(16)));
      expect([...strays], path).toEqual([]);
    }
  });
});
