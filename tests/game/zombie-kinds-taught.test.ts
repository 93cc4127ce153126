/**
 * Each zombie kind the core has is named the first time one is in the controlled student's sight,
 * with how to deal with it (tutorial/lessons.ts MEET_KIND): a calm caption, in English and Korean,
 * never shown again once told, and listed on the help screen. A new player met hunters and
 * crawlers with no word about them (only the runner had one).
 */

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ZOMBIE, ZOMBIE_KINDS, type ZombieKind } from '../../src/core/kernel/tuning';
import { parseLevel } from '../../src/core/level/parse-level';
import { createSimulation } from '../../src/core/sim/simulation';
import type { Snapshot } from '../../src/core/sim/snapshot';
import { setLanguage } from '../../src/game/i18n/i18n';
import { zombieRows } from '../../src/game/help-rows';
import { DEFAULT_BINDINGS } from '../../src/game/input/key-bindings';
import { LESSONS, MEET_KIND, NEWS, type Lesson } from '../../src/game/tutorial/lessons';
import { kindCaption, promptText } from '../../src/game/tutorial/prompt-text';
import { GAP_TICKS, SHOW_TICKS, Tutor } from '../../src/game/tutorial/tutor';

function start(): Snapshot {
  const result = parseLevel(readFileSync('levels/01-classroom-wing.json', 'utf8'), 'levels/01-classroom-wing.json');
  if (!result.ok) throw new Error('level');
  const snapshot = structuredClone(createSimulation(result.level, { seed: 1 }).snapshot());
  snapshot.objectives = [];
  snapshot.items = [];
  snapshot.doors = snapshot.doors.map((d) => ({ ...d, state: 'closed' as const }));
  return snapshot;
}

/** The start with one zombie of `kind` five tiles from the controlled student, hunting nobody. */
function withKind(kind: ZombieKind, tick: number): Snapshot {
  const snapshot = start();
  const me = snapshot.students.find((s) => s.controlled)!;
  const model = snapshot.zombies[0]!;
  snapshot.zombies = [{ ...model, kind, x: me.x + 5, y: me.y, tileX: me.tileX + 5, tileY: me.tileY, awareness: 'unaware' as const, mode: 'wander' as const }];
  return { ...snapshot, tick };
}

afterEach(() => setLanguage('en'));

const MET = Object.keys(MEET_KIND) as (keyof typeof MEET_KIND)[];

describe('the zombie kinds', () => {
  it("each kind the core has but the walker (the sneak lesson's) has its lesson, news shown once, with a caption in English and Korean", () => {
    expect([...ZOMBIE_KINDS].sort()).toEqual(Object.keys(ZOMBIE).sort());
    expect([...MET, 'walker'].sort()).toEqual([...ZOMBIE_KINDS].sort());
    for (const kind of MET) {
      expect(LESSONS).toContain(MEET_KIND[kind]);
      expect(NEWS.has(MEET_KIND[kind])).toBe(true);
      for (const language of ['en', 'ko'] as const) {
        setLanguage(language);
        const caption = promptText(MEET_KIND[kind], 'touch', DEFAULT_BINDINGS);
        expect(caption).toBe(kindCaption(kind));
        expect(caption.length).toBeGreaterThan(20);
        expect(caption).not.toContain('tutorial.');
      }
    }
    setLanguage('en');
    expect(kindCaption('hunter')).toMatch(/hunter/i);
    expect(kindCaption('crawler')).toMatch(/crawler/i);
  });

  it('names a kind the first time one is in sight, and never again once told', () => {
    for (const kind of MET) {
      const done: Lesson[] = ['move', 'sneak', ...LESSONS.filter((l) => l.startsWith('meet') && l !== MEET_KIND[kind])];
      const recorded: Lesson[] = [];
      const tutor = new Tutor({ done, onDone: (lesson) => recorded.push(lesson) });
      tutor.update(withKind(kind, 0), () => true);
      expect(tutor.current).toBe(MEET_KIND[kind]);
      // Told once it has been up long enough; another of its kind later brings no caption.
      tutor.update(withKind(kind, SHOW_TICKS), () => true);
      expect(recorded).toContain(MEET_KIND[kind]);
      const again = new Tutor({ done: [...done, ...recorded], onDone: () => undefined });
      again.update(withKind(kind, 0), () => true);
      expect(again.current).not.toBe(MEET_KIND[kind]);
    }
  });

  it('is not named through a wall', () => {
    const tutor = new Tutor({ done: ['move', 'sneak'], onDone: () => undefined });
    tutor.update(withKind('crawler', 0), () => false);
    expect(tutor.current).not.toBe('meetCrawler');
  });

  it('is named only while one is on the screen, and its caption goes when none is (a "runner" caption came with no runner in view)', () => {
    const done: Lesson[] = ['move', 'sneak'];
    const sees = (): boolean => true;
    const offScreen = (): boolean => false;
    // In sight through no wall, but off the phone's narrow screen: not named.
    const hidden = new Tutor({ done, onDone: () => undefined });
    hidden.update(withKind('runner', 0), sees, offScreen);
    expect(hidden.current).toBeNull();
    // Met while another zombie hunts (the caption waits), then out of view once calm: not named after it.
    const chased = withKind('runner', 0);
    chased.zombies.push({ ...chased.zombies[0]!, id: 99, kind: 'walker', x: 1, y: 1, tileX: 1, tileY: 1, awareness: 'hunting' as const });
    const held = new Tutor({ done, onDone: () => undefined });
    held.update(chased, sees, () => true);
    expect(held.current).toBeNull();
    held.update(withKind('runner', 20), sees, offScreen);
    expect(held.current).toBeNull();
    // Up, then the runner leaves the view at once: the caption goes, untold, and comes back with the next one seen.
    const recorded: Lesson[] = [];
    const brief = new Tutor({ done, onDone: (lesson) => recorded.push(lesson) });
    brief.update(withKind('runner', 0), sees, () => true);
    expect(brief.current).toBe('meetRunner');
    brief.update(withKind('runner', 20), sees, offScreen);
    expect(brief.current).toBeNull();
    expect(recorded).not.toContain('meetRunner');
    brief.update(withKind('runner', 20 + GAP_TICKS), sees, () => true);
    expect(brief.current).toBe('meetRunner');
  });

  it('lists every kind on the help screen with its caption', () => {
    const rows = zombieRows();
    expect(rows.map((r) => r.id)).toEqual(ZOMBIE_KINDS.map((k) => `zombie-${k}`));
    expect(rows.find((r) => r.id === 'zombie-hunter')).toEqual({ id: 'zombie-hunter', label: 'Hunter', value: kindCaption('hunter') });
  });
});
