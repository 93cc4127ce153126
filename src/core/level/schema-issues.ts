/**
 * Turns zod's issues on a level file into level errors a designer can act on: the JSON path, what
 * is wrong, the value found and what was expected, with a "did you mean" for unknown layer names,
 * object kinds and custom properties (the namespaces the game owns, see level-schema.ts).
 */

import type { z } from 'zod';
import { describeValue, didYouMean, type JsonPath, type LevelError } from './level-error';
import { OBJECT_LAYERS, TILE_LAYERS } from './level-words';

type Issue = z.core.$ZodIssue;

/** Where a level's objects had their kind in `class` (Tiled 1.9) rather than `type`: `"layer/object"`. */
export type AdoptedClasses = ReadonlySet<string>;

const PROPERTY_KEYS = ['name', 'type', 'propertytype', 'value'];

export function issuesToErrors(issues: readonly Issue[], raw: unknown, file: string, adopted: AdoptedClasses): LevelError[] {
  const errors: LevelError[] = [];
  const add = (path: JsonPath, message: string, fix?: string): void => {
    errors.push({ file, path: pointAtClass(path, adopted), message, ...(fix === undefined ? {} : { fix }) });
  };
  // A layer with the wrong type for its name (a tile layer called "students") gets one clear
  // message, not one per key the other kind of layer would need.
  const mistyped = new Set<number>();
  for (const issue of issues) {
    const path = issue.path.filter(isPathPart);
    if (issue.code === 'invalid_value' && path.length === 3 && path[0] === 'layers' && path[2] === 'type') mistyped.add(path[1] as number);
  }
  const visit = (issue: Issue, prefix: JsonPath): void => {
    const path = [...prefix, ...issue.path.filter(isPathPart)];
    if (path[0] === 'layers' && typeof path[1] === 'number' && mistyped.has(path[1]) && !(path.length === 3 && path[2] === 'type')) return;
    translate(issue, path, raw, add, visit);
  };
  // zod's own bound for whole numbers (2^53 - 1) says nothing a designer needs when the level's
  // own, tighter bound is reported for the same value.
  const tighter = new Set(issues.filter((issue) => issue.code === 'too_big' && !isSafeIntegerBound(issue)).map((issue) => issue.path.join('/')));
  for (const issue of issues) if (!(isSafeIntegerBound(issue) && tighter.has(issue.path.join('/')))) visit(issue, []);
  return errors;
}

function isSafeIntegerBound(issue: Issue): boolean {
  return issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER;
}

type Add = (path: JsonPath, message: string, fix?: string) => void;
type Visit = (issue: Issue, prefix: JsonPath) => void;

function translate(issue: Issue, path: JsonPath, raw: unknown, add: Add, visit: Visit): void {
  const got = 'input' in issue ? describeValue(issue.input) : 'nothing';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'never' && path.at(-2) === 'properties') {
        const name = (issue.input as { name?: unknown } | undefined)?.name;
        add(
          hasKey(issue.input, 'name') ? [...path, 'name'] : path,
          `unknown property on ${ownerOf(path.slice(0, -2), raw)} (got ${describeValue(name ?? issue.input)}; expected no custom properties)`,
          `remove the property ${describeValue(name ?? issue.input)}: this has no custom properties`,
        );
      } else if (issue.input === undefined) add(path, `missing (got nothing; expected ${issue.expected})`);
      else add(path, `wrong type (got ${got}; expected ${issue.expected})`);
      return;
    case 'invalid_value': {
      if (path.length === 3 && path[0] === 'layers' && path[2] === 'type') {
        const name = valueAt(raw, [...path.slice(0, 2), 'name']);
        const kind = issue.values.includes('objectgroup') ? 'an object layer' : 'a tile layer';
        add(path, `layer ${describeValue(name)} must be ${kind} (got ${got}; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`);
        return;
      }
      const options = issue.values.map((v) => String(v));
      if (issue.input === undefined) {
        add(path, `missing (got nothing; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`);
        return;
      }
      add(path, `not allowed${hint(issue.input, options)} (got ${got}; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`, replaceFix(issue.input, options, 'the value'));
      return;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? issue.minimum : issue.maximum;
      const exclusive = issue.inclusive === false;
      const bound = isSafeIntegerBound(issue)
        ? 'a whole number small enough to count exactly'
        : `${small ? (exclusive ? 'more than' : 'at least') : exclusive ? 'less than' : 'at most'} ${String(limit)}`;
      if (issue.origin === 'array') add(path, `${small ? 'too few entries' : 'too many entries'} (got ${got}; expected ${bound})`);
      else if (issue.origin === 'string') add(path, `${small ? 'too short' : 'too long'} (got ${got}; expected ${bound} characters)`);
      else add(path, `${small ? 'too small' : 'too big'} (got ${got}; expected ${bound})`);
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys)
        add(
          [...path, key],
          `unknown key in a custom property${hint(key, PROPERTY_KEYS)} (got ${describeValue(key)}; expected only ${PROPERTY_KEYS.join(', ')})`,
          replaceFix(key, PROPERTY_KEYS, 'the key') ?? `remove the key ${describeValue(key)}`,
        );
      return;
    case 'invalid_union':
      if (issue.errors.length === 0 && issue.discriminator !== undefined) {
        unknownName(issue, path, raw, add);
        return;
      }
      unionBranch(issue, path, add, visit);
      return;
    default:
      add(path, `${issue.message} (got ${got})`);
  }
}

