/**
 * Pushing furniture: the controlled student leans on a desk, locker or bin by walking against it,
 * and after a moment it scrapes one tile further (a loud noise). Pushed pieces block a door, close
 * a corridor or split a room; the walking grid, sight and every path cache follow, because the
 * piece's cells change through the grid like doors do.
 *
 * Words:
 * - piece: one pushable tile of the level's furniture layer (its tile type is in PUSHABLE); its id
 *   is its index in `level.furniture.pieces`, and only its position changes.
 * - bare cell: the cell's cost and opacity without furniture (`level.furniture.bare`), what a piece
 *   leaves behind.
 *
 * A piece moves only onto a free cell: inside the map, walkable, with no door, no furniture of the
 * level's own (unless a pushed piece has left it), no other piece, nobody standing there and nothing
 * lying there.
 */

import { setCellCost, setCellOpaque } from '../../grid/tile-grid';
import { noPush, type FurniturePiece } from '../../level/furniture';
import { PUSH } from '../../kernel/tuning';
import type { Student, World } from '../../state/world';
import { makeNoise, type TickContext } from '../tick-context';
import { ROLE } from '../../kernel/roles';

function pieceAt(world: World, tileX: number, tileY: number): FurniturePiece | undefined {
  return world.furniture.find((piece) => piece.tileX === tileX && piece.tileY === tileY);
}

/** Ticks of leaning a student needs to move this piece. */
export function pushTicksFor(world: World, student: Student, pieceId: number): number {
  const heavy = world.level.furniture.pieces[pieceId]!.heavy;
  return Math.round((heavy ? PUSH.heavyTicks : PUSH.lightTicks) * ROLE[student.role].pushTicksFactor);
}

/** Why the cell cannot take a piece, or undefined when it can. */
export function blockedForPiece(world: World, tileX: number, tileY: number): string | undefined {
  const { grid, level } = world;
  if (tileX < 0 || tileY < 0 || tileX >= grid.width || tileY >= grid.height) return 'the map ends there';
  const cell = tileY * grid.width + tileX;
  if (world.doorGrids.doorAt[cell]! >= 0) return 'a door is there';
  if (pieceAt(world, tileX, tileY) !== undefined) return 'another piece is in the way';
  if (grid.cost[cell] === 0) return 'something solid is in the way';
  const ownFurniture = level.furniture.gids[cell] !== 0 && !level.furniture.pieces.some((piece) => piece.tileX === tileX && piece.tileY === tileY);
  if (ownFurniture) return 'furniture is in the way';
  const inCell = (b: { x: number; y: number }): boolean => Math.floor(b.x) === tileX && Math.floor(b.y) === tileY;
  if (world.students.some((s) => !s.down && inCell(s)) || world.zombies.some((z) => z.mode !== 'down' && inCell(z))) return 'someone is in the way';
  if (world.items.some((item) => item.tileX === tileX && item.tileY === tileY)) return 'something lies in the way';
  return undefined;
}

/** Moves a piece one tile by (dirX, dirY) if the cell beyond is free; returns why not otherwise. */
export function pushPiece(context: TickContext, piece: FurniturePiece, dirX: number, dirY: number, studentId: number): string | undefined {
  const { world } = context;
  const toX = piece.tileX + dirX;
  const toY = piece.tileY + dirY;
  const blocked = blockedForPiece(world, toX, toY);
  if (blocked !== undefined) return blocked;
  const { grid, level } = world;
  const from = piece.tileY * grid.width + piece.tileX;
  const to = toY * grid.width + toX;
  setCellCost(grid, from, level.furniture.bare.cost[from]!);
  setCellOpaque(grid, from, level.furniture.bare.opaque[from] === 1);
  setCellCost(grid, to, 0);
  setCellOpaque(grid, to, level.furniture.pieces[piece.id]!.opaque);
  context.events.push({ type: 'furniturePushed', pieceId: piece.id, fromX: piece.tileX, fromY: piece.tileY, tileX: toX, tileY: toY, studentId });
  piece.tileX = toX;
  piece.tileY = toY;
  makeNoise(context, toX + 0.5, toY + 0.5, PUSH.noiseRadius, 'scrape', `student:${studentId}`);
  return undefined;
}

/**
 * The controlled student's lean, once per tick after moving: walking straight against a piece
 * builds up; letting go, turning or moving resets it. When it is enough the piece moves, or the
 * student learns why not (once per lean).
 */
export function updatePush(context: TickContext, student: Student, dx: number, dy: number, moved: number): void {
  const { world } = context;
  const push = world.push;
  const straight = (dx === 0) !== (dy === 0);
  const dirX = Math.sign(dx);
  const dirY = Math.sign(dy);
  const reach = PUSH.reachTiles;
  const piece = straight && moved < PUSH.stuckTiles ? pieceAt(world, Math.floor(student.x + dirX * reach), Math.floor(student.y + dirY * reach)) : undefined;
  if (piece === undefined) {
    if (push.studentId !== -1) world.push = noPush();
    return;
  }
  if (push.studentId !== student.id || push.pieceId !== piece.id || push.dirX !== dirX || push.dirY !== dirY) {
    world.push = { studentId: student.id, pieceId: piece.id, dirX, dirY, ticks: 0 };
  }
  const lean = world.push;
  if (lean.ticks < 0) return; // already told why it will not move; waits for the student to let go
  if (++lean.ticks < pushTicksFor(world, student, piece.id)) return;
  const why = pushPiece(context, piece, dirX, dirY, student.id);
  if (why === undefined) {
    lean.ticks = 0;
    return;
  }
  lean.ticks = -1;
  context.events.push({ type: 'furnitureStuck', pieceId: piece.id, studentId: student.id, reason: why });
}
