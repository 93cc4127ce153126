import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/level/parse-level';
import { createSimulation } from '../../src/core/sim/simulation';
import { goalSpots } from '../../src/game/render/objective-edges';
import { MARKER_COLOURS } from '../../src/game/render/objective-markers';

function classroomWing() {
  const result = parseLevel(readFileSync('levels/01-classroom-wing.json', 'utf8'), 'levels/01-classroom-wing.json');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return createSimulation(result.level, { seed: 1 }).snapshot();
}

describe('the arrows toward what the level needs', () => {
  it('lead to the student to rescue where they stand and to the key, in their markers’ colours, from the start', () => {
    const snapshot = classroomWing();
    const spots = goalSpots(snapshot);
    const haEun = snapshot.students.find((s) => s.waiting)!;
    expect(spots).toEqual([
      { objective: 0, colour: MARKER_COLOURS.rescue, x: haEun.x, y: haEun.y },
      { objective: 1, colour: MARKER_COLOURS.collect, x: 10.5, y: 20.5 },
    ]);
  });

  it('leave out what is done, and lead to the stairs once everything is', () => {
    const snapshot = structuredClone(classroomWing());
    snapshot.objectives[1]!.state = 'done';
    expect(goalSpots(snapshot).map((s) => s.objective)).toEqual([0]);
    snapshot.objectives[0]!.state = 'done';
    const exit = snapshot.exits[0]!;
    expect(goalSpots(snapshot)).toEqual([{ objective: -1, colour: MARKER_COLOURS.reach, x: exit.tileX + exit.width / 2, y: exit.tileY + exit.height / 2 }]);
  });

  it('are not drawn once the level has ended', () => {
    expect(goalSpots({ ...classroomWing(), status: 'lost' })).toEqual([]);
  });
});
