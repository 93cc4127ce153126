/**
 * Size limits for the game's source: no file over FILE_LINE_LIMIT lines, no function over
 * FUNCTION_LINE_LIMIT lines unless the comment right above it gives the reason with LONG_REASON_MARKER.
 * `npx tsx tools/code-sizes.ts [files or folders]` lists what breaks them (default: src); the test in
 * tests/tools/code-sizes.test.ts holds src/ to them.
 *
 * Words: a *function* is any function-like node with a body (declaration, method, constructor,
 * accessor, arrow, function expression), found with the TypeScript compiler's own parser, so a
 * brace inside a string or a template never confuses the count. Its *length* runs from the line
 * where it starts (after its doc comment) to the line of its closing brace, both counted. The
 * *comment right above it* is the block of comment lines that ends on the line before the one where
 * the function starts: for `const f = () => {` that is the comment above the `const`; for a
 * callback opened mid-line, the comment above that line.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const FILE_LINE_LIMIT = 400;
export const FUNCTION_LINE_LIMIT = 80;
/** Written in the comment right above a long function, followed by the reason: `// long because: one table of ...`. */
export const LONG_REASON_MARKER = 'long because:';

export interface LongFunction {
  /** The function's name, or how it is reached when it has none (`onKey`, `create`, `<arrow>`). */
  name: string;
  /** 1-based line where the function starts. */
  line: number;
  lines: number;
  /** The reason after LONG_REASON_MARKER, or null when the comment above gives none. */
  reason: string | null;
}

export interface SourceSize {
  file: string;
  lines: number;
  longFunctions: LongFunction[];
}

/** Lines in a text as an editor numbers them: a final newline does not start another line. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

function hasBody(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node)) &&
    node.body !== undefined
  );
}

function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name !== undefined) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === node) {
    return parent.name.getText();
  }
  if (ts.isCallExpression(parent)) return `<callback of ${parent.expression.getText().slice(0, 40)}>`;
  return ts.isArrowFunction(node) ? '<arrow>' : '<function>';
}

/** The reason given in the comment block that ends on the line before `line` (0-based), or null. */
function reasonAbove(sourceLines: string[], line: number): string | null {
  let reason: string | null = null;
  for (let i = line - 1; i >= 0; i--) {
    const text = sourceLines[i]!.trim();
    const isComment = text.startsWith('//') || text.startsWith('/*') || text.startsWith('*');
    if (!isComment) break;
    const at = text.indexOf(LONG_REASON_MARKER);
    if (at >= 0) {
      const said = text
        .slice(at + LONG_REASON_MARKER.length)
        .replace(/\*\/\s*$/, '')
        .trim();
      if (said.length > 0) reason = said;
    }
  }
  return reason;
}

/** Measures one source text: its line count and every function longer than FUNCTION_LINE_LIMIT. */
export function measureSource(file: string, text: string): SourceSize {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const sourceLines = text.split('\n');
  const longFunctions: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (hasBody(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > FUNCTION_LINE_LIMIT) longFunctions.push({ name: nameOf(node), line: start + 1, lines, reason: reasonAbove(sourceLines, start) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, lines: countLines(text), longFunctions };
}

/** Every .ts file under `folder`, sorted, with forward slashes. */
export function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name).replaceAll('\\', '/');
      return statSync(path).isDirectory() ? sourceFilesUnder(path) : path.endsWith('.ts') ? [path] : [];
    });
}

/** One line per broken limit, e.g. `src/game/i18n/en.ts: 480 lines (limit 400)`. */
export function sizeOffences(size: SourceSize): string[] {
  const found: string[] = [];
  if (size.lines > FILE_LINE_LIMIT) found.push(`${size.file}: ${size.lines} lines (limit ${FILE_LINE_LIMIT})`);
  for (const fn of size.longFunctions) {
    if (fn.reason === null) {
      found.push(`${size.file}:${fn.line} ${fn.name}: ${fn.lines} lines (limit ${FUNCTION_LINE_LIMIT}, or a "// ${LONG_REASON_MARKER} ..." comment right above it)`);
    }
  }
  return found;
}

if (process.argv[1] !== undefined && /code-sizes\.ts$/.test(process.argv[1])) {
  const named = process.argv.slice(2);
  const files = (named.length > 0 ? named : ['src']).flatMap((path) => (statSync(path).isDirectory() ? sourceFilesUnder(path) : [path]));
  const offences = files.flatMap((file) => sizeOffences(measureSource(file, readFileSync(file, 'utf8'))));
  for (const offence of offences) console.log(offence);
  console.log(offences.length === 0 ? `${files.length} files: every file and function within the limits` : `${offences.length} over the limits`);
  process.exitCode = offences.length === 0 ? 0 : 1;
}
