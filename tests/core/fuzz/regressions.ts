/**
 * Fuzz findings kept as regression cases (regressions.json): each names the fuzz target, the
 * property, and fast-check's seed and counterexample path, so the exact failing input is replayed
 * on every run even after the property's random runs move on.
 */

import fc from 'fast-check';
import { readFileSync } from 'node:fs';

export interface FuzzRegression {
  target: 'save' | 'command' | 'settings';
  property: string;
  seed: number;
  path: string;
  note: string;
}

const all = JSON.parse(readFileSync('tests/core/fuzz/regressions.json', 'utf8')) as FuzzRegression[];

export function regressionRuns(target: FuzzRegression['target']): FuzzRegression[] {
  return all.filter((r) => r.target === target);
}

/** Runs one named property of a fuzz target's table, with the usual run count or a regression's seed and path. */
export function assertNamed(properties: Record<string, unknown>, name: string, params: { numRuns?: number; seed?: number; path?: string }): void {
  const property = properties[name] as fc.IRawProperty<[unknown]> | undefined;
  if (property === undefined) throw new Error(`no fuzz property named "${name}"`);
  const run = params.seed === undefined ? { numRuns: params.numRuns } : { seed: params.seed, path: params.path, endOnFailure: true };
  fc.assert(property as fc.IProperty<[unknown]>, run as fc.Parameters<[unknown]>);
}
