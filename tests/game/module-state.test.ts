/**
 * No hidden state in the game layer: a play's state lives in its `PlaySession`, the app's in the
 * `AppState` kept in the game's registry. A module of src/game that keeps state of its own at the
 * top level (a `let`, a Map or Set, an empty array or object filled later) must say in its header
 * why that state is the page's (`Page-wide state: …`). The scan is by the shape of the declaration,
 * so it catches the usual forms, not every object that some code mutates.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Top-level `let`s, and constants holding a new Map or Set or an empty array or object (not typed read-only). */
const MUTABLE_TOP_LEVEL = /^(?:export )?(?:let \w+|const \w+(?::(?![^=]*\bReadonly)[^=]+)? = (?:new (?:Map|Set|WeakMap|WeakSet)\b|\[\];|\{\};))/m;

/** The first top-level declaration of module state in `code`, or null. */
export function moduleStateIn(code: string): string | null {
  return MUTABLE_TOP_LEVEL.exec(code)?.[0] ?? null;
}

/** Whether the file's header comment (its first doc comment) says why its module state is page-wide. */
const justified = (code: string): boolean => /\/\*\*(?:(?!\*\/)[\s\S])*Page-wide state: /.test(code.slice(0, code.indexOf('*/') + 2));

const files = [...sourceFiles('src/game'), 'src/main.ts'];

describe('module state in the game layer', () => {
  it('is found by the scan, and a header without the reason is caught', () => {
    expect(moduleStateIn('const a = 1;\nlet shared: Board | undefined;\n')).toBe('let shared');
    expect(moduleStateIn('const listeners = new Set<() => void>();')).toBe('const listeners = new Set');
    expect(moduleStateIn('export const queue: Command[] = [];')).toBe('export const queue: Command[] = [];');
    expect(moduleStateIn('const COLOURS: Record<string, number> = { a: 1 };\nfunction f(): void {\n  let x = 1;\n}')).toBeNull();
    expect(moduleStateIn("const KINDS: ReadonlySet<string> = new Set(['a']);\nexport const NONE: Readonly<Record<number, string>> = {};")).toBeNull();
    expect(justified('/**\n * A board.\n */\nlet shared = 1;')).toBe(false);
    expect(justified('/**\n * A board.\n *\n * Page-wide state: one per page.\n */\nlet shared = 1;')).toBe(true);
    expect(justified('/**\n * A board.\n */\n/** Page-wide state: said too late. */\nlet shared = 1;')).toBe(false);
  });

  it.each(files)("%s keeps no module state, or says why it is the page's", (file) => {
    const code = readFileSync(file, 'utf8');
    const state = moduleStateIn(code);
    if (state !== null) expect(justified(code), `${file}: ${state} — keep it in the PlaySession or AppState, or say "Page-wide state: why" in the header`).toBe(true);
  });

  it("keeps a play's state and the app's in objects, not in their modules", () => {
    for (const file of ['src/game/play-session.ts', 'src/game/app-state.ts']) expect(moduleStateIn(readFileSync(file, 'utf8')), file).toBeNull();
  });
});
