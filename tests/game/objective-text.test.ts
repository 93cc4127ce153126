import { describe, expect, it } from 'vitest';
import type { ObjectiveView } from '../../src/core/sim/snapshot';
import { objectiveLines } from '../../src/game/objective-text';

const view = (over: Partial<ObjectiveView>): ObjectiveView => ({ index: 0, kind: 'reach', label: '', step: 1, state: 'current', tileX: 0, tileY: 0, width: 1, height: 1, progress: 0, ...over });
const students = [{ name: 'Min-jun' }, { name: 'Ji-ho' }] as never;

describe('the HUD objective lines', () => {
  it('show the current step with labels or defaults, ticking done ones, and the exit once all are done', () => {
    const objectives = [
      view({ index: 0, kind: 'activate', device: 'piano', state: 'done' }),
      view({ index: 1, kind: 'hold', label: 'Hold the music room', secondsLeft: 12 }),
      view({ index: 2, kind: 'rescue', studentId: 1, step: 2, state: 'later' }),
    ];
    expect(objectiveLines({ objectives, students, survivorsNeeded: 1 })).toEqual(['✓ Switch on the piano', '▶ Hold the music room (12\u00a0s)']);
    const next = objectives.map((o) => ({ ...o, state: o.step === 1 ? ('done' as const) : ('current' as const) }));
    expect(objectiveLines({ objectives: next, students, survivorsNeeded: 2 })).toEqual(['▶ Rescue Ji-ho', 'Keep 2 students standing']);
    expect(objectiveLines({ objectives: next.map((o) => ({ ...o, state: 'done' as const })), students, survivorsNeeded: 1 })).toEqual(['▶ Reach the exit']);
    expect(objectiveLines({ objectives: [], students, survivorsNeeded: 1 })).toEqual(['▶ Reach the exit']);
  });
});
