/**
 * The first-run tutorial's logic: which prompt, when, one at a time, never twice; and prompts that
 * name the player's own controls. Snapshots come from the real classroom wing, changed in place.
 */

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/core/state/events';
import { parseLevel } from '../../src/core/level/parse-level';
import { createSimulation } from '../../src/core/sim/simulation';
import type { Snapshot } from '../../src/core/sim/snapshot';
import { setLanguage } from '../../src/game/i18n/i18n';
import { DEFAULT_BINDINGS, rebind } from '../../src/game/input/key-bindings';
import { NEAR, READY, type Lesson } from '../../src/game/tutorial/lessons';
import { lessonsWithoutControl, promptText } from '../../src/game/tutorial/prompt-text';
import { GAP_TICKS, HOLD_MS, RETRY_TICKS, SHOW_TICKS, SNEAK_TICKS, Tutor } from '../../src/game/tutorial/tutor';

function classroomWing(): Snapshot {
  const result = parseLevel(readFileSync('levels/01-classroom-wing.json', 'utf8'), 'levels/01-classroom-wing.json');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return createSimulation(result.level, { seed: 1 }).snapshot();
}

/** The level's start with nothing near the controlled student but what a test puts there (and no objectives: the goal lesson has its own test). */
function quiet(): Snapshot {
  const snapshot = structuredClone(classroomWing());
  snapshot.objectives = [];
  snapshot.zombies = [];
  snapshot.items = [];
  snapshot.doors = snapshot.doors.map((d) => ({ ...d, state: 'closed' as const }));
  return snapshot;
}

const me = (snapshot: Snapshot) => snapshot.students.find((s) => s.controlled)!;
const at = (snapshot: Snapshot, tick: number): Snapshot => ({ ...snapshot, tick });
const sees = (): boolean => true;
const blind = (): boolean => false;

function tutor(done: Lesson[] = []) {
  const recorded: Lesson[] = [];
  const it = new Tutor({ done, onDone: (lesson) => recorded.push(lesson) });
  return { tutor: it, recorded };
}

function walked(snapshot: Snapshot, tiles: number): Snapshot {
  const next = structuredClone(snapshot);
  me(next).x += tiles;
  return next;
}

