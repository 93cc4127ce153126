import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { STUDENT } from '../../../../src/core/kernel/tuning';
import { DOORS } from '../../../../src/core/kernel/tuning-world';
import { levelFromAscii, tiledFromAscii } from '../../level-fixture';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { scenario } from '../zombies/scenario';

describe('doors and windows', () => {
  it('are opened and closed by a student with interact, and block walking while closed', () => {
    const sim = createSimulation(
      levelFromAscii(`
      ########
      #S+...E#
      ########`),
      { seed: 1 },
    );
    expect(sim.snapshot().doors).toMatchObject([{ id: 0, kind: 'door', tileX: 2, tileY: 1, state: 'closed' }]);
    for (let t = 0; t < 30; t++) sim.step([{ type: 'move', dx: 1, dy: 0 }]);
    expect(sim.snapshot().students[0]!.x).toBeLessThan(2);
    const opened = sim.step([{ type: 'interact' }]);
    expect(opened).toContainEqual({ type: 'doorOpened', doorId: 0, by: 'student:0' });
    expect(opened).toContainEqual(expect.objectContaining({ type: 'noiseMade', cause: 'door', radius: DOORS.noise.open }));
    expect(sim.snapshot().doors[0]!.state).toBe('open');
    for (let t = 0; t < 60 && sim.status === 'playing'; t++) sim.step([{ type: 'move', dx: 1, dy: 0 }]);
    expect(sim.status).toBe('won');
  });

  it('refuse to close on somebody standing in the doorway', () => {
    const sim = createSimulation(
      levelFromAscii(`
      #######
      #.S/.E#
      #######`),
      { seed: 1 },
    );
    sim.step([{ type: 'move', dx: 1, dy: 0 }]);
    for (let t = 0; t < 6; t++) sim.step();
    sim.step([{ type: 'move', dx: 0, dy: 0 }]);
    expect(sim.snapshot().students[0]!.tileX).toBe(3);
    expect(sim.step([{ type: 'interact' }])).toContainEqual({ type: 'commandRejected', reason: 'somebody is in the doorway' });
  });

  it('tell a student a step too far from a door to step up to it, and say "nothing to use" only with no door near', () => {
    const sim = createSimulation(
      levelFromAscii(`
      #########
      #...#...#
      #.S.+...#
      #...#...#
      #...#..E#
      #########`),
      { seed: 1 },
    );
    expect(sim.step([{ type: 'interact' }])).toContainEqual({ type: 'commandRejected', reason: 'the door is out of reach' });
    for (let t = 0; t < 40; t++) sim.step([{ type: 'move', dx: -1, dy: 1 }]);
    expect(sim.step([{ type: 'interact' }])).toContainEqual({ type: 'commandRejected', reason: 'nothing to use here' });
  });

  it('lock and unlock with the lock command; a locked door does not open', () => {
    const sim = createSimulation(
      levelFromAscii(`
      ########
      #S+...E#
      ########`),
      { seed: 1 },
    );
    expect(sim.step([{ type: 'lock' }])).toContainEqual({ type: 'doorLocked', doorId: 0, by: 'student:0' });
    expect(sim.step([{ type: 'interact' }])).toContainEqual({ type: 'commandRejected', reason: 'the door is locked' });
    expect(sim.step([{ type: 'lock' }])).toContainEqual({ type: 'doorUnlocked', doorId: 0, by: 'student:0' });
    expect(sim.step([{ type: 'interact' }])).toContainEqual({ type: 'doorOpened', doorId: 0, by: 'student:0' });
  });

  it('block sight when closed (a door) but not when glass (a window)', () => {
    const seen = (ascii: string): boolean => {
      const s = scenario(ascii);
      Object.assign(s.world.zombies[0]!, { facingX: 1, facingY: 0 });
      for (let t = 0; t < 3; t++) s.tick();
      return ['chase', 'bash'].includes(s.world.zombies[0]!.mode);
    };
    expect(
      seen(`
      #######
      #Z.W.S#
      #####E#
      #######`),
    ).toBe(true);
    expect(
      seen(`
      #######
      #Z.+.S#
      #####E#
      #######`),
    ).toBe(false);
    expect(
      seen(`
      #######
      #Z./.S#
      #####E#
      #######`),
    ).toBe(true);
  });
});

