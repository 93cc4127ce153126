/**
 * The `?edit=` preview's layers over the map: where students can walk from their spawns and the
 * route to the exit, each light and the tiles it lights (a lamp that starts off as a dashed ring),
 * each noise maker or loud device and how far it carries, locked doors with the tile a student
 * unlocks each from (its key, joined to the door by a line; a cross where only breaking opens it),
 * and the items. Drawing only; the numbers come from src/core/sim/preview/preview-layers.ts. Each
 * function returns how many things it drew, for the testing hook.
 */

import type Phaser from 'phaser';
import type { Level } from '../../core';
import type { PreviewLayers } from '../../core';
import { TILE_SIZE } from '../render/sprite-layout';

export const LAYER_COLOURS = {
  spawnReach: 0x30d5c8,
  exitRoute: 0x34c759,
  light: 0xffd27a,
  fire: 0xff7a1a,
  lampOff: 0x9aa4b2,
  sound: 0xbf5af2,
  locked: 0xff453a,
  key: 0xffcc00,
  item: 0xf2ede4,
} as const;

export type PreviewLayerId = 'spawnReach' | 'exitRoute' | 'lights' | 'sounds' | 'lockedDoors' | 'items';

const centreOf = (level: Level, cell: number): [number, number] => [((cell % level.width) + 0.5) * TILE_SIZE, (Math.floor(cell / level.width) + 0.5) * TILE_SIZE];
const middle = (tile: number): number => (tile + 0.5) * TILE_SIZE;

export function drawSpawnReach(g: Phaser.GameObjects.Graphics, level: Level, layers: PreviewLayers): number {
  g.clear();
  g.fillStyle(LAYER_COLOURS.spawnReach, 0.13);
  let drawn = 0;
  layers.spawnReach.forEach((reached, cell) => {
    if (reached === 0) return;
    g.fillRect((cell % level.width) * TILE_SIZE, Math.floor(cell / level.width) * TILE_SIZE, TILE_SIZE, TILE_SIZE);
    drawn++;
  });
  return drawn;
}

export function drawExitRoute(g: Phaser.GameObjects.Graphics, level: Level, layers: PreviewLayers): number {
  g.clear();
  const route = layers.exitRoute;
  if (route.length < 2) return 0;
  // Dashes: every other step of the route, so it reads apart from the horde paths.
  g.lineStyle(3, LAYER_COLOURS.exitRoute, 0.9);
  for (let i = 0; i + 1 < route.length; i += 2) {
    const [x0, y0] = centreOf(level, route[i]!);
    const [x1, y1] = centreOf(level, route[i + 1]!);
    g.lineBetween(x0, y0, x1, y1);
  }
  return route.length;
}

export function drawLights(g: Phaser.GameObjects.Graphics, level: Level, layers: PreviewLayers): number {
  g.clear();
  for (const light of layers.lights) {
    const colour = light.kind === 'fire' ? LAYER_COLOURS.fire : LAYER_COLOURS.light;
    if (light.on) {
      light.lit.forEach((value, cell) => {
        if (value <= 0) return;
        g.fillStyle(colour, 0.12 + value * 0.3);
        g.fillRect((cell % level.width) * TILE_SIZE, Math.floor(cell / level.width) * TILE_SIZE, TILE_SIZE, TILE_SIZE);
      });
    } else {
      // Off at the start: its reach once switched on, as a dashed ring.
      g.lineStyle(1.5, LAYER_COLOURS.lampOff, 0.9);
      const steps = 24;
      for (let i = 0; i < steps; i += 2) {
        const a0 = (i / steps) * Math.PI * 2;
        const a1 = ((i + 1) / steps) * Math.PI * 2;
        const r = light.radius * TILE_SIZE;
        g.lineBetween(middle(light.tileX) + Math.cos(a0) * r, middle(light.tileY) + Math.sin(a0) * r, middle(light.tileX) + Math.cos(a1) * r, middle(light.tileY) + Math.sin(a1) * r);
      }
    }
    g.fillStyle(light.on ? colour : LAYER_COLOURS.lampOff, 1);
    g.fillCircle(middle(light.tileX), middle(light.tileY), TILE_SIZE * 0.28);
    g.lineStyle(1.5, 0x07090f, 1);
    g.strokeCircle(middle(light.tileX), middle(light.tileY), TILE_SIZE * 0.28);
  }
  return layers.lights.length;
}

