/**
 * The straight scans of jump point search (jump-points.ts), 32 cells at a time: walkable cells
 * are kept as bits, row by row and column by column, and a scan reads a 32-bit window of its own
 * line and of the two lines beside it, finding the first wall or forced neighbour in that window
 * with one count of zero bits instead of a test per cell.
 *
 * A scan along a line from position `from` (east or south: forward; west or north: backward)
 * stops at the first position p where
 * - p is a wall (or past the grid's edge): the scan finds nothing (-1);
 * - a line beside it is open at p but was a wall at the position before p (the scan's side
 *   neighbour is forced): p is a jump point;
 * - p is the goal's position on this line: the goal.
 * These are exactly the per-cell rules of jump-points.ts's header.
 *
 * Words:
 * - line: a row (for east/west scans) or a column (north/south); its bits are stored with one
 *   empty line before the first and after the last, and 32 empty bits before position 0 and at
 *   least 32 after the last, so windows never need bounds checks and the grid's edge reads as walls.
 */

/** The walkable cells of a grid as bits, by rows and by columns (see the header). */
export interface WalkBits {
  /** Bit (x + 32) of row y + 1 (words `stride` apart) is set when cell (x, y) can be entered. */
  rows: Int32Array;
  rowStride: number;
  /** Bit (y + 32) of column x + 1 (words `columnStride` apart), the same cells transposed. */
  columns: Int32Array;
  columnStride: number;
}

/** Words per padded line of `length` cells (32 bits before, at least 32 after, one word to read past). */
function strideFor(length: number): number {
  return ((length + 64) >> 5) + 1;
}

/** Allocates the (empty) bits of a grid of `width` × `height` cells. */
export function createWalkBits(width: number, height: number): WalkBits {
  const rowStride = strideFor(width);
  const columnStride = strideFor(height);
  return { rows: new Int32Array((height + 2) * rowStride), rowStride, columns: new Int32Array((width + 2) * columnStride), columnStride };
}

/** Writes into `bits` which cells of the grid (`cost`, `width` × `height`) can be entered (cost > 0). */
export function fillWalkBits(bits: WalkBits, cost: Uint8Array, width: number, height: number): void {
  const { rows, rowStride, columns, columnStride } = bits;
  rows.fill(0);
  columns.fill(0);
  for (let y = 0; y < height; y++) {
    const rowBase = (y + 1) * rowStride;
    const bitY = y + 32;
    const columnWord = bitY >> 5;
    const columnBit = 1 << (bitY & 31);
    for (let x = 0, cell = y * width; x < width; x++, cell++) {
      if (cost[cell] === 0) continue;
      const bitX = x + 32;
      rows[rowBase + (bitX >> 5)]! |= 1 << (bitX & 31);
      columns[(x + 1) * columnStride + columnWord]! |= columnBit;
    }
  }
}

/** The 32 bits of a line starting at bit `p` (bit j of the answer is bit p + j of the line). */
function bitsAt(bits: Int32Array, base: number, p: number): number {
  const word = base + (p >> 5);
  const shift = p & 31;
  return shift === 0 ? bits[word]! : (bits[word]! >>> shift) | (bits[word + 1]! << (32 - shift));
}

/**
 * Scans line `line` (0-based) forward from position `from` (exclusive); `goal` is the goal's
 * position on this line, or -1 when it is not on it. Returns the position found, or -1.
 */
export function scanForward(bits: Int32Array, stride: number, line: number, from: number, goal: number): number {
  const here = (line + 1) * stride;
  const before = line * stride;
  const after = here + stride;
  let p = from + 33;
  for (;;) {
    const open = bitsAt(bits, here, p);
    const sideA = bitsAt(bits, before, p) & ~bitsAt(bits, before, p - 1);
    const sideB = bitsAt(bits, after, p) & ~bitsAt(bits, after, p - 1);
    const stop = ~open | sideA | sideB;
    if (stop !== 0) {
      const j = 31 - Math.clz32(stop & -stop);
      const at = p - 32 + j;
      if (goal > from && goal < at) return goal;
      return (open >>> j) & 1 ? at : -1;
    }
    if (goal > from && goal < p) return goal;
    p += 32;
  }
}

/** As `scanForward`, backward (towards position 0) from `from` (exclusive). */
export function scanBackward(bits: Int32Array, stride: number, line: number, from: number, goal: number): number {
  const here = (line + 1) * stride;
  const before = line * stride;
  const after = here + stride;
  // The window covers bits low .. low + 31; its top bit is the first position scanned.
  let low = from;
  for (;;) {
    const open = bitsAt(bits, here, low);
    const sideA = bitsAt(bits, before, low) & ~bitsAt(bits, before, low + 1);
    const sideB = bitsAt(bits, after, low) & ~bitsAt(bits, after, low + 1);
    const stop = ~open | sideA | sideB;
    if (stop !== 0) {
      const j = 31 - Math.clz32(stop);
      const at = low - 32 + j;
      if (goal >= 0 && goal < from && goal > at) return goal;
      return (open >>> j) & 1 ? at : -1;
    }
    if (goal >= 0 && goal < from && goal >= low - 32) return goal;
    low -= 32;
  }
}
