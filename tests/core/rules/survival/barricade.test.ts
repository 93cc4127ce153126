import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/core/kernel/item-catalog';
import { buildBarricade } from '../../../../src/core/rules/survival/barricade';
import { DOORS } from '../../../../src/core/kernel/tuning-world';
import { scenario } from '../zombies/scenario';

const MAP = `
  ########
  #S+...E#
  ########`;

function withPack(kinds: ('plank' | 'chair' | 'desk' | 'food')[]) {
  const s = scenario(MAP);
  const student = s.world.students[0]!;
  student.pack = kinds.map((kind) => ({ id: s.world.nextItemId++, kind }));
  return { ...s, student };
}

describe('building a barricade', () => {
  it('uses up the lightest material and puts its health into the nearest door', () => {
    const { world, context, student } = withPack(['desk', 'plank', 'food']);
    const plankId = student.pack[1]!.id;
    expect(buildBarricade(context, student)).toBeUndefined();
    expect(world.doors[0]!.barricade).toBe(CATALOG.plank.barricadeHealth);
    expect(student.pack.map((item) => item.kind)).toEqual(['desk', 'food']);
    expect(context.events).toContainEqual({ type: 'itemSpent', itemId: plankId, item: 'plank', studentId: 0, reason: 'built' });
    expect(context.events).toContainEqual(expect.objectContaining({ type: 'barricadeBuilt', doorId: 0 }));
    expect(context.events).toContainEqual(expect.objectContaining({ type: 'noiseMade', cause: 'hammer', radius: DOORS.noise.build }));
  });

  it('repairs up to the barricade maximum and keeps the material once it is full', () => {
    const { world, context, student } = withPack(['desk', 'desk', 'desk']);
    expect(buildBarricade(context, student)).toBeUndefined();
    expect(buildBarricade(context, student)).toBeUndefined();
    expect(world.doors[0]!.barricade).toBe(DOORS.barricadeMax);
    expect(buildBarricade(context, student)).toBe('the barricade is as strong as it gets');
    expect(student.pack).toHaveLength(1);
  });

  it('says why not without spending anything', () => {
    const empty = withPack(['food']);
    expect(buildBarricade(empty.context, empty.student)).toBe('nothing to barricade with: carry a plank, a chair or a desk');
    expect(empty.student.pack).toHaveLength(1);
    const far = withPack(['plank']);
    far.student.x = 6.5;
    expect(buildBarricade(far.context, far.student)).toBe('no door or window in reach to barricade');
    expect(far.student.pack).toHaveLength(1);
  });
});
