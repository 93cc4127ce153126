/**
 * The lint rules that keep the core deterministic really fire: each banned source of time,
 * randomness or scheduling, and each Math function whose last bit may differ between JavaScript
 * engines, in a file under src/core is an ESLint error (the same config `npm run lint` uses).
 */

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const BANNED = [
  'export const r = Math.random();',
  'export const t = Date.now();',
  'export const d = new Date();',
  'export const p = performance.now();',
  'setTimeout(() => undefined, 1);',
  'setInterval(() => undefined, 1);',
  'setImmediate(() => undefined);',
  'queueMicrotask(() => undefined);',
  'requestAnimationFrame(() => undefined);',
  'export const u = crypto.getRandomValues(new Uint8Array(4));',
];
/** Not exact by IEEE 754: engines may round their last bit differently, and replays would drift. */
const INEXACT = [
  'export const d = (x: number, y: number) => Math.hypot(x, y);',
  'export const p = (x: number, n: number) => Math.pow(x, n);',
  'export const c = Math.cos(0.6);',
  'export const s = Math.sin(0.6);',
  'export const a = Math.atan2(1, 2);',
  'export const e = Math.exp(2);',
  'export const l = Math.log(2);',
  'const { hypot } = Math;\nexport const h = hypot(3, 4);',
  'export const q = (x: number) => x ** 2;',
  'export let w = 3;\nw **= 2;',
];
/** Exact by IEEE 754 (or integer): allowed. */
const EXACT = 'export const f = (x: number, y: number) => Math.sqrt(x * x + y * y) + Math.floor(x) + Math.abs(y) + Math.imul(2, 3) + Math.fround(x) + Math.min(x, y);';

async function errorsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('determinism lint for src/core', () => {
  it.each(BANNED)('rejects `%s` in the core', async (code) => {
    const errors = await errorsFor(code, 'src/core/probe.ts');
    expect(
      errors.some((e) => /no-restricted-(globals|properties)/.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it.each(INEXACT)('rejects `%s` in the core (not the same last bit on every engine)', async (code) => {
    const errors = await errorsFor(code, 'src/core/probe.ts');
    expect(
      errors.some((e) => /no-restricted-(properties|syntax)/.test(e) && /engines/.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('allows exact maths in the core, and any maths outside it', async () => {
    expect(await errorsFor(EXACT, 'src/core/probe.ts')).toEqual([]);
    for (const code of INEXACT) expect(await errorsFor(code, 'src/game/probe.ts'), code).toEqual([]);
  });

  it('allows the same code outside the core (the Phaser layer may read the clock)', async () => {
    expect(await errorsFor('export const t = Date.now();\nsetTimeout(() => undefined, 1);', 'src/game/probe.ts')).toEqual([]);
  });
});
