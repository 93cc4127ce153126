/**
 * What a student is, as one table: waiting to be rescued, standing in the group, a halfbie (still
 * a student, with a human mind), down, or turned into a zombie. The state is read from the
 * student's flags (`waiting`, `halfbie`, `down`, `turned`, which saves and replays keep as they
 * are); every change of those flags goes through `changeStudentState`, which asks the table.
 *
 *   waiting --joined--> standing --cameThrough--> halfbie --fell--> down
 *      |                   |  --fell--> down --helpedUp--> standing (or halfbie, if they were one)
 *      |                   +--turned--> turned (a zombie now walks in their place; also down)
 *      +--cameThrough--> waitingHalfbie --joined--> halfbie
 *
 * A student waiting to be rescued can be bitten, turn or fall like anyone, so the waiting states
 * answer the same events. A fallen group member can be helped up by a friend before they bleed
 * out (help-up.ts); nobody comes back from turning. Gait and orders (sneak, hold) are not states here:
 * they change freely, every tick or by command.
 */

import type { Student } from '../../state/world';
import { takeTransition, type TransitionTable } from '../../kernel/state-table';
import type { TickContext } from '../tick-context';

export type StudentState = 'waiting' | 'waitingHalfbie' | 'standing' | 'halfbie' | 'down' | 'turned';

/**
 * - `joined`: a member of the group came within reach of a waiting student (objectives.ts);
 * - `cameThrough`: the infection ran its course and left a halfbie (survival/infection.ts);
 * - `turned`: the infection ran its course and made a zombie of them;
 * - `fell`: health ran out: a zombie's bite, hunger, thirst or cold (fall.ts);
 * - `helpedUp`: a friend helped a fallen group member to their feet (help-up.ts).
 */
export type StudentEvent = 'joined' | 'cameThrough' | 'turned' | 'fell' | 'helpedUp';

export const STUDENT_STATES: TransitionTable<StudentState, StudentEvent, Student> = {
  waiting: { joined: 'standing', cameThrough: 'waitingHalfbie', turned: 'turned', fell: 'down' },
  waitingHalfbie: { joined: 'halfbie', fell: 'down' },
  standing: { cameThrough: 'halfbie', turned: 'turned', fell: 'down' },
  halfbie: { fell: 'down' },
  down: { helpedUp: [{ to: 'halfbie', when: (student) => student.halfbie }, { to: 'standing' }] },
  turned: {},
};

/** The state a student's flags say they are in. */
export function studentState(student: Student): StudentState {
  if (student.down) return student.turned ? 'turned' : 'down';
  if (student.halfbie) return student.waiting ? 'waitingHalfbie' : 'halfbie';
  return student.waiting ? 'waiting' : 'standing';
}

/** The flags each event sets (the others stay: a halfbie who falls is still a halfbie in the save). */
const EFFECTS: Record<StudentEvent, (student: Student) => void> = {
  joined: (student) => {
    student.waiting = false;
  },
  cameThrough: (student) => {
    student.halfbie = true;
  },
  turned: (student) => {
    student.turned = true;
    student.down = true;
  },
  fell: (student) => {
    student.down = true;
  },
  helpedUp: (student) => {
    student.down = false;
  },
};

const nameOf = (student: Student): string => `student ${student.id} (${student.name})`;

/**
 * Changes the student's state on `event` by the table. Returns false for an illegal transition in
 * a lenient context (nothing changed; it is counted); a strict context throws instead.
 */
export function changeStudentState(context: TickContext, student: Student, event: StudentEvent): boolean {
  const from = studentState(student);
  const to = takeTransition(STUDENT_STATES, context.transitions, { from, event, subject: student, who: nameOf });
  if (to === from) return false; // the table has no event that keeps a student as they are
  EFFECTS[event](student);
  // The table and the flags must agree, or the table is lying about what the event does.
  if (studentState(student) !== to) throw new Error(`student state table: ${event} from ${from} should lead to ${to}, the flags say ${studentState(student)}`);
  return true;
}
