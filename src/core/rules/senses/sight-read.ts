/**
 * How far eyes reach right now, for the snapshot: a student's sight (by their needs, shortened by
 * the dark unless their phone light is on) and how close a student must come to make out a zombie
 * on its tile. Pure queries over the world and its light map (senses/light.ts).
 */

import { sightFactor } from './light';
import { needEffects } from '../survival/needs';
import { NEEDS, type ZombieKind } from '../../kernel/tuning';
import { LIGHT } from '../../kernel/tuning-world';
import type { Student, World } from '../../state/world';

/** A student's sight in tiles: by their needs, shortened by the dark around them unless their phone light is on. */
export function studentSightTiles(world: World, student: Student, light: Float32Array): number {
  const sight = needEffects(student).sightTiles;
  if (student.lightOn) return sight;
  return sight * sightFactor(light[Math.floor(student.y) * world.grid.width + Math.floor(student.x)] ?? 0);
}

/** How close a rested student must be to make out a zombie of this kind on this tile. */
export function spotTiles(world: World, kind: ZombieKind, tileX: number, tileY: number, light: Float32Array): number {
  const lit = sightFactor(light[tileY * world.grid.width + tileX] ?? 0);
  return NEEDS.sightTiles * lit * (kind === 'crawler' ? LIGHT.crawlerSpotFactor : 1);
}
