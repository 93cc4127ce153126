import { describe, expect, it } from 'vitest';
import { difficultyPreset, withSlider } from '../../../../src/core/kernel/difficulty';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { daylightAt } from '../../../../src/core/rules/world/clock';
import { NEEDS, ticks } from '../../../../src/core/kernel/tuning';
import { CLOCK, LIGHT } from '../../../../src/core/kernel/tuning-world';
import { edited, run } from './helpers';
import { survivalLevel } from './survival-fixture';

const ROOM = `
  ##########
  #S.......#
  #........#
  #.......E#
  ##########`;
const PAIR = `
  ##########
  #SS......#
  #........#
  #.......E#
  ##########`;
const NIGHT = 23 * 60;
const NOON = 12 * 60;

describe('needs', () => {
  it('hunger, thirst and fatigue grow every tick, faster with a harder needs slider', () => {
    const level = survivalLevel(ROOM);
    const normal = createSimulation(level, { seed: 1 });
    const harsh = createSimulation(level, { seed: 1, difficulty: withSlider(difficultyPreset('normal'), 'needsDecay', 2) });
    run(normal, 1200);
    run(harsh, 1200);
    const [a, b] = [normal.snapshot().students[0]!, harsh.snapshot().students[0]!];
    expect(a.hunger).toBeCloseTo(NEEDS.hungerPerTick * 1200, 6);
    expect(a.thirst).toBeCloseTo(NEEDS.thirstPerTick * 1200, 6);
    expect(b.hunger).toBeCloseTo(2 * a.hunger, 6);
    expect(a.thirst).toBeGreaterThan(a.hunger); // thirst comes first
  });

  it('eating lowers hunger and drinking lowers thirst', () => {
    const level = survivalLevel(ROOM, [
      { kind: 'food', tileX: 1, tileY: 1 },
      { kind: 'water', tileX: 1, tileY: 1 },
    ]);
    const sim = edited(level, { seed: 1 }, (state) => {
      state.students[0]!.hunger = 70;
      state.students[0]!.thirst = 70;
    });
    run(sim, 1);
    expect(
      sim
        .snapshot()
        .students[0]!.pack.map((i) => i.kind)
        .sort(),
    ).toEqual(['food', 'water']);
    const events = run(sim, 1, [
      { type: 'useItem', item: 'food' },
      { type: 'useItem', item: 'water' },
    ]);
    const me = sim.snapshot().students[0]!;
    expect(me.hunger).toBeLessThan(40);
    expect(me.thirst).toBeLessThan(35);
    expect(me.pack).toEqual([]);
    expect(events.filter((e) => e.type === 'itemSpent').map((e) => e.type === 'itemSpent' && e.reason)).toEqual(['eaten', 'drunk']);
  });

  it('cold at night lowers warmth without shelter; a friend close halves it, a blanket cuts it further; by day warmth comes back', () => {
    const alone = edited(survivalLevel(ROOM), { seed: 1 }, (s) => (s.startMinute = NIGHT));
    const pair = edited(survivalLevel(PAIR), { seed: 1 }, (s) => (s.startMinute = NIGHT));
    const wrapped = edited(survivalLevel(ROOM, [{ kind: 'blanket', tileX: 1, tileY: 1 }]), { seed: 1 }, (s) => (s.startMinute = NIGHT));
    for (const sim of [alone, pair, wrapped]) run(sim, ticks(60));
    const lost = (sim: typeof alone): number => 100 - sim.snapshot().students[0]!.warmth;
    expect(lost(alone)).toBeCloseTo(NEEDS.nightColdPerTick * ticks(60), 4);
    expect(lost(pair)).toBeCloseTo(lost(alone) / 2, 4);
    expect(lost(wrapped)).toBeLessThan(lost(alone) / 3);
    const day = edited(survivalLevel(ROOM), { seed: 1 }, (s) => {
      s.startMinute = NOON;
      s.students[0]!.warmth = 50;
    });
    run(day, ticks(30));
    expect(day.snapshot().students[0]!.warmth).toBeGreaterThan(50);
  });

  it('freezing, starving or going without water hurts', () => {
    const sim = edited(survivalLevel(ROOM), { seed: 1 }, (s) => {
      s.startMinute = NOON;
      s.students[0]!.hunger = 100;
      s.students[0]!.thirst = 100;
    });
    run(sim, ticks(10));
    expect(sim.snapshot().students[0]!.health).toBeCloseTo(100 - 2 * NEEDS.exposureDamagePerTick * ticks(10), 4);
  });

  it('warns once per need as it crosses its warning level, before it hurts', () => {
    const sim = edited(survivalLevel(ROOM), { seed: 1 }, (s) => {
      s.startMinute = NOON;
      s.students[0]!.thirst = NEEDS.warnHigh - 0.01;
    });
    const events = run(sim, 200);
    expect(events.filter((e) => e.type === 'needWarning')).toEqual([{ type: 'needWarning', studentId: 0, need: 'thirst' }]);
    expect(sim.snapshot().students[0]!.warnings).toContain('thirst');
    expect(NEEDS.warnHigh).toBeLessThan(NEEDS.hurtHigh);
    expect(NEEDS.warnLow).toBeGreaterThan(NEEDS.hurtLow);
  });

  it('fear grows in the dark and near a hunting zombie; the class president steadies it', () => {
    const dark = edited(survivalLevel(ROOM, [], ['athlete']), { seed: 1 }, (s) => (s.startMinute = NIGHT));
    run(dark, ticks(60));
    // the room is lit only by the night's ambient light (rules/senses/light.ts)
    expect(dark.snapshot().students[0]!.morale).toBeCloseTo(100 - NEEDS.darkFearPerTick * (1 - LIGHT.nightAmbient / LIGHT.fullSightLight) * ticks(60), 3);
    const hunted = (role: 'leader' | 'athlete') => {
      const sim = edited(
        survivalLevel(
          `
        ############
        #S....Z...E#
        ############`,
          [],
          [role],
        ),
        { seed: 1 },
        (s) => {
          s.startMinute = NOON;
          s.zombies[0]!.facingX = -1;
          s.zombies[0]!.facingY = 0;
        },
      );
      run(sim, 80);
      return 100 - sim.snapshot().students[0]!.morale;
    };
    expect(hunted('athlete')).toBeGreaterThan(NEEDS.zombieFearPerTick * 40);
    expect(hunted('leader')).toBeCloseTo(hunted('athlete') / NEEDS.leaderFactor, 6);
  });

  it('needs change speed, noise and sight: a tired student is slower, a cold one louder', () => {
    const walk = (edit: (s: SimState) => void) => {
      const sim = edited(survivalLevel(ROOM), { seed: 1 }, (s) => {
        s.startMinute = NOON;
        edit(s);
      });
      const events = run(sim, 40, [{ type: 'move', dx: 1, dy: 0 }]);
      const steps = events.filter((e) => e.type === 'noiseMade' && e.cause === 'footstep');
      return { x: sim.snapshot().students[0]!.x, radius: steps[0]?.type === 'noiseMade' ? steps[0].radius : 0, sight: sim.snapshot().students[0]!.sightTiles };
    };
    const rested = walk(() => undefined);
    const tired = walk((s) => (s.students[0]!.fatigue = 95));
    const cold = walk((s) => (s.students[0]!.warmth = 5));
    expect(tired.x - 1.5).toBeCloseTo((rested.x - 1.5) * NEEDS.tiredSpeedFactor, 1);
    expect(tired.sight).toBeLessThan(rested.sight);
    expect(cold.radius).toBeCloseTo(rested.radius * NEEDS.coldNoiseFactor, 6);
  });

  it('the clock: dusk and dawn are half light, noon full, midnight dark', () => {
    expect(daylightAt(NOON)).toBe(1);
    expect(daylightAt(0)).toBe(0);
    expect(daylightAt(CLOCK.duskMinute)).toBeCloseTo(0.5);
    expect(daylightAt(CLOCK.dawnMinute)).toBeCloseTo(0.5);
    const sim = edited(survivalLevel(ROOM), { seed: 1 }, (s) => (s.startMinute = 23 * 60 + 59));
    run(sim, CLOCK.ticksPerMinute * 2);
    expect(sim.snapshot().minuteOfDay).toBeCloseTo(1, 6);
  });
});
