import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { PHONE_COS } from '../../../../src/core/rules/senses/light';
import { PHONE } from '../../../../src/core/kernel/tuning';
import { LIGHT } from '../../../../src/core/kernel/tuning-world';
import { edited, rejections, run } from '../survival/helpers';
import { survivalLevel } from '../survival/survival-fixture';

const ROOM = `
  ##########
  #Sp......#
  #.......E#
  ##########`;
const BARE = `
  ##########
  #S.......#
  #.......E#
  ##########`;

describe('phone light', () => {
  it("cone's half-angle cosine is written out for the tuning's angle (no Math.cos in the core)", () => {
    expect(LIGHT.phoneHalfAngleDeg).toBe(35);
    expect(PHONE_COS).toBeCloseTo(Math.cos((LIGHT.phoneHalfAngleDeg * Math.PI) / 180), 15);
  });

  it('is refused without a phone, with a reason', () => {
    const sim = createSimulation(survivalLevel(BARE), { seed: 1 });
    expect(rejections(run(sim, 1, [{ type: 'toggleLight' }]))).toEqual(['no phone for a light']);
    expect(sim.snapshot().students[0]!.lightOn).toBe(false);
  });

  it('is refused with a flat battery', () => {
    const level = survivalLevel(BARE);
    const sim = edited(level, { seed: 1 }, (state) => {
      state.nextItemId = 100;
      state.students[0]!.pack.push({ id: 99, kind: 'phone', charge: 0 });
    });
    expect(rejections(run(sim, 1, [{ type: 'toggleLight' }]))).toEqual(['the phone battery is flat']);
  });

  it('switches on with a charged phone, drains the battery, and goes out when it is flat', () => {
    const level = survivalLevel(BARE);
    const sim = edited(level, { seed: 1 }, (state) => {
      state.nextItemId = 100;
      state.students[0]!.pack.push({ id: 99, kind: 'phone', charge: 1 });
    });
    const events = run(sim, 1, [{ type: 'toggleLight' }]);
    expect(rejections(events)).toEqual([]);
    expect(events).toContainEqual({ type: 'phoneLight', studentId: 0, on: true, reason: 'switched' });
    const lit = sim.snapshot();
    expect(lit.students[0]!.lightOn).toBe(true);
    const charge = lit.students[0]!.pack.find((item) => item.kind === 'phone')!.charge!;
    expect(charge).toBeCloseTo(1 - PHONE.lightDrainPerTick, 9);
    const later = run(sim, Math.ceil(1 / PHONE.lightDrainPerTick) + 2);
    expect(later).toContainEqual({ type: 'phoneLight', studentId: 0, on: false, reason: 'flat' });
    expect(sim.snapshot().students[0]!.lightOn).toBe(false);
    // the light survives a save and load
    const again = edited(level, { seed: 1 }, (state) => {
      state.nextItemId = 100;
      state.students[0]!.pack.push({ id: 99, kind: 'phone', charge: 50 });
      state.students[0]!.lightOn = true;
    });
    const restored = createSimulation(level, { seed: 1, state: again.saveState() });
    expect(restored.snapshot().students[0]!.lightOn).toBe(true);
  });

  it('switches off again on a second toggle', () => {
    const sim = createSimulation(survivalLevel(ROOM), { seed: 1 });
    run(sim, 40, [{ type: 'move', dx: 1, dy: 0 }]); // walks over the phone and picks it up
    run(sim, 5, [{ type: 'move', dx: 0, dy: 0 }]);
    expect(sim.snapshot().students[0]!.pack.some((item) => item.kind === 'phone')).toBe(true);
    run(sim, 1, [{ type: 'toggleLight' }]);
    expect(sim.snapshot().students[0]!.lightOn).toBe(true);
    const off = run(sim, 1, [{ type: 'toggleLight' }]);
    expect(off).toContainEqual({ type: 'phoneLight', studentId: 0, on: false, reason: 'switched' });
  });
});
