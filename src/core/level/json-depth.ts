/**
 * JSON from outside the game (a level, the campaign file, a save, a saved state) is read by one
 * rule: its size, then how deep its brackets nest, both without parsing it, then `JSON.parse`. A
 * hostile file cannot exhaust the stack or freeze the page (a 3-million-deep text is refused after
 * reading its first few brackets), and a byte-order mark, which editors such as Tiled and Notepad
 * may write, is dropped. Each reader gives its own limits and words the refusal its own way.
 */

/** Offset of the first `[` or `{` nested deeper than `limit` (outside strings), read without parsing; undefined when none is. The scan stops there. */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > limit) return i; // deep enough to refuse: no need to read on
    } else if (ch === 125 || ch === 93) depth--;
  }
  return undefined;
}

/** A reader's limits: characters of text, levels of nesting. */
export interface JsonLimits {
  maxChars: number;
  maxDepth: number;
}

/**
 * The text read, or why not: `size` (longer than `maxChars`), `depth` (offset of the first bracket
 * deeper than `maxDepth`, in `text`), `syntax` (JSON.parse's complaint). `text` is the source
 * without a byte-order mark, for locating errors.
 */
export type LimitedJson =
  | { ok: true; text: string; raw: unknown }
  | { ok: false; why: 'size'; chars: number }
  | { ok: false; why: 'depth'; text: string; at: number }
  | { ok: false; why: 'syntax'; text: string; message: string };

/** Reads JSON from outside under `limits` (checked before anything is parsed); never throws. */
export function readLimitedJson(source: string, limits: JsonLimits): LimitedJson {
  if (source.length > limits.maxChars) return { ok: false, why: 'size', chars: source.length };
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const at = tooDeepAt(text, limits.maxDepth);
  if (at !== undefined) return { ok: false, why: 'depth', text, at };
  try {
    return { ok: true, text, raw: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, why: 'syntax', text, message: error instanceof Error ? error.message : String(error) };
  }
}
