/**
 * Tile layers to a walking grid: each layer's data decoded (a JSON array, or base64 with no
 * compression), checked against the map's size, and read through the tile properties into the
 * grid's cost and opacity, the floor mask, the bare cells under furniture and the furniture gids.
 */

import { createTileGrid, type TileGrid } from '../grid/tile-grid';
import type { AddError, JsonPath } from './level-error';
import { describeValue } from './level-error';
import { type TiledMap } from './level-schema';
import { MAX_MAP_TILES } from './level-words';
import type { TileProps } from './tiled-checks';

const GID_MASK = 0x1fffffff; // the top three bits of a gid are Tiled's flip flags

function decodeLayerData(
  data: number[] | string,
  encoding: string | undefined,
  compression: string | undefined,
  count: number,
  path: JsonPath,
  add: AddError,
  wrongLength: WrongLength,
): Uint32Array | undefined {
  if (typeof data !== 'string') {
    if (data.length !== count) {
      wrongLength(path, data.length);
      return undefined;
    }
    return Uint32Array.from(data);
  }
  if (encoding !== 'base64') {
    add(path, `layer data is a string but encoding is not base64 (got ${describeValue(encoding)}; expected "base64")`);
    return undefined;
  }
  if (compression !== undefined && compression !== '') {
    add(path, `compressed layer data is not supported (got compression ${describeValue(compression)}; expected Tile Layer Format "CSV" or "Base64 (uncompressed)")`);
    return undefined;
  }
  const bytes = decodeBase64(data);
  if (bytes === undefined || bytes.length !== count * 4) {
    add(path, `base64 layer data has the wrong size (got ${bytes === undefined ? 'invalid base64' : `${bytes.length} bytes`}; expected ${count * 4} bytes)`);
    return undefined;
  }
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = (bytes[i * 4]! | (bytes[i * 4 + 1]! << 8) | (bytes[i * 4 + 2]! << 16) | (bytes[i * 4 + 3]! << 24)) >>> 0;
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | BASE64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

export interface BuiltGrid {
  grid: TileGrid;
  hasFloor: Uint8Array;
  /** The same cells without the furniture layer: what is left where a piece is pushed away. */
  bare: TileGrid;
  /** The furniture layer's gid per cell (0 = none). */
  furniture: Uint32Array;
  /** 1 where the walls layer has a solid tile (for the door rule). */
  solidWall: Uint8Array;
  width: number;
  height: number;
}

export type WrongLength = (path: JsonPath, length: number) => void;

export function buildGrid(map: TiledMap, tileLayers: Map<string, number>, tileProps: Map<number, TileProps>, add: AddError, wrongLength: WrongLength): BuiltGrid | undefined {
  const count = map.width * map.height;
  if (map.width > MAX_MAP_TILES || map.height > MAX_MAP_TILES) return undefined;
  // A gid belongs to a tileset when firstgid <= gid < firstgid + tilecount; one below the first
  // firstgid or in a gap between tilesets is in none (Phaser cannot draw it).
  const ranges = map.tilesets.map((t) => [t.firstgid, t.firstgid + t.tilecount - 1] as const).filter(([first, last]) => last >= first);
  const inTileset = (gid: number): boolean => ranges.some(([first, last]) => gid >= first && gid <= last);
  const expected = ranges.map(([first, last]) => `${first}..${last}`).join(' or ');
  const grid = createTileGrid(map.width, map.height);
  const bare = createTileGrid(map.width, map.height);
  const furniture = new Uint32Array(count);
  const hasFloor = new Uint8Array(count);
  const solidWall = new Uint8Array(count);
  let ok = true;
  for (const [name, index] of tileLayers) {
    const layer = map.layers[index]!;
    if (layer.type !== 'tilelayer') continue;
    if (layer.width !== map.width || layer.height !== map.height) {
      add(['layers', index, 'width'], `layer size differs from the map (got ${layer.width}x${layer.height}; expected ${map.width}x${map.height})`);
      ok = false;
      continue;
    }
    const data = decodeLayerData(layer.data, layer.encoding, layer.compression, count, ['layers', index, 'data'], add, wrongLength);
    if (data === undefined) {
      ok = false;
      continue;
    }
    for (let cell = 0; cell < count; cell++) {
      const gid = data[cell]! & GID_MASK;
      if (gid === 0) continue;
      if (!inTileset(gid)) {
        add(
          typeof layer.data === 'string' ? ['layers', index, 'data'] : ['layers', index, 'data', cell],
          `tile gid not in any tileset (got ${gid} at tile ${cell % map.width},${Math.floor(cell / map.width)}; expected ${expected || 'a tileset with tiles'})`,
        );
        ok = false;
        continue;
      }
      if (name === 'floor') hasFloor[cell] = 1;
      if (name === 'furniture') furniture[cell] = gid;
      const props = tileProps.get(gid);
      if (props === undefined) continue;
      if (props.solid && name === 'walls') solidWall[cell] = 1;
      for (const target of name === 'furniture' ? [grid] : [grid, bare]) {
        if (props.solid) target.cost[cell] = 0;
        else if (target.cost[cell]! > 0) target.cost[cell] = Math.max(target.cost[cell]!, props.cost);
        if (props.opaque) target.opaque[cell] = 1;
      }
    }
  }
  for (let cell = 0; cell < count; cell++) {
    if (hasFloor[cell] === 0) {
      for (const target of [grid, bare]) {
        target.cost[cell] = 0;
        target.opaque[cell] = 1;
      }
    }
  }
  return ok ? { grid, hasFloor, bare, furniture, solidWall, width: map.width, height: map.height } : undefined;
}
