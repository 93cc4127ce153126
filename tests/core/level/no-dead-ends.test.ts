/**
 * No objective leads into a dead end: from every objective that calls the horde to it (a device
 * that sounds: a piano, a PA) there are two ways to an exit that share no tile (beyond the tiles
 * next to the objective), so the horde coming in one way never shuts the group in. Doors count as
 * ways through (a closed one can be opened). A quiet objective in a room with one door is fine:
 * nothing is drawn to it, and the group leaves the way it came.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/core/level/parse-level';
import { isInRect, type Level } from '../../../src/core/level/level';

const FILES = readdirSync('levels').filter((name) => /^\d\d-[\w-]+\.json$/.test(name) || name === 'siege.json');

function passable(level: Level): Uint8Array {
  const open = new Uint8Array(level.width * level.height);
  for (let cell = 0; cell < open.length; cell++) open[cell] = level.grid.cost[cell]! > 0 ? 1 : 0;
  for (const door of level.doors) if (door.kind === 'door') open[door.tileY * level.width + door.tileX] = 1;
  return open;
}

/** Whether any exit tile is reachable from (x, y) without stepping on `cut`. */
function reachesExit(level: Level, open: Uint8Array, x: number, y: number, cut: number): boolean {
  const seen = new Uint8Array(open.length);
  const queue = [y * level.width + x];
  seen[queue[0]!] = 1;
  while (queue.length > 0) {
    const cell = queue.pop()!;
    const cx = cell % level.width;
    const cy = (cell - cx) / level.width;
    if (level.exits.some((exit) => isInRect(exit, cx, cy))) return true;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= level.width || ny >= level.height) continue;
      const next = ny * level.width + nx;
      if (seen[next] === 1 || open[next] === 0 || next === cut) continue;
      seen[next] = 1;
      queue.push(next);
    }
  }
  return false;
}

/** Tiles whose loss cuts the objective at (x, y) off from every exit (the tiles within one step of it do not count). */
function chokepoints(level: Level, x: number, y: number): string[] {
  const open = passable(level);
  const found: string[] = [];
  for (let cell = 0; cell < open.length; cell++) {
    if (open[cell] === 0) continue;
    const cx = cell % level.width;
    const cy = (cell - cx) / level.width;
    if (Math.abs(cx - x) <= 1 && Math.abs(cy - y) <= 1) continue;
    if (level.exits.some((exit) => isInRect(exit, cx, cy))) continue;
    if (!reachesExit(level, open, x, y, cell)) found.push(`${cx},${cy}`);
  }
  return found;
}

describe('no loud objective leads into a dead end', () => {
  it.each(FILES)('%s', (name) => {
    const file = `levels/${name}`;
    const parsed = parseLevel(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    const level = parsed.level;
    for (const objective of level.objectives.filter((o) => (o.noiseRadius ?? 0) > 0)) {
      const { tileX, tileY } = objective.area;
      expect(chokepoints(level, tileX, tileY), `${objective.kind} at ${tileX},${tileY}`).toEqual([]);
    }
  });
});
