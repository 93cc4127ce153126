/**
 * Unit tests for the camp rules between levels: sharing out food and water, treating, resting
 * (an infection runs on, and may finish), deciding about an infected friend — and that a quarantined
 * friend starts the next level holding position. Every rule returns a new campaign; the old one is
 * left as it was.
 */

import { describe, expect, it } from 'vitest';
import { campStudent as student, campWith as camp } from './camp-fixture';
import { decide, rest, shareOut, treat } from '../../../../src/core/sim/campaign/camp';
import { applyCampaign, type CampaignState } from '../../../../src/core/sim/campaign/campaign-state';
import type { ItemKind } from '../../../../src/core/kernel/item-kinds';
import { createRng } from '../../../../src/core/kernel/rng';
import { ROLE } from '../../../../src/core/kernel/roles';
import { INFECTION, ITEM_EFFECTS, NEEDS, STUDENT } from '../../../../src/core/kernel/tuning';
import { createWorld } from '../../../../src/core/state/world';
import { levelFromAscii } from '../../level-fixture';
import { readFileSync } from 'node:fs';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { createSimulation } from '../../../../src/core/sim/simulation';

const allKinds = (campaign: CampaignState): ItemKind[] => campaign.students.flatMap((s) => s.pack.map((item) => item.kind)).sort();

describe('sharing out food and water', () => {
  it("the hungriest eats first, from anyone's pack, until nobody needs it or it runs out", () => {
    const before = camp([student('Ari', { hunger: 80 }, ['food', 'food', 'water']), student('Bo', { hunger: 50, thirst: 60 })]);
    const { campaign, log } = shareOut(before);
    const [ari, bo] = campaign.students;
    expect(ari!.hunger).toBe(80 - ITEM_EFFECTS.food.hunger);
    expect(bo!.hunger).toBe(50 - ITEM_EFFECTS.food.hunger);
    expect(bo!.thirst).toBe(60 - ITEM_EFFECTS.water.thirst);
    expect(allKinds(campaign)).toEqual([]);
    expect(log).toEqual([
      { kind: 'ate', name: 'Ari', need: 'hunger', value: 80 - ITEM_EFFECTS.food.hunger },
      { kind: 'ate', name: 'Bo', need: 'hunger', value: 50 - ITEM_EFFECTS.food.hunger },
      { kind: 'drank', name: 'Bo', need: 'thirst', value: 60 - ITEM_EFFECTS.water.thirst },
    ]);
    expect(before.students[0]!.pack).toHaveLength(3);
  });

  it('keeps the food when nobody is hungry enough to need it', () => {
    const { campaign, log } = shareOut(camp([student('Ari', { hunger: 5 }, ['food'])]));
    expect(allKinds(campaign)).toEqual(['food']);
    expect(log).toEqual([{ kind: 'nobodyNeeded' }]);
  });
});

describe('treating', () => {
  it("bandages a wounded friend, and the nurse's helper makes it go further", () => {
    const plain = treat(camp([student('Ari', { health: 40 }, ['bandage'])]), 'Ari');
    expect(plain.campaign.students[0]!.health).toBe(40 + ITEM_EFFECTS.bandage.health);
    expect(plain.campaign.students[0]!.pack).toEqual([]);
    const nursed = treat(camp([student('Ari', { health: 40 }, ['bandage']), student('Nu', { role: 'nurse' })]), 'Ari');
    expect(nursed.campaign.students[0]!.health).toBe(Math.min(STUDENT.maxHealth, 40 + ITEM_EFFECTS.bandage.health * ROLE.nurse.medicineFactor));
  });

  it('antiseptic cleans a fresh scratch for good, and only slows a bite', () => {
    const scratch = treat(camp([student('Ari', { wound: 'scratch', infection: 10, infectionRate: 0.01 }, ['antiseptic'])]), 'Ari');
    expect(scratch.campaign.students[0]).toMatchObject({ wound: 'none', infection: 0, infectionRate: 0, treatments: 1 });
    expect(scratch.log).toEqual([{ kind: 'scratchCleaned', name: 'Ari' }]);
    const bite = treat(camp([student('Ari', { wound: 'bite', infection: 50, infectionRate: 0.02 }, ['antiseptic'])]), 'Ari');
    const bitten = bite.campaign.students[0]!;
    expect(bitten.wound).toBe('bite');
    expect(bitten.infection).toBe(50 - ITEM_EFFECTS.antiseptic.infection);
    expect(bitten.infectionRate).toBeGreaterThan(0);
    expect(bitten.infectionRate).toBeLessThan(0.02);
    expect(bite.log).toEqual([{ kind: 'infectionSlowed', name: 'Ari' }]);
  });

  it('says so when there is no medicine that helps, or no such student', () => {
    expect(treat(camp([student('Ari', { health: 40 }, ['food'])]), 'Ari').log).toEqual([{ kind: 'noMedicine', name: 'Ari' }]);
    expect(treat(camp([student('Ari')]), 'Zed').log).toEqual([{ kind: 'notWithGroup', name: 'Zed' }]);
  });
});

