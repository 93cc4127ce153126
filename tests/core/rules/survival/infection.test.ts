import { describe, expect, it } from 'vitest';
import { difficultyPreset, withSlider } from '../../../../src/core/kernel/difficulty';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { ROLE } from '../../../../src/core/kernel/roles';
import { antisepticRateShare, infectionRateFor } from '../../../../src/core/rules/survival/infection';
import { INFECTION, ITEM_EFFECTS } from '../../../../src/core/kernel/tuning';
import { edited, run } from './helpers';
import { survivalLevel } from './survival-fixture';

const NOON = 12 * 60;
/** A student in a quiet room, with a friend (the nurse or not) next to them. */
const ROOM = `
  ##########
  #SS......#
  #.......E#
  ##########`;

function infected(
  wound: 'scratch' | 'bite',
  extra: (s: SimState) => void = () => undefined,
  roles: ('nurse' | 'athlete' | 'leader')[] = ['athlete', 'athlete'],
  items: { kind: 'antiseptic'; tileX: number; tileY: number }[] = [],
) {
  return edited(survivalLevel(ROOM, items, roles), { seed: 3 }, (s) => {
    s.startMinute = NOON;
    s.students[0]!.wound = wound;
    s.students[0]!.infectionRate = infectionRateFor(wound, 1);
    extra(s);
  });
}

/** A student with a walker next to them at noon. */
function besideAZombie(seed: number) {
  return edited(
    survivalLevel(`
        ########
        #SZ...E#
        ########`),
    { seed },
    (s) => (s.startMinute = NOON),
  );
}

