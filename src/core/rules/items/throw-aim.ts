/**
 * Where a throw lands and how far it is heard: one rule for the throw itself and for the preview
 * the view draws while the player aims. A throw flies from the student toward the aimed tile's
 * middle, at most its range, and stops short of the first wall or closed door on its line of
 * flight. Without an aimed tile it flies along the student's facing, its full range.
 */

import { ITEMS, THROW } from '../../kernel/tuning';
import { CATALOG } from '../../kernel/item-catalog';
import type { Student, World } from '../../state/world';

export interface ThrowTarget {
  tileX: number;
  tileY: number;
}

/** What the player is about to throw: the phone alarm, or a carried item by id. */
export type Throwable = { kind: 'lure' } | { kind: 'item'; itemId: number };

export interface ThrowAim {
  /** Where it lands (tile units) and its tile. */
  x: number;
  y: number;
  tileX: number;
  tileY: number;
  /** The throw's range in tiles. */
  range: number;
  /** The radius (tiles) of the noise it makes where it lands: how far it is heard through open floor. */
  hearingRadius: number;
}

const STEP = 0.25;

/** The landing point of a throw of `range` tiles from `student`, toward `target` or along the facing. */
export function throwLanding(world: World, student: Student, range: number, target?: ThrowTarget): { x: number; y: number } {
  let dirX = student.facingX;
  let dirY = student.facingY;
  let distance = range;
  if (target !== undefined) {
    const dx = target.tileX + 0.5 - student.x;
    const dy = target.tileY + 0.5 - student.y;
    const length = Math.sqrt(dx * dx + dy * dy);
    if (length < STEP) return { x: student.x, y: student.y };
    dirX = dx / length;
    dirY = dy / length;
    distance = Math.min(range, length);
  } else {
    const length = Math.sqrt(dirX * dirX + dirY * dirY);
    if (length === 0) return { x: student.x, y: student.y };
    dirX /= length;
    dirY /= length;
  }
  let x = student.x;
  let y = student.y;
  // Fly in quarter-tile steps (the last one shorter) so it cannot pass through a wall corner.
  for (let travelled = 0; travelled < distance - 1e-9;) {
    const step = Math.min(STEP, distance - travelled);
    const nextX = x + dirX * step;
    const nextY = y + dirY * step;
    if (!flightPasses(world, x, y, nextX, nextY)) break;
    x = nextX;
    y = nextY;
    travelled += step;
  }
  return { x, y };
}

/** A step passes when its end tile is open and, stepping diagonally into a new tile, both side tiles are too (no squeezing through a corner). */
function flightPasses(world: World, x: number, y: number, nextX: number, nextY: number): boolean {
  const { grid } = world;
  const open = (tx: number, ty: number): boolean => tx >= 0 && ty >= 0 && tx < grid.width && ty < grid.height && grid.cost[ty * grid.width + tx] !== 0;
  const fromX = Math.floor(x);
  const fromY = Math.floor(y);
  const toX = Math.floor(nextX);
  const toY = Math.floor(nextY);
  if (!open(toX, toY)) return false;
  if (fromX !== toX && fromY !== toY) return open(fromX, toY) && open(toX, fromY);
  return true;
}

/** The noise radius of a thrown thing where it lands (the same numbers the throw itself uses). */
export function throwNoiseRadius(what: 'lure' | 'light' | 'heavy'): number {
  if (what === 'lure') return ITEMS.lure.noiseRadius;
  return what === 'heavy' ? THROW.heavyNoiseRadius : THROW.noiseRadius;
}

/** The weight class of a carried item when thrown. */
export function thrownWeight(kind: keyof typeof CATALOG): 'light' | 'heavy' {
  return CATALOG[kind].weightKg >= THROW.heavyKg ? 'heavy' : 'light';
}

/**
 * The preview of a throw by `student` aimed at `target`: where it would land and how far it would
 * be heard. `undefined` when the student has nothing of that kind to throw.
 */
export function aimThrow(world: World, student: Student, what: Throwable, target?: ThrowTarget): ThrowAim | undefined {
  let range: number;
  let hearingRadius: number;
  if (what.kind === 'lure') {
    if (!student.pack.some((item) => item.kind === 'phone')) return undefined;
    range = ITEMS.lure.throwTiles;
    hearingRadius = throwNoiseRadius('lure');
  } else {
    const item = student.pack.find((carried) => carried.id === what.itemId);
    if (item === undefined) return undefined;
    range = THROW.tiles;
    hearingRadius = throwNoiseRadius(thrownWeight(item.kind));
  }
  const { x, y } = throwLanding(world, student, range, target);
  return { x, y, tileX: Math.floor(x), tileY: Math.floor(y), range, hearingRadius };
}
