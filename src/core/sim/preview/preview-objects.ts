/**
 * The level preview's object picker: which of the file's objects are on a tile, with what Tiled
 * shows for them (layer, id, kind, name, custom properties), for the panel a click opens. A point
 * object stands on tile floor(x / 16), floor(y / 16); a rectangle covers every tile it overlaps.
 */

import type { Level } from '../../level/level';

export interface PickedObject {
  layer: string;
  id: number;
  /** The object's kind: its `type` (or `class`, as Tiled 1.9 wrote it). */
  kind: string;
  name: string;
  tileX: number;
  tileY: number;
  /** Tiles, for a rectangle (exits, areas); 0 for a point. */
  width: number;
  height: number;
  /** The custom properties as the file has them: name and value, in file order. */
  properties: { name: string; value: string | number | boolean }[];
}

/** Objects on tile `tileX, tileY`, points first, then rectangles from the smallest. */
export function objectsAt(level: Level, tileX: number, tileY: number): PickedObject[] {
  const size = level.tileSize;
  const found: PickedObject[] = [];
  for (const layer of level.tiled.layers) {
    if (layer.type !== 'objectgroup') continue;
    for (const object of layer.objects) {
      const w = object.width ?? 0;
      const h = object.height ?? 0;
      const rect = w > 0 && h > 0;
      const x0 = Math.floor(object.x / size);
      const y0 = Math.floor(object.y / size);
      const x1 = rect ? Math.ceil((object.x + w) / size) - 1 : x0;
      const y1 = rect ? Math.ceil((object.y + h) / size) - 1 : y0;
      if (tileX < x0 || tileX > x1 || tileY < y0 || tileY > y1) continue;
      const raw = object as { type?: unknown; class?: unknown; properties?: unknown };
      const kind = typeof raw.type === 'string' && raw.type !== '' ? raw.type : typeof raw.class === 'string' ? raw.class : '';
      const properties = Array.isArray(raw.properties)
        ? (raw.properties as { name: string; value: unknown }[]).map((p) => ({ name: p.name, value: typeof p.value === 'number' || typeof p.value === 'boolean' ? p.value : String(p.value) }))
        : [];
      found.push({ layer: layer.name, id: object.id, kind, name: object.name ?? '', tileX: x0, tileY: y0, width: rect ? x1 - x0 + 1 : 0, height: rect ? y1 - y0 + 1 : 0, properties });
    }
  }
  return found.sort((a, b) => a.width * a.height - b.width * b.height);
}