describe('infection', () => {
  it("antiseptic keeps rateFactor to the power of the hands' medicine factor, from products and a square root", () => {
    const base = ITEM_EFFECTS.antiseptic.rateFactor;
    expect(antisepticRateShare(1)).toBe(base);
    expect(antisepticRateShare(2)).toBe(base * base);
    expect(antisepticRateShare(1.5)).toBe(Math.sqrt(base) * base);
    expect(antisepticRateShare(1.5)).toBeCloseTo(Math.pow(base, 1.5), 15);
    for (const [role, tuning] of Object.entries(ROLE)) expect(() => antisepticRateShare(tuning.medicineFactor), role).not.toThrow();
    expect(() => antisepticRateShare(1.25)).toThrow(/1.25 is not a whole or half number/);
  });

  it('a zombie hit wounds: scratches and bites in the tuned share, a bite always infects, some scratches do', () => {
    const counts = { scratch: 0, bite: 0, scratchInfected: 0, biteInfected: 0 };
    for (let seed = 1; seed <= 60; seed++) {
      const sim = besideAZombie(seed);
      // Two seconds: the first grab winds up for one (rules/zombies/bite.ts).
      for (const event of run(sim, 60)) {
        if (event.type !== 'studentWounded') continue;
        counts[event.wound]++;
        if (event.infected) counts[event.wound === 'bite' ? 'biteInfected' : 'scratchInfected']++;
      }
    }
    expect(counts.bite + counts.scratch).toBeGreaterThan(60);
    expect(counts.biteInfected).toBe(counts.bite);
    expect(counts.scratchInfected).toBeGreaterThan(0);
    expect(counts.scratchInfected).toBeLessThan(counts.scratch);
    expect(counts.scratch / (counts.bite + counts.scratch)).toBeGreaterThan(INFECTION.scratchShare - 0.2);
  });

  it('each further wound speeds a running infection, but never past twice a fresh bite: a student downed by several hits still has minutes', () => {
    let most = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const sim = besideAZombie(seed);
      const wounds = run(sim, 30 * 20).filter((e) => e.type === 'studentWounded' && e.infected).length;
      const rate = sim.saveState().students[0]!.infectionRate;
      if (wounds >= 3) most = Math.max(most, rate);
      expect(rate, `seed ${seed}`).toBeLessThanOrEqual(INFECTION.fastestBiteFactor * infectionRateFor('bite', 1) + 1e-12);
    }
    // Several wounds do speed it (faster than one bite), to the cap.
    expect(most).toBeGreaterThan(infectionRateFor('bite', 1));
    expect(most).toBeCloseTo(INFECTION.fastestBiteFactor * infectionRateFor('bite', 1), 12);
  });

  it('the meter rises each tick; a bite turns much sooner than a scratch; the slider speeds it', () => {
    const bite = infected('bite');
    const scratch = infected('scratch');
    run(bite, 100);
    run(scratch, 100);
    const b = bite.snapshot().students[0]!;
    const s = scratch.snapshot().students[0]!;
    expect(b.infection).toBeCloseTo(100 * (100 / INFECTION.biteTurnTicks), 6);
    // (within a tick: the meter is a float)
    expect(Math.abs(b.ticksToTurn! - (INFECTION.biteTurnTicks - 100))).toBeLessThanOrEqual(1);
    expect(Math.abs(s.ticksToTurn! - (INFECTION.scratchTurnTicks - 100))).toBeLessThanOrEqual(1);
    expect(s.ticksToTurn!).toBeGreaterThan(2 * b.ticksToTurn!);
    expect(infectionRateFor('bite', withSlider(difficultyPreset('normal'), 'infectionSpeed', 2).infectionSpeed)).toBeCloseTo(2 * infectionRateFor('bite', 1));
  });

  it("antiseptic takes meter off and slows the rate, more in the nurse's helper's hands; a fresh scratch is cured", () => {
    const treatedBy = (role: 'nurse' | 'athlete') => {
      const sim = infected('bite', (s) => (s.students[0]!.infection = 50), ['athlete', role], [{ kind: 'antiseptic', tileX: 2, tileY: 1 }]);
      run(sim, 1);
      sim.step([{ type: 'switchStudent', studentId: 1 }]);
      const events = run(sim, 1, [{ type: 'useItem', item: 'antiseptic', targetId: 0 }]);
      expect(events).toContainEqual({ type: 'studentTreated', studentId: 0, byId: 1, cured: false });
      return sim.snapshot().students[0]!;
    };
    const untreated = infected('bite', (s) => (s.students[0]!.infection = 50));
    run(untreated, 3);
    const plain = treatedBy('athlete');
    const nurse = treatedBy('nurse');
    expect(plain.infection).toBeLessThan(50 - ITEM_EFFECTS.antiseptic.infection + 1);
    expect(nurse.infection).toBeLessThan(plain.infection);
    expect(plain.ticksToTurn!).toBeGreaterThan(untreated.snapshot().students[0]!.ticksToTurn! * 1.5);
    expect(nurse.ticksToTurn!).toBeGreaterThan(plain.ticksToTurn!);

    const scratch = infected('scratch', (s) => (s.students[0]!.infection = 10), ['athlete', 'athlete'], [{ kind: 'antiseptic', tileX: 1, tileY: 1 }]);
    run(scratch, 1);
    expect(run(scratch, 1, [{ type: 'useItem', item: 'antiseptic' }])).toContainEqual({ type: 'studentTreated', studentId: 0, byId: 0, cured: true });
    expect(scratch.snapshot().students[0]).toMatchObject({ wound: 'none', infection: 0, ticksToTurn: null });
  });

  it('at 100 the student turns into a zombie that keeps their name tag, drops what they carry, and the friend grieves', () => {
    const sim = infected('bite', (s) => (s.students[0]!.infection = 99.99), ['athlete', 'athlete'], [{ kind: 'antiseptic', tileX: 1, tileY: 1 }]);
    const events = run(sim, 3);
    const turned = events.find((e) => e.type === 'studentTurned');
    expect(turned).toMatchObject({ studentId: 0, halfbie: false });
    const view = sim.snapshot();
    expect(view.students[0]).toMatchObject({ down: true, turned: true, pack: [] });
    expect(view.items.map((i) => i.kind)).toContain('antiseptic');
    const zombie = view.zombies.find((z) => z.id === (turned as { zombieId: number }).zombieId)!;
    expect(zombie.name).toBe(view.students[0]!.name);
    expect(view.students[1]!.morale).toBeLessThan(80);
    expect(view.controlledId).toBe(1);
  });

  it('rarely (seeded) a turning gives a halfbie, who stays a student', () => {
    let halfbies = 0;
    const turnings = 300;
    for (let seed = 1; seed <= turnings; seed++) {
      const sim = edited(survivalLevel(ROOM), { seed }, (s) => {
        s.students[0]!.wound = 'bite';
        s.students[0]!.infectionRate = 1;
        s.students[0]!.infection = 99.5;
      });
      const turned = run(sim, 1).find((e) => e.type === 'studentTurned');
      if (turned?.type === 'studentTurned' && turned.halfbie) {
        halfbies++;
        expect(sim.snapshot().students[0]).toMatchObject({ halfbie: true, down: false, turned: false, ticksToTurn: null });
      }
    }
    expect(halfbies).toBeGreaterThan(turnings * INFECTION.halfbieChance * 0.4);
    expect(halfbies).toBeLessThan(turnings * INFECTION.halfbieChance * 2);
  });

  it('quarantine is the hold order: the infected friend stays put while the group walks on', () => {
    const sim = infected('bite');
    run(sim, 1, [{ type: 'order', order: 'hold', studentId: 1 }]);
    sim.step([{ type: 'walkTo', tileX: 7, tileY: 2 }]);
    run(sim, 60);
    const [me, friend] = sim.snapshot().students;
    expect(me!.tileX).toBe(7);
    expect(friend).toMatchObject({ order: 'hold', tileX: 2, tileY: 1 });
  });
});
