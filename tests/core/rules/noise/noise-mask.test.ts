import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { maskNoise } from '../../../../src/core/rules/noise/noise-mask';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { STUDENT } from '../../../../src/core/kernel/tuning';
import { DIRECTOR, NOISE_MASK, NOISE_MAKERS } from '../../../../src/core/kernel/tuning-world';
import { levelWithObjectives } from '../objectives/objective-level';
import { findMark, scenario } from '../zombies/scenario';
import { tiledFromAscii } from '../../level-fixture';
import { parseLevel } from '../../../../src/core/level/parse-level';

// A long hall: a zombie near the west end; N marks a step two tiles from it, F one far east.
const HALL = `
  ##############################################
  #..........................................SE#
  #...Z.N.....................................F#
  #............................................#
  ##############################################`;

const heardSound = (events: readonly SimEvent[]): boolean => events.some((e) => e.type === 'zombieAlerted' && e.cause === 'sound');
const step = (tile: { tileX: number; tileY: number }, radius: number, cause: 'footstep' | 'scream' = 'footstep') => [{ ...tile, radius, cause }];

describe('noise masking by thunder and the bell', () => {
  it('a walking step two tiles from a zombie is heard, but not during thunder', () => {
    const near = findMark(HALL, 'N');
    const plain = scenario(HALL);
    expect(heardSound(plain.tick(step(near, STUDENT.stepNoiseRadius.walk)))).toBe(true);

    const stormy = scenario(HALL);
    maskNoise(stormy.world, 'thunder', 20, 2);
    expect(heardSound(stormy.tick(step(near, STUDENT.stepNoiseRadius.walk)))).toBe(false);
    expect(heardSound(stormy.tick(step(near, STUDENT.stepNoiseRadius.sneak + 0.5)))).toBe(false);
    expect(stormy.world.zombies[0]!.mode).not.toBe('investigate');
  });

  it('a scream and a running step still get through the thunder', () => {
    const near = findMark(HALL, 'N');
    const screamed = scenario(HALL);
    maskNoise(screamed.world, 'thunder', 20, 2);
    expect(heardSound(screamed.tick(step(near, STUDENT.hurtScreamNoiseRadius, 'scream')))).toBe(true);
    const ran = scenario(HALL);
    maskNoise(ran.world, 'thunder', 20, 2);
    expect(STUDENT.stepNoiseRadius.run).toBeGreaterThanOrEqual(NOISE_MASK.thunder.masksBelowRadius);
    expect(heardSound(ran.tick(step(near, STUDENT.stepNoiseRadius.run)))).toBe(true);
  });

  it('footsteps are heard again once the thunder has passed', () => {
    const near = findMark(HALL, 'N');
    const s = scenario(HALL);
    maskNoise(s.world, 'thunder', 20, 2);
    for (let t = 1; t < NOISE_MASK.thunder.durationTicks; t++) expect(heardSound(s.tick(step(near, STUDENT.stepNoiseRadius.walk)))).toBe(false);
    expect(heardSound(s.tick(step(near, STUDENT.stepNoiseRadius.walk)))).toBe(true);
    expect(s.world.minds.noiseMasks.every((mask) => mask.untilTick <= s.world.tick)).toBe(true);
  });

  it('the bell masks too, but only within its reach', () => {
    const near = findMark(HALL, 'N');
    const s = scenario(HALL);
    maskNoise(s.world, 'bell', 2, 1);
    expect(heardSound(s.tick(step(near, STUDENT.stepNoiseRadius.walk)))).toBe(false);
    // The same bell far away (beyond its reach of the step) covers nothing here.
    const far = scenario(HALL);
    const east = findMark(HALL, 'F');
    maskNoise(far.world, 'bell', east.tileX, east.tileY);
    expect(Math.abs(east.tileX - near.tileX)).toBeGreaterThan(NOISE_MASK.bell.reachTiles);
    expect(heardSound(far.tick(step(near, STUDENT.stepNoiseRadius.walk)))).toBe(true);
  });

  it('a renewed mask is one mask, and at most maxMasks are kept', () => {
    const s = scenario(HALL);
    maskNoise(s.world, 'bell', 2, 1);
    s.tick();
    maskNoise(s.world, 'bell', 2, 1);
    expect(s.world.minds.noiseMasks).toEqual([{ kind: 'bell', tileX: 2, tileY: 1, untilTick: s.world.tick + NOISE_MASK.bell.durationTicks }]);
    for (let x = 0; x < 20; x++) maskNoise(s.world, 'thunder', x + 1, 1);
    expect(s.world.minds.noiseMasks).toHaveLength(NOISE_MASK.maxMasks);
  });
});

// At night (zombies see 2 tiles at most), a student walks back and forth three tiles from a zombie.
const DARK_ROOM = `
  ###########
  #.........#
  #.S.......#
  #.........#
  #.........#
  #....Z...E#
  ###########`;

/** The events of each tick of the walk. */
function walkBackAndForth(sim: Simulation, ticks: number): SimEvent[][] {
  const events: SimEvent[][] = [];
  for (let t = 0; t < ticks; t++) {
    const x = sim.snapshot().students[0]!.x;
    const dx = Math.floor(t / 30) % 2 === 0 ? (x < 8 ? 1 : 0) : x > 2.5 ? -1 : 0;
    events.push(sim.step([{ type: 'move', dx, dy: 0, gait: 'walk' }]));
  }
  return events;
}