/** A union of shapes (layer data: a list of gids or a base64 string): report the branch whose type matched. */
function unionBranch(issue: Extract<Issue, { code: 'invalid_union' }>, path: JsonPath, add: Add, visit: Visit): void {
  const matched = issue.errors.find((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
  if (matched !== undefined) {
    for (const inner of matched) visit(inner, path);
    return;
  }
  const expected = issue.errors.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])));
  const got = describeValue(issue.input);
  add(path, expected.length > 0 ? `wrong type (got ${got}; expected ${[...new Set(expected)].join(' or ')})` : `${issue.message} (got ${got})`);
}

function unknownName(issue: Extract<Issue, { code: 'invalid_union' }>, path: JsonPath, raw: unknown, add: Add): void {
  const key = issue.discriminator!;
  const name = hasKey(issue.input, key) ? (issue.input as Record<string, unknown>)[key] : undefined;
  const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
  const got = describeValue(name);
  if (path.length === 3 && path[0] === 'layers' && key === 'name') {
    const type = valueAt(raw, [...path.slice(0, 2), 'type']);
    if (type !== 'tilelayer' && type !== 'objectgroup') {
      add([...path.slice(0, 2), 'type'], `layer type not supported (got ${describeValue(type)}; expected "tilelayer" or "objectgroup")`);
      return;
    }
    const kind = type === 'tilelayer' ? 'tile' : 'object';
    const names: readonly string[] = type === 'tilelayer' ? TILE_LAYERS : OBJECT_LAYERS;
    const other: readonly string[] = type === 'tilelayer' ? OBJECT_LAYERS : TILE_LAYERS;
    const wrongKind = typeof name === 'string' && other.includes(name) ? ` (a ${kind} layer cannot be named that)` : '';
    add(path, `unknown ${kind} layer${wrongKind}${hint(name, names)} (got ${got}; expected one of ${names.join(', ')})`, replaceFix(name, names, "the layer's name"));
    return;
  }
  if (path.length === 5 && path[0] === 'layers' && path[2] === 'objects' && key === 'type') {
    const layer = valueAt(raw, [...path.slice(0, 2), 'name']);
    const what = layer === 'zombies' ? 'zombie kind' : layer === 'items' ? 'item kind' : layer === 'objectives' ? 'objective kind' : `object type in layer ${describeValue(layer)}`;
    add(
      path,
      `unknown ${what}${hint(name, options)} (got ${got}; expected one of ${options.join(', ')})`,
      replaceFix(name, options, "the object's type (Tiled: its Type or Class field)") ?? `use one of the kinds listed, or move the object to the layer for its kind`,
    );
    return;
  }
  if (path.at(-3) === 'properties' && key === 'name') {
    add(
      path,
      `unknown property on ${ownerOf(path.slice(0, -3), raw)}${hint(name, options)} (got ${got}; expected one of ${options.join(', ')})`,
      replaceFix(name, options, 'the property') ?? `remove the property ${got}, or rename it to one of those listed`,
    );
    return;
  }
  add(path, `unknown ${key}${hint(name, options)} (got ${got}; expected one of ${options.join(', ')})`);
}

/** What owns a custom-property list at `path`, for messages: `the map`, `a "walker"`, `a tile`, `a layer`. */
function ownerOf(path: JsonPath, raw: unknown): string {
  if (path.length === 0) return 'the map';
  if (path[0] === 'tilesets') return 'a tile';
  if (path.length === 2 && path[0] === 'layers') return 'a layer';
  if (path[2] === 'objects') {
    const object = valueAt(raw, path);
    const type = hasKey(object, 'type') && (object as { type: unknown }).type !== '' ? (object as { type: unknown }).type : (object as { class?: unknown } | undefined)?.class;
    return `a ${describeValue(type)}`;
  }
  return 'this';
}

/** `rename the property "lok" to "look"` when `value` looks like a typo of one of `options`. */
function replaceFix(value: unknown, options: readonly string[], what: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const guess = didYouMean(value, options);
  if (guess === undefined || guess === value) return undefined;
  return what === 'the property' || what === 'the key' ? `rename ${what} ${describeValue(value)} to "${guess}"` : `change ${what} from ${describeValue(value)} to "${guess}"`;
}

function hint(value: unknown, options: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const guess = didYouMean(value, options);
  return guess === undefined || guess === value ? '' : `; did you mean "${guess}"?`;
}

/** Errors about an object's `type` point at `class` where that is where the file keeps the kind. */
function pointAtClass(path: JsonPath, adopted: AdoptedClasses): JsonPath {
  if (path.length === 5 && path[0] === 'layers' && path[2] === 'objects' && path[4] === 'type' && adopted.has(`${String(path[1])}/${String(path[3])}`)) {
    return [...path.slice(0, 4), 'class'];
  }
  return path;
}

export function isPathPart(part: PropertyKey): part is string | number {
  return typeof part === 'string' || typeof part === 'number';
}

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** The value at `path` in untrusted JSON, reading own keys only (never the prototype chain). */
export function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}