describe('resting', () => {
  it('each hour passes the clock, eases fatigue, warms and heals, and makes them hungrier', () => {
    const before = camp([student('Ari', { fatigue: 80, health: 50, warmth: 30, stamina: 10 })]);
    const { campaign, log } = rest(before, 2);
    const ari = campaign.students[0]!;
    expect(campaign.minutes).toBe(before.minutes + 120);
    expect(ari.fatigue).toBe(30);
    expect(ari.warmth).toBe(NEEDS.max);
    expect(ari.stamina).toBe(STUDENT.maxStamina);
    expect(ari.health).toBe(60);
    expect(ari.hunger).toBeGreaterThan(0);
    expect(log[0]).toEqual({ kind: 'rested', hours: 2 });
    expect(rest(before, 99).campaign.minutes).toBe(before.minutes + 12 * 60);
  });

  it('an infection runs on while they rest; at the end of it the student turns and the others take what they carried', () => {
    const ari = student('Ari', { wound: 'bite', infection: 98, infectionRate: 0.01 }, ['bat', 'food']);
    const { campaign, log } = rest(camp([ari, student('Bo')]), 1);
    const turned = campaign.students[0]!;
    // A rare seeded roll on the name and the time makes a halfbie instead; it does not roll for Ari at this hour.
    expect(createRng(`Ari:${camp([]).minutes + 60}`).chance(INFECTION.halfbieChance)).toBe(false);
    expect(turned).toMatchObject({ status: 'turned', halfbie: false, pack: [] });
    expect(campaign.students[1]!.pack.map((item) => item.kind).sort()).toEqual(['bat', 'food']);
    expect(campaign.students[1]!.morale).toBe(80 + 6 - NEEDS.griefMorale);
    expect(log).toEqual([
      { kind: 'rested', hours: 1 },
      { kind: 'turned', name: 'Ari' },
    ]);
  });
});

describe('deciding about an infected friend', () => {
  it('leaving them behind: they stay, what they carried goes to the others while it fits, the group grieves', () => {
    const heavy = Array.from({ length: ROLE.leader.carryKg / 2 - 1 }, () => 'plank' as const); // 2 kg short of the limit
    const { campaign, log } = decide(camp([student('Ari', { wound: 'bite' }, ['food', 'desk']), student('Bo', {}, heavy)]), 'Ari', 'leave');
    const [ari, bo] = campaign.students;
    expect(ari!.status).toBe('left');
    expect(bo!.pack.some((item) => item.kind === 'food')).toBe(true);
    expect(ari!.pack.map((item) => item.kind)).toEqual(['desk']);
    expect(log).toEqual([
      { kind: 'leftBehind', name: 'Ari' },
      { kind: 'thingsStayed', name: 'Ari', count: 1 },
    ]);
    expect(bo!.morale).toBe(80 - NEEDS.griefMorale / 2);
  });

  it('a quarantined friend starts the next level holding position, apart from the group', () => {
    const { campaign, log } = decide(camp([student('Ari', { wound: 'bite', infection: 30, infectionRate: 0.01 }), student('Bo')]), 'Ari', 'quarantine');
    expect(log).toEqual([{ kind: 'keptApart', name: 'Ari' }]);
    const level = levelFromAscii(`
      ########
      #S.S..E#
      ########`);
    const world = createWorld(level, createRng(1), 1);
    applyCampaign(world, campaign);
    expect(world.students.map((s) => [s.name, s.order])).toEqual([
      ['Ari', 'hold'],
      ['Bo', 'follow'],
    ]);
    expect(world.students[0]!.infection).toBe(30);
  });

  it('refuses a name not in the group and changes nothing', () => {
    const before = camp([student('Ari')]);
    const { campaign, log } = decide(before, 'Zed', 'leave');
    expect(log).toEqual([{ kind: 'notWithGroup', name: 'Zed' }]);
    expect(campaign).toEqual(before);
  });

  it('a group smaller than the places meets no nameless fallen student, and the one to rescue is still found by name (level 6)', () => {
    const parsed = parseLevel(readFileSync('levels/06-nurses-office.json', 'utf8'), 'levels/06-nurses-office.json');
    if (!parsed.ok) throw new Error('level 6 does not parse');
    const sim = createSimulation(parsed.level, { seed: 1, campaign: camp([student('Ari')]) });
    const snapshot = sim.snapshot();
    // Before: Ari, an empty fallen place with no name, then Da-eun waiting.
    expect(snapshot.students.map((s) => [s.name, s.down, s.waiting])).toEqual([
      ['Ari', false, false],
      ['Da-eun', false, true],
    ]);
    const rescue = snapshot.objectives.find((objective) => objective.kind === 'rescue')!;
    expect(snapshot.students[rescue.studentId!]!.name).toBe('Da-eun');
  });
});
