/**
 * Checks of a Tiled map that the schema cannot express: external tilesets and template objects
 * (the game reads only what is embedded), a `class` written where the game reads `type`, tileset
 * images and gids, duplicate properties, the layers by name, and the tile properties.
 */

import type { AddError, JsonPath } from './level-error';
import { describeValue } from './level-error';
import { type TiledMap, type TiledProperty, type TiledTileset } from './level-schema';
import { KNOWN_TILESET_IMAGES, REQUIRED_LAYERS, TILE_LAYERS } from './level-words';
import { valueAt } from './schema-issues';

/** Tilesets kept in a separate .tsj/.tsx file (`source`), which the game cannot read; their indices. */
export function checkExternalTilesets(raw: unknown, add: AddError): Set<number> {
  const external = new Set<number>();
  const tilesets = valueAt(raw, ['tilesets']);
  if (!Array.isArray(tilesets)) return external;
  tilesets.forEach((tileset: unknown, i) => {
    const source = valueAt(tileset, ['source']);
    if (source === undefined) return;
    external.add(i);
    add(['tilesets', i, 'source'], `external tilesets are not supported (got ${describeValue(source)}; expected the tileset embedded in the map: Tiled > Map > Embed Tileset)`);
  });
  return external;
}

/**
 * An object placed from a template (levels/templates/*.tx) keeps only a `template` reference until it
 * is detached; the game reads plain objects. Returns the objects as `"layer/object"`.
 */
export function checkTemplateInstances(raw: unknown, add: AddError): Set<string> {
  const templated = new Set<string>();
  const layers = valueAt(raw, ['layers']);
  if (!Array.isArray(layers)) return templated;
  layers.forEach((layer: unknown, i) => {
    const objects = valueAt(layer, ['objects']);
    if (!Array.isArray(objects)) return;
    objects.forEach((object: unknown, k) => {
      const template = valueAt(object, ['template']);
      if (template === undefined) return;
      templated.add(`${i}/${k}`);
      add(
        ['layers', i, 'objects', k, 'template'],
        `object still tied to its template (got ${describeValue(template)}; expected a plain object with its own type)`,
        'detach it: in Tiled select the objects placed from templates, right-click > Detach, and save (the Tiled command "Check this level" shows what is left)',
      );
    });
  });
  return templated;
}

/**
 * Tiled 1.9 wrote an object's kind in `class` instead of `type`: read it as the type. Returns a
 * copy (the input is never changed) and which objects were adopted, so errors point at `class`.
 */
export function adoptClassAsType(raw: unknown): { input: unknown; adopted: Set<string> } {
  const adopted = new Set<string>();
  const layers = valueAt(raw, ['layers']);
  if (!Array.isArray(layers)) return { input: raw, adopted };
  const copied = layers.map((layer: unknown, i) => {
    const objects = valueAt(layer, ['objects']);
    if (!Array.isArray(objects)) return layer;
    return {
      ...(layer as object),
      objects: objects.map((object: unknown, k) => {
        const type = valueAt(object, ['type']);
        const kind = valueAt(object, ['class']);
        if ((type !== undefined && type !== '') || typeof kind !== 'string') return object;
        adopted.add(`${i}/${k}`);
        return { ...(object as object), type: kind };
      }),
    };
  });
  return { input: { ...(raw as object), layers: copied }, adopted };
}

