/**
 * The level corpus for the "anything the checker accepts, the game draws" browser test: mutants of
 * every shipped level, made by seeded recipes a designer (or Tiled) could plausibly produce —
 * other tiles, flipped tiles, a shifted tileset `firstgid`, a grown map, objects moved, dropped,
 * doubled or retyped, extreme map properties, hidden or offset layers — kept only when
 * `levels:check`'s own parser accepts them. Written to `tests/fixtures/levels/accepted/`; the same
 * seed writes the same files.
 *
 * Crashes found another way are kept by hand in `tests/fixtures/levels/` beside it (see its
 * README) and stay there whatever this script writes.
 *
 *   npx tsx tools/level-corpus.ts            # rewrite the corpus
 *   npx tsx tools/level-corpus.ts --count 4  # mutants per level (default 3)
 */

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLevel } from '../src/core';
import { Rng, seedOf } from './seeded-rng';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const OUT = 'tests/fixtures/levels/accepted';
const ZOMBIE_KINDS = ['walker', 'runner', 'crawler', 'brute', 'hunter'];
/** Tiled's flip flags in a gid: horizontal, vertical, diagonal. */
const FLIPS = [0x80000000, 0x40000000, 0x20000000];

const layer = (map: Json, name: string): Json | undefined => (map['layers'] as Json[]).find((l) => l['name'] === name);
const nextId = (map: Json): number => {
  const id = map['nextobjectid'] as number;
  map['nextobjectid'] = id + 1;
  return id;
};

/** Each recipe changes the map in place and says what it did. */
const RECIPES: Record<string, (map: Json, rng: Rng) => string> = {
  otherTiles(map, rng) {
    const count = map['tilesets'][0]['tilecount'] as number;
    let changed = 0;
    for (const name of ['floor', 'decals', 'furniture']) {
      const data = layer(map, name)?.['data'] as number[] | undefined;
      if (data === undefined) continue;
      for (let i = 0; i < data.length; i++) {
        if (data[i] !== 0 && rng.chance(0.08)) {
          data[i] = 1 + rng.int(0, count - 1);
          changed++;
        }
      }
    }
    return `${changed} floor, decal and furniture tiles changed`;
  },
  flippedTiles(map, rng) {
    let changed = 0;
    for (const name of ['floor', 'decals', 'walls']) {
      const data = layer(map, name)?.['data'] as number[] | undefined;
      if (data === undefined) continue;
      for (let i = 0; i < data.length; i++) {
        if (data[i]! > 0 && rng.chance(0.1)) {
          data[i] = (data[i]! | rng.pick(FLIPS)) >>> 0;
          changed++;
        }
      }
    }
    return `${changed} tiles flipped`;
  },
  shiftedFirstgid(map, rng) {
    const shift = rng.int(1, 500);
    map['tilesets'][0]['firstgid'] += shift;
    for (const l of map['layers'] as Json[]) {
      if (l['type'] !== 'tilelayer') continue;
      l['data'] = (l['data'] as number[]).map((gid) => (gid === 0 ? 0 : gid + shift));
    }
    return `firstgid ${map['tilesets'][0]['firstgid']}`;
  },
  grownMap(map, rng) {
    const east = rng.int(1, 30);
    const south = rng.int(1, 20);
    const width = map['width'] as number;
    const height = map['height'] as number;
    for (const l of map['layers'] as Json[]) {
      if (l['type'] !== 'tilelayer') continue;
      const data = l['data'] as number[];
      const grown: number[] = [];
      for (let y = 0; y < height + south; y++) {
        for (let x = 0; x < width + east; x++) grown.push(y < height && x < width ? data[y * width + x]! : 0);
      }
      l['data'] = grown;
      l['width'] = width + east;
      l['height'] = height + south;
    }
    map['width'] = width + east;
    map['height'] = height + south;
    return `map grown to ${map['width']}x${map['height']} with empty tiles`;
  },
  movedObjects(map, rng) {
    let moved = 0;
    for (const name of ['items', 'zombies', 'lights', 'noisemakers']) {
      for (const object of (layer(map, name)?.['objects'] as Json[] | undefined) ?? []) {
        if (!rng.chance(0.5)) continue;
        object['x'] = rng.range(0, map['width'] * 16);
        object['y'] = rng.range(0, map['height'] * 16);
        moved++;
      }
    }
    return `${moved} objects moved anywhere`;
  },
  droppedObjects(map, rng) {
    let dropped = 0;
    for (const name of ['items', 'zombies', 'doors', 'lights', 'noisemakers']) {
      const l = layer(map, name);
      if (l === undefined) continue;
      const before = (l['objects'] as Json[]).length;
      l['objects'] = (l['objects'] as Json[]).filter(() => !rng.chance(0.6));
      dropped += before - (l['objects'] as Json[]).length;
    }
    return `${dropped} objects dropped`;
  },
  doubledObjects(map, rng) {
    let added = 0;
    for (const name of ['items', 'zombies']) {
      const objects = layer(map, name)?.['objects'] as Json[] | undefined;
      if (objects === undefined) continue;
      for (const object of [...objects]) {
        if (!rng.chance(0.5)) continue;
        objects.push({ ...structuredClone(object), id: nextId(map), x: object['x'] + rng.range(-16, 16), y: object['y'] + rng.range(-16, 16) });
        added++;
      }
    }
    return `${added} items and zombies doubled beside themselves`;
  },
  retypedZombies(map, rng) {
    const zombies = (layer(map, 'zombies')?.['objects'] as Json[] | undefined) ?? [];
    for (const zombie of zombies) zombie['type'] = rng.pick(ZOMBIE_KINDS);
    return `${zombies.length} zombies of random kinds`;
  },
  extremeProperties(map, rng) {
    const set = (name: string, type: string, value: unknown): void => {
      const properties = (map['properties'] ??= []) as Json[];
      const found = properties.find((p) => p['name'] === name);
      if (found !== undefined) found['value'] = value;
      else properties.push({ name, type, value });
    };
    set('startHour', 'float', rng.pick([0, 6, 19, 23.99]));
    set('clockSpeed', 'float', rng.pick([0, 120]));
    set('ambientLight', 'float', rng.pick([0, 1]));
    return 'map properties at their bounds';
  },
  oddLayers(map, rng) {
    for (const l of map['layers'] as Json[]) {
      if (rng.chance(0.3)) l['visible'] = false;
      if (rng.chance(0.3)) l['opacity'] = rng.pick([0, 0.5]);
      if (rng.chance(0.3)) {
        l['offsetx'] = rng.int(-40, 40);
        l['offsety'] = rng.int(-40, 40);
      }
    }
    return 'layers hidden, faded or offset';
  },
};

