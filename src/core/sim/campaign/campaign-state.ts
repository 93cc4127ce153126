/**
 * The campaign between levels, as plain JSON a save can store: the difficulty, the levels done, the
 * time (game minutes since midnight of day 0), and the group — each student's needs, wound,
 * infection and pack, and whether they are still with the group — and the halfbie hunter that
 * follows them, if one does (stalker.ts). A fallen student stays fallen:
 * only students still `with` the group start the next level.
 *
 *   let campaign = startCampaign(difficultyPreset('normal'));
 *   const sim = createSimulation(level, { seed, campaign });     // students from the level's spawns
 *   ... level won ...
 *   campaign = carryOver(campaign, sim.saveState(), sim.level);   // who is left, what they carry, the time
 *   campaign = shareOut(campaign).campaign;                       // camp rules (camp.ts)
 *   createSimulation(nextLevel, { seed, campaign });              // the same group at the next level's spawns
 */

import type { StudentOrder } from '../../state/commands';
import type { SimState } from '../save/sim-state-format';
import type { Level } from '../../level/level';
import { CLOCK } from '../../kernel/tuning-world';
import { minutesPerTick } from '../../rules/world/clock';
import type { Student, World } from '../../state/world';
import type { Difficulty } from '../../kernel/difficulty';
import { checkCampaignStalker, pendingStalker, stalkerAfter } from './stalker';
import type { CampaignStalker } from '../../state/world';

export const CAMPAIGN_VERSION = 1;

/** with: in the group; fallen: went down in a level; turned: became a zombie; left: left behind at camp. */
export type CampaignStatus = 'with' | 'fallen' | 'turned' | 'left';

/** What a student brings from one level to the next: who they are, their needs, wound, infection and pack. */
export const CARRIED_STUDENT_FIELDS = [
  'name',
  'look',
  'role',
  'health',
  'stamina',
  'hunger',
  'thirst',
  'fatigue',
  'warmth',
  'morale',
  'wound',
  'infection',
  'infectionRate',
  'treatments',
  'bites',
  'halfbie',
  'pack',
  'weaponId',
] as const;

export interface CampaignStudent extends Pick<Student, (typeof CARRIED_STUDENT_FIELDS)[number]> {
  status: CampaignStatus;
  /** Starts the next level holding position (quarantine), not following. */
  quarantined: boolean;
}

export interface CampaignState {
  version: typeof CAMPAIGN_VERSION;
  difficulty: Difficulty;
  /** Level ids finished, in order. */
  levelsDone: string[];
  /** Game minutes since midnight of day 0. */
  minutes: number;
  /** Empty until the first level ends: that level's own students start it. */
  students: CampaignStudent[];
  /** A halfbie hunter that followed the group out of the last level (stalker.ts); left out or null: none. */
  stalker?: CampaignStalker | null;
  /**
   * The campaign as the last level won began (without its own `levelStart`): the camp's way back,
   * to play that level again from its start, when no one can get through the next. Left out: none.
   */
  levelStart?: CampaignState;
}

