/**
 * The core's house plan as data: its layers in rank order, and a checker that reads a module graph
 * and names every import that goes up a layer and every import cycle (type imports count: a type
 * cycle is still a knot for the reader). Used by tests/core/architecture.test.ts on src/core, and by
 * that test's own cases on small made-up graphs, so the checker is seen to fail.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** Layers, lowest first: each may import only from its own rank or below. `index` is the core's one door. */
export const LAYERS = ['kernel', 'grid', 'pathfinding', 'level', 'state', 'rules', 'sim', 'index'] as const;
export type Layer = (typeof LAYERS)[number];

/** A module graph: each file (a path relative to the core's folder, like `rules/zombies/hunter.ts`) and the files it imports. */
export type ModuleGraph = ReadonlyMap<string, readonly string[]>;

/** The layer a core file belongs to: the first folder of its path, or `index` for index.ts. */
export function layerOf(file: string): Layer | undefined {
  if (file === 'index.ts') return 'index';
  const top = file.split('/')[0];
  return LAYERS.find((layer) => layer === top);
}

/** Every problem in a graph: files outside any layer, imports that go up, and each cycle (listed once, as the files that import each other round it). */
export function layerProblems(graph: ModuleGraph): string[] {
  const problems: string[] = [];
  const rank = (file: string): number => LAYERS.indexOf(layerOf(file) as Layer);
  for (const [file, imports] of graph) {
    if (layerOf(file) === undefined) problems.push(`${file} is in no layer (${LAYERS.join(', ')})`);
    for (const target of imports) {
      if (layerOf(target) !== undefined && layerOf(file) !== undefined && rank(target) > rank(file)) {
        problems.push(`${file} (${layerOf(file)}) imports ${target} (${layerOf(target)}), a higher layer`);
      }
    }
  }
  for (const cycle of cyclesOf(graph)) problems.push(`import cycle among ${cycle.join(', ')}`);
  return problems;
}

/** The strongly connected parts of a graph with more than one file, or one file importing itself (Tarjan's algorithm). */
export function cyclesOf(graph: ModuleGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      part.push(member);
    } while (member !== file);
    if (part.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(part.reverse());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The graph of a folder's TypeScript modules: every relative import, re-export, type import and dynamic import. */
export function readModuleGraph(folder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const key = (path: string): string => relative(folder, path).split(sep).join('/');
  for (const file of sourceFiles(folder)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => {
        const base = join(dirname(file), name).replace(/\.(js|ts)$/, '');
        const candidates = [`${base}.ts`, join(base, 'index.ts')];
        const found = candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
        return found === undefined ? `(unresolved) ${name}` : key(found);
      });
    graph.set(key(file), [...new Set(targets)]);
  }
  return graph;
}