describe('noise through doors', () => {
  const MAP = `
    ###############
    #Z....+..+...S#
    ############E##
    ###############`;

  it('does not carry a footstep through two closed doors, but carries a scream', () => {
    const s = scenario(MAP);
    s.tick([{ tileX: 13, tileY: 1, radius: STUDENT.stepNoiseRadius.run, cause: 'footstep' }]);
    expect(s.world.zombies[0]!.mode).not.toBe('investigate');
    const events = s.tick([{ tileX: 13, tileY: 1, radius: STUDENT.hurtScreamNoiseRadius + 10, cause: 'scream' }]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'zombieAlerted', zombieId: 0, cause: 'sound' }));
    expect(s.world.zombies[0]!.mode).toBe('investigate');
  });

  it('carries the same footstep once both doors stand open', () => {
    const s = scenario(MAP.replace(/\+/g, '/'));
    s.tick([{ tileX: 13, tileY: 1, radius: STUDENT.stepNoiseRadius.run + 4, cause: 'footstep' }]);
    expect(s.world.zombies[0]!.mode).toBe('investigate');
  });
});

/** A zombie outside a barricaded classroom; a phone rings inside. Ticks until the barricade gives way. */
function ticksToBreakBarricade(zombies: string, barricade: number): number {
  const json = tiledFromAscii(`
    ##############
    #${zombies.padEnd(5, '.')}...#..pS#
    #........=....#
    #........#...E#
    ##############`);
  const doors = json.layers.find((layer) => layer['name'] === 'doors') as { objects: { properties: { name: string; value: unknown }[] }[] };
  doors.objects[0]!.properties = [{ name: 'barricade', value: barricade }];
  const parsed = parseLevel(JSON.stringify(json), 'barricade.json');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const sim = createSimulation(parsed.level, { seed: 3 });
  // The student picks up the phone and throws it against the barricade from inside: it rings.
  const script: Record<number, Command[]> = { 1: [{ type: 'move', dx: -1, dy: 0 }], 6: [{ type: 'move', dx: 0, dy: 0 }], 7: [{ type: 'throwLure' }] };
  for (let t = 1; t <= 2400; t++) {
    const events: SimEvent[] = sim.step(script[t] ?? []);
    if (events.some((e) => e.type === 'barricadeBroken')) return t;
  }
  return Infinity;
}

describe('bashing', () => {
  it('a brute breaks a barricade much faster than a runner', () => {
    const brute = ticksToBreakBarricade('B', 60);
    const runner = ticksToBreakBarricade('R', 60);
    expect(brute).toBeLessThan(Infinity);
    expect(runner).toBeLessThan(Infinity);
    expect(brute * 2).toBeLessThan(runner);
  });

  it('a crowd pressing on a barricade breaks it faster than one zombie', () => {
    const one = ticksToBreakBarricade('Z', 100);
    const crowd = ticksToBreakBarricade('ZZZZZ', 100);
    expect(crowd).toBeLessThan(Infinity);
    expect(crowd * 2).toBeLessThan(one);
  });
});

describe('doors in saved state', () => {
  it('a bashing horde continues the same after a save and load at every tick', () => {
    const level = levelFromAscii(`
      ##############
      #ZZB.....#..pS#
      #........=....#
      #ZR......#...E#
      ##############`);
    const script: Record<number, Command[]> = { 1: [{ type: 'move', dx: -1, dy: 0 }], 6: [{ type: 'move', dx: 0, dy: 0 }], 7: [{ type: 'throwLure' }] };
    const straight = createSimulation(level, { seed: 9 });
    let reloaded = createSimulation(level, { seed: 9 });
    const events: SimEvent[] = [];
    for (let t = 1; t <= 500; t++) {
      reloaded = createSimulation(level, { seed: 9, state: JSON.parse(JSON.stringify(reloaded.saveState())) });
      const a = straight.step(script[t] ?? []);
      expect(reloaded.step(script[t] ?? [])).toEqual(a);
      events.push(...a);
      expect(reloaded.stateHash()).toBe(straight.stateHash());
    }
    expect(events.some((e) => e.type === 'doorHit')).toBe(true);
    expect(reloaded.snapshot().doors).toEqual(straight.snapshot().doors);
  });
});
