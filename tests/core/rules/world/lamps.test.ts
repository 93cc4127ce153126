import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { Level } from '../../../../src/core/level/level';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { LAMPS, LIGHT } from '../../../../src/core/kernel/tuning-world';
import { tiledFromAscii } from '../../level-fixture';

/** A level with the given `lights` objects (kind, tile, `on`). */
function withLights(ascii: string, lights: { kind: 'lamp' | 'fire'; x: number; y: number; on?: boolean }[]): Level {
  const tiled = tiledFromAscii(ascii);
  tiled.layers.push({
    id: 900,
    name: 'lights',
    type: 'objectgroup',
    x: 0,
    y: 0,
    opacity: 1,
    visible: true,
    objects: lights.map((l, i) => ({
      id: 901 + i,
      name: '',
      type: l.kind,
      x: l.x * 16 + 8,
      y: l.y * 16 + 8,
      width: 0,
      height: 0,
      point: true,
      ...(l.on === undefined ? {} : { properties: [{ name: 'on', type: 'bool', value: l.on }] }),
    })),
  });
  const result = parseLevel(JSON.stringify(tiled), 'lamps.json');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.level;
}

// A dark corridor at midnight; a ceiling lamp hangs over the student's tile, a zombie looks at them.
const CORRIDOR = `
  ##############
  #Z...S......E#
  ##############`;

/** A simulation at midnight with the zombie idle, facing east at the student four tiles away. */
function midnight(level: Level, lampsOn?: boolean[]): ReturnType<typeof createSimulation> {
  const state = createSimulation(level, { seed: 3 }).saveState();
  state.startMinute = 0;
  const zombie = state.zombies[0]!;
  zombie.facingX = 1;
  zombie.facingY = 0;
  zombie.modeTicks = 1000;
  state.students[0]!.facingX = 1;
  state.students[0]!.facingY = 0;
  if (lampsOn !== undefined) state.lampsOn = lampsOn;
  return createSimulation(level, { seed: 3, state });
}

const sightAlerts = (events: SimEvent[]): SimEvent[] => events.filter((e) => e.type === 'zombieAlerted' && e.cause === 'sight');

describe('lamps', () => {
  const level = withLights(CORRIDOR, [{ kind: 'lamp', x: 5, y: 1 }]);

  it('a lit lamp shows a student to a zombie at midnight; switched off, the same student is not seen', () => {
    const lit = midnight(level);
    const seen: SimEvent[] = [];
    for (let t = 0; t < 5; t++) seen.push(...lit.step());
    expect(sightAlerts(seen)).toHaveLength(1);

    const dark = midnight(level, [false]);
    const unseen: SimEvent[] = [];
    for (let t = 0; t < 5; t++) unseen.push(...dark.step());
    expect(sightAlerts(unseen)).toHaveLength(0);
  });

  it('interact beside a lamp switches it off and on with a quiet click, and the light map follows', () => {
    const sim = midnight(level, [true]);
    const before = sim.snapshot();
    expect(before.lamps).toEqual([{ kind: 'lamp', tileX: 5, tileY: 1, on: true }]);
    expect(before.light[1 * 14 + 5]).toBeGreaterThan(0.9);

    const off = sim.step([{ type: 'interact' }]);
    expect(off).toContainEqual({ type: 'lampSwitched', index: 0, on: false, tileX: 5, tileY: 1, by: 'student:0' });
    expect(off).toContainEqual(expect.objectContaining({ type: 'noiseMade', cause: 'switch', radius: LAMPS.clickNoiseRadius }));
    const after = sim.snapshot();
    expect(after.lamps[0]!.on).toBe(false);
    expect(after.light[1 * 14 + 5]).toBeCloseTo(LIGHT.nightAmbient, 2);

    const on = sim.step([{ type: 'interact' }]);
    expect(on).toContainEqual(expect.objectContaining({ type: 'lampSwitched', on: true }));
    expect(sim.snapshot().light[1 * 14 + 5]).toBeGreaterThan(0.9);
  });

  it('a lamp that starts off (`on: false`) is dark until switched on', () => {
    const sim = midnight(withLights(CORRIDOR, [{ kind: 'lamp', x: 5, y: 1, on: false }]));
    expect(sim.snapshot().light[1 * 14 + 5]).toBeCloseTo(LIGHT.nightAmbient, 2);
    sim.step([{ type: 'interact' }]);
    expect(sim.snapshot().light[1 * 14 + 5]).toBeGreaterThan(0.9);
  });

  it('interact uses the nearer of a lamp and a door', () => {
    // The student stands one tile east of a door; a lamp on their own tile is nearer, one a diagonal away is not.
    const ROOMS = `
      ##########
      #Z..#....#
      #...+S...#
      #...#...E#
      ##########`;
    const first = (lamp: { x: number; y: number }): SimEvent[] => createSimulation(withLights(ROOMS, [{ kind: 'lamp', ...lamp }]), { seed: 1 }).step([{ type: 'interact' }]);
    const near = first({ x: 5, y: 2 });
    expect(near.some((e) => e.type === 'lampSwitched')).toBe(true);
    expect(near.some((e) => e.type === 'doorOpened')).toBe(false);
    const far = first({ x: 6, y: 3 });
    expect(far.some((e) => e.type === 'lampSwitched')).toBe(false);
    expect(far.some((e) => e.type === 'doorOpened')).toBe(true);
  });

  it('is saved: a switched-off lamp stays off after save and load, and the game goes on identically', () => {
    const sim = midnight(level, [true]);
    sim.step([{ type: 'interact' }]);
    const loaded = createSimulation(level, { seed: 3, state: JSON.parse(JSON.stringify(sim.saveState())) as ReturnType<typeof sim.saveState> });
    expect(loaded.snapshot().lamps[0]!.on).toBe(false);
    for (let t = 0; t < 40; t++) {
      expect(loaded.step()).toEqual(sim.step());
      expect(loaded.stateHash()).toBe(sim.stateHash());
    }
  });

  it('refuses a saved state whose lamps do not match the level, or that puts out a fire', () => {
    const withFire = withLights(CORRIDOR, [
      { kind: 'lamp', x: 5, y: 1 },
      { kind: 'fire', x: 9, y: 1 },
    ]);
    const state = createSimulation(withFire, { seed: 1 }).saveState();
    expect(() => createSimulation(withFire, { seed: 1, state: { ...state, lampsOn: [true] } })).toThrow(/lampsOn: does not match level "lamps" \(1 lights; the level has 2\)/);
    expect(() => createSimulation(withFire, { seed: 1, state: { ...state, lampsOn: [true, false] } })).toThrow(/lampsOn\[1\]: puts out a fire/);
    expect(() => createSimulation(withFire, { seed: 1, state: { ...state, lampsOn: [true, 'yes'] as unknown as boolean[] } })).toThrow(/lampsOn\[1\]/);
  });
});