function mutants(file: string, count: number): { name: string; text: string; recipe: string[] }[] {
  const source = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const id = file
    .split('/')
    .pop()!
    .replace(/\.json$/, '');
  const rng = new Rng(seedOf(id));
  const names = Object.keys(RECIPES);
  const kept: { name: string; text: string; recipe: string[] }[] = [];
  for (let attempt = 0; attempt < 60 && kept.length < count; attempt++) {
    const map = structuredClone(source);
    // Every recipe comes first in turn, so each level's mutants cover different ones.
    const first = names[(attempt + kept.length * 3) % names.length]!;
    const picked = [first, ...names.filter((n) => n !== first && rng.chance(0.25))];
    const recipe = picked.map((name) => `${name}: ${RECIPES[name]!(map, rng)}`);
    const text = JSON.stringify(map);
    const name = `${id}-${kept.length + 1}`;
    if (parseLevel(text, `${name}.json`).ok) kept.push({ name, text, recipe });
  }
  return kept;
}

function main(): void {
  const countAt = process.argv.indexOf('--count');
  const count = countAt > 0 ? Number(process.argv[countAt + 1]) : 3;
  const levels = readdirSync('levels')
    .filter((f) => f.endsWith('.json') && f !== 'campaign.json')
    .sort();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const manifest: Record<string, string[]> = {};
  for (const level of levels) {
    for (const mutant of mutants(join('levels', level), count)) {
      writeFileSync(join(OUT, `${mutant.name}.json`), mutant.text);
      manifest[mutant.name] = mutant.recipe;
    }
  }
  writeFileSync(join(OUT, 'recipes.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`${Object.keys(manifest).length} accepted mutants in ${OUT}`);
  for (const [name, recipe] of Object.entries(manifest)) console.log(`  ${name}: ${recipe.join('; ')}`);
}

main();
