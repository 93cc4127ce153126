/**
 * The campaign students and camps the camp tests start from: a student who is well, with the group,
 * carrying what the test names, and a campaign on the default difficulty after the levels named.
 */

import { startCampaign, type CampaignState, type CampaignStudent } from '../../../../src/core/sim/campaign/campaign-state';
import { difficultyPreset } from '../../../../src/core/kernel/difficulty';
import type { ItemKind } from '../../../../src/core/kernel/item-kinds';
import { STUDENT } from '../../../../src/core/kernel/tuning';

let nextItemId = 1;

/** A well student called `name`, with `fields` over the defaults and a pack of one item of each kind listed. */
export function campStudent(name = 'Ari', fields: Partial<CampaignStudent> = {}, pack: readonly ItemKind[] = []): CampaignStudent {
  return {
    name,
    look: 0,
    role: 'leader',
    status: 'with',
    quarantined: false,
    health: STUDENT.maxHealth,
    stamina: STUDENT.maxStamina,
    hunger: 0,
    thirst: 0,
    fatigue: 0,
    warmth: 100,
    morale: 80,
    wound: 'none',
    infection: 0,
    infectionRate: 0,
    treatments: 0,
    halfbie: false,
    pack: pack.map((kind) => ({ id: nextItemId++, kind })),
    weaponId: -1,
    ...fields,
  };
}

/** A campaign at camp on the default difficulty, twenty minutes in, with `students` and `levelsDone` (level 1 unless told). */
export function campWith(students: CampaignStudent[], levelsDone: string[] = ['01-classroom-wing']): CampaignState {
  return { ...startCampaign(difficultyPreset('normal'), 20 * 60), levelsDone, students };
}