describe('a walking student and thunder, in the whole simulation', () => {
  const level = levelWithObjectives(DARK_ROOM, [], { startHour: 0 });

  it('hears the walking student, but not while thunder holds', () => {
    const start = createSimulation(level, { seed: 3 }).saveState();
    const ticks = 60;
    // No thunder: the zombie hears a step and turns to it.
    const plain = createSimulation(level, { seed: 3, state: start });
    const plainEvents = walkBackAndForth(plain, ticks);
    const heardAt = plainEvents.findIndex((tick) => heardSound(tick));
    expect(heardAt).toBeGreaterThanOrEqual(0);
    // The same walk from the same state, a thunderclap having just rolled over the room.
    const stormyState = structuredClone(start);
    stormyState.minds.noiseMasks = [{ kind: 'thunder', tileX: 5, tileY: 3, untilTick: start.tick + ticks }];
    const stormy = createSimulation(level, { seed: 3, state: stormyState });
    expect(stormy.snapshot().noiseMasks).toEqual([
      { kind: 'thunder', tileX: 5, tileY: 3, reachTiles: NOISE_MASK.thunder.reachTiles, masksBelowRadius: NOISE_MASK.thunder.masksBelowRadius, ticksLeft: ticks, covers: [0] },
    ]);
    const perTick = walkBackAndForth(stormy, ticks);
    const during = perTick.flat();
    expect(during.filter((e) => e.type === 'noiseMade' && e.cause === 'footstep').length).toBeGreaterThan(5);
    expect(heardSound(during)).toBe(false);
    // Until the moment the plain run heard, the stormy zombie had not noticed anything else either: it was listening.
    expect(
      perTick
        .slice(0, heardAt + 1)
        .flat()
        .filter((e) => e.type === 'zombieAlerted'),
    ).toEqual([]);
    expect(stormy.snapshot().noiseMasks).toEqual([]);
  });

  it('a saved mask with a bad place or an endless time is refused with the field named', () => {
    const sim = createSimulation(level, { seed: 3 });
    const state = sim.saveState();
    state.minds.noiseMasks = [{ kind: 'thunder', tileX: 99, tileY: 3, untilTick: 10 }];
    expect(() => createSimulation(level, { seed: 3, state })).toThrow(/minds\.noiseMasks\[0\]/);
    state.minds.noiseMasks = [{ kind: 'thunder', tileX: 5, tileY: 3, untilTick: 1_000_000 }];
    expect(() => createSimulation(level, { seed: 3, state })).toThrow(/minds\.noiseMasks\[0\]\.untilTick/);
    delete state.minds.noiseMasks; // a save from before masks: none holds
    expect(createSimulation(level, { seed: 3, state }).snapshot().noiseMasks).toEqual([]);
  });
});

describe('the director and the bell start masks', () => {
  const FLOOR = `
    ##############################################
    #SSE#....Z.......Z.........Z.........Z......#
    #...#.......Z..........Z........Z........Z..#
    #####..Z........Z.........Z.........Z.......#
    #.........Z.........Z.........Z.........Z...#
    ##############################################`;

  it('each thunderclap or bell of the director masks from its place; helicopters do not; same seed, same masks', () => {
    const run = (): string[] => {
      const sim = createSimulation(levelWithObjectives(FLOOR, [], { director: true }), { seed: 9 });
      const log: string[] = [];
      for (let t = 0; t < DIRECTOR.buildUpTicks + DIRECTOR.peakTicks + 10; t++) {
        for (const e of sim.step()) {
          if (e.type !== 'directorEvent') continue;
          const masks = sim.snapshot().noiseMasks;
          const here = masks.find((m) => m.tileX === e.tileX && m.tileY === e.tileY && m.kind === e.sound);
          if (e.sound === 'helicopter') expect(here).toBeUndefined();
          else expect(here?.ticksLeft).toBe(NOISE_MASK[e.sound].durationTicks);
          log.push(`${sim.tick}:${e.sound}@${e.tileX},${e.tileY}`);
        }
      }
      return log;
    };
    const first = run();
    expect(first.some((entry) => entry.includes('thunder') || entry.includes('bell'))).toBe(true);
    expect(run()).toEqual(first);
  });

  it('a ringing bell noise maker keeps its mask up while it rings', () => {
    const map = tiledFromAscii(`
      ##############################################
      #.S........................................E.#
      #............................................#
      #............................................#
      ##############################################`);
    map.layers.push({ id: 98, name: 'noisemakers', type: 'objectgroup', objects: [{ id: 400, name: '', type: 'bell', x: 2 * 16 + 8, y: 1 * 16 + 8, width: 0, height: 0, point: true }] });
    const parsed = parseLevel(JSON.stringify(map), 'bell-test.json');
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    const sim = createSimulation(parsed.level, { seed: 1 });
    sim.step([{ type: 'interact' }]);
    for (let t = 1; t < NOISE_MAKERS.bell.soundTicks; t++) {
      sim.step();
      expect(sim.snapshot().noiseMasks.map((m) => m.kind)).toEqual(['bell']);
    }
    for (let t = 0; t < NOISE_MAKERS.bell.everyTicks + NOISE_MASK.bell.durationTicks; t++) sim.step();
    expect(sim.snapshot().noiseMasks).toEqual([]);
  });
});
