/**
 * State tables: a state machine written as data. For each state, the events it answers and the
 * state each leads to, sometimes under a guard:
 *
 *   { idle: { heard: 'investigate', saw: 'chase' }, chase: { lost: 'search' }, ... }
 *
 * Words: a *transition* is (state, event) -> state. A *guard* is a condition on the subject (the
 * zombie, the student) that must hold for a transition to be taken; an event may list several
 * guarded transitions, and the first whose guard holds is taken, so an entry reads top-down like an
 * if / else. An event a state has no entry for, or whose guards all fail, is an *illegal
 * transition*: a bug in the rule that asked for it.
 *
 * What happens then is the transition log's to decide: a strict log (tests, replays, tools) throws
 * an `IllegalTransitionError` at once; a lenient one (the game in a player's hands) keeps the
 * subject in its state, counts the illegal transition and remembers the last one, for the debug
 * overlay and the testing hook to show. Never silently.
 */

/** One way out of a state, taken when its guard holds (no guard: always). */
export interface GuardedTransition<S extends string, T> {
  readonly to: S;
  readonly when?: (subject: T) => boolean;
}

/** What an event does in one state: a plain target state, or guarded alternatives tried in order. */
export type TransitionEntry<S extends string, T> = S | readonly GuardedTransition<S, T>[];

/** Every state's legal events. A state with no way out has an empty row. */
export type TransitionTable<S extends string, E extends string, T> = {
  readonly [From in S]: { readonly [Event in E]?: TransitionEntry<S, T> };
};

/** The state an event leads to from `from`, or undefined when the table has no legal transition. */
export function nextState<S extends string, E extends string, T>(table: TransitionTable<S, E, T>, from: S, event: E, subject: T): S | undefined {
  const entry = table[from][event];
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return entry as S;
  for (const transition of entry as readonly GuardedTransition<S, T>[]) {
    if (transition.when === undefined || transition.when(subject)) return transition.to;
  }
  return undefined;
}

/** Every (state, event) pair a table names, with the states it may lead to, for tests and documentation. */
export function transitionsOf<S extends string, E extends string, T>(table: TransitionTable<S, E, T>): { from: S; event: E; to: S[] }[] {
  const all: { from: S; event: E; to: S[] }[] = [];
  for (const from of Object.keys(table) as S[]) {
    const row = table[from] as Partial<Record<E, TransitionEntry<S, T>>>;
    for (const event of Object.keys(row) as E[]) {
      const entry = row[event]!;
      const to = typeof entry === 'string' ? [entry as S] : (entry as readonly GuardedTransition<S, T>[]).map((transition) => transition.to);
      all.push({ from, event, to: [...new Set(to)] });
    }
  }
  return all;
}

/** Thrown by a strict transition log on an illegal transition. */
export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
}

/**
 * Where illegal transitions go: thrown when `strict`, else counted (`illegal`) with the last one
 * described (`lastIllegal`, '' while there is none). Lives in the tick context, not in the saved
 * state, so it never changes a state hash.
 */
export interface TransitionLog {
  readonly strict: boolean;
  illegal: number;
  lastIllegal: string;
  /** Told of every legal transition taken (tests use it to see which rule fired). */
  watch?: (taken: { who: string; from: string; event: string; to: string }) => void;
}

export function createTransitionLog(strict: boolean): TransitionLog {
  return { strict, illegal: 0, lastIllegal: '' };
}

/**
 * The state `subject` moves to on `event`: the table's answer, or, for an illegal transition, `from`
 * itself after the log has recorded it (a strict log throws instead). `who` names the subject in
 * messages, like `zombie 3 (walker)` (called only when a message is made: this runs every tick).
 */
export function takeTransition<S extends string, E extends string, T>(
  table: TransitionTable<S, E, T>,
  log: TransitionLog,
  transition: { from: S; event: E; subject: T; who: (subject: T) => string },
): S {
  const to = nextState(table, transition.from, transition.event, transition.subject);
  if (to !== undefined) {
    log.watch?.({ who: transition.who(transition.subject), from: transition.from, event: transition.event, to });
    return to;
  }
  const guarded = table[transition.from][transition.event] !== undefined;
  const message = `${transition.who(transition.subject)}: no legal transition from ${transition.from} on ${transition.event}${guarded ? ' (every guard failed)' : ''}`;
  if (log.strict) throw new IllegalTransitionError(message);
  log.illegal++;
  log.lastIllegal = message;
  return transition.from;
}