describe('the tutor', () => {
  it('starts with moving, and takes the prompt down once the student has walked two tiles', () => {
    const { tutor: t, recorded } = tutor();
    const start = quiet();
    t.update(at(start, 0), sees);
    expect(t.current).toBe('move');
    t.update(at(walked(start, 1), 10), sees);
    expect(t.current).toBe('move');
    t.update(at(walked(start, 2.1), 20), sees);
    expect(t.current).toBeNull();
    expect(recorded).toEqual(['move']);
  });

  it('says what the level needs right after the first steps, and finishing an objective counts as having understood it', () => {
    const { tutor: t, recorded } = tutor();
    const start = structuredClone(classroomWing());
    start.zombies = [];
    start.items = [];
    t.update(at(start, 0), sees);
    expect(t.current).toBe('move');
    const moved = walked(start, 2.5);
    t.update(at(moved, 5), sees);
    t.update(at(moved, 5 + GAP_TICKS), sees);
    expect(t.current).toBe('goal');
    expect(promptText('goal', 'keyboard', DEFAULT_BINDINGS)).toContain('stay locked until the list is done');
    t.noteEvents([{ type: 'objectiveCompleted', index: 0, kind: 'rescue' }]);
    expect(t.current).toBeNull();
    expect(recorded).toEqual(['move', 'goal']);
    // A level with nothing to do but reach the exit has nothing to teach here.
    const { tutor: plain } = tutor(['move']);
    plain.update(at(quiet(), 0), sees);
    expect(plain.current).toBeNull();
  });

  it('shows one idea at a time, with a pause between two prompts', () => {
    const { tutor: t } = tutor();
    const start = quiet();
    start.items = [{ id: 1, kind: 'food', tileX: me(start).tileX + 2, tileY: me(start).tileY }];
    t.update(at(start, 0), sees);
    expect(t.current).toBe('move');
    const moved = walked(start, 2.5);
    t.update(at(moved, 5), sees);
    expect(t.current).toBeNull();
    t.update(at(moved, 5 + GAP_TICKS - 1), sees);
    expect(t.current).toBeNull();
    t.update(at(moved, 5 + GAP_TICKS), sees);
    expect(t.current).toBe('pickUp');
  });

  it('never shows a lesson already done, even in a new tutor (after a reload)', () => {
    const { tutor: first, recorded } = tutor();
    first.update(at(quiet(), 0), sees);
    first.update(at(walked(quiet(), 3), 5), sees);
    const { tutor: second } = tutor(recorded);
    second.update(at(quiet(), 0), sees);
    expect(second.current).toBeNull();
  });

  it('counts a lesson done before its prompt came up, and never shows it', () => {
    const { tutor: t, recorded } = tutor(['move']);
    const pickedUp: SimEvent = { type: 'itemPickedUp', itemId: 1, item: 'food', studentId: 0 };
    t.noteEvents([pickedUp, pickedUp]);
    expect(recorded).toEqual(['pickUp']);
    const snapshot = quiet();
    snapshot.items = [{ id: 2, kind: 'water', tileX: me(snapshot).tileX + 1, tileY: me(snapshot).tileY }];
    t.update(at(snapshot, 0), sees);
    expect(t.current).toBeNull();
  });

  it('teaches sneaking when an unaware zombie is near and in sight, not through a wall, and sneaking finishes it', () => {
    const { tutor: t, recorded } = tutor(['move']);
    const snapshot = quiet();
    const student = me(snapshot);
    const zombie = { ...classroomWing().zombies[0]!, x: student.x + 5, y: student.y, tileX: student.tileX + 5, tileY: student.tileY, awareness: 'unaware' as const };
    snapshot.zombies = [zombie];
    t.update(at(snapshot, 0), blind);
    expect(t.current).toBeNull();
    snapshot.zombies = [{ ...zombie, awareness: 'hunting' }];
    t.update(at(snapshot, 1), sees);
    expect(t.current).toBeNull();
    snapshot.zombies = [zombie];
    t.update(at(snapshot, 2), sees);
    expect(t.current).toBe('sneak');
    const sneaking = structuredClone(snapshot);
    Object.assign(me(sneaking), { gait: 'sneak', moving: true });
    // Ticks count from the last look: sneaking since tick 2.
    t.update(at(sneaking, 2 + SNEAK_TICKS - 1), sees);
    expect(t.current).toBe('sneak');
    t.update(at(sneaking, 2 + SNEAK_TICKS), sees);
    expect(t.current).toBeNull();
    expect(recorded).toEqual(['sneak']);
  });

  it('puts up no prompt while any zombie hunts a student, however far, and does once none does', () => {
    const { tutor: t } = tutor(['move', 'goal']);
    const snapshot = quiet();
    const student = me(snapshot);
    snapshot.items = [{ id: 1, kind: 'food', tileX: student.tileX + 2, tileY: student.tileY }];
    const hunter = { ...classroomWing().zombies[0]!, id: 99, x: student.x + 20, y: student.y, tileX: student.tileX + 20, tileY: student.tileY, awareness: 'hunting' as const, mode: 'chase' as const };
    snapshot.zombies = [hunter];
    t.update(at(snapshot, 0), sees);
    expect(t.current).toBeNull();
    snapshot.zombies = [];
    t.update(at(snapshot, 1), sees);
    expect(t.current).toBe('pickUp');
    expect(t.holding).toBe(false);
  });

  it('teaches sneaking before contact: mid-walk and over a prompt up, the game held still until it is read, then not again', () => {
    const { tutor: t, recorded } = tutor(['move']);
    const start = structuredClone(classroomWing());
    start.zombies = [];
    start.items = [];
    t.update(at(start, 0), sees);
    expect(t.current).toBe('goal');
    // On a tapped walk, with the goal prompt up, a walker that has not noticed the student comes into sight.
    const walking = structuredClone(start);
    const student = me(walking);
    Object.assign(student, { walking: true, moving: true });
    const unaware = { ...classroomWing().zombies[0]!, x: student.x + 5, y: student.y, tileX: student.tileX + 5, tileY: student.tileY, awareness: 'unaware' as const };
    walking.zombies = [unaware];
    t.update(at(walking, 1), sees);
    expect(t.current).toBe('sneak');
    expect(t.holding).toBe(true);
    expect(t.holdFrame(HOLD_MS / 2)).toBe(true);
    // Read: the game goes on, the prompt stays until the student sneaks.
    t.dismiss();
    expect(t.holdFrame(16)).toBe(false);
    expect(t.holding).toBe(false);
    expect(t.current).toBe('sneak');
    expect(recorded).toEqual([]);
    const sneaking = structuredClone(walking);
    Object.assign(me(sneaking), { gait: 'sneak', moving: true, walking: false });
    t.update(at(sneaking, 2), sees);
    t.update(at(sneaking, 2 + SNEAK_TICKS), sees);
    expect(recorded).toEqual(['sneak']);
    // The goal prompt it took the place of comes back after the gap.
    t.update(at(start, 2 + SNEAK_TICKS + GAP_TICKS), sees);
    expect(t.current).toBe('goal');
    expect(t.holding).toBe(false);
  });

  it('lets the player learn to move first: the sneak prompt does not take the move prompt’s place', () => {
    const { tutor: t } = tutor();
    const snapshot = quiet();
    const student = me(snapshot);
    snapshot.zombies = [{ ...classroomWing().zombies[0]!, x: student.x + 5, y: student.y, tileX: student.tileX + 5, tileY: student.tileY, awareness: 'unaware' as const }];
    t.update(at(snapshot, 0), sees);
    expect(t.current).toBe('move');
    t.update(at(snapshot, 1), sees);
    expect(t.current).toBe('move');
    const moved = walked(snapshot, 2.5);
    t.update(at(moved, 2), sees);
    t.update(at(moved, 2 + GAP_TICKS), sees);
    expect(t.current).toBe('sneak');
    expect(t.holding).toBe(true);
  });

  it('holds the game no longer than HOLD_MS when the player does not say they read the prompt; the prompt stays', () => {
    const { tutor: t } = tutor(['move', 'goal']);
    const snapshot = quiet();
    const student = me(snapshot);
    snapshot.zombies = [{ ...classroomWing().zombies[0]!, x: student.x + 5, y: student.y, tileX: student.tileX + 5, tileY: student.tileY, awareness: 'unaware' as const }];
    t.update(at(snapshot, 0), sees);
    expect(t.holdFrame(HOLD_MS - 1)).toBe(true);
    expect(t.holdFrame(1)).toBe(false);
    expect(t.current).toBe('sneak');
    expect(t.holding).toBe(false);
  });

  it('never teaches sneaking after the bite: a sneak moment that came while a zombie hunted is dropped', () => {
    const { tutor: t } = tutor(['move', 'goal']);
    const snapshot = quiet();
    const student = me(snapshot);
    const unaware = { ...classroomWing().zombies[0]!, x: student.x + 5, y: student.y, tileX: student.tileX + 5, tileY: student.tileY, awareness: 'unaware' as const };
    const biting = { ...unaware, id: 99, x: student.x + 0.8, tileX: student.tileX, awareness: 'hunting' as const, mode: 'attack' as const };
    snapshot.zombies = [unaware, biting];
    t.update(at(snapshot, 0), sees);
    expect(t.current).toBeNull();
    // The fight is over and no zombie is near: no sneak tip now.
    snapshot.zombies = [];
    t.update(at(snapshot, 1), sees);
    expect(t.current).toBeNull();
  });

  it('teaches sneaking when a still walker is heard right behind the closed door the student stands at', () => {
    const { tutor: t } = tutor(['move', 'goal']);
    const snapshot = quiet();
    const student = me(snapshot);
    Object.assign(student, { x: 10.5, y: 10.5, tileX: 10, tileY: 10 });
    snapshot.doors = [{ ...classroomWing().doors[0]!, tileX: 11, tileY: 10, state: 'closed' as const }];
    const behind = { ...classroomWing().zombies[0]!, x: 12.5, y: 10.5, tileX: 12, tileY: 10, moving: false, awareness: 'unaware' as const, mode: 'idle' as const };
    snapshot.zombies = [behind];
    t.update(at(snapshot, 0), blind);
    expect(t.current).toBe('sneak');
  });

  it('hiding the prompt counts as done', () => {
    const { tutor: t, recorded } = tutor();
    t.update(at(quiet(), 0), sees);
    t.dismiss();
    expect(t.current).toBeNull();
    expect(recorded).toEqual(['move']);
  });

  it('lets a prompt whose moment passed go, and brings it back only later', () => {
    const { tutor: t, recorded } = tutor(['move']);
    const snapshot = quiet();
    const door = snapshot.doors[0]!;
    Object.assign(me(snapshot), { x: door.tileX + 0.5, y: door.tileY + 1.5, tileX: door.tileX, tileY: door.tileY + 1 });
    snapshot.doors[0] = { ...door, state: 'open' };
    t.update(at(snapshot, 0), sees);
    expect(t.current).toBe('door');
    const away = structuredClone(snapshot);
    me(away).y += 10;
    t.update(at(away, SHOW_TICKS - 1), sees);
    expect(t.current).toBe('door');
    t.update(at(away, SHOW_TICKS), sees);
    expect(t.current).toBeNull();
    t.update(at(snapshot, SHOW_TICKS + GAP_TICKS), sees);
    expect(t.current).toBeNull();
    t.update(at(snapshot, SHOW_TICKS + RETRY_TICKS), sees);
    expect(t.current).toBe('door');
    t.noteEvents([{ type: 'doorClosed', doorId: door.id, by: 'student:0' }]);
    expect(t.current).toBeNull();
    expect(recorded).toEqual(['door']);
  });

  it('tells once that a friend bleeds and that a wound may infect, naming what treats each, then lets the news go for good', () => {
    const { tutor: t, recorded } = tutor(['move']);
    const hurt = quiet();
    const friend = hurt.students.find((s) => !s.controlled)!;
    Object.assign(friend, { bleeding: true, wound: 'bite', infection: 5 });
    t.update(at(hurt, 0), sees);
    expect(t.current).toBe('bleeding');
    expect(promptText('bleeding', 'keyboard', DEFAULT_BINDINGS)).toMatch(/bandage.*nurse's helper.*press E/);
    expect(promptText('bleeding', 'touch', DEFAULT_BINDINGS)).toContain('tap USE');
    // Still bleeding, but the news has been up long enough: told, and never again.
    t.update(at(hurt, SHOW_TICKS), sees);
    expect(t.current).toBeNull();
    t.update(at(hurt, SHOW_TICKS + GAP_TICKS), sees);
    expect(t.current).toBe('wounded');
    expect(promptText('wounded', 'keyboard', DEFAULT_BINDINGS)).toMatch(/infect.*green bar.*Antiseptic/);
    // Treating the wound is having understood it.
    t.noteEvents([{ type: 'itemUsed', item: 'antiseptic', studentId: 2, targetId: friend.id }]);
    expect(t.current).toBeNull();
    t.update(at(hurt, SHOW_TICKS + GAP_TICKS * 4), sees);
    expect(t.current).toBeNull();
    expect(recorded).toEqual(['bleeding', 'wounded']);
    setLanguage('ko');
    expect(promptText('bleeding', 'keyboard', DEFAULT_BINDINGS)).toContain('붕대');
    expect(promptText('wounded', 'keyboard', DEFAULT_BINDINGS)).toContain('소독약');
    setLanguage('en');
  });

  it('tells, right after the first fight and not during it, that fighting is loud, naming the hit control', () => {
    const { tutor: t, recorded } = tutor(['move']);
    const fight = quiet();
    const student = me(fight);
    fight.zombies = [{ ...classroomWing().zombies[0]!, x: student.x + 1, y: student.y, tileX: student.tileX + 1, tileY: student.tileY, mode: 'attack', awareness: 'hunting', biteIn: 10 }];
    t.update(at(fight, 0), sees);
    expect(t.current).toBeNull();
    t.noteEvents([{ type: 'attackSwung', studentId: student.id }]);
    t.update(at(fight, 5), sees);
    expect(t.current).toBeNull();
    // The zombie is down: the fight is over, and its lesson comes up.
    fight.zombies = [{ ...fight.zombies[0]!, mode: 'down', awareness: 'unaware', biteIn: null }];
    t.update(at(fight, 10), sees);
    expect(t.current).toBe('fightNoise');
    expect(promptText('fightNoise', 'keyboard', DEFAULT_BINDINGS)).toMatch(/^Fighting is loud! Every blow \(Space\) is heard as far as its yellow ring/);
    expect(promptText('fightNoise', 'touch', DEFAULT_BINDINGS)).toContain('(HIT)');
    t.update(at(fight, 10 + SHOW_TICKS), sees);
    expect(t.current).toBeNull();
    expect(recorded).toEqual(['fightNoise']);
    setLanguage('ko');
    expect(promptText('fightNoise', 'keyboard', DEFAULT_BINDINGS)).toContain('노란 고리');
    setLanguage('en');
  });

  it('does not show a lesson the device has no control for', () => {
    const recorded: Lesson[] = [];
    const t = new Tutor({ done: [], onDone: (l) => recorded.push(l), canShow: (lesson) => lesson !== 'move' });
    t.update(at(quiet(), 0), sees);
    expect(t.current).toBeNull();
    expect(lessonsWithoutControl('touch', DEFAULT_BINDINGS)).toEqual(['barricade']);
    expect(lessonsWithoutControl('gamepad', DEFAULT_BINDINGS)).toEqual(['barricade']);
    expect(lessonsWithoutControl('keyboard', DEFAULT_BINDINGS)).toEqual([]);
  });
});

describe('the barricade lesson', () => {
  it('comes up beside any standing door, open ones too, once the student carries a plank', () => {
    const snapshot = quiet();
    const door = snapshot.doors[0]!;
    const student = me(snapshot);
    Object.assign(student, { x: door.tileX + 0.5, y: door.tileY + 1.5, tileX: door.tileX, tileY: door.tileY + 1 });
    snapshot.doors[0] = { ...door, state: 'open' };
    const view = { snapshot, me: student, sees, fought: false };
    expect(READY.barricade(view)).toBe(false);
    student.pack.push({ id: 900, kind: 'plank' } as (typeof student.pack)[number]);
    expect(READY.barricade(view)).toBe(true);
    snapshot.doors[0] = { ...door, state: 'broken' };
    expect(READY.barricade(view)).toBe(false);
  });

  it('can be met at the start of the science wing: a plank by the first door, a few steps from the students', () => {
    const result = parseLevel(readFileSync('levels/02-science-wing.json', 'utf8'), 'levels/02-science-wing.json');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const start = createSimulation(result.level, { seed: 1 }).snapshot();
    const first = me(start);
    const planks = start.items.filter((i) => i.kind === 'plank' || i.kind === 'chair' || i.kind === 'desk');
    const near = planks.filter((i) => Math.hypot(i.tileX + 0.5 - first.x, i.tileY + 0.5 - first.y) <= 4);
    expect(near.length).toBeGreaterThan(0);
    const plank = near[0]!;
    expect(start.doors.some((d) => d.state !== 'broken' && Math.hypot(d.tileX - plank.tileX, d.tileY - plank.tileY) <= NEAR.door)).toBe(true);
  });
});

describe('prompt texts', () => {
  afterEach(() => setLanguage('en'));

  it('name the player’s own keys, the pad’s buttons or the touch buttons', () => {
    const remapped = rebind(DEFAULT_BINDINGS, 'sneak', 'KeyZ');
    if (!remapped.ok) throw new Error(remapped.error);
    expect(promptText('sneak', 'keyboard', DEFAULT_BINDINGS)).toContain('hold C while you move');
    expect(promptText('sneak', 'keyboard', remapped.bindings)).toContain('hold Z while you move');
    expect(promptText('sneak', 'gamepad', DEFAULT_BINDINGS)).toContain('hold LT while you move');
    expect(promptText('sneak', 'touch', DEFAULT_BINDINGS)).toContain('tap SNEAK while you move');
    expect(promptText('move', 'keyboard', DEFAULT_BINDINGS)).toBe('Move with WASD. You can also click a tile to walk there.');
    expect(promptText('door', 'keyboard', DEFAULT_BINDINGS)).toContain('press E beside it');
    expect(promptText('door', 'gamepad', DEFAULT_BINDINGS)).toContain('press B beside it');
    expect(promptText('lure', 'touch', DEFAULT_BINDINGS)).toContain('tap ALARM');
    expect(promptText('eat', 'keyboard', DEFAULT_BINDINGS)).toContain('To eat, press 1; to drink, press 2.');
    // The touch food button shows a rice ball (tools/art/icons.ts): named as drawn, not "bread".
    expect(promptText('eat', 'touch', DEFAULT_BINDINGS)).toContain('the rice ball button');
    setLanguage('ko');
    expect(promptText('eat', 'touch', DEFAULT_BINDINGS)).toContain('삼각김밥 버튼');
    expect(promptText('sneak', 'keyboard', remapped.bindings)).toContain('Z를 누른 채로');
    expect(promptText('lure', 'touch', DEFAULT_BINDINGS)).toContain('알람을 눌러');
  });
});
