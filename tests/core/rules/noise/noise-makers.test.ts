import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import type { Level } from '../../../../src/core/level/level';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { NOISE_MAKERS } from '../../../../src/core/kernel/tuning-world';
import { tiledFromAscii } from '../../level-fixture';
import { pointObjective } from '../objectives/objective-level';

/** An ASCII level with a `noisemakers` layer (and objectives) added. */
function levelWith(ascii: string, makers: { kind: string; x: number; y: number }[], objectives: object[] = []): Level {
  const map = tiledFromAscii(ascii);
  map.layers.push({
    id: 98,
    name: 'noisemakers',
    type: 'objectgroup',
    objects: makers.map((m, i) => ({ id: 400 + i, name: '', type: m.kind, x: m.x * 16 + 8, y: m.y * 16 + 8, width: 0, height: 0, point: true })),
  });
  if (objectives.length > 0) map.layers.push({ id: 99, name: 'objectives', type: 'objectgroup', objects: objectives.map((o, i) => ({ id: 500 + i, ...o })) });
  const result = parseLevel(JSON.stringify(map), 'noise-makers-test.json');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('\n'));
  return result.level;
}

// A room of zombies opens on a corridor running west and east; closets to the south (the west one
// behind an open door).
const FLOOR = `
  #################################
  #...............#Z.Z.Z.Z#.......#
  #...............#.Z.Z.Z.#.......#
  #...............#Z.Z.Z.Z#.......#
  #########.#######.Z.Z.Z.#########
  #...............................#
  #.S.............................#
  #...............................#
  ##/########.###################E#
  #..########.#####################
  #..########.#####################
  #################################`;

/** The student hides in the west closet and shuts and locks its door. */
function hide(sim: Simulation): void {
  sim.step([{ type: 'walkTo', tileX: 2, tileY: 9 }]);
  for (let t = 0; t < 40; t++) sim.step();
  expect(sim.snapshot().students[0]).toMatchObject({ tileX: 2, tileY: 9 });
  const closed = sim.step([{ type: 'interact' }]);
  expect(closed, JSON.stringify(closed)).toContainEqual(expect.objectContaining({ type: 'doorClosed' }));
  expect(sim.step([{ type: 'lock' }])).toContainEqual(expect.objectContaining({ type: 'doorLocked' }));
}

function run(sim: Simulation, ticks: number): SimEvent[] {
  const events: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) events.push(...sim.step());
  return events;
}

function sides(sim: Simulation): { west: number; east: number } {
  const zombies = sim.snapshot().zombies;
  // East counts the zombies drawn there (by a noise, or hunting); one strolling near home is not drawn anywhere.
  const drawn = (z: (typeof zombies)[number]): boolean => z.mode !== 'wander' && z.mode !== 'idle';
  return { west: zombies.filter((z) => z.tileX < 16).length, east: zombies.filter((z) => z.tileX > 24 && drawn(z)).length };
}

describe('noise makers', () => {
  it('a piano played with E pulls the horde down the west corridor, none east', () => {
    const sim = createSimulation(levelWith(FLOOR, [{ kind: 'piano', x: 1, y: 5 }]), { seed: 2 });
    const played = sim.step([{ type: 'interact' }]);
    expect(played).toContainEqual({ type: 'noiseMakerStarted', index: 0, kind: 'piano', tileX: 1, tileY: 5, by: 'student:0' });
    expect(played).toContainEqual(expect.objectContaining({ type: 'noiseMade', cause: 'piano', radius: NOISE_MAKERS.piano.loudness, tileX: 1, tileY: 5 }));
    hide(sim);
    const events = run(sim, 160);
    const notes = events.filter((e) => e.type === 'noiseMade' && e.cause === 'piano').length;
    expect(sim.status).toBe('playing');
    // One a half second until it stops (hiding took 43 ticks of it).
    expect(notes).toBe(NOISE_MAKERS.piano.soundTicks / NOISE_MAKERS.piano.everyTicks - Math.floor(43 / NOISE_MAKERS.piano.everyTicks));
    const { west, east } = sides(sim);
    expect(west).toBeGreaterThanOrEqual(3); // those in earshot (18 tiles, less 6 per wall) came
    expect(east).toBe(0);
    expect(sim.snapshot().zombies).toHaveLength(sim.level.zombies.length);
  });

  it('the PA console is quiet itself but plays every speaker: the horde goes east, to the speaker', () => {
    const sim = createSimulation(
      levelWith(FLOOR, [
        { kind: 'paConsole', x: 1, y: 5 },
        { kind: 'speaker', x: 30, y: 6 },
      ]),
      { seed: 2 },
    );
    const started = sim.step([{ type: 'interact' }]).filter((e) => e.type === 'noiseMakerStarted');
    expect(started.map((e) => e.type === 'noiseMakerStarted' && e.kind)).toEqual(['paConsole', 'speaker']);
    sim.step([{ type: 'walkTo', tileX: 11, tileY: 10 }]);
    run(sim, 160);
    const { west, east } = sides(sim);
    expect(east).toBeGreaterThanOrEqual(6);
    expect(west).toBe(0);
  });

  it('a device objective at a noise maker sounds it once, not a second noise of its own', () => {
    const level = levelWith(FLOOR, [{ kind: 'fireAlarm', x: 2, y: 5 }], [pointObjective('activate', 2, 5, { device: 'fire-alarm', noise: 10, seconds: 5 })]);
    const sim = createSimulation(level, { seed: 2 });
    const events = sim.step([{ type: 'interact' }]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'objectiveCompleted', kind: 'activate' }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'noiseMakerStarted', kind: 'fireAlarm', by: 'device:0' }));
    const noises = events.filter((e) => e.type === 'noiseMade' && e.cause !== 'footstep');
    expect(noises).toEqual([expect.objectContaining({ cause: 'fireAlarm', radius: NOISE_MAKERS.fireAlarm.loudness })]);
  });

  it('keep sounding the same after a save and load mid-sound', () => {
    const level = levelWith(FLOOR, [{ kind: 'bell', x: 1, y: 5 }]);
    const a = createSimulation(level, { seed: 5 });
    a.step([{ type: 'interact' }]);
    run(a, 15);
    const b = createSimulation(level, { seed: 5, state: a.saveState() });
    expect(JSON.stringify(run(b, 100))).toBe(JSON.stringify(run(a, 100)));
    expect(b.stateHash()).toBe(a.stateHash());
  });

  it('a bad saved noise maker list is refused with the field named', () => {
    const level = levelWith(FLOOR, [{ kind: 'bell', x: 1, y: 5 }]);
    const state = createSimulation(level, { seed: 5 }).saveState();
    state.minds.noiseMakers = [];
    expect(() => createSimulation(level, { seed: 5, state })).toThrow(/minds\.noiseMakers/);
  });
});
