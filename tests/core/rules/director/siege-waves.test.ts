import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { Level } from '../../../../src/core/level/level';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { TICKS_PER_SECOND } from '../../../../src/core/kernel/tuning';

function siege(waves = true): Level {
  const parsed = parseLevel(readFileSync('levels/siege.json', 'utf8'), 'levels/siege.json');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return { ...parsed.level, settings: { ...parsed.level.settings, waves } };
}

/** The group stands where it started for 90 s (or until the level ends). */
function idle(level: Level, seed: number): { events: SimEvent[]; standing: number; status: string } {
  const sim = createSimulation(level, { seed });
  const events: SimEvent[] = [];
  while (sim.status === 'playing' && sim.tick < 90 * TICKS_PER_SECOND) events.push(...sim.step());
  return { events, standing: sim.snapshot().students.filter((s) => !s.down).length, status: sim.status };
}

describe('siege waves', () => {
  it("a siege's game with its waves come in saves and loads (a siege's 'What happened?' refused its own keyframe: 58 zombies where the level has 10)", () => {
    const level = siege();
    const sim = createSimulation(level, { seed: 1 });
    while (sim.status === 'playing' && sim.snapshot().zombies.length <= level.zombies.length + 8) sim.step();
    expect(sim.snapshot().zombies.length).toBeGreaterThan(level.zombies.length + 7);
    const state = JSON.parse(JSON.stringify(sim.saveState())) as ReturnType<typeof sim.saveState>;
    const loaded = createSimulation(level, { seed: 1, state });
    expect(loaded.snapshot().zombies.length).toBe(sim.snapshot().zombies.length);
  });

  it('an idle group is in real trouble by 90 s: it loses, or at most one student is still standing', () => {
    for (const seed of [1, 2, 3]) {
      const { standing, status } = idle(siege(), seed);
      expect(status === 'lost' || standing <= 1, `seed ${seed}: ${status}, ${standing} standing`).toBe(true);
    }
  });

  it('without the waves the same idle group comes through unhurt (the waves are the pressure)', () => {
    const { standing } = idle(siege(false), 1);
    expect(standing).toBe(3);
  });

  it("grows wave by wave, arrives at the map's zombie spawns, and breaks a weak barricade first", () => {
    const level = siege();
    const { events } = idle(level, 3);
    const waves = events.filter((e) => e.type === 'waveArrived');
    expect(waves.length).toBeGreaterThanOrEqual(4);
    waves.forEach((wave, i) => {
      expect(wave.wave).toBe(i + 1);
      if (i > 0) expect(wave.size).toBeGreaterThan(waves[i - 1]!.size);
      expect(level.zombies.some((z) => z.tileX === wave.tileX && z.tileY === wave.tileY)).toBe(true);
    });
    // The weakest barricades (windows at 30 and 60) or the unbarricaded windows give before the 120 doors.
    const broken = events.filter((e) => e.type === 'doorBroken' || e.type === 'barricadeBroken');
    expect(broken.length).toBeGreaterThan(0);
    const firstDoor = level.doors[broken[0]!.doorId]!;
    expect(firstDoor.barricade).toBeLessThan(120);
  });

  it('shows the wave and the seconds to the next in the snapshot', () => {
    const sim = createSimulation(siege(), { seed: 1 });
    expect(sim.snapshot().siege).toEqual({ wave: 0, nextWaveSeconds: 10 });
    while (sim.snapshot().siege!.wave === 0) sim.step();
    expect(sim.snapshot().siege).toEqual({ wave: 1, nextWaveSeconds: 18 });
    expect(createSimulation(siege(false), { seed: 1 }).snapshot().siege).toBeNull();
  });
});
