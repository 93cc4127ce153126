/** The autosave's checkpoints (src/game/save/autosave.ts): due by time or progress, and then written only when the core says the group is safe. */

import { describe, expect, it } from 'vitest';
import { AUTOSAVE_EVERY_TICKS, PROGRESS_SAVE_GAP_TICKS, checkpointDue } from '../../src/game/save/autosave';

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
