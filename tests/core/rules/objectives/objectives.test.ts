/**
 * Objectives in the core: each kind, steps in order, how a level is won and lost, and that the
 * progress survives save and load.
 */

import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { createDriver } from '../../sim/campaign/drive';
import { levelWithObjectives, pointObjective, rectObjective } from './objective-level';

const ROOM = `
  ############
  #S.........#
  #..........#
  #..........#
  #.........E#
  ############`;

const kinds = (events: SimEvent[]): string[] => events.flatMap((e) => (e.type === 'objectiveCompleted' ? [e.kind] : []));

describe('collect', () => {
  it('an exit does not win until the key item is picked up; walking over it collects it', () => {
    const level = levelWithObjectives(ROOM, [pointObjective('collect', 8, 1, {}, 'Lab notebook')]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    expect(drive.sim.snapshot().objectives).toEqual([expect.objectContaining({ kind: 'collect', label: 'Lab notebook', state: 'current', tileX: 8, tileY: 1, progress: 0 })]);
    drive.walkTo(10, 4);
    drive.wait(20);
    expect(drive.sim.status).toBe('playing');
    drive.walkTo(8, 1);
    expect(drive.sim.snapshot().objectives[0]).toMatchObject({ state: 'done', progress: 1 });
    drive.walkTo(10, 4);
    expect(drive.sim.status).toBe('won');
    expect(kinds(drive.events)).toEqual(['collect']);
  });

  it('E beside it picks it up without stepping on it', () => {
    const level = levelWithObjectives(ROOM, [pointObjective('collect', 5, 3)]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    drive.walkTo(4, 3);
    expect(drive.sim.snapshot().objectives[0]!.state).toBe('current');
    drive.interact();
    expect(drive.sim.snapshot().objectives[0]!.state).toBe('done');
  });
});

describe('steps and devices', () => {
  it('a later step cannot be done first; E near it then falls through to loot', () => {
    const level = levelWithObjectives(ROOM, [
      pointObjective('activate', 3, 1, { device: 'pa-console', step: 1 }, 'Switch on the PA'),
      pointObjective('activate', 8, 1, { device: 'piano', step: 2 }, 'Play the piano'),
    ]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    expect(drive.sim.snapshot().objectives.map((o) => o.state)).toEqual(['current', 'later']);
    drive.walkTo(8, 2);
    drive.interact();
    expect(drive.events.at(-1)).toEqual({ type: 'commandRejected', reason: 'nothing to use here' });
    expect(drive.sim.snapshot().objectives.map((o) => o.state)).toEqual(['current', 'later']);
    drive.walkTo(3, 2);
    drive.interact();
    expect(drive.sim.snapshot().objectives.map((o) => o.state)).toEqual(['done', 'current']);
    drive.walkTo(8, 2);
    drive.interact();
    expect(drive.sim.snapshot().objectives.map((o) => o.state)).toEqual(['done', 'done']);
    expect(drive.events.filter((e) => e.type === 'deviceActivated')).toEqual([
      { type: 'deviceActivated', index: 0, tileX: 3, tileY: 1 },
      { type: 'deviceActivated', index: 1, tileX: 8, tileY: 1 },
    ]);
  });

  it('a device with a noise sounds every half second for its seconds, at its tile', () => {
    const level = levelWithObjectives(ROOM, [pointObjective('activate', 3, 1, { device: 'piano', noise: 18, seconds: 3 })]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    drive.walkTo(3, 2);
    const before = drive.events.length;
    drive.interact();
    expect(drive.sim.snapshot().objectives[0]!.sounding).toBe(true);
    drive.wait(100);
    const noises = drive.events.slice(before).filter((e) => e.type === 'noiseMade' && e.by === 'device:0');
    // One on the press, then one every 10 ticks for 60 ticks.
    expect(noises.length).toBe(7);
    // A piano sounds like a piano (the player reads its caption), not like the phone alarm.
    expect(noises[0]).toMatchObject({ tileX: 3, tileY: 1, radius: 18, cause: 'piano' });
    expect(drive.sim.snapshot().objectives[0]!.sounding).toBe(false);
  });

  it('objectives of one step are done in any order', () => {
    const level = levelWithObjectives(ROOM, [pointObjective('collect', 8, 2), pointObjective('collect', 3, 3), rectObjective('reach', 9, 1, 2, 2, { step: 2 })]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    drive.walkTo(3, 3);
    drive.walkTo(8, 2);
    drive.walkTo(10, 1);
    expect(kinds(drive.events)).toEqual(['collect', 'collect', 'reach']);
    drive.walkTo(10, 4);
    expect(drive.sim.status).toBe('won');
  });
});

describe('hold', () => {
  it('counts time inside the area only, shows progress, and completes after its seconds', () => {
    const level = levelWithObjectives(ROOM, [rectObjective('hold', 6, 1, 3, 3, { seconds: 4 }, 'Hold the music room')]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    drive.walkTo(7, 2);
    drive.wait(40);
    const half = drive.sim.snapshot().objectives[0]!;
    expect(half.state).toBe('current');
    expect(half.progress).toBeGreaterThan(0.4);
    expect(half.secondsLeft).toBeGreaterThan(0);
    drive.walkTo(2, 4);
    const outside = drive.sim.snapshot().objectives[0]!.progress;
    drive.wait(100);
    expect(drive.sim.snapshot().objectives[0]!.progress).toBe(outside);
    drive.walkTo(7, 2);
    drive.until(() => drive.sim.snapshot().objectives[0]!.state === 'done', 80, 'hold done');
    expect(drive.sim.snapshot().objectives[0]).toMatchObject({ state: 'done', progress: 1, secondsLeft: 0 });
  });

  it('until dawn: done when 06:00 comes with a student inside, not before, and not while nobody is in it', () => {
    // 05:50 at 4 game minutes a second (0.2 a tick): dawn is 50 ticks away.
    const props = { startHour: 5 + 50 / 60, clockSpeed: 4 };
    const make = () => createDriver(createSimulation(levelWithObjectives(ROOM, [rectObjective('hold', 6, 1, 3, 3, { untilDawn: true, seconds: 1 }, 'Hold until dawn')], props), { seed: 1 }));
    const inside = make();
    expect(inside.sim.snapshot().objectives[0]!.secondsLeft).toBe(3);
    inside.walkTo(7, 2);
    // `seconds` is ignored: well past one second inside, it is not done before dawn.
    expect(inside.sim.snapshot().objectives[0]!.state).toBe('current');
    inside.until(() => inside.sim.snapshot().objectives[0]!.state === 'done', 80, 'held until dawn');
    const done = inside.sim.snapshot();
    expect(done.tick).toBe(50);
    expect(done.clock).toBe('06:00');

    const away = make();
    away.wait(80);
    expect(away.sim.snapshot().objectives[0]!.state).toBe('current');
    away.walkTo(7, 2);
    away.wait(2);
    expect(away.sim.snapshot().objectives[0]!.state).toBe('done');
  });
});

describe('rescue', () => {
  const TWO_ROOMS = `
    ##############
    #S....#......#
    #.....#......#
    #EEE.........#
    #EEE..#......#
    ##############`;

  it('a waiting student stays put, cannot be controlled, joins when a group member comes close, then follows', () => {
    const level = levelWithObjectives(TWO_ROOMS, [pointObjective('rescue', 11, 2, { name: 'Ji-ho', look: 3 }, 'Find Ji-ho')]);
    expect(level.students.map((s) => [s.name, s.waiting === true])).toEqual([
      ['S1', false],
      ['Ji-ho', true],
    ]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    expect(drive.sim.snapshot().objectives[0]).toMatchObject({ kind: 'rescue', studentId: 1, state: 'current' });
    drive.step([{ type: 'switchStudent', studentId: 1 }]);
    expect(drive.events.at(-1)).toEqual({ type: 'commandRejected', reason: 'student 1 cannot be controlled' });
    drive.walkTo(3, 3);
    expect(drive.sim.snapshot().students[1]).toMatchObject({ tileX: 11, tileY: 2, waiting: true });
    drive.walkTo(10, 2);
    expect(drive.events).toContainEqual({ type: 'studentJoined', studentId: 1 });
    expect(drive.sim.snapshot().objectives[0]!.state).toBe('done');
    drive.walkTo(1, 4);
    expect(drive.sim.status).toBe('won');
  });

  it('with escort, is done only when the rescued student stands in an exit', () => {
    const level = levelWithObjectives(TWO_ROOMS, [pointObjective('rescue', 11, 2, { escort: true })]);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    drive.walkTo(10, 2);
    expect(drive.sim.snapshot().objectives[0]!.state).toBe('current');
    drive.walkTo(1, 4);
    // The leader is on the exit but the level waits for the rescued student to get there too.
    drive.until(() => drive.sim.status !== 'playing', 400, 'escort reaches the exit');
    expect(drive.sim.status).toBe('won');
    const rescued = drive.sim.snapshot().students[1]!;
    expect(rescued.tileX <= 3 && rescued.tileY >= 3).toBe(true);
  });

  it('is lost when the student to rescue falls first', () => {
    const level = levelWithObjectives(
      `
      ##########
      #S...#..Z#
      #........#
      #....#.Z.#
      #E...#...#
      ##########`,
      [pointObjective('rescue', 7, 2)],
    );
    const drive = createDriver(createSimulation(level, { seed: 3 }));
    drive.until(() => drive.sim.status !== 'playing', 3000, 'the waiting student falls');
    expect(drive.sim.status).toBe('lost');
    expect(drive.events).toContainEqual({ type: 'levelLost', reason: 'rescueLost' });
  });
});

describe('survivors', () => {
  it('the level is lost once fewer students stand than the map asks, when the fallen one can no longer be helped up', () => {
    const level = levelWithObjectives(
      `
      ####################
      #S..............ZZ.#
      #..................#
      #S.................#
      #E.................#
      ####################`,
      [],
      { survivors: 2 },
    );
    expect(level.survivors).toBe(2);
    const drive = createDriver(createSimulation(level, { seed: 5 }));
    expect(drive.sim.snapshot().survivorsNeeded).toBe(2);
    // The other student holds at the west wall while the first walks into the walkers.
    drive.step([
      { type: 'order', order: 'hold', studentId: 1 },
      { type: 'walkTo', tileX: 15, tileY: 1 },
    ]);
    drive.until(() => drive.sim.snapshot().students[0]!.down, 3000, 'the first student falls');
    // Fallen with time left to be helped up: the level goes on (it was lost at once while the HUD counted that time down).
    expect(drive.sim.snapshot().students[0]!.helpUpTicks).toBeGreaterThan(0);
    expect(drive.sim.status).toBe('playing');
    drive.until(() => drive.sim.status !== 'playing' || drive.sim.snapshot().students[0]!.helpUpTicks === null, 3000, 'the time to help them up runs out');
    drive.step();
    expect(drive.sim.status).toBe('lost');
    expect(drive.events).toContainEqual({ type: 'levelLost', reason: 'tooFewSurvivors' });
    expect(drive.sim.snapshot().students.filter((s) => !s.down).length).toBe(1);
  });

  it('no objectives and no survivors property: an exit wins as before', () => {
    const level = levelWithObjectives(ROOM, []);
    expect(level.objectives).toEqual([]);
    expect(level.survivors).toBe(1);
    const drive = createDriver(createSimulation(level, { seed: 1 }));
    drive.walkTo(10, 4);
    expect(drive.sim.status).toBe('won');
  });
});

describe('objective progress in saves', () => {
  it('a hold half done, a sounding device and a rescued student come back from a save, and the run continues identically', () => {
    const level = levelWithObjectives(
      `
      ##############
      #S....#......#
      #.....#......#
      #............#
      #E....#......#
      ##############`,
      [pointObjective('activate', 2, 1, { device: 'fire-alarm', noise: 10, seconds: 5 }), pointObjective('rescue', 11, 2, { step: 2 }), rectObjective('hold', 8, 1, 4, 3, { seconds: 6, step: 2 })],
    );
    const straight = createDriver(createSimulation(level, { seed: 9 }));
    straight.walkTo(2, 2);
    straight.interact();
    straight.walkTo(9, 2);
    straight.wait(30);
    const state = JSON.parse(JSON.stringify(straight.sim.saveState())) as ReturnType<typeof straight.sim.saveState>;
    const loaded = createSimulation(level, { seed: 9, state });
    expect(loaded.snapshot()).toEqual(straight.sim.snapshot());
    expect(loaded.snapshot().objectives.map((o) => o.state)).toEqual(['done', 'done', 'current']);
    for (let t = 0; t < 200; t++) expect(loaded.step()).toEqual(straight.sim.step());
    expect(loaded.stateHash()).toBe(straight.sim.stateHash());
  });
});
