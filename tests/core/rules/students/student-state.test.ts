import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IllegalTransitionError, transitionsOf } from '../../../../src/core/kernel/state-table';
import { changeStudentState, STUDENT_STATES, studentState } from '../../../../src/core/rules/students/student-state';
import { updateInfection } from '../../../../src/core/rules/survival/infection';
import { updateObjectives } from '../../../../src/core/rules/objectives/objectives';
import { bite } from '../../../../src/core/rules/zombies/bite';
import { helpUp } from '../../../../src/core/rules/students/help-up';
import { createTickContext } from '../../../../src/core/rules/tick-context';
import type { Student } from '../../../../src/core/state/world';
import { scenario, type Scenario } from '../zombies/scenario';

/** Every transition some scene below was seen to take, as `from -event-> to`. */
const covered = new Set<string>();

// Two students side by side (the second may be set waiting to be rescued), a zombie beside them.
const ROOM = `
  #########
  #.SSZ...#
  #......E#
  #########`;

interface Scene extends Scenario {
  taken: string[];
  first: Student;
  second: Student;
}

function scene(seed = 1): Scene {
  const s = scenario(ROOM, seed);
  const taken: string[] = [];
  s.context.transitions.watch = ({ from, event, to }) => taken.push(`${from} -${event}-> ${to}`);
  return { ...s, taken, first: s.world.students[0]!, second: s.world.students[1]! };
}

function expectTaken(s: Scene, transition: string): void {
  expect(s.taken).toContain(transition);
  covered.add(transition);
}

/** A scene (the first seed from 1 on) whose next infection roll makes the second student a halfbie, or not. */
function turningScene(halfbie: boolean, waiting: boolean): Scene {
  for (let seed = 1; seed < 500; seed++) {
    const s = scene(seed);
    Object.assign(s.second, { waiting, infection: 99.5, infectionRate: 1 });
    updateInfection(s.context);
    if (s.second.halfbie === halfbie) return s;
  }
  throw new Error('no seed gave that roll');
}

describe('student states', () => {
  it('a student waiting to be rescued joins the group when one of it comes near (joined)', () => {
    const s = scene();
    s.second.waiting = true;
    updateObjectives(s.context);
    expectTaken(s, 'waiting -joined-> standing');
    expect(studentState(s.second)).toBe('standing');
  });

  it('a halfbie waiting to be rescued joins as a halfbie (joined)', () => {
    const s = turningScene(true, true);
    updateObjectives(s.context);
    expectTaken(s, 'waitingHalfbie -joined-> halfbie');
  });

  it.each([
    [false, 'standing'],
    [true, 'waiting'],
  ] as const)('an infection run its course sometimes leaves a halfbie (waiting: %s; cameThrough)', (waiting, from) => {
    const s = turningScene(true, waiting);
    expectTaken(s, `${from} -cameThrough-> ${waiting ? 'waitingHalfbie' : 'halfbie'}`);
  });

  it.each([
    [false, 'standing'],
    [true, 'waiting'],
  ] as const)('an infection run its course usually makes a zombie (waiting: %s; turned)', (waiting, from) => {
    const s = turningScene(false, waiting);
    expectTaken(s, `${from} -turned-> turned`);
    expect(s.world.zombies.at(-1)!.name).toBe(s.second.name);
  });

  it.each([
    [false, false, 'standing'],
    [true, false, 'waiting'],
    [false, true, 'halfbie'],
    [true, true, 'waitingHalfbie'],
  ] as const)('a bite that takes the last health brings them down (waiting: %s, halfbie: %s; fell)', (waiting, halfbie, from) => {
    const s = scene();
    Object.assign(s.second, { waiting, halfbie, health: 1 });
    bite(s.context, s.world.zombies[0]!, s.second);
    expectTaken(s, `${from} -fell-> down`);
    expect(s.context.events).toContainEqual({ type: 'studentDowned', studentId: 1 });
  });

  it.each([
    [false, 'standing'],
    [true, 'halfbie'],
  ] as const)('a friend beside one who fell helps them up before they bleed out (halfbie: %s; helpedUp)', (halfbie, to) => {
    const s = scene();
    Object.assign(s.second, { halfbie, health: 1 });
    bite(s.context, s.world.zombies[0]!, s.second);
    expect(helpUp(s.context, s.first)).toBe(true);
    expectTaken(s, `down -helpedUp-> ${to}`);
  });

  it('an illegal transition throws in a strict context', () => {
    const s = scene();
    expect(() => changeStudentState(s.context, s.first, 'joined')).toThrow(new IllegalTransitionError('student 0 (S1): no legal transition from standing on joined'));
    s.first.down = true;
    expect(() => changeStudentState(s.context, s.first, 'cameThrough')).toThrow(IllegalTransitionError);
  });

  it('is counted, not thrown, in a lenient context, and changes nothing', () => {
    const s = scene();
    const context = createTickContext(s.world, { strict: false });
    Object.assign(s.first, { halfbie: true });
    expect(changeStudentState(context, s.first, 'turned')).toBe(false);
    expect(studentState(s.first)).toBe('halfbie');
    expect(context.transitions).toMatchObject({ illegal: 1, lastIllegal: 'student 0 (S1): no legal transition from halfbie on turned' });
  });

  it('has a scene above for every transition in its table', () => {
    const named = transitionsOf(STUDENT_STATES).flatMap(({ from, event, to }) => to.map((state) => `${from} -${event}-> ${state}`));
    expect(named.filter((transition) => !covered.has(transition))).toEqual([]);
  });

  it('is the only place in the rules and the simulation that sets those flags', () => {
    // sim/campaign keeps its own record of the group between levels (camp.ts), not a Student.
    const writers = tsFiles('src/core')
      .filter((file) => !file.startsWith(join('src/core/sim/campaign')))
      .filter((file) => /\.(down|waiting|halfbie|turned) = /.test(readFileSync(file, 'utf8')));
    expect(writers).toEqual([join('src/core/rules/students/student-state.ts')]);
  });
});

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}
