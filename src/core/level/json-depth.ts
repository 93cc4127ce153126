/**
 * How deep brackets nest in JSON text, read without parsing it: a level (and a save) is refused
 * before `JSON.parse` when it nests deeper than its limit, so a hostile file cannot exhaust the stack.
 */

/**
 * How deep brackets nest in JSON text, outside strings, read without parsing: the deepest level
 * reached, and the offset of the first `[` or `{` deeper than `limit` (the scan stops there).
 */
export function scanDepth(text: string, limit: number): { deepest: number; overAt: number | undefined } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      deepest = Math.max(deepest, ++depth);
      if (depth > limit) return { deepest, overAt: i }; // deep enough to refuse: no need to read on
    } else if (ch === 125 || ch === 93) depth--;
  }
  return { deepest, overAt: undefined };
}

/** The deepest bracket nesting of JSON text; with `stopAbove`, reading stops once it is passed. */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  return scanDepth(text, stopAbove).deepest;
}

/** Offset of the first `[` or `{` deeper than `limit` (outside strings), or undefined when none is. */
export function tooDeepAt(text: string, limit: number): number | undefined {
  return scanDepth(text, limit).overAt;
}
