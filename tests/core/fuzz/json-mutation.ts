/**
 * Mutating JSON for fuzz tests: odd values (wrong types, extremes, deep nesting, `__proto__`
 * payloads), and mutations that replace, delete, insert or duplicate a value somewhere in a tree.
 * Used by the level, save and command fuzzers.
 */

import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'type',
  'class',
  'name',
  'value',
  'properties',
  'objects',
  'data',
  'source',
  'encoding',
  'compression',
  'width',
  'height',
  'x',
  'y',
  'look',
  'tiles',
];

export const deepNest = fc.integer({ min: 1, max: 60 }).map((depth) => {
  let value: Json = 1;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
});

export const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    -1,
    0,
    1,
    1.5,
    -0.5,
    16,
    512,
    513,
    1e9,
    -1e9,
    2 ** 31,
    2 ** 32,
    2 ** 53,
    1e308,
    -1e308,
    '',
    '16',
    'true',
    'walker',
    'runer',
    'student',
    'exit',
    'tilelayer',
    'objectgroup',
    'group',
    'base64',
    'zlib',
    'AAAA',
    true,
    false,
    null,
    [],
    {},
  ),
  fc.string({ maxLength: 200 }),
  deepNest,
  fc.constant(JSON.parse('{"polluted": "yes", "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as Json),
);

export type Mutation = { op: 'replace'; at: number[]; value: Json } | { op: 'delete'; at: number[] } | { op: 'insert'; at: number[]; key: string; value: Json } | { op: 'duplicate'; at: number[] };

const route = fc.array(fc.nat(), { maxLength: 7 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), at: route, value: oddValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: route }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: route, key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })), value: oddValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: route }) },
);

/** Follows `at` down the tree (each number picks a child; a multiple of 5 stops early) to a container. */
function locate(root: Json, at: number[]): { parent: Json[] | { [key: string]: Json }; key: string | number } | undefined {
  let parent: Json[] | { [key: string]: Json } | undefined;
  let key: string | number | undefined;
  let node: Json = root;
  for (const step of at) {
    if (typeof node !== 'object' || node === null) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0 || (step % 5 === 0 && parent !== undefined)) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string | number, Json>)[key]!;
  }
  return parent === undefined || key === undefined ? undefined : { parent, key };
}

function setOwn(target: object, key: string | number, value: Json): void {
  // A fresh copy (generated values are shared between runs), set with defineProperty so that a
  // "__proto__" key becomes data in the file instead of a prototype change.
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true });
}

/** Applies `mutations` to `root` in place (a `__proto__` key always becomes plain data). */
export function mutateValue(root: Json, mutations: readonly Mutation[]): Json {
  for (const change of mutations) {
    const spot = locate(root, change.at);
    if (spot === undefined) continue;
    const { parent, key } = spot;
    if (change.op === 'replace') setOwn(parent, key, change.value);
    else if (change.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (change.op === 'insert') {
      const child = (parent as Record<string | number, Json>)[key];
      if (child !== null && typeof child === 'object' && !Array.isArray(child)) setOwn(child, change.key, change.value);
      else if (Array.isArray(child)) child.push(change.value);
    } else if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]!));
  }
  return root;
}

export function mutate(text: string, mutations: readonly Mutation[]): string {
  return JSON.stringify(mutateValue(JSON.parse(text) as Json, mutations), null, 1);
}
