/**
 * Feedback on objectives, through the real simulation: a student at the library's fire exit
 * before the key is found is told what is still missing, and so is one who walks straight to level
 * 1's stairs; a finished objective is announced.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/level/parse-level';
import { createSimulation } from '../../src/core/sim/simulation';
import { ObjectiveFeedback } from '../../src/game/objective-feedback';

function library() {
  const result = parseLevel(readFileSync('levels/03-library.json', 'utf8'), 'levels/03-library.json');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.level;
}

/** The library with the controlled student moved onto tile x,y (a saved state edited, as a save file would be). */
function libraryWithStudentAt(tileX: number, tileY: number) {
  const level = library();
  const state = createSimulation(level, { seed: 3 }).saveState();
  const student = state.students[state.controlledId]!;
  student.x = tileX + 0.5;
  student.y = tileY + 0.5;
  return createSimulation(level, { seed: 3, state });
}

describe('objective feedback', () => {
  it('tells a student standing in the library exit before the key is found what is still missing', () => {
    const level = library();
    const exit = level.exits[0]!;
    const sim = libraryWithStudentAt(exit.tileX - 3, exit.tileY);
    const feedback = new ObjectiveFeedback();
    expect(feedback.update(sim.snapshot())).toEqual([]);
    sim.step([{ type: 'walkTo', tileX: exit.tileX, tileY: exit.tileY }]);
    const news = [];
    for (let tick = 0; tick < 200 && news.length === 0; tick++) {
      sim.step([]);
      news.push(...feedback.update(sim.snapshot()));
    }
    expect(sim.status).toBe('playing');
    expect(sim.snapshot().exitBlockedBy).toEqual([0, 1]);
    expect(news).toEqual([
      { kind: 'notYet', text: 'The way out is locked. First: Find the fire-exit key · Check the reading room. Follow the coloured mark, or the arrow at the edge of the screen.' },
    ]);
    // Standing there says nothing more; stepping out and back in says it again.
    for (let tick = 0; tick < 20; tick++) {
      sim.step([]);
      expect(feedback.update(sim.snapshot())).toEqual([]);
    }
  });

  it("tells a first-time player who walks straight to level 1's stairs what the level still needs", () => {
    const parsed = parseLevel(readFileSync('levels/01-classroom-wing.json', 'utf8'), 'levels/01-classroom-wing.json');
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    // Nobody in the way: the walk from the first classroom to the stairs, as the careless route goes.
    const sim = createSimulation({ ...parsed.level, zombies: [] }, { seed: 1 });
    const exit = parsed.level.exits[0]!;
    const feedback = new ObjectiveFeedback();
    feedback.update(sim.snapshot());
    const news = [];
    sim.step([{ type: 'walkTo', tileX: exit.tileX + 1, tileY: exit.tileY + 1 }]);
    for (let tick = 0; tick < 600 && news.length === 0; tick++) {
      sim.step([]);
      news.push(...feedback.update(sim.snapshot()));
    }
    expect(sim.status).toBe('playing');
    expect(news).toEqual([{ kind: 'notYet', text: 'The way out is locked. First: Find Ha-eun · Take the stairwell key. Follow the coloured mark, or the arrow at the edge of the screen.' }]);
  });

  it('says nothing about the exit away from it, and announces a finished objective', () => {
    const level = library();
    const reading = level.objectives[1]!.area;
    const sim = libraryWithStudentAt(reading.tileX + 3, reading.tileY + 2);
    const feedback = new ObjectiveFeedback();
    feedback.update(sim.snapshot());
    expect(sim.snapshot().exitBlockedBy).toEqual([]);
    sim.step([{ type: 'walkTo', tileX: reading.tileX, tileY: reading.tileY }]);
    const news = [];
    for (let tick = 0; tick < 200 && news.length === 0; tick++) {
      sim.step([]);
      news.push(...feedback.update(sim.snapshot()));
    }
    expect(news).toEqual([{ kind: 'done', text: 'Done: Check the reading room' }]);
  });
});
