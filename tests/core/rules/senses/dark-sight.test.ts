import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/core/sim/simulation';
import type { SimEvent } from '../../../../src/core/state/events';
import { levelFromAscii } from '../../level-fixture';

// The same geometry every time: a walker looking east down a corridor at a student four tiles away.
const CORRIDOR = `
  ##############
  #Z...S......E#
  ##############`;

function sightAlerts(startMinute: number, phoneLight: boolean): SimEvent[] {
  const level = levelFromAscii(CORRIDOR);
  const state = createSimulation(level, { seed: 3 }).saveState();
  state.startMinute = startMinute;
  const zombie = state.zombies[0]!;
  zombie.facingX = 1;
  zombie.facingY = 0;
  zombie.modeTicks = 1000; // stays idle, facing the student
  const student = state.students[0]!;
  student.lightOn = phoneLight;
  if (phoneLight) {
    student.pack.push({ id: state.nextItemId, kind: 'phone', charge: 100 });
    state.nextItemId++;
  }
  student.facingX = -1;
  student.facingY = 0;
  const sim = createSimulation(level, { seed: 3, state });
  const events: SimEvent[] = [];
  for (let t = 0; t < 5; t++) events.push(...sim.step());
  return events.filter((e) => e.type === 'zombieAlerted' && e.cause === 'sight');
}

describe('sight in darkness', () => {
  it('by day a zombie sees a student four tiles down the corridor', () => {
    expect(sightAlerts(12 * 60, false)).toHaveLength(1);
  });

  it('at night the same student in the dark corridor is not seen', () => {
    expect(sightAlerts(0, false)).toHaveLength(0);
  });

  it('at night a student with the phone light on is seen', () => {
    expect(sightAlerts(0, true)).toHaveLength(1);
  });
});
