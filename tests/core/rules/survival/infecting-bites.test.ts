/**
 * A student remembers each wound that infected them — on which level, at which game minute, by
 * which zombie kind — through saves and into the next level, and a loss by turning names them.
 */

import { describe, expect, it } from 'vitest';
import { woundByZombie } from '../../../../src/core/rules/survival/infection';
import { createWorld } from '../../../../src/core/state/world';
import { createRng } from '../../../../src/core/kernel/rng';
import { explainLoss } from '../../../../src/core/sim/replay/loss-cause';
import { CARRIED_STUDENT_FIELDS } from '../../../../src/core/sim/campaign/campaign-state';
import { levelFromAscii } from '../../level-fixture';
import type { TickContext } from '../../../../src/core/rules/tick-context';
import type { Snapshot } from '../../../../src/core/sim/snapshot';

describe('the wounds that infected a student', () => {
  it('are remembered with the level, the game minute and the zombie kind, only when they infect', () => {
    const world = createWorld(levelFromAscii('#####\n#S.E#\n#####'), createRng(4), 4);
    const context = { world, events: [] } as unknown as TickContext;
    const student = world.students[0]!;
    for (let i = 0; i < 12; i++) {
      world.tick += 20;
      woundByZombie(context, student, i % 2 === 0 ? 'runner' : 'walker');
    }
    const infecting = context.events.filter((e) => e.type === 'studentWounded' && e.infected);
    expect(student.bites!.length).toBe(Math.min(8, infecting.length));
    const last = student.bites![student.bites!.length - 1]!;
    expect(last).toMatchObject({ levelId: world.level.id, kind: 'walker' });
    expect(last.minute).toBeCloseTo(world.startMinute + world.tick / 20, 6);
    expect(CARRIED_STUDENT_FIELDS).toContain('bites');
  });

  it('a fall by turning carries them in the loss story', () => {
    const bites = [{ levelId: '02-science-wing', minute: 1100, kind: 'runner' as const, wound: 'bite' as const }];
    const end = { tick: 5, students: [{ id: 0, bites }], zombies: [] } as unknown as Snapshot;
    const story = explainLoss([{ tick: 5, events: [{ type: 'studentDowned', studentId: 0 } as never, { type: 'studentTurned', studentId: 0, zombieId: 1, halfbie: false }] }], [], end);
    expect(story.falls).toEqual([{ tick: 5, studentId: 0, turned: true, bites }]);
  });
});
