/**
 * Model-based property tests: random command sequences against a small school with three students,
 * every kind of item and a few zombies. After every step the model's books must balance: each item
 * is in exactly one place, an item leaves only with an `itemSpent` event and appears only with an
 * `itemMade` event, its kind never changes, every need stays within 0..100, nothing is NaN, packs
 * stay under the carry limit, and the whole state survives a save/load round trip unchanged.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Difficulty } from '../../../../src/core/kernel/difficulty';
import { STUDENT_ORDERS, type Command } from '../../../../src/core/state/commands';
import { ITEM_KINDS, RECIPE_IDS, type ItemKind } from '../../../../src/core/kernel/item-kinds';
import type { SimEvent } from '../../../../src/core/state/events';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { ROLE } from '../../../../src/core/kernel/roles';
import { liveItems, survivalLevel, type ExtraItem } from './survival-fixture';

/** What each student stands on at the start (picked up on the first tick), then one of every kind about the room. */
const bundles: [number, ItemKind[]][] = [
  [1, ['bow', 'arrow', 'arrow', 'arrow', 'knife', 'plank', 'cloth', 'phone']],
  [3, ['antiseptic', 'bandage', 'painkillers', 'cloth', 'food', 'water', 'battery', 'mop']],
  [5, ['bat', 'knife', 'food', 'water', 'blanket', 'phone']],
];
const extra: ExtraItem[] = [
  ...bundles.flatMap(([tileX, kinds]) => kinds.map((kind) => ({ kind, tileX, tileY: 1 }))),
  { kind: 'chair', tileX: 2, tileY: 2 },
  { kind: 'extinguisher', tileX: 4, tileY: 2 },
  ...ITEM_KINDS.map((kind, i) => ({ kind, tileX: 2 + (i % 14), tileY: 3 + Math.floor(i / 14) })),
];
const LEVEL = survivalLevel(
  `
  ####################
  #S.S.S............E#
  #..................#
  #..................#
  #.........Z........#
  #.......####.......#
  #.......#..#....Z..#
  #..........#.......#
  #Z.................#
  ####################`,
  extra,
  ['archer', 'nurse', 'athlete'],
  'model.json',
);

const id = fc.integer({ min: -1, max: 2 * ITEM_KINDS.length + 6 });
const studentId = fc.integer({ min: -1, max: 3 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('move' as const), dx: fc.integer({ min: -1, max: 1 }), dy: fc.integer({ min: -1, max: 1 }), gait: fc.constantFrom('sneak' as const, 'walk' as const, 'run' as const) }),
  fc.record({ type: fc.constant('walkTo' as const), tileX: fc.integer({ min: 0, max: 19 }), tileY: fc.integer({ min: 0, max: 9 }) }),
  fc.constantFrom<Command>({ type: 'attack' }, { type: 'interact' }, { type: 'throwLure' }, { type: 'barricade' }, { type: 'checkPhone' }, { type: 'switchStudent' }),
  fc.record({ type: fc.constant('useItem' as const), item: fc.constantFrom(...ITEM_KINDS) }),
  fc.record({ type: fc.constant('useItem' as const), item: fc.constantFrom<ItemKind>('bandage', 'antiseptic', 'food', 'water', 'painkillers'), targetId: studentId }),
  fc.record({ type: fc.constant('pickUp' as const), itemId: id }),
  fc.record({ type: fc.constant('drop' as const), itemId: id }),
  fc.record({ type: fc.constant('give' as const), itemId: id, toId: studentId }),
  fc.record({ type: fc.constant('throwItem' as const), itemId: id }),
  fc.record({ type: fc.constant('equip' as const), itemId: id }),
  fc.record({ type: fc.constant('craft' as const), recipe: fc.constantFrom(...RECIPE_IDS) }),
  fc.record({ type: fc.constant('order' as const), order: fc.constantFrom(...STUDENT_ORDERS) }),
  fc.record({ type: fc.constant('switchStudent' as const), studentId }),
);
const step = fc.record({ commands: fc.array(command, { maxLength: 3 }), ticks: fc.integer({ min: 1, max: 12 }) });
const slider = fc.double({ min: 0.25, max: 2, noNaN: true });
const difficulty: fc.Arbitrary<Difficulty> = fc.record({ hordeSenses: slider, needsDecay: slider, infectionSpeed: slider, lootAmount: slider }).map((d) => ({ preset: 'custom' as const, ...d }));