/** The tileset must be one the renderer has art for, and tilesets must not overlap in gids. */
export function checkTilesets(map: TiledMap, add: AddError): void {
  const known: readonly string[] = KNOWN_TILESET_IMAGES;
  let nextFree = 1;
  map.tilesets.forEach((tileset, i) => {
    const imageName = tileset.image.split(/[\\/]/).pop() ?? '';
    if (!known.includes(imageName)) {
      add(['tilesets', i, 'image'], `unknown tileset image (got ${describeValue(tileset.image)}; expected a file named ${known.join(' or ')}, e.g. "../assets/tiles/school.png")`);
    }
    const columns = Math.floor(tileset.imagewidth / tileset.tilewidth);
    const rows = Math.floor(tileset.imageheight / tileset.tileheight);
    if (tileset.columns !== columns) add(['tilesets', i, 'columns'], `tileset columns do not match its image (got ${tileset.columns}; expected ${columns} = imagewidth / tilewidth)`);
    if (tileset.tilecount > columns * rows) add(['tilesets', i, 'tilecount'], `tileset has more tiles than its image holds (got ${tileset.tilecount}; expected at most ${columns * rows})`);
    if (tileset.firstgid < nextFree) add(['tilesets', i, 'firstgid'], `tileset gids overlap the previous tileset (got firstgid ${tileset.firstgid}; expected at least ${nextFree})`);
    nextFree = Math.max(nextFree, tileset.firstgid + tileset.tilecount);
  });
}

/** A custom property named twice: which one wins would be a guess. */
export function checkDuplicateProperties(map: TiledMap, add: AddError): void {
  const check = (properties: readonly TiledProperty[] | undefined, path: JsonPath): void => {
    const seen = new Set<string>();
    properties?.forEach((entry, p) => {
      if (seen.has(entry.name)) add([...path, p, 'name'], `duplicate property (got a second ${describeValue(entry.name)}; expected each property once)`);
      seen.add(entry.name);
    });
  };
  check(map.properties, ['properties']);
  map.tilesets.forEach((tileset, t) => tileset.tiles?.forEach((tile, k) => check(tile.properties, ['tilesets', t, 'tiles', k, 'properties'])));
  map.layers.forEach((layer, i) => {
    if (layer.type === 'objectgroup') layer.objects.forEach((object, k) => check(object.properties as TiledProperty[] | undefined, ['layers', i, 'objects', k, 'properties']));
  });
}

export interface LayerIndex {
  tile: Map<string, number>;
  object: Map<string, number>;
}

/** Layer names and kinds are checked by the schema; here: each layer once, and the required ones present. */
export function indexLayers(map: TiledMap, add: AddError): LayerIndex {
  const index: LayerIndex = { tile: new Map(), object: new Map() };
  map.layers.forEach((layer, i) => {
    const table = layer.type === 'tilelayer' ? index.tile : index.object;
    if (table.has(layer.name)) add(['layers', i, 'name'], `duplicate layer (got a second ${describeValue(layer.name)}; expected each layer once)`);
    else table.set(layer.name, i);
  });
  for (const name of REQUIRED_LAYERS) {
    const isTile = (TILE_LAYERS as readonly string[]).includes(name);
    if (!(isTile ? index.tile : index.object).has(name)) {
      add(['layers'], `missing required ${isTile ? 'tile' : 'object'} layer (got none named "${name}"; expected a layer named "${name}")`);
    }
  }
  return index;
}

export interface TileProps {
  solid: boolean;
  opaque: boolean;
  cost: number;
  /** The tile's name in the tileset (its `type`), e.g. "desk". */
  type: string;
}

/** Properties of every tile referenced by gid; tiles without properties are plain floor. */
export function collectTileProperties(map: TiledMap, add: AddError): Map<number, TileProps> {
  const byGid = new Map<number, TileProps>();
  map.tilesets.forEach((tileset: TiledTileset, t) => {
    tileset.tiles?.forEach((tile, k) => {
      const path = ['tilesets', t, 'tiles', k];
      if (tile.id >= tileset.tilecount) add([...path, 'id'], `tile id outside the tileset (got ${tile.id}; expected 0..${tileset.tilecount - 1})`);
      const props: TileProps = { solid: false, opaque: false, cost: 1, type: tile.type ?? tile.class ?? '' };
      // Names, types and ranges were checked by the schema.
      for (const property of tile.properties ?? []) {
        if (property.name === 'cost') props.cost = property.value;
        else props[property.name] = property.value;
      }
      if (byGid.has(tileset.firstgid + tile.id)) add([...path, 'id'], `duplicate tile id (got a second ${tile.id}; expected each tile listed once)`);
      byGid.set(tileset.firstgid + tile.id, props);
    });
  });
  return byGid;
}
