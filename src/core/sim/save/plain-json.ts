/**
 * The first look at an untrusted state, before its schema: plain JSON only (no class instances, no
 * functions), no `__proto__` / `constructor` / `prototype` keys, within a nesting depth and a count
 * of values, walked without recursion so a deep or huge input cannot overflow the stack. Errors
 * name the place (`students[3].path[7]`).
 */

import { SimStateError } from './sim-state-error';

/** Levels of nesting in one state (its text is held to the same before JSON.parse). */
export const MAX_SAVE_DEPTH = 16;
/** Values (objects, arrays, strings, numbers…) in one state; a 512×512 level with 5,000 zombies stays well below. */
export const MAX_SAVE_VALUES = 4_000_000;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `students[3].path[7]` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

interface Visit {
  value: unknown;
  parent: Visit | undefined;
  key: PropertyKey;
  depth: number;
}

/** The path of a visited value, built only when there is an error to report. */
function pathOf(visit: Visit, extra?: PropertyKey): string {
  const parts: PropertyKey[] = extra === undefined ? [] : [extra];
  for (let v: Visit | undefined = visit; v?.parent !== undefined; v = v.parent) parts.unshift(v.key);
  return formatPath(parts);
}

/** Walks the value without recursion: counts values, refuses forbidden keys and non-JSON things. */
export function checkPlainJson(value: unknown): void {
  const stack: Visit[] = [{ value, parent: undefined, key: '', depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const node = visit.value;
    if (++seen > MAX_SAVE_VALUES) throw new SimStateError('', `is too large (more than ${MAX_SAVE_VALUES} values)`);
    if (node === null || typeof node === 'string' || typeof node === 'boolean' || typeof node === 'number') continue;
    if (typeof node !== 'object') throw new SimStateError(pathOf(visit), `must be plain JSON (got ${typeof node})`);
    if (visit.depth >= MAX_SAVE_DEPTH) throw new SimStateError(pathOf(visit), `is nested too deeply (expected at most ${MAX_SAVE_DEPTH} levels)`);
    const depth = visit.depth + 1;
    if (Array.isArray(node)) {
      if (node.length > MAX_SAVE_VALUES) throw new SimStateError(pathOf(visit), `has too many entries (got ${node.length})`);
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        // Numbers, the bulk of a state, are checked in place rather than pushed.
        if (typeof item === 'number') seen++;
        else stack.push({ value: item, parent: visit, key: i, depth });
      }
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== null) throw new SimStateError(pathOf(visit), 'must be a plain object');
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) throw new SimStateError(pathOf(visit, key), 'is a forbidden key');
      stack.push({ value: (node as Record<string, unknown>)[key], parent: visit, key, depth });
    }
  }
}