/** Every number in a plain value, with its path. */
function* numbers(value: unknown, path = ''): Generator<[string, number]> {
  if (typeof value === 'number') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* numbers(value[i], `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) yield* numbers(inner, `${path}.${key}`);
}

/**
 * The books after one tick: every broken rule as a line (an empty list when they balance). The
 * checks are gathered and asserted once per tick, since a property this size runs ~100,000 ticks.
 */
function checkBooks(before: Map<number, ItemKind>, state: SimState, events: SimEvent[]): Map<number, ItemKind> {
  const after = liveItems(state);
  const spent = new Set(events.filter((e) => e.type === 'itemSpent').map((e) => (e as { itemId: number }).itemId));
  const made = new Set(events.filter((e) => e.type === 'itemMade').map((e) => (e as { itemId: number }).itemId));
  const broken: string[] = [];
  for (const [itemId, kind] of before) {
    if (!after.has(itemId)) {
      if (!spent.has(itemId)) broken.push(`item ${itemId} (${kind}) vanished without a rule`);
    } else if (after.get(itemId) !== kind) broken.push(`item ${itemId} changed kind: ${kind} -> ${after.get(itemId)}`);
  }
  for (const itemId of after.keys()) if (!before.has(itemId) && !made.has(itemId)) broken.push(`item ${itemId} appeared without a rule`);
  for (const itemId of made) if (before.has(itemId)) broken.push(`item ${itemId} made twice`);
  for (const itemId of spent) if (!((before.has(itemId) || made.has(itemId)) && !after.has(itemId))) broken.push(`item ${itemId} spent but still here`);
  const highest = Math.max(-1, ...after.keys());
  if (!(state.nextItemId > highest)) broken.push(`nextItemId ${state.nextItemId} is not above the highest live id ${highest}`);
  expect(broken).toEqual([]);
  return after;
}

function checkRanges(state: SimState): void {
  const broken: string[] = [];
  for (const [path, value] of numbers(state)) if (!Number.isFinite(value)) broken.push(`${path} is ${value}`);
  for (const s of state.students) {
    for (const need of ['hunger', 'thirst', 'fatigue', 'warmth', 'morale', 'infection', 'health', 'stamina'] as const) {
      if (!(s[need] >= 0 && s[need] <= 100)) broken.push(`${s.name}.${need} is ${s[need]}, outside 0..100`);
    }
    if (s.down && s.pack.length > 0) broken.push(`${s.name} is down but still carries things`);
    if (s.weaponId >= 0 && !s.pack.some((item) => item.id === s.weaponId)) broken.push(`${s.name} holds a weapon not in the pack`);
  }
  expect(broken).toEqual([]);
}

describe('survival rules under random command sequences', () => {
  it('conserve items, keep needs in range, never produce NaN, keep packs under the limit, and survive save/load', () => {
    const runs = Number(process.env['SURVIVAL_RUNS'] ?? 1000);
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), difficulty, fc.integer({ min: 1, max: 1e6 }), (steps, chosen, seed) => {
        const sim = createSimulation(LEVEL, { seed, difficulty: chosen });
        let books = liveItems(sim.saveState());
        for (const { commands, ticks } of steps) {
          for (let t = 0; t < ticks && sim.status === 'playing'; t++) {
            const events = sim.step(t === 0 ? commands : []);
            const state = sim.saveState();
            books = checkBooks(books, state, events);
            for (const e of events) {
              if (e.type === 'itemSpent') seen.add(`spent:${e.reason}`);
              else if (
                e.type === 'itemMade' ||
                e.type === 'itemCrafted' ||
                e.type === 'itemGiven' ||
                e.type === 'itemThrown' ||
                e.type === 'studentWounded' ||
                e.type === 'arrowShot' ||
                e.type === 'orderGiven'
              )
                seen.add(e.type);
            }
          }
        }
        const state = sim.saveState();
        checkRanges(state);
        for (const student of sim.snapshot().students) {
          if (!student.down) expect(student.packKg, `${student.name} carries too much`).toBeLessThanOrEqual(ROLE[student.role].carryKg + 1e-9);
        }
        // Round trip: the same state from JSON, and the same future for the same commands.
        const loaded = createSimulation(LEVEL, { seed, state: JSON.parse(JSON.stringify(state)) as SimState });
        expect(loaded.saveState()).toEqual(state);
        expect(loaded.stateHash()).toBe(sim.stateHash());
        const more: Command[] = [{ type: 'attack' }, { type: 'move', dx: 1, dy: 0, gait: 'run' }];
        for (let t = 0; t < 20; t++) expect(loaded.step(t === 0 ? more : [])).toEqual(sim.step(t === 0 ? more : []));
        expect(loaded.stateHash()).toBe(sim.stateHash());
      }),
      { numRuns: runs, seed: 20261126 },
    );
    // The sequences did reach the rules that move, make and spend items.
    const wanted = ['spent:eaten', 'spent:drunk', 'spent:crafted', 'spent:applied', 'itemMade', 'itemCrafted', 'itemGiven', 'itemThrown', 'orderGiven'];
    if (runs >= 1000) wanted.push('studentWounded', 'arrowShot');
    expect([...seen].sort()).toEqual(expect.arrayContaining(wanted));
  }, 600_000);
});
