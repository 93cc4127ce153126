/**
 * The preview's layers (`?edit=`): lights and what they light, noise makers and how far they carry,
 * locked doors and the tile each is unlocked from, where students can walk from their spawns and
 * the route to the exit; and the object picker behind the properties box.
 */

import { describe, expect, it } from 'vitest';
import { previewLayers } from '../../../../src/core/sim/preview/preview-layers';
import { objectsAt } from '../../../../src/core/sim/preview/preview-objects';
import { levelFromAscii, shippedLevel } from '../../level-fixture';

const ROOMS = `
  ##############
  #S....#......#
  #.....L......#
  #.....#......#
  ###L##########
  #...........E#
  ##############`;

describe('preview layers', () => {
  it('a locked door opens the way once a student gets beside it; its key is the tile beside it on the spawn side', () => {
    const level = levelFromAscii(ROOMS);
    const layers = previewLayers(level);
    expect(layers.lockedDoors.map((d) => [d.tileX, d.tileY, d.lockable, d.unlockFrom])).toEqual([
      [6, 2, true, { tileX: 5, tileY: 2 }],
      [3, 4, true, { tileX: 3, tileY: 3 }],
    ]);
    // Both rooms and the corridor are reached, and the route ends on the exit.
    expect(layers.spawnReach[2 * level.width + 8]).toBe(1);
    expect(layers.spawnReach[5 * level.width + 12]).toBe(1);
    expect(layers.exitRoute[0]).toBe(1 * level.width + 1);
    expect(layers.exitRoute.at(-1)).toBe(5 * level.width + 12);
  });

  it('a locked door with no lock to open stops the walk: nothing past it is reached', () => {
    const level = levelFromAscii(ROOMS);
    for (const door of level.doors) if (door.tileY === 2) door.lockable = false;
    const east = previewLayers(level);
    expect(east.lockedDoors[0]).toMatchObject({ tileX: 6, tileY: 2, lockable: false });
    expect(east.spawnReach[2 * level.width + 8]).toBe(0);
    expect(east.exitRoute.at(-1)).toBe(5 * level.width + 12);
    for (const door of level.doors) door.lockable = false;
    const shut = previewLayers(level);
    expect(shut.spawnReach[5 * level.width + 12]).toBe(0);
    expect(shut.exitRoute).toEqual([]);
  });

  it('a barricaded door stays shut: students cannot walk through it', () => {
    const level = levelFromAscii(ROOMS);
    const before = previewLayers(level).spawnReachCells;
    level.doors.find((door) => door.tileY === 2)!.barricade = 60;
    const layers = previewLayers(level);
    expect(layers.spawnReach[2 * level.width + 8]).toBe(0);
    expect(layers.spawnReachCells).toBeLessThan(before);
  });

  it('a door only reached through a door that cannot be unlocked has no key', () => {
    const level = levelFromAscii(`
      ##########
      #S..#..#E#
      #...L..L.#
      #...#..#.#
      ##########`);
    level.doors[0]!.lockable = false;
    const layers = previewLayers(level);
    expect(layers.lockedDoors.map((d) => [d.tileX, d.unlockFrom])).toEqual([
      [4, { tileX: 3, tileY: 2 }],
      [7, null],
    ]);
  });

  it('lights light what they see through walls; a lamp that starts off still has its reach', () => {
    const level = levelFromAscii(ROOMS);
    level.lights.push({ kind: 'lamp', tileX: 3, tileY: 2, radius: 4, brightness: 1, on: true }, { kind: 'lamp', tileX: 9, tileY: 2, radius: 3, brightness: 0.8, on: false });
    const [lamp, off] = previewLayers(level).lights;
    expect(lamp!.lit[2 * level.width + 3]).toBe(1);
    expect(lamp!.lit[2 * level.width + 5]).toBeGreaterThan(0);
    expect(lamp!.lit[5 * level.width + 3]).toBe(0); // behind the wall
    expect(lamp!.cells).toBeGreaterThan(10);
    expect(off).toMatchObject({ on: false, radius: 3 });
    expect(off!.cells).toBeGreaterThan(0);
  });

  it('a noise maker is heard as far as its loudness through open floor, less through walls and doors', () => {
    const level = levelFromAscii(ROOMS);
    level.noiseMakers.push({ kind: 'speaker', tileX: 2, tileY: 2, loudness: 6 });
    const [speaker] = previewLayers(level).sounds;
    expect(speaker).toMatchObject({ source: 'noiseMaker', kind: 'speaker', radius: 6 });
    expect(speaker!.heard[2 * level.width + 5]).toBe(1);
    expect(speaker!.heard[2 * level.width + 12]).toBe(0);
    expect(speaker!.cells).toBeGreaterThan(10);
  });

  it('the shipped classroom wing: spawn reach and a route to its exit', () => {
    const layers = previewLayers(shippedLevel());
    expect(layers.spawnReachCells).toBeGreaterThan(300);
    expect(layers.exitRoute.length).toBeGreaterThan(10);
  });
});

describe('object picker', () => {
  it('finds the objects on a tile with their custom properties, points before rectangles', () => {
    const level = shippedLevel();
    const student = level.students[0]!;
    const [picked] = objectsAt(level, student.tileX, student.tileY);
    expect(picked).toMatchObject({ layer: 'students', kind: 'student', tileX: student.tileX, tileY: student.tileY, width: 0 });
    expect(picked!.properties).toContainEqual({ name: 'name', value: student.name });
    const exit = level.exits[0]!;
    expect(objectsAt(level, exit.tileX + exit.width - 1, exit.tileY + exit.height - 1).map((o) => o.layer)).toEqual(['exits']);
    expect(objectsAt(level, 0, 0)).toEqual([]);
  });
});
