import { describe, expect, it } from 'vitest';
import { gridFromAscii } from '../../../../src/core/grid/tile-grid';
import { computeVisibility } from '../../../../src/core/rules/senses/visibility';

/** Renders the visible set as ASCII: `o` seen, `.` not. */
function seen(ascii: string, viewers: { tileX: number; tileY: number }[], radius: number): string {
  const grid = gridFromAscii(ascii);
  const out = new Uint8Array(grid.width * grid.height);
  computeVisibility(grid, viewers, radius, out);
  const rows: string[] = [];
  for (let y = 0; y < grid.height; y++) rows.push(Array.from(out.subarray(y * grid.width, (y + 1) * grid.width), (v) => (v === 1 ? 'o' : '.')).join(''));
  return rows.join('\n');
}

describe('visibility', () => {
  it('shows the room a student stands in, its walls, and nothing behind them', () => {
    expect(
      seen(
        `
      #########
      #...#...#
      #...#...#
      #########`,
        [{ tileX: 1, tileY: 1 }],
        10,
      ),
    ).toBe(['ooooo....', 'ooooo....', 'ooooo....', 'ooooo....'].join('\n'));
  });

  it('looks through an open doorway in a straight line only', () => {
    const view = seen(
      `
      #######
      #.....#
      ###.###
      #.....#
      #.....#
      #######`,
      [{ tileX: 3, tileY: 1 }],
      10,
    ).split('\n');
    expect(view[3]![3]).toBe('o'); // straight through the door
    expect(view[4]![3]).toBe('o');
    expect(view[4]![1]).toBe('.'); // round the corner of the door frame
  });

  it('ends at the radius', () => {
    const view = seen(
      `
      ############
      #..........#
      ############`,
      [{ tileX: 1, tileY: 1 }],
      4,
    ).split('\n');
    expect(view[1]).toBe('oooooo......');
  });
});
