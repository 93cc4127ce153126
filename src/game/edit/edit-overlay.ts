/**
 * What the `?edit=` preview draws over the map: the noise reach from the clicked tile as a heat map
 * (one colour per loudness band), each zombie's path to the spawn, and markers for spawns, zombies,
 * objectives and exits. Drawing only; the numbers come from src/core/sim/preview/preview.ts.
 */

import type Phaser from 'phaser';
import type { Level } from '../../core';
import type { HordePath, NoiseReach } from '../../core';
import { TILE_SIZE } from '../render/sprite-layout';

/** Heat colours, footstep (hottest, nearest) to alarm (farthest). */
export const BAND_COLOURS = [0xff3b30, 0xff9f0a, 0xffd60a, 0x5ac8fa] as const;
const BAND_ALPHA = [0.55, 0.45, 0.35, 0.25] as const;
export const PATH_COLOURS: Record<string, number> = { walker: 0xb4ff6a, runner: 0xff6ad5, crawler: 0x6ad5ff, brute: 0xffa24a, hunter: 0xffffff };

export function drawNoise(g: Phaser.GameObjects.Graphics, level: Level, reach: NoiseReach | undefined): void {
  g.clear();
  if (reach === undefined) return;
  for (let cell = 0; cell < reach.band.length; cell++) {
    const band = reach.band[cell]!;
    if (band < 0) continue;
    g.fillStyle(BAND_COLOURS[band]!, BAND_ALPHA[band]!);
    g.fillRect((cell % level.width) * TILE_SIZE, Math.floor(cell / level.width) * TILE_SIZE, TILE_SIZE, TILE_SIZE);
  }
  g.lineStyle(2, 0xffffff, 1);
  g.strokeRect(reach.tileX * TILE_SIZE + 1, reach.tileY * TILE_SIZE + 1, TILE_SIZE - 2, TILE_SIZE - 2);
}

export function drawPathsAndMarkers(g: Phaser.GameObjects.Graphics, level: Level, paths: readonly HordePath[]): void {
  g.clear();
  const centre = (cell: number): [number, number] => [((cell % level.width) + 0.5) * TILE_SIZE, (Math.floor(cell / level.width) + 0.5) * TILE_SIZE];
  for (const path of paths) {
    if (path.cells.length < 2) continue;
    g.lineStyle(1.5, PATH_COLOURS[path.kind] ?? 0xffffff, 0.8);
    g.beginPath();
    const [x0, y0] = centre(path.cells[0]!);
    g.moveTo(x0, y0);
    for (let i = 1; i < path.cells.length; i++) {
      const [x, y] = centre(path.cells[i]!);
      g.lineTo(x, y);
    }
    g.strokePath();
  }
  const box = (tileX: number, tileY: number, width: number, height: number, colour: number): void => {
    g.lineStyle(1.5, colour, 1);
    g.strokeRect(tileX * TILE_SIZE + 0.5, tileY * TILE_SIZE + 0.5, width * TILE_SIZE - 1, height * TILE_SIZE - 1);
  };
  for (const exit of level.exits) box(exit.tileX, exit.tileY, exit.width, exit.height, 0x34c759);
  for (const objective of level.objectives) box(objective.area.tileX, objective.area.tileY, objective.area.width, objective.area.height, 0xffe27a);
  for (const zombie of level.zombies) {
    g.fillStyle(PATH_COLOURS[zombie.kind] ?? 0xffffff, 1);
    g.fillCircle((zombie.tileX + 0.5) * TILE_SIZE, (zombie.tileY + 0.5) * TILE_SIZE, TILE_SIZE * 0.3);
  }
  for (const student of level.students) {
    g.fillStyle(student.waiting === true ? 0xffe27a : 0x4aa3ff, 1);
    g.fillTriangle(
      (student.tileX + 0.5) * TILE_SIZE,
      (student.tileY + 0.1) * TILE_SIZE,
      (student.tileX + 0.1) * TILE_SIZE,
      (student.tileY + 0.9) * TILE_SIZE,
      (student.tileX + 0.9) * TILE_SIZE,
      (student.tileY + 0.9) * TILE_SIZE,
    );
  }
}
