import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/kernel/rng';
import { createScentMap, freshestScentNear, strengthOfAge } from '../../../src/core/state/scent-map';
import { gridFromAscii } from '../../../src/core/grid/tile-grid';
import { SCENT } from '../../../src/core/kernel/tuning';
import { createTickContext } from '../../../src/core/rules/tick-context';
import { createWorld } from '../../../src/core/state/world';
import { updateZombies } from '../../../src/core/rules/zombies/zombie-update';
import { updateStudents } from '../../../src/core/rules/students/student-update';
import { levelFromAscii } from '../level-fixture';

describe('blood trails', () => {
  it('fade with time and are smelled only above the threshold', () => {
    const grid = gridFromAscii(`
      #####
      #...#
      #####`);
    const scent = createScentMap(grid);
    expect(scent.isEmpty).toBe(true);
    scent.lay(6, 0);
    expect(scent.strengthAt(6, 0)).toBe(1);
    expect(scent.strengthAt(6, 231)).toBeCloseTo(0.5, 1);
    expect(freshestScentNear(grid, scent, 2, 1, 10)).toBe(6);
    const tooOld = Math.ceil(Math.log(SCENT.smellThreshold) / Math.log(SCENT.decayPerTick)) + 1;
    expect(freshestScentNear(grid, scent, 2, 1, tooOld)).toBe(-1);
  });

  it('fade by a table of products that makes every choice Math.pow made, the same on every engine', () => {
    // The table's values are IEEE products (exact everywhere); Math.pow's last bit is up to the engine.
    // What the rules use is a comparison (fresher trail, above the threshold): those must come out the same.
    let age = 0;
    for (; strengthOfAge(age) > 0; age++) {
      const table = strengthOfAge(age);
      const pow = Math.pow(SCENT.decayPerTick, age);
      expect(Math.abs(table - pow) / pow, `age ${age}`).toBeLessThan(1e-12);
      expect(table > SCENT.smellThreshold, `age ${age}`).toBe(pow > SCENT.smellThreshold);
      expect(table >= 0.05, `age ${age} (debug trail)`).toBe(pow >= 0.05);
      if (age > 0) expect(table).toBeLessThan(strengthOfAge(age - 1));
    }
    expect(Math.pow(SCENT.decayPerTick, age)).toBeLessThan(1e-6);
    expect(strengthOfAge(age + 1000)).toBe(0);
  });

  it('lead a zombie step by step to the fresh end, around a corner and out of sight', () => {
    // A trail laid from the west end (old) round the corner to the alcove (fresh). The student is
    // gone; the zombie stands on the oldest drop facing away and knows nothing but the smell.
    const level = levelFromAscii(`
      ###########
      #Z.......E#
      ########..#
      ########..#
      #S.......##
      ###########`);
    const world = createWorld(level, createRng(3), 3);
    world.students[0]!.down = true; // nobody to see or hear: only the trail
    world.zombies[0]!.facingX = -1;
    world.zombies[0]!.facingY = 0;
    const trail = [
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
      [7, 1],
      [8, 1],
      [8, 2],
      [8, 3],
    ];
    trail.forEach(([x, y], i) => world.scent.lay(y! * world.grid.width + x!, i * 5));
    world.tick = trail.length * 5;
    const context = createTickContext(world);
    const alerts = [];
    for (let t = 0; t < 200; t++) {
      world.tick++;
      context.events = [];
      context.noises = [];
      updateZombies(context);
      alerts.push(...context.events.filter((e) => e.type === 'zombieAlerted'));
    }
    const zombie = world.zombies[0]!;
    expect(alerts[0]).toMatchObject({ type: 'zombieAlerted', cause: 'smell' });
    expect(Math.floor(zombie.x)).toBeGreaterThanOrEqual(7);
    expect(Math.floor(zombie.y)).toBeGreaterThanOrEqual(2);
  });

  it('are left by a bleeding student on every tile walked', () => {
    const world = createWorld(
      levelFromAscii(`
      ########
      #S....E#
      ########`),
      createRng(1),
      1,
    );
    const context = createTickContext(world);
    world.students[0]!.bleedTicks = SCENT.bleedTicks;
    const intent = { dx: 1, dy: 0, gait: 'walk' as const };
    for (let t = 0; t < 20; t++) {
      world.tick++;
      updateStudents(context, intent);
    }
    const row = [1, 2, 3, 4].map((x) => world.scent.strengthAt(1 * world.grid.width + x, world.tick));
    expect(row.every((strength) => strength > SCENT.smellThreshold)).toBe(true);
    expect(row[3]!).toBeGreaterThan(row[0]!); // fresher where the student went last
  });
});
