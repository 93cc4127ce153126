/**
 * The light preview (core rules/light-read.ts): `hyosan.look({ daylight, phoneLight })` draws the
 * core's own light model under another daylight or with the controlled student's phone light up,
 * not an estimate of it, and asking changes nothing.
 */

import { describe, expect, it } from 'vitest';
import { lightLevels, previewLight } from '../../../../src/core/rules/senses/light-read';
import { createLightMemo, lightMap } from '../../../../src/core/rules/senses/light';
import { createRng } from '../../../../src/core/kernel/rng';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { createWorld } from '../../../../src/core/state/world';
import { levelFromAscii } from '../../level-fixture';

const ROOM = levelFromAscii(`
  ##########
  #.W......#
  #.#S.....#
  #.#.....E#
  ##########`);

const at = (minute: number) => createWorld(ROOM, createRng(1), 1, { startMinute: minute });

describe('the light preview', () => {
  it('is the core light map at the daylight asked for', () => {
    const noon = at(12 * 60);
    const midnight = at(0);
    expect(previewLight(noon, createLightMemo(), { daylight: 0 })).toEqual(lightLevels(lightMap(midnight, createLightMemo())));
    expect(previewLight(midnight, createLightMemo(), { daylight: 1 })).toEqual(lightLevels(lightMap(noon, createLightMemo())));
    expect(previewLight(noon, createLightMemo(), { daylight: 0 })).not.toEqual(lightLevels(lightMap(noon, createLightMemo())));
    // out of range is clamped, not a new kind of light
    expect(previewLight(noon, createLightMemo(), { daylight: -3 })).toEqual(previewLight(noon, createLightMemo(), { daylight: 0 }));
    expect(() => previewLight(noon, createLightMemo(), { daylight: Number.NaN })).toThrow(/daylight must be a number from 0 to 1/);
  });

  it('lights the phone cone the core would, ahead of the controlled student', () => {
    const previewed = at(0);
    const lit = at(0);
    lit.students[lit.controlledId]!.lightOn = true;
    expect(previewLight(previewed, createLightMemo(), { phoneLight: true })).toEqual(lightLevels(lightMap(lit, createLightMemo())));
    expect(previewLight(previewed, createLightMemo(), { phoneLight: true })).not.toEqual(lightLevels(lightMap(previewed, createLightMemo())));
    expect(previewed.students[previewed.controlledId]!.lightOn).toBe(false);
  });

  it('is asked of a running simulation and leaves its state alone', () => {
    const sim = createSimulation(ROOM, { seed: 3 });
    const before = sim.stateHash();
    const dark = sim.previewLight({ daylight: 0, phoneLight: true });
    expect(dark).toHaveLength(ROOM.width * ROOM.height);
    expect(sim.stateHash()).toBe(before);
    expect(sim.snapshot().light).not.toEqual(dark);
  });
});
