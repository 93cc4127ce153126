/**
 * A JSON syntax error as a level error: where the text stops being JSON and what to do. The most
 * common hand-editing slip, a comma after the last entry of a list or object, gets its own message
 * in plain words pointing at the comma; anything else names the parser's complaint and the text found.
 */

import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineColAt, lineStartsOf, type LevelError } from './level-error';

export function jsonSyntaxError(text: string, file: string): LevelError {
  const problems: ParseError[] = [];
  parseJsonc(text, problems, { allowTrailingComma: false, disallowComments: true });
  const first = problems[0];
  if (first === undefined) return { file, path: [], message: 'not valid JSON (got text that does not parse; expected a JSON object)' };
  const lineStarts = lineStartsOf(text);
  const comma = trailingCommaBefore(text, first.offset);
  if (comma !== undefined) {
    const { line, col } = lineColAt(lineStarts, comma);
    const closing = text[first.offset]!;
    const what = closing === ']' ? 'list' : 'object';
    return {
      file,
      path: [],
      line,
      col,
      message: `not valid JSON: a comma after the last entry of a ${what} (got "," before "${closing}"; expected no comma there)`,
      fix: `delete the comma at line ${line}, column ${col}: JSON allows no comma after the last entry of a list or an object.`,
    };
  }
  const { line, col } = lineColAt(lineStarts, first.offset);
  const near = JSON.stringify(text.slice(first.offset, first.offset + 12));
  return { file, path: [], line, col, message: `not valid JSON: ${printParseErrorCode(first.error)} (got ${near}; expected valid JSON)` };
}

/** Offset of a comma that directly precedes (whitespace aside) the `]` or `}` at `offset`, if any. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  const closing = text[offset];
  if (closing !== ']' && closing !== '}') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : undefined;
}
