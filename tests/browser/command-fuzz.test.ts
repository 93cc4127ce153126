/**
 * Fuzzing `hyosan.send` in the built game while a level plays: random and mutated values from
 * fast-check, plus things only a page can make (throwing getters and proxies, symbols, functions,
 * cyclic objects, BigInt). Each gives `{ ok: true }` for a valid command or `{ ok: false, error }`,
 * never an exception; the level keeps running and the page logs no error.
 */

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutateValue, mutation, oddValue, type Json } from '../core/fuzz/json-mutation';
import { startGameHarness, type GameHarness } from './harness';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

const VALID: Json[] = [
  { type: 'move', dx: 1, dy: 0, gait: 'run' },
  { type: 'walkTo', tileX: 39, tileY: 3 },
  { type: 'attack' },
  { type: 'useItem', item: 'water' },
  { type: 'throwLure' },
  { type: 'switchStudent', studentId: 1 },
];
const values: Json[] = fc.sample<Json>(
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>,
    oddValue,
    fc.tuple(fc.constantFrom(...VALID.keys()), fc.array(mutation, { maxLength: 3 })).map(([i, m]) => mutateValue(structuredClone(VALID[i]!), m)),
  ),
  { numRuns: 2000, seed: 20261126 },
);

describe('hyosan.send under fuzz', () => {
  it('answers every value with ok or a message, and the level plays on without page errors', async () => {
    const game = await harness.open();
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 8 }));
    const tally = await game.page.evaluate((batch) => {
      const exotic: unknown[] = [
        Symbol('move'),
        () => ({ type: 'attack' }),
        10n,
        new Date(0),
        new Uint8Array(4),
        Object.create(null),
        {
          get type(): string {
            throw new Error('getter says no');
          },
        },
        new Proxy(
          {},
          {
            get() {
              throw new Error('proxy says no');
            },
            ownKeys() {
              throw new Error('no keys');
            },
          },
        ),
        (() => {
          const p = Proxy.revocable({}, {});
          p.revoke();
          return p.proxy;
        })(),
        (() => {
          const o: Record<string, unknown> = { type: 'walkTo', tileX: 3 };
          o['tileY'] = o;
          return o;
        })(),
        Object.assign(Object.create({ type: 'attack' }), {}),
        { type: 'move', dx: 1n, dy: 0 },
        { type: 'walkTo', tileX: Number.MAX_SAFE_INTEGER, tileY: -Number.MAX_SAFE_INTEGER },
      ];
      let ok = 0;
      let refused = 0;
      const thrown: string[] = [];
      const odd: string[] = [];
      for (const value of [...batch, ...exotic]) {
        try {
          const result = window.hyosan.send(value);
          if (result.ok === true) ok++;
          else if (typeof result.error === 'string' && result.error.length > 0) refused++;
          else odd.push(JSON.stringify(result));
        } catch (error) {
          thrown.push(String(error));
        }
      }
      return { ok, refused, thrown, odd };
    }, values as unknown[]);
    expect(tally.thrown).toEqual([]);
    expect(tally.odd).toEqual([]);
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
    // The queued commands run; the simulation keeps ticking (or the level ends) without a page error.
    const tick = await game.page.evaluate(() => window.hyosan.snapshot().tick);
    await game.page.waitForFunction((t) => window.hyosan.snapshot().tick >= t + 10 || window.hyosan.screen() !== 'playing', tick, { timeout: 180_000 });
    expect(['playing', 'won', 'lost']).toContain(await game.page.evaluate(() => window.hyosan.screen()));
    expect(game.errors).toEqual([]);
    console.log(`hyosan.send fuzz: ${tally.ok} accepted, ${tally.refused} refused, 0 thrown`);
    await game.close();
  });
});
