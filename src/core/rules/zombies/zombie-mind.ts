/**
 * A zombie's mind as one table: for each mode, the events it answers and the mode each leads to.
 * Every change of `zombie.mode` goes through `changeMode`, which asks this table; a rule asking for
 * a transition the table does not name is a bug (kernel/state-table.ts: thrown in tests and replays,
 * counted in the game).
 *
 * The usual course, read from the table below:
 *
 *   idle --strolled--> wander --arrived--> idle
 *     --heard / smelled--> investigate --arrived / gaveUp--> search --gaveUp--> idle
 *     --saw--> chase --inReach--> attack --outOfReach--> chase --lost--> search
 *   investigate, chase --blocked--> bash --unblocked--> chase or investigate
 *   any standing mode --provoked--> chase, --knockedDown--> down (for good)
 *
 * Events:
 * - `strolled` / `nowhereToGo`: an idle pause ran out, with or without a stroll near home found;
 * - `arrived`: at the end of a stroll, or at the goal of an investigation with nobody there;
 * - `gaveUp`: a timer ran out (investigating, bashing, searching);
 * - `heard`: a noise (for the hunter also a student's breath); `smelled`: blood on or beside its
 *   tile; `trailCold`: the blood trail it followed ends;
 * - `saw`: a student in sight; `provoked`: a student hit it; `inReach` / `outOfReach`: its target,
 *   for biting; `lost`: the target out of sight and its last seen place reached or forgotten;
 *   `targetGone`: the target fell, became a halfbie or is gone;
 * - `blocked`: its next step is a closed door, window or barricade; `unblocked`: a basher whose
 *   door is no longer in its way (broken, opened, or it was pushed aside);
 * - `knockedDown`: its health ran out. Nothing gets a zombie up again.
 *
 * Guards say where the hunter's mind differs: it keeps bashing the door between it and a sound,
 * walks on to its goal while bashing (so it may arrive, or lose its target), and after a door
 * always investigates.
 */

import type { Zombie, ZombieMode } from '../../state/world';
import { takeTransition, type TransitionTable } from '../../kernel/state-table';
import type { TickContext } from '../tick-context';

export type ZombieEvent =
  | 'strolled'
  | 'nowhereToGo'
  | 'arrived'
  | 'gaveUp'
  | 'heard'
  | 'smelled'
  | 'trailCold'
  | 'saw'
  | 'provoked'
  | 'inReach'
  | 'outOfReach'
  | 'lost'
  | 'targetGone'
  | 'blocked'
  | 'unblocked'
  | 'knockedDown';

const isHunter = (zombie: Zombie): boolean => zombie.kind === 'hunter';

/** What any standing zombie answers whatever it is doing. */
const ALWAYS = { provoked: 'chase', knockedDown: 'down' } as const;

export const ZOMBIE_MIND: TransitionTable<ZombieMode, ZombieEvent, Zombie> = {
  idle: { strolled: 'wander', nowhereToGo: 'idle', heard: 'investigate', smelled: 'investigate', saw: 'chase', ...ALWAYS },
  wander: { arrived: 'idle', heard: 'investigate', smelled: 'investigate', saw: 'chase', ...ALWAYS },
  investigate: {
    arrived: 'search',
    gaveUp: 'search',
    heard: 'investigate',
    smelled: 'investigate',
    trailCold: 'search',
    saw: 'chase',
    blocked: 'bash',
    ...ALWAYS,
  },
  // `saw` keeps a hunting zombie on its target (it may change target, not mode).
  chase: { saw: 'chase', inReach: 'attack', lost: 'search', targetGone: 'search', blocked: 'bash', ...ALWAYS },
  attack: { saw: 'attack', outOfReach: 'chase', targetGone: 'search', ...ALWAYS },
  // A searcher whose timer ran out this tick may still have pressed into a door with the horde.
  search: { gaveUp: 'idle', heard: 'investigate', smelled: 'investigate', saw: 'chase', blocked: 'bash', ...ALWAYS },
  bash: {
    heard: [{ to: 'bash', when: isHunter }, { to: 'investigate' }],
    saw: 'chase',
    unblocked: [{ to: 'chase', when: (zombie) => !isHunter(zombie) && zombie.targetId >= 0 }, { to: 'investigate' }],
    arrived: [{ to: 'search', when: isHunter }],
    // A chasing hunter may meet a door and lose its target in one tick: rare, as meeting the door
    // resets its timer, so only when it stands on the last seen place with a route planned earlier.
    lost: [{ to: 'search', when: isHunter }],
    gaveUp: 'search',
    ...ALWAYS,
  },
  down: {},
};

const nameOf = (zombie: Zombie): string => `zombie ${zombie.id} (${zombie.kind})`;

/**
 * Moves the zombie's mind on `event` by the table and returns its mode after. The caller does what
 * entering the mode means (goal, timers, path); this only decides and checks the mode.
 */
export function changeMode(context: TickContext, zombie: Zombie, event: ZombieEvent): ZombieMode {
  const mode = takeTransition(ZOMBIE_MIND, context.transitions, { from: zombie.mode, event, subject: zombie, who: nameOf });
  zombie.mode = mode;
  return mode;
}