export function drawSounds(g: Phaser.GameObjects.Graphics, level: Level, layers: PreviewLayers): number {
  g.clear();
  for (const sound of layers.sounds) {
    g.fillStyle(LAYER_COLOURS.sound, 0.1);
    sound.heard.forEach((heard, cell) => {
      if (heard === 1) g.fillRect((cell % level.width) * TILE_SIZE, Math.floor(cell / level.width) * TILE_SIZE, TILE_SIZE, TILE_SIZE);
    });
    // Where it is heard ends: the outer edge of the heard tiles.
    g.lineStyle(1, LAYER_COLOURS.sound, 0.85);
    sound.heard.forEach((heard, cell) => {
      if (heard !== 1) return;
      const x = cell % level.width;
      const y = Math.floor(cell / level.width);
      const off = (nx: number, ny: number): boolean => nx < 0 || ny < 0 || nx >= level.width || ny >= level.height || sound.heard[ny * level.width + nx] !== 1;
      if (off(x - 1, y)) g.lineBetween(x * TILE_SIZE, y * TILE_SIZE, x * TILE_SIZE, (y + 1) * TILE_SIZE);
      if (off(x + 1, y)) g.lineBetween((x + 1) * TILE_SIZE, y * TILE_SIZE, (x + 1) * TILE_SIZE, (y + 1) * TILE_SIZE);
      if (off(x, y - 1)) g.lineBetween(x * TILE_SIZE, y * TILE_SIZE, (x + 1) * TILE_SIZE, y * TILE_SIZE);
      if (off(x, y + 1)) g.lineBetween(x * TILE_SIZE, (y + 1) * TILE_SIZE, (x + 1) * TILE_SIZE, (y + 1) * TILE_SIZE);
    });
    // The source: a speaker's arcs.
    const cx = middle(sound.tileX);
    const cy = middle(sound.tileY);
    g.fillStyle(LAYER_COLOURS.sound, 1);
    g.fillRect(cx - 5, cy - 3, 4, 6);
    g.fillTriangle(cx - 2, cy - 3, cx + 2, cy - 6, cx + 2, cy + 6);
    g.fillTriangle(cx - 2, cy - 3, cx - 2, cy + 3, cx + 2, cy + 6);
    g.lineStyle(1.5, LAYER_COLOURS.sound, 1);
    g.beginPath();
    g.arc(cx + 2, cy, 5, -0.8, 0.8);
    g.strokePath();
  }
  return layers.sounds.length;
}

export function drawLockedDoors(g: Phaser.GameObjects.Graphics, layers: PreviewLayers): { locks: number; keys: number } {
  g.clear();
  let keys = 0;
  for (const door of layers.lockedDoors) {
    const cx = middle(door.tileX);
    const cy = middle(door.tileY);
    if (door.lockable && door.unlockFrom !== null) {
      const kx = middle(door.unlockFrom.tileX);
      const ky = middle(door.unlockFrom.tileY);
      g.lineStyle(2, LAYER_COLOURS.key, 1);
      g.lineBetween(kx, ky, cx, cy);
      // A key: a ring and a bit.
      g.strokeCircle(kx - 2, ky, 3);
      g.lineBetween(kx + 1, ky, kx + 6, ky);
      g.lineBetween(kx + 5, ky, kx + 5, ky + 3);
      keys++;
    }
    // A padlock: shackle and body.
    g.lineStyle(2, LAYER_COLOURS.locked, 1);
    g.beginPath();
    g.arc(cx, cy - 1, 3.5, Math.PI, 0);
    g.strokePath();
    g.fillStyle(LAYER_COLOURS.locked, 1);
    g.fillRect(cx - 5, cy - 1, 10, 7);
    if (!door.lockable || door.unlockFrom === null) {
      // No key: only breaking it opens it (or nobody gets beside it).
      g.lineStyle(2, 0xffffff, 1);
      g.lineBetween(cx - 7, cy - 7, cx + 7, cy + 7);
      g.lineBetween(cx + 7, cy - 7, cx - 7, cy + 7);
    }
  }
  return { locks: layers.lockedDoors.length, keys };
}

export function drawItems(g: Phaser.GameObjects.Graphics, level: Level): number {
  g.clear();
  for (const item of level.items) {
    const cx = middle(item.tileX);
    const cy = middle(item.tileY);
    const r = TILE_SIZE * 0.32;
    g.fillStyle(LAYER_COLOURS.item, 1);
    g.fillTriangle(cx, cy - r, cx + r, cy, cx, cy + r);
    g.fillTriangle(cx, cy - r, cx - r, cy, cx, cy + r);
    g.lineStyle(1, 0x07090f, 1);
    g.strokeTriangle(cx, cy - r, cx + r, cy, cx, cy + r);
    g.strokeTriangle(cx, cy - r, cx - r, cy, cx, cy + r);
  }
  return level.items.length;
}
