/**
 * Object ids: Tiled gives every object of a map its own id and hands out new ones from the map's
 * `nextobjectid`. Two objects with one id, or a `nextobjectid` at or below an id in use (a copy and
 * paste between files, a hand edit), make Tiled give a new object an id that is taken, and tools
 * that find objects by id pick the wrong one. Both are errors, each with the fix.
 */

import type { JsonPath } from './level-error';
import type { TiledMap } from './level-schema';
import { formatJsonPath } from './level-error';

type AddError = (path: JsonPath, message: string, fix?: string) => void;

export function checkObjectIds(map: TiledMap, nextObjectId: unknown, add: AddError): void {
  const first = new Map<number, JsonPath>();
  const duplicates: { id: number; path: JsonPath }[] = [];
  let highest = 0;
  let highestPath: JsonPath | undefined;
  map.layers.forEach((layer, i) => {
    if (layer.type !== 'objectgroup') return;
    layer.objects.forEach((object, k) => {
      const path: JsonPath = ['layers', i, 'objects', k, 'id'];
      const seen = first.get(object.id);
      if (seen === undefined) first.set(object.id, path);
      else duplicates.push({ id: object.id, path });
      if (object.id >= highest) {
        highest = object.id;
        highestPath = path;
      }
    });
  });
  const hasNext = typeof nextObjectId === 'number' && Number.isInteger(nextObjectId);
  let free = Math.max(highest + 1, hasNext ? (nextObjectId as number) : 0);
  for (const { id, path } of duplicates) {
    const owner = formatJsonPath(first.get(id)!.slice(0, -1));
    add(
      path,
      `duplicate object id (got a second ${id}, already used by ${owner}; expected every object of the map to have its own id)`,
      `give this object an unused id, e.g. ${free}, and set the map's "nextobjectid" to ${free + 1} (or move the object in Tiled with cut and paste, which gives it a new id)`,
    );
    free++;
  }
  if (hasNext && (nextObjectId as number) <= highest) {
    add(
      ['nextobjectid'],
      `nextobjectid is not above every object id (got ${nextObjectId as number}; expected at least ${highest + 1}, one more than the highest id ${highest} at ${formatJsonPath(highestPath!.slice(0, -1))})`,
      `set "nextobjectid" to ${Math.max(free, highest + 1)}: Tiled gives the next new object this id, and it is taken.`,
    );
  }
}
