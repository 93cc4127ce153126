/**
 * Unit tests for the item rules, one rule each: crafting (spends, makes, wears the tool, refuses
 * without spending), weapons wearing out, and handing things around — give, drop, throw.
 */

import { describe, expect, it } from 'vitest';
import type { ItemKind } from '../../../../src/core/kernel/item-kinds';
import { CATALOG } from '../../../../src/core/kernel/item-catalog';
import { craft, craftBlocker } from '../../../../src/core/rules/items/crafting';
import { carryLimit, packWeight } from '../../../../src/core/rules/items/inventory';
import { drop, give, throwItem } from '../../../../src/core/rules/items/item-actions';
import { swing } from '../../../../src/core/rules/students/combat';
import { ROLE } from '../../../../src/core/kernel/roles';
import { CRAFT, THROW } from '../../../../src/core/kernel/tuning';
import type { SimEvent } from '../../../../src/core/state/events';
import { scenario } from '../zombies/scenario';

const ROOM = `
  ##########
  #S.S.....#
  #........#
  #....#..E#
  ##########`;

/** A room whose first student carries `kinds` (fresh items, as found); the second stands two tiles east. */
function carrying(kinds: ItemKind[], map = ROOM) {
  const s = scenario(map);
  const student = s.world.students[0]!;
  student.pack = kinds.map((kind) => {
    const item = { id: s.world.nextItemId++, kind, ...(CATALOG[kind].weapon ? { durability: CATALOG[kind].weapon!.durability } : {}) };
    return item;
  });
  s.context.events = [];
  s.context.noises = [];
  return { ...s, student, friend: s.world.students[1]! };
}

const kindsOf = (pack: { kind: ItemKind }[]): ItemKind[] => pack.map((item) => item.kind).sort();
const ofType = <T extends SimEvent['type']>(events: SimEvent[], type: T) => events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);

describe('crafting', () => {
  it('breaks a chair into two planks: the chair is spent as crafted, two planks are made, loudly', () => {
    const { context, student } = carrying(['chair', 'food']);
    const chairId = student.pack[0]!.id;
    expect(craft(context, student, 'planks')).toBeUndefined();
    expect(kindsOf(student.pack)).toEqual(['food', 'plank', 'plank']);
    expect(ofType(context.events, 'itemSpent')).toEqual([{ type: 'itemSpent', itemId: chairId, item: 'chair', studentId: 0, reason: 'crafted' }]);
    expect(ofType(context.events, 'itemMade').map((e) => e.item)).toEqual(['plank', 'plank']);
    expect(context.noises).toHaveLength(1);
    expect(context.noises[0]!.radius).toBe(CRAFT.loudNoiseRadius);
    expect(ofType(context.events, 'itemCrafted')).toEqual([{ type: 'itemCrafted', recipe: 'planks', studentId: 0 }]);
  });

  it('keeps the knife when cutting arrows but wears it by one use, and breaks it at zero', () => {
    const { context, student } = carrying(['plank', 'plank', 'knife']);
    const knife = student.pack[2]!;
    const fresh = knife.durability!;
    expect(craft(context, student, 'arrows')).toBeUndefined();
    expect(knife.durability).toBe(fresh - 1);
    expect(kindsOf(student.pack)).toEqual(['arrow', 'arrow', 'arrow', 'arrow', 'knife', 'plank']);
    knife.durability = 1;
    expect(craft(context, student, 'arrows')).toBeUndefined();
    expect(student.pack.some((item) => item.kind === 'knife')).toBe(false);
    expect(
      ofType(context.events, 'itemSpent')
        .filter((e) => e.reason === 'broke')
        .map((e) => e.itemId),
    ).toEqual([knife.id]);
  });

  it('the science club crafts more quietly and makes weapons that last longer', () => {
    const plain = carrying(['mop', 'knife']);
    const science = carrying(['mop', 'knife']);
    science.student.role = 'science';
    expect(craft(plain.context, plain.student, 'spear')).toBeUndefined();
    expect(craft(science.context, science.student, 'spear')).toBeUndefined();
    const spear = (pack: { kind: ItemKind; durability?: number }[]) => pack.find((item) => item.kind === 'spear')!;
    expect(spear(plain.student.pack).durability).toBe(CATALOG.spear.weapon!.durability);
    expect(spear(science.student.pack).durability).toBe(Math.round(CATALOG.spear.weapon!.durability * ROLE.science.craftedDurabilityFactor));
    expect(science.context.noises[0]!.radius).toBeCloseTo(plain.context.noises[0]!.radius * ROLE.science.craftNoiseFactor);
  });

  it('says what is missing and spends nothing', () => {
    const none = carrying(['food']);
    expect(craft(none.context, none.student, 'bandage')).toBe('cannot craft bandage: needs 1 cloth');
    const noTool = carrying(['plank']);
    expect(craft(noTool.context, noTool.student, 'arrows')).toBe('cannot craft arrows: needs a knife');
    for (const s of [none, noTool]) {
      expect(s.context.events).toEqual([]);
      expect(s.context.noises).toEqual([]);
    }
    expect(kindsOf(noTool.student.pack)).toEqual(['plank']);
  });

  it('refuses a result heavier than what it uses when it would not fit, but never one that lightens the pack', () => {
    const { student } = carrying(['cloth', 'desk']);
    // No shipped recipe makes something heavier than its ingredients; check the rule on one that would.
    const heavier = { needs: { cloth: 1 }, makes: { chair: 1 }, loud: false };
    expect(craftBlocker(student, heavier)).toBe('the result would be too heavy to carry');
    student.pack = student.pack.filter((item) => item.kind !== 'desk');
    expect(craftBlocker(student, heavier)).toBeUndefined();
    // Exhausted, a student's limit drops below what they carry; cutting arrows (lighter) still works.
    const tired = carrying(['desk', 'plank', 'knife']);
    tired.student.fatigue = 100;
    expect(carryLimit(tired.student)).toBeLessThan(packWeight(tired.student));
    expect(craft(tired.context, tired.student, 'arrows')).toBeUndefined();
  });
});

