/**
 * Furniture as data: which tile types students can push, where each piece is, who is leaning on
 * one. The level finds its pushable pieces here when it is read; pushing them is a rule
 * (rules/world/furniture.ts).
 */

import type { PushablePiece } from './level';

/** Tile types students can push; heavy ones take longer. Other furniture (shelves, benches, pianos, beds) is fixed. */
export const PUSHABLE: Readonly<Record<string, 'light' | 'heavy'>> = {
  desk: 'light',
  'trash-can': 'light',
  plant: 'light',
  'teacher-desk': 'heavy',
  locker: 'heavy',
  'locker-open': 'heavy',
  'locker-bloody': 'heavy',
  'vending-machine': 'heavy',
};

/** Where a piece is now. */
export interface FurniturePiece {
  id: number;
  tileX: number;
  tileY: number;
}

/** The student leaning on a piece, and for how many ticks (-1: nobody). */
export interface PushProgress {
  studentId: number;
  pieceId: number;
  dirX: number;
  dirY: number;
  ticks: number;
}

export const noPush = (): PushProgress => ({ studentId: -1, pieceId: -1, dirX: 0, dirY: 0, ticks: 0 });

/** The pushable pieces of a furniture layer (gid per cell), in cell order. */
export function findPushables(gids: Uint32Array, width: number, tileOf: (gid: number) => { type: string; opaque: boolean } | undefined): PushablePiece[] {
  const pieces: PushablePiece[] = [];
  gids.forEach((gid, cell) => {
    const tile = gid === 0 ? undefined : tileOf(gid);
    const weight = tile === undefined ? undefined : PUSHABLE[tile.type];
    if (tile === undefined || weight === undefined) return;
    pieces.push({ gid, type: tile.type, tileX: cell % width, tileY: Math.floor(cell / width), opaque: tile.opaque, heavy: weight === 'heavy' });
  });
  return pieces;
}

export function createFurniture(pieces: readonly PushablePiece[]): FurniturePiece[] {
  return pieces.map((piece, id) => ({ id, tileX: piece.tileX, tileY: piece.tileY }));
}
