/**
 * The lean Phaser (tools/phaser-lean.ts) leaves out parts of Phaser the game never uses. These
 * tests read the game's code for what it asks Phaser for (`this.add.*`, `this.make.*`, the loader's
 * file types) and check that none of it is left out, so a new use fails here, not in a player's
 * browser with the stand-in's error.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT, leftOutModule, leftOutPart } from '../../tools/phaser-lean';

const PHASER = 'node_modules/phaser/src';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, pattern) : pattern.test(entry.name) ? [path] : [];
  });
}

const gameCode = files('src', /\.ts$/)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const phaserFiles = files(PHASER, /\.js$/).map((file) => ({ path: relative(PHASER, file).split('\\').join('/'), code: readFileSync(file, 'utf8') }));

/** Phaser file registering each name with a registry (`GameObjectFactory.register('text', …)`). */
function registrations(registry: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = new RegExp(`${registry}\\.register\\('(\\w+)'`, 'g');
  for (const file of phaserFiles) for (const match of file.code.matchAll(pattern)) found.set(match[1]!, file.path);
  return found;
}

const used = (pattern: RegExp): string[] => [...new Set([...gameCode.matchAll(pattern)].map((m) => m[1]!))].sort();

describe('lean Phaser', () => {
  it('keeps every game object the game creates', () => {
    const factories = registrations('GameObjectFactory');
    const creators = registrations('GameObjectCreator');
    const added = used(/\.add\.(\w+)\(/g);
    const made = used(/\.make\.(\w+)\(/g);
    expect(added).toContain('text');
    for (const name of added) expect(leftOutPart(factories.get(name) ?? `(no factory ${name})`), `add.${name}`).toBeUndefined();
    for (const name of made) expect(leftOutPart(creators.get(name) ?? `(no creator ${name})`), `make.${name}`).toBeUndefined();
    // And it does leave out one the game does not use.
    expect(leftOutPart(factories.get('video')!)).toMatch(/^gameobjects\/video\//);
  });

  it('keeps the loader of every file type the game loads', () => {
    const types = registrations('FileTypesManager');
    const loaded = used(/loader\.(\w+)\(/g);
    expect(loaded).toEqual(expect.arrayContaining(['atlas', 'font', 'image']));
    for (const name of loaded) expect(leftOutPart(types.get(name) ?? `(no loader ${name})`), `load.${name}`).toBeUndefined();
  });

  it('names only parts that exist, and stands in for each with a clear error', () => {
    for (const part of LEFT_OUT)
      expect(
        phaserFiles.some((file) => file.path === `${part}.js` || file.path.startsWith(`${part}/`)),
        part,
      ).toBe(true);
    const stand = { exports: undefined as unknown };
    new Function('module', leftOutModule('gameobjects/video'))(stand);
    expect(() => (stand.exports as () => void)()).toThrow(/gameobjects\/video is left out of this build \(tools\/phaser-lean\.ts\)/);
  });
});