describe('weapons wear out', () => {
  const CORRIDOR = `
    #######
    #S.Z.E#
    #######`;

  it('each swing that lands costs one use; at zero the weapon breaks and the student fights bare-handed', () => {
    const { world, context, student } = carrying(['bat'], CORRIDOR);
    const bat = student.pack[0]!;
    student.weaponId = bat.id;
    const zombie = world.zombies[0]!;
    zombie.x = student.x + 1;
    zombie.y = student.y;
    zombie.health = 1000;
    student.facingX = 1;
    student.facingY = 0;
    bat.durability = 2;
    expect(swing(context, student)).toBeUndefined();
    expect(bat.durability).toBe(1);
    student.attackCooldown = 0;
    zombie.x = student.x + 1;
    zombie.y = student.y;
    expect(swing(context, student)).toBeUndefined();
    expect(student.pack).toEqual([]);
    expect(ofType(context.events, 'itemSpent')).toEqual([{ type: 'itemSpent', itemId: bat.id, item: 'bat', studentId: 0, reason: 'broke' }]);
    student.attackCooldown = 0;
    expect(swing(context, student)).toBeUndefined();
    expect(student.weaponId).toBe(-1);
  });

  it('a swing at nothing does not wear the weapon', () => {
    const { context, student } = carrying(['pipe']);
    const pipe = student.pack[0]!;
    student.weaponId = pipe.id;
    student.facingX = 0;
    student.facingY = 1;
    expect(swing(context, student)).toBeUndefined();
    expect(pipe.durability).toBe(CATALOG.pipe.weapon!.durability);
  });
});

describe('giving, dropping and throwing', () => {
  it('gives an item to a friend in reach: the same item (id, charge) changes packs', () => {
    const { context, student, friend } = carrying(['phone']);
    const phone = student.pack[0]!;
    phone.charge = 42;
    expect(give(context, student, phone.id, friend.id)).toBeUndefined();
    expect(student.pack).toEqual([]);
    expect(friend.pack).toContainEqual({ id: phone.id, kind: 'phone', charge: 42 });
    expect(ofType(context.events, 'itemGiven')).toEqual([{ type: 'itemGiven', itemId: phone.id, item: 'phone', studentId: 0, toId: friend.id }]);
  });

  it('refuses a friend out of reach, one who cannot carry it, oneself, and an item not carried — keeping the item', () => {
    const far = carrying(['food']);
    far.friend.x += 5;
    expect(give(far.context, far.student, far.student.pack[0]!.id, far.friend.id)).toBe(`${far.friend.name} is out of reach`);
    const full = carrying(['desk']);
    full.friend.pack = Array.from({ length: 10 }, (_, i) => ({ id: 500 + i, kind: 'desk' as const }));
    expect(give(full.context, full.student, full.student.pack[0]!.id, full.friend.id)).toBe(`${full.friend.name} cannot carry a desk as well (too heavy)`);
    expect(give(far.context, far.student, far.student.pack[0]!.id, far.student.id)).toBe('student 0 cannot take it');
    expect(give(full.context, full.student, 999, full.friend.id)).toBe(`${full.student.name} does not carry item 999`);
    expect(kindsOf(far.student.pack)).toEqual(['food']);
    expect(kindsOf(full.student.pack)).toEqual(['desk']);
  });

  it('drops an item on the tile underfoot, where it can be picked up again', () => {
    const { world, context, student } = carrying(['water']);
    const water = student.pack[0]!;
    expect(drop(context, student, water.id)).toBeUndefined();
    expect(student.pack).toEqual([]);
    expect(world.items).toContainEqual({ id: water.id, kind: 'water', tileX: Math.floor(student.x), tileY: Math.floor(student.y) });
    expect(drop(context, student, water.id)).toBe(`${student.name} does not carry item ${water.id}`);
  });

  it('throws ahead, landing short of a wall, with a thud that is louder for heavy things', () => {
    const light = carrying(['food']);
    light.student.facingX = 1;
    light.student.facingY = 0;
    const foodId = light.student.pack[0]!.id;
    expect(throwItem(light.context, light.student, foodId)).toBeUndefined();
    const landed = light.world.items.find((item) => item.id === foodId)!;
    expect(landed.tileY).toBe(1);
    expect(landed.tileX).toBe(Math.floor(light.student.x + THROW.tiles));
    expect(light.context.noises[0]!.radius).toBe(THROW.noiseRadius);

    // Thrown south from the first row, the chair stops short of the wall three tiles below rather than passing it.
    const heavy = carrying(['chair']);
    heavy.student.facingX = 0;
    heavy.student.facingY = 1;
    const chairId = heavy.student.pack[0]!.id;
    expect(throwItem(heavy.context, heavy.student, chairId)).toBeUndefined();
    const chair = heavy.world.items.find((item) => item.id === chairId)!;
    expect(chair.tileY).toBe(3);
    expect(heavy.world.grid.cost[chair.tileY * heavy.world.grid.width + chair.tileX]).toBeGreaterThan(0);
    expect(heavy.context.noises[0]!.radius).toBe(THROW.heavyNoiseRadius);
  });
});
