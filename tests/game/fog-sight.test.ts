import { describe, expect, it } from 'vitest';
import { computeVisibility, parseLevel, type Level } from '../../src/core';
import { FOG_SUB, fogSight, Seen } from '../../src/game/render/fog-sight';
import { tiledFromAscii } from '../core/level-fixture';

function level(ascii: string): Level {
  const parsed = parseLevel(JSON.stringify(tiledFromAscii(ascii)), 'levels/fog-sight.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.level;
}

/** What the fog shows with one student at (x, y): per tile, and per part of a tile. */
function fog(at: Level, x: number, y: number, radius = 8): { tiles: Uint8Array; fine: Uint8Array } {
  const tiles = new Uint8Array(at.width * at.height);
  const fine = new Uint8Array(tiles.length * FOG_SUB * FOG_SUB);
  fogSight(at.grid, new Set(at.doors.map((door) => door.tileY * at.width + door.tileX)), [{ tileX: x, tileY: y }], radius, fine, tiles);
  return { tiles, fine };
}

/** Two rooms, one open door (4, 4) in the wall between them. */
const ROOMS = `
  ##########
  #S.......#
  #........#
  #........#
  ####/#####
  #........#
  #........#
  #.......E#
  ##########`;

describe('the fog along true lines of sight', () => {
  it('shows no staircase through a doorway seen at a slant, where the tile-to-tile sight lines squeeze between the door posts', () => {
    const rooms = level(ROOMS);
    // Two tiles right of the door and two up: the core's sight lines from tile middle to tile
    // middle pass both door posts' corners and reach a diagonal of single tiles in the room below.
    const visible = new Uint8Array(rooms.width * rooms.height);
    computeVisibility(rooms.grid, [{ tileX: 6, tileY: 2 }], 8, visible);
    const staircase = [5, 6, 7].map((y) => y * rooms.width + (8 - y)).filter((cell) => visible[cell] === 1);
    expect(staircase.length).toBeGreaterThanOrEqual(2);
    // Through a door one tile wide in a wall one tile thick, nothing of that room is in sight from there.
    const { tiles } = fog(rooms, 6, 2);
    for (let y = 5; y <= 7; y++) for (let x = 1; x <= 8; x++) expect(tiles[y * rooms.width + x], `tile ${x},${y}`).toBe(Seen.None);
    expect(tiles[4 * rooms.width + 4], 'the door').toBe(Seen.Whole);
    expect(tiles[2 * rooms.width + 6], 'the student’s own tile').toBe(Seen.Whole);
  });

  it('shows the wedge of floor in sight through a doorway seen head-on, with straight edges that widen', () => {
    const rooms = level(ROOMS);
    const { tiles, fine } = fog(rooms, 4, 2);
    const fineWidth = rooms.width * FOG_SUB;
    // The eye is the middle of tile (4, 2); the door's posts bound the wedge: half as wide as the door at its near side, 0.2 tile more a tile further.
    const eyeX = 4.5;
    const eyeY = 2.5;
    let widthAbove = 0;
    let partly = 0;
    for (let row = 5 * FOG_SUB; row < 8 * FOG_SUB; row++) {
      const py = (row + 0.5) / FOG_SUB;
      const shown: number[] = [];
      for (let column = FOG_SUB; column < 9 * FOG_SUB; column++) if (fine[row * fineWidth + column] === 1) shown.push(column);
      // Every part shown is inside the wedge, and the parts of a row are one run.
      for (const column of shown) expect(Math.abs((column + 0.5) / FOG_SUB - eyeX), `part ${column},${row}`).toBeLessThanOrEqual((0.5 * (py - eyeY)) / 2.5 + 1e-9);
      expect(shown.length === 0 ? 0 : shown[shown.length - 1]! - shown[0]! + 1).toBe(shown.length);
      expect(shown.length, `row ${row} is not narrower than the one above`).toBeGreaterThanOrEqual(widthAbove);
      widthAbove = shown.length;
    }
    for (let y = 5; y <= 7; y++) for (let x = 1; x <= 8; x++) if (tiles[y * rooms.width + x] === Seen.Part) partly++;
    expect(widthAbove, 'the wedge at the far wall is wider than the door').toBeGreaterThan(FOG_SUB);
    expect(partly, 'the wedge’s edges cut tiles').toBeGreaterThan(0);
  });

  it('shows an open door in a wall seen at a grazing angle, and the walls beside it, whole', () => {
    const corridor = level(`
      ##############
      #.....#.#....#
      #.....#.#....#
      #######/#/####
      #S..........E#
      ##############`);
    const { tiles } = fog(corridor, 1, 4);
    for (const x of [7, 9]) {
      expect(tiles[3 * corridor.width + x], `door at ${x}`).toBe(Seen.Whole);
      expect(tiles[3 * corridor.width + x - 1], `wall beside the door at ${x}`).toBe(Seen.Whole);
    }
  });

  it('shows a room round the student whole, walls and closed door and all, and nothing past them', () => {
    const room = level(`
      #########
      #S......#
      #.......#
      #.......#
      ####+####
      #......E#
      #########`);
    const { tiles } = fog(room, 4, 2);
    for (let y = 0; y <= 4; y++) for (let x = 0; x < room.width; x++) expect(tiles[y * room.width + x], `tile ${x},${y}`).toBe(Seen.Whole);
    for (let x = 1; x < room.width - 1; x++) expect(tiles[5 * room.width + x]).toBe(Seen.None);
  });
});
