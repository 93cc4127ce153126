/** The autosave's checkpoints (src/game/save/autosave.ts): due by time or progress, and then written only when the core says the group is safe. */

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulation, type Simulation } from '../../src/core/sim/simulation';
import { AUTOSAVE_EVERY_TICKS, PROGRESS_SAVE_GAP_TICKS, checkpointDue, createAutosaver } from '../../src/game/save/autosave';
import { levelFromAscii } from '../core/level-fixture';

const writeSave = vi.fn(() => Promise.resolve({ ok: true as const }));

describe('an autosave checkpoint', () => {
  it('falls due every 30 s of play, or after progress at most every 5 s', () => {
    expect(checkpointDue(AUTOSAVE_EVERY_TICKS - 1, false, () => true)).toBe(false);
    expect(checkpointDue(AUTOSAVE_EVERY_TICKS, false, () => true)).toBe(true);
    expect(checkpointDue(PROGRESS_SAVE_GAP_TICKS - 1, true, () => true)).toBe(false);
    expect(checkpointDue(PROGRESS_SAVE_GAP_TICKS, true, () => true)).toBe(true);
  });

  it('waits while the group is in danger, and asks only when one is due', () => {
    expect(checkpointDue(AUTOSAVE_EVERY_TICKS * 3, true, () => false)).toBe(false);
    expect(
      checkpointDue(1, false, () => {
        throw new Error('asked when nothing was due');
      }),
    ).toBe(false);
  });
});

describe('the checkpoint at a level start', () => {
  // A corridor: the student by the exit, a walker at the far end (beyond reach while it stands there).
  const LEVEL = levelFromAscii(`
  ##############################
  #ES.........................Z#
  ##############################`);

  /** A simulation whose walker saw the student and chases them from across the corridor (a save made then is made in a fight). */
  function chased(): { fresh: Simulation; loaded: Simulation } {
    const fresh = createSimulation(LEVEL, { seed: 3 });
    for (let i = 0; i < 400 && fresh.saveDanger() === undefined; i++) fresh.step([{ type: 'move', dx: 1, dy: 0, gait: 'run' }]);
    expect(fresh.saveDanger()).toBeDefined();
    return { fresh: createSimulation(LEVEL, { seed: 3 }), loaded: createSimulation(LEVEL, { seed: 3, state: fresh.saveState() }) };
  }

  beforeEach(() => writeSave.mockClear());

  it('saves a fresh level, but a game loaded in a fight does not take the calm autosave’s place', async () => {
    const { fresh, loaded } = chased();
    await createAutosaver(fresh, undefined, writeSave).saveAtStart(false);
    expect(writeSave).toHaveBeenCalledTimes(1);
    writeSave.mockClear();
    await createAutosaver(loaded, undefined, writeSave).saveAtStart(true);
    expect(writeSave).not.toHaveBeenCalled();
  });

  it('saves a loaded game that is calm', async () => {
    const calm = createSimulation(LEVEL, { seed: 3, state: createSimulation(LEVEL, { seed: 3 }).saveState() });
    await createAutosaver(calm, undefined, writeSave).saveAtStart(true);
    expect(writeSave).toHaveBeenCalledTimes(1);
  });
});
