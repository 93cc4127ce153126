import { describe, it, expect } from 'vitest';
import { createWalkBits, fillWalkBits, scanBackward, scanForward } from '../../../src/core/pathfinding/jump-scan';
import { seededRandom } from '../../../bench/maps';
import { createTileGrid, type TileGrid } from '../../../src/core/grid/tile-grid';

/** The per-cell scan of a row (dx ±1) from x, as jump point search defines it; goalX -1 when not on the row. */
function referenceAcross(grid: TileGrid, x: number, y: number, dx: number, goalX: number): number {
  const { width: w, height: h, cost } = grid;
  const open = (cx: number, cy: number) => cx >= 0 && cx < w && cy >= 0 && cy < h && cost[cy * w + cx] !== 0;
  for (let at = x + dx; ; at += dx) {
    if (!open(at, y)) return -1;
    if (at === goalX) return at;
    if (open(at, y - 1) && !open(at - dx, y - 1)) return at;
    if (open(at, y + 1) && !open(at - dx, y + 1)) return at;
  }
}

/** The same for a column (dy ±1) from y. */
function referenceAlong(grid: TileGrid, x: number, y: number, dy: number, goalY: number): number {
  const { width: w, height: h, cost } = grid;
  const open = (cx: number, cy: number) => cx >= 0 && cx < w && cy >= 0 && cy < h && cost[cy * w + cx] !== 0;
  for (let at = y + dy; ; at += dy) {
    if (!open(x, at)) return -1;
    if (at === goalY) return at;
    if (open(x - 1, at) && !open(x - 1, at - dy)) return at;
    if (open(x + 1, at) && !open(x + 1, at - dy)) return at;
  }
}

describe('jump scans 32 cells at a time', () => {
  it('stop where the per-cell scan stops, in all four directions, with and without the goal on the line', () => {
    const random = seededRandom(77);
    let checked = 0;
    for (const [w, h, share] of [
      [1, 1, 0],
      [33, 7, 0.02],
      [100, 70, 0.05],
      [64, 96, 0.25],
      [129, 31, 0.45],
      [200, 3, 0],
    ] as const) {
      const cut = createTileGrid(w, h);
      const cost = cut.cost;
      for (let c = 0; c < w * h; c++) cost[c] = random() < share ? 0 : 1;
      const bits = createWalkBits(w, h);
      fillWalkBits(bits, cost, w, h);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (cost[y * w + x] === 0) continue;
          const goalX = random() < 0.3 ? Math.floor(random() * w) : -1;
          const goalY = random() < 0.3 ? Math.floor(random() * h) : -1;
          const east = referenceAcross(cut, x, y, 1, goalX);
          const west = referenceAcross(cut, x, y, -1, goalX);
          const south = referenceAlong(cut, x, y, 1, goalY);
          const north = referenceAlong(cut, x, y, -1, goalY);
          expect(scanForward(bits.rows, bits.rowStride, y, x, goalX), `east from ${x},${y} goal ${goalX}`).toBe(east);
          expect(scanBackward(bits.rows, bits.rowStride, y, x, goalX), `west from ${x},${y} goal ${goalX}`).toBe(west);
          expect(scanForward(bits.columns, bits.columnStride, x, y, goalY), `south from ${x},${y} goal ${goalY}`).toBe(south);
          expect(scanBackward(bits.columns, bits.columnStride, x, y, goalY), `north from ${x},${y} goal ${goalY}`).toBe(north);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(12000);
  });
});
