import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { inLapse, updateHalfbies } from '../../../../src/core/rules/students/halfbie';
import { HALFBIE } from '../../../../src/core/kernel/tuning-world';
import { makeNoise } from '../../../../src/core/rules/tick-context';
import { levelFromAscii } from '../../level-fixture';
import { scenario } from '../zombies/scenario';

const ROOM = `
  ###########
  #Z..S....E#
  #Z........#
  #R........#
  ###########`;

function hordeAround(halfbie: boolean): { hunting: number; alerted: number; health: number } {
  const s = scenario(ROOM, 4);
  const student = s.world.students[0]!;
  student.halfbie = halfbie;
  student.bleedTicks = 100; // bleeding, too
  for (const zombie of s.world.zombies) Object.assign(zombie, { facingX: 1, facingY: 0 });
  let alerted = 0;
  for (let t = 0; t < 100; t++) {
    // The student stamps and shouts right next to the horde.
    const events = s.tick([{ tileX: 4, tileY: 1, radius: 11, cause: 'scream', by: 'student:0' }]);
    alerted += events.filter((e) => e.type === 'zombieAlerted').length;
  }
  const hunting = s.world.zombies.filter((z) => z.mode === 'chase' || z.mode === 'attack' || z.mode === 'investigate').length;
  return { hunting, alerted, health: student.health };
}

describe('a halfbie student', () => {
  it('is ignored by the horde: not seen, not heard, a bite never comes', () => {
    const human = hordeAround(false);
    expect(human.hunting).toBeGreaterThan(0);
    expect(human.alerted).toBeGreaterThanOrEqual(3);
    expect(human.health).toBeLessThan(100);
    const halfbie = hordeAround(true);
    expect(halfbie).toEqual({ hunting: 0, alerted: 0, health: 100 });
  });

  it('hears a noise through walls that a zombie beside them does not', () => {
    const s = scenario(`
      ###########
      #S..#....E#
      #...+.....#
      #Z..#.....#
      ###########`);
    s.world.students[0]!.halfbie = true;
    s.world.tick++;
    s.context.events = [];
    s.context.noises = [];
    makeNoise(s.context, 7.5, 1.5, 2, 'footstep', 'test');
    updateHalfbies(s.context);
    expect(s.context.events).toContainEqual({ type: 'halfbieHeard', studentId: 0, tileX: 7, tileY: 1, cause: 'footstep' });
    // Too far even for a halfbie:
    s.context.events = [];
    s.context.noises = [];
    makeNoise(s.context, 1.5 + HALFBIE.hearThroughWallsTiles + 1, 1.5, 30, 'bell', 'test');
    updateHalfbies(s.context);
    expect(s.context.events.filter((e) => e.type === 'halfbieHeard')).toEqual([]);
  });

  it('grows hungry fast and, unchecked, loses control for moments: commands refused, a lunge at a friend', () => {
    const level = levelFromAscii(`
      ##############
      #S.......S..E#
      ##############`);
    const plain = createSimulation(level, { seed: 2 });
    const state = plain.saveState();
    state.students[0]!.halfbie = true;
    state.students[0]!.hunger = 95;
    const run = (): { events: SimEvent[]; closest: number } => {
      const sim = createSimulation(level, { seed: 2, state: structuredClone(state) });
      const events: SimEvent[] = [];
      let closest = Infinity;
      for (let t = 0; t < HALFBIE.lapseEveryTicks * 2; t++) {
        events.push(...sim.step([{ type: 'move', dx: -1, dy: 0 }]));
        const [me, friend] = sim.snapshot().students;
        closest = Math.min(closest, Math.abs(me!.x - friend!.x));
      }
      return { events, closest };
    };
    const first = run();
    expect(first.events.filter((e) => e.type === 'halfbieLapse').length).toBe(2);
    expect(first.events).toContainEqual({ type: 'commandRejected', reason: 'the hunger has taken over' });
    // It was walking away (west), yet the lunges brought it toward the friend 8 tiles east.
    expect(first.closest).toBeLessThan(6);
    expect(run()).toEqual(first); // deterministic
    const sim = createSimulation(level, { seed: 2, state: structuredClone(state) });
    const before = sim.snapshot().students[0]!.hunger;
    for (let t = 0; t < 100; t++) sim.step();
    const plainBefore = plain.snapshot().students[0]!.hunger;
    for (let t = 0; t < 100; t++) plain.step();
    expect(sim.snapshot().students[0]!.hunger - before).toBeCloseTo((plain.snapshot().students[0]!.hunger - plainBefore) * HALFBIE.hungerFactor, 5);
  });

  it('is not in a lapse when fed', () => {
    const s = scenario(ROOM);
    const student = s.world.students[0]!;
    student.halfbie = true;
    student.hunger = HALFBIE.lapseHunger - 1;
    for (let t = 0; t < HALFBIE.lapseEveryTicks; t++) {
      s.world.tick++;
      expect(inLapse(s.world, student)).toBe(false);
    }
  });
});
