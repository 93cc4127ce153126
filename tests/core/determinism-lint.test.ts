/**
 * The lint rules that keep the core deterministic really fire: each banned source of time,
 * randomness or scheduling in a file under src/core is an ESLint error (the same config `npm run lint` uses).
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

async function errorsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('determinism lint for src/core', () => {
  it.each(BANNED)('rejects `%s` in the core', async (code) => {
    const errors = await errorsFor(code, 'src/core/probe.ts');
    expect(errors.some((e) => /no-restricted-(globals|properties)/.test(e)), errors.join('\n')).toBe(true);
  });

  it('allows the same code outside the core (the Phaser layer may read the clock)', async () => {
    expect(await errorsFor('export const t = Date.now();\nsetTimeout(() => undefined, 1);', 'src/game/probe.ts')).toEqual([]);
  });
});
