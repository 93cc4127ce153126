/**
 * Level errors: every problem found in a level file, with where it is and what was expected.
 * Formatted as `file:line:col json.path: message`, the same on screen, in the terminal and in tests.
 */

import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';

export { describeValue } from '../kernel/describe-value';

export type JsonPath = readonly (string | number)[];

export interface LevelError {
  file: string;
  /** Path to the offending value inside the JSON, e.g. `['layers', 3, 'objects', 12, 'type']`. */
  path: JsonPath;
  /** 1-based line and column of that value in the text, when known. */
  line?: number;
  col?: number;
  message: string;
  /** What to do about it, in plain words; printed on a line of its own under the message. */
  fix?: string;
}

export type LevelResult<T> = { ok: true; level: T } | { ok: false; errors: LevelError[] };

/** `layers[3].objects[12].type`; the empty path prints as `(root)`. */
export function formatJsonPath(path: JsonPath): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text;
}

/**
 * `file:line:col json.path: message`, and the fix on the next line when there is one. A message
 * with no better place (a file that cannot be read, a map over the size limit) points at 1:1.
 */
export function formatLevelError(error: LevelError): string {
  const where = `${error.file}:${error.line ?? 1}:${error.col ?? 1}`;
  const fix = error.fix === undefined ? '' : `\n    fix: ${error.fix}`;
  return `${where} ${formatJsonPath(error.path)}: ${error.message}${fix}`;
}

/**
 * Finds line:col for each error's path in the original text. Where the exact path does not exist
 * (a missing key), the nearest existing parent is used.
 */
export function locateErrors(text: string, errors: LevelError[]): LevelError[] {
  const root = parseTree(text);
  if (root === undefined) return errors;
  const lineStarts = lineStartsOf(text);
  return errors.map((error) => {
    if (error.line !== undefined) return error;
    const node = nearestNode(root, error.path);
    if (node === undefined) return error;
    const { line, col } = lineColAt(lineStarts, node.offset);
    return { ...error, line, col };
  });
}

function nearestNode(root: JsonNode, path: JsonPath): JsonNode | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
    if (node !== undefined) {
      // For an object key, point at the key (the property node's first child) rather than its value.
      return node.parent?.type === 'property' && length === path.length ? (node.parent.children?.[0] ?? node) : node;
    }
  }
  return undefined;
}

/** Offsets where each line of `text` starts, for `lineColAt`. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function lineColAt(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - lineStarts[low]! + 1 };
}

/** The closest of `options` to `word` by edit distance, if close enough to be a likely typo. */
export function didYouMean(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(word.toLowerCase(), option.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = option;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Records one error at a JSON path, with an optional fix; the checkers of a level share it. */
export type AddError = (path: JsonPath, message: string, fix?: string) => void;