export function startCampaign(difficulty: Difficulty, minutes: number = CLOCK.startMinute): CampaignState {
  return { version: CAMPAIGN_VERSION, difficulty: { ...difficulty }, levelsDone: [], minutes, students: [] };
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Students still in the group. */
export const groupOf = (campaign: CampaignState): CampaignStudent[] => campaign.students.filter((s) => s.status === 'with');

type CarriedFields = Pick<Student, (typeof CARRIED_STUDENT_FIELDS)[number]>;

/** The carried fields of a student, copied (the pack and wound are deep copies). */
function carriedFields(student: CarriedFields): CarriedFields {
  const fields: Partial<Record<keyof CarriedFields, unknown>> = {};
  // A field a student does not have (bites before their first) is left out, not set to undefined: a save drops
  // such a key, and a key that came back in another place would change the state's hash.
  for (const key of CARRIED_STUDENT_FIELDS) if (student[key] !== undefined) fields[key] = copy(student[key]);
  return fields as CarriedFields;
}

function fromStudent(student: Student): CampaignStudent {
  return { ...carriedFields(student), status: student.turned ? 'turned' : student.down ? 'fallen' : 'with', quarantined: false };
}

/**
 * After a level: the group as it left (by name; a student who went down is fallen, one who turned
 * is turned), what they carry, the time (at the level's own clock speed), and the hunter that
 * follows them (stalker.ts). Students not in the
 * level (fallen or left before) keep their status.
 */
export function carryOver(campaign: CampaignState, state: SimState, level: Level): CampaignState {
  const inLevel = new Map(state.students.map((student) => [student.name, fromStudent(student)]));
  const earlier = campaign.students.filter((student) => !inLevel.has(student.name));
  const { levelStart: _older, ...atStart } = copy(campaign);
  return {
    ...copy(atStart),
    levelStart: atStart,
    levelsDone: [...campaign.levelsDone, state.levelId],
    minutes: state.startMinute + state.tick * minutesPerTick(level.settings.clockSpeed),
    students: [...copy(earlier), ...inLevel.values()],
    stalker: stalkerAfter(state, level).stalker,
  };
}

/**
 * Puts the campaign's group into a freshly made world: the students still with the group stand on
 * the level's spawns in order (sharing the last spawn when there are more of them), carried items
 * get fresh ids after the level's own, and the clock starts at the campaign's time.
 */
export function applyCampaign(world: World, campaign: CampaignState): void {
  world.startMinute = campaign.minutes;
  world.stalker = campaign.stalker === undefined || campaign.stalker === null ? null : pendingStalker(campaign.stalker, world.level, world.seed);
  const group = groupOf(campaign);
  if (campaign.students.length === 0) return;
  if (group.length === 0) throw new Error('the campaign has no student left to play the level');
  const spawns = world.level.students;
  // The group takes the level's own student places in order; students waiting to be rescued keep
  // theirs. Places left over are dropped (a one-student group met a nameless fallen student at the
  // start of a level with someone to rescue).
  const groupSlots = spawns.flatMap((spawn, index) => (spawn.waiting === true ? [] : [index]));
  const template = world.students[0]!;
  const carriedAt = (carried: CampaignStudent, id: number, tileX: number, tileY: number): Student => {
    const pack = carried.pack.map((item) => ({ ...copy(item), id: world.nextItemId++ }));
    const held = carried.pack.findIndex((item) => item.id === carried.weaponId);
    const order: StudentOrder = carried.quarantined ? 'hold' : 'follow';
    return {
      ...template,
      ...carriedFields(carried),
      id,
      order,
      waiting: false,
      x: tileX + 0.5,
      y: tileY + 0.5,
      path: [],
      pack,
      weaponId: held >= 0 ? pack[held]!.id : -1,
      warned: 0,
      nearHunter: false,
      lightOn: false,
    };
  };
  const students = world.students.map((student) => ({ ...student }));
  const lastSlot = groupSlots[groupSlots.length - 1] ?? 0;
  groupSlots.forEach((slot, n) => {
    const carried = group[n];
    const spawn = spawns[slot]!;
    students[slot] = carried !== undefined ? carriedAt(carried, slot, spawn.tileX, spawn.tileY) : { ...students[slot]!, name: '', down: true, health: 0, path: [] };
  });
  // More in the group than places: the rest stand on the last place.
  for (let n = groupSlots.length; n < group.length; n++) students.push(carriedAt(group[n]!, students.length, spawns[lastSlot]!.tileX, spawns[lastSlot]!.tileY));
  // Empty places are left out (a rescue objective finds its student by name: objective-read.ts rescueTarget).
  world.students = students.filter((student) => student.name !== '' || !student.down).map((student, id) => ({ ...student, id }));
  world.controlledId = world.students.findIndex((student) => !student.down && !student.waiting);
}

/** Checks an untrusted campaign (from a save) enough to refuse a broken one with a message. */
export function checkCampaign(value: unknown): { ok: true; campaign: CampaignState } | { ok: false; error: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'a campaign must be an object' };
  const raw = value as Partial<CampaignState>;
  if (raw.version !== CAMPAIGN_VERSION) return { ok: false, error: `unsupported campaign version ${String(raw.version)} (expected ${CAMPAIGN_VERSION})` };
  if (!Array.isArray(raw.students) || !Array.isArray(raw.levelsDone) || typeof raw.minutes !== 'number' || !Number.isFinite(raw.minutes)) {
    return { ok: false, error: 'a campaign needs students, levelsDone and minutes' };
  }
  const stalkerError = checkCampaignStalker(raw.stalker);
  if (stalkerError !== undefined) return { ok: false, error: `campaign ${stalkerError}` };
  return { ok: true, campaign: copy(raw as CampaignState) };
}
