/**
 * A tile layer whose `data` is not `width` x `height` cells: say where it goes wrong. When the
 * file keeps one row of the map per line (the sketch tool's layout), the first line that is not one
 * row long is named, with its row and the column where it stops or overflows; when the data is
 * one long line (Tiled's own layout), the row and column where it ends or where the extra tiles
 * begin. The error points at that very entry.
 */

import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { lineColAt, lineStartsOf, type JsonPath, type LevelError } from './level-error';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export function dataLengthError(text: string, file: string, path: JsonPath, length: number, width: number, height: number): LevelError {
  const count = width * height;
  const expected = `expected ${count} = ${width} x ${height}, width x height`;
  const fallback: LevelError = {
    file,
    path,
    message: `layer data has the wrong length (got ${length} tiles; ${expected})`,
    fix: 'resize the layer with the map (Tiled: Map > Resize Map) or repaint the cells that are missing',
  };
  const root = parseTree(text);
  const node = root === undefined ? undefined : findNodeAtLocation(root, path as (string | number)[]);
  const entries = node?.type === 'array' ? (node.children ?? []) : [];
  if (entries.length !== length || length === 0) return fallback;
  const lineStarts = lineStartsOf(text);
  const lineOf = (entry: JsonNode): number => lineColAt(lineStarts, entry.offset).line;
  const at = (index: number, message: string, fix: string): LevelError => {
    const { line, col } = lineColAt(lineStarts, entries[index]!.offset);
    return { file, path: [...path, index], line, col, message, fix };
  };

  // One row per line: find the first line that is not `width` entries long.
  const lines: { first: number; size: number }[] = [];
  entries.forEach((entry, index) => {
    const last = lines.at(-1);
    if (last !== undefined && lineOf(entries[last.first]!) === lineOf(entry)) last.size++;
    else lines.push({ first: index, size: 1 });
  });
  const rowLines = lines.filter((line) => line.size === width).length;
  if (lines.length > 1 && rowLines * 2 >= lines.length) {
    const row = lines.findIndex((line) => line.size !== width);
    if (row >= 0) {
      const { first, size } = lines[row]!;
      if (size < width) {
        return at(
          first + size - 1,
          `layer data has the wrong length: row ${row} stops at column ${size - 1}, ${plural(width - size, 'tile')} short (got ${length} tiles; ${expected})`,
          `add ${plural(width - size, 'tile')} at the end of row ${row} (0 for an empty cell)`,
        );
      }
      return at(
        first + width,
        `layer data has the wrong length: row ${row} has ${plural(size - width, 'tile')} too many, from column ${width} (got ${length} tiles; ${expected})`,
        `remove ${plural(size - width, 'tile')} from the end of row ${row}`,
      );
    }
  }
  // One long line: the data ends early, or runs on past the last row.
  if (length < count) {
    const last = length - 1;
    return at(
      last,
      `layer data has the wrong length: it ends at row ${Math.floor(last / width)}, column ${last % width}, ${plural(count - length, 'tile')} short (got ${length} tiles; ${expected})`,
      `add the missing ${plural(count - length, 'tile')} at the end (0 for an empty cell), or resize the layer with the map (Tiled: Map > Resize Map)`,
    );
  }
  return at(
    count,
    `layer data has the wrong length: ${plural(length - count, 'tile')} too many after the last row (row ${height - 1}, column ${width - 1}) (got ${length} tiles; ${expected})`,
    `remove the last ${plural(length - count, 'tile')}`,
  );
}
