/**
 * The school tileset as level sketches use it (names, ids and properties from
 * assets/tiles/tiles.json), and the JSON layout `npm run levels:new` writes a level in.
 */

import { readFileSync } from 'node:fs';

export interface TileInfo {
  id: number;
  gid: number;
  name: string;
  layer: 'floor' | 'walls' | 'furniture' | 'decals';
  solid: boolean;
  opaque: boolean;
  cost: number;
}

export interface TilesetInfo {
  image: string;
  imagewidth: number;
  imageheight: number;
  columns: number;
  tilecount: number;
  tiles: TileInfo[];
}

export const readTileset = (): TilesetInfo => JSON.parse(readFileSync('assets/tiles/tiles.json', 'utf8')) as TilesetInfo;

/** Tiled's own layout is one key per line; rows of tile data on one line each keep diffs readable. */
export function formatLevelJson(map: Record<string, unknown>): string {
  const width = map['width'] as number;
  const text = JSON.stringify(map, null, 1);
  return `${text.replace(/"data": \[\n([\s\d,]+?)\n\s*\]/g, (_, body: string) => {
    const numbers = body.split(',').map((n) => n.trim());
    const lines: string[] = [];
    for (let i = 0; i < numbers.length; i += width) lines.push(`    ${numbers.slice(i, i + width).join(', ')}`);
    return `"data": [\n${lines.join(',\n')}\n   ]`;
  })}\n`;
}
