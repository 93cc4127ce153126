/**
 * The size limits of tools/code-sizes.ts: the measure itself on small sources, then every file of
 * src/ held to it.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_LINE_LIMIT, FUNCTION_LINE_LIMIT, LONG_REASON_MARKER, countLines, measureSource, sizeOffences, sourceFilesUnder } from '../../tools/code-sizes';

/** `count` lines of statements. */
const statements = (count: number): string => Array.from({ length: count }, (_, i) => `  void ${i};`).join('\n');

/** A function of `lines` lines in all, its first and last line included. */
const functionOf = (lines: number, head = 'export function big(): void {'): string => `${head}\n${statements(lines - 2)}\n}`;

describe('measuring sizes', () => {
  it('counts lines as an editor numbers them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\nb\n')).toBe(2);
    expect(countLines('a\nb')).toBe(2);
  });

  it(`lets a function of ${FUNCTION_LINE_LIMIT} lines pass and flags one of ${FUNCTION_LINE_LIMIT + 1}`, () => {
    expect(measureSource('a.ts', functionOf(FUNCTION_LINE_LIMIT)).longFunctions).toEqual([]);
    const [long] = measureSource('a.ts', `// a plain comment\n${functionOf(FUNCTION_LINE_LIMIT + 1)}\n`).longFunctions;
    expect(long).toEqual({ name: 'big', line: 2, lines: FUNCTION_LINE_LIMIT + 1, reason: null });
  });

  it('finds arrows, methods, function expressions and callbacks, nested ones too', () => {
    const body = `\n${statements(FUNCTION_LINE_LIMIT)}\n`;
    const source = [
      `const arrow = () => {${body}};`,
      `class Scene {\n  create(): void {${body}}\n}`,
      `const expression = function () {${body}};`,
      `items.forEach((item) => {${body}});`,
      `export function outer() {\n  const inner = () => {${body}};\n  return inner;\n}`,
    ].join('\n');
    const names = measureSource('a.ts', source).longFunctions.map((f) => f.name);
    expect(names).toEqual(['arrow', 'create', 'expression', '<callback of items.forEach>', 'outer', 'inner']);
  });

  it(`accepts a long function when the comment right above it says why after "${LONG_REASON_MARKER}"`, () => {
    const reasoned = `/**\n * Builds the table.\n * ${LONG_REASON_MARKER} one table of every key, read top to bottom.\n */\n${functionOf(90)}`;
    expect(measureSource('a.ts', reasoned).longFunctions[0]?.reason).toBe('one table of every key, read top to bottom.');
    expect(sizeOffences(measureSource('a.ts', reasoned))).toEqual([]);
    expect(measureSource('a.ts', `// ${LONG_REASON_MARKER} a switch over every event\n${functionOf(90, 'const f = (): number => {')}`).longFunctions[0]?.reason).toBe('a switch over every event');
  });

  it('wants a reason after the marker, and the comment right above, not one further up', () => {
    expect(sizeOffences(measureSource('a.ts', `// ${LONG_REASON_MARKER}\n${functionOf(90)}`))).toHaveLength(1);
    expect(sizeOffences(measureSource('a.ts', `// ${LONG_REASON_MARKER} a reason\nconst x = 1;\n${functionOf(90)}`))).toHaveLength(1);
  });

  it('is not fooled by braces in strings and templates', () => {
    const tricky = `export function f(): string {\n  const a = '}}}';\n  const b = \`\${'{'}\`;\n  return a + b;\n}\n${functionOf(60)}`;
    expect(measureSource('a.ts', tricky).longFunctions).toEqual([]);
  });

  it(`flags a file over ${FILE_LINE_LIMIT} lines`, () => {
    const lines = (n: number): string => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');
    expect(sizeOffences(measureSource('a.ts', lines(FILE_LINE_LIMIT)))).toEqual([]);
    expect(sizeOffences(measureSource('a.ts', lines(FILE_LINE_LIMIT + 1)))).toEqual([`a.ts: ${FILE_LINE_LIMIT + 1} lines (limit ${FILE_LINE_LIMIT})`]);
  });
});

describe(`src/: no file over ${FILE_LINE_LIMIT} lines, no function over ${FUNCTION_LINE_LIMIT} without a reason`, () => {
  const files = sourceFilesUnder('src');
  const offences = files.flatMap((file) => sizeOffences(measureSource(file, readFileSync(file, 'utf8'))));

  it('has files to measure', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('finds nothing over the limits', () => {
    expect(offences).toEqual([]);
  });
});
