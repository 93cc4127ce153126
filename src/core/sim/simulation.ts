/**
 * The simulation: one level, stepped at a fixed tick rate by commands, with a seeded RNG.
 *
 *   const sim = createSimulation(level, { seed: 42 });
 *   const events = sim.step([{ type: 'move', dx: 1, dy: 0 }]);   // one tick
 *   const view = sim.snapshot();                                  // plain JSON
 *
 * Same level, seed and command log (commands given at the same ticks) -> the same state, always.
 * Order of one tick: commands, students, needs, infection, phones, lures, zombies, outcome (the group
 * falling), objectives (and winning).
 */

import { updateStalker } from './campaign/stalker';
import { checkCommand, type Command } from '../state/commands';
import type { SimEvent } from '../state/events';
import type { Level } from '../level/level';
import { createRng } from '../kernel/rng';
import { tickHash } from './replay/tick-hash';
import { hashText, takeSnapshot, type Snapshot } from './snapshot';
import { checkOutcome, updateLures, updateStudents, type MoveIntent } from '../rules/students/student-update';
import { applyCommand } from '../rules/students/command-table';
import { updatePhones } from '../rules/items/item-actions';
import { drainPhoneLights } from '../rules/items/phone-light';
import { applyLootAmount } from '../rules/items/loot';
import { updateInfection } from '../rules/survival/infection';
import { updateNeeds } from '../rules/survival/needs';
import type { Difficulty } from '../kernel/difficulty';
import { applyCampaign, type CampaignState } from './campaign/campaign-state';
import { applyState, captureState } from './save/sim-state';
import type { SimState } from './save/sim-state-format';
import { checkSimShape } from './save/check-sim-state';
import { migrateSimState } from './save/migrate-sim-state';
import { migrateToLevel, type LevelMigration } from './save/migrate-to-level';
import { saveDanger, type SaveDanger } from './save/save-safety';
import { updateObjectives } from '../rules/objectives/objectives';
import { createTickContext } from '../rules/tick-context';
import { createWorld, type World } from '../state/world';
import { updateZombies } from '../rules/zombies/zombie-update';
import { updateSightings } from '../rules/zombies/sightings';
import { inLapse, updateHalfbies } from '../rules/students/halfbie';
import { updateNoiseMakers } from '../rules/noise/noise-makers';
import { updateDirector } from '../rules/director/director';
import { updateWaves } from '../rules/director/waves';
import { aimThrow, type ThrowAim, type Throwable, type ThrowTarget } from '../rules/items/throw-aim';
import { previewLight, type LightPreview } from '../rules/senses/light-read';
import { createExploredMemo, markExplored } from '../rules/senses/explored';
export type { ThrowAim, Throwable, ThrowTarget };

const HUNGER_TOOK_OVER = 'the hunger has taken over';

/** The controlled student is a halfbie in a lapse of hunger: commands for them are refused. */
function lostToHunger(world: World): boolean {
  const student = world.students[world.controlledId];
  return student !== undefined && inLapse(world, student);
}

export interface SimulationOptions {
  seed: number | string;
  /** Continue from a saved state (see sim/save/sim-state.ts) instead of the level's start. */
  state?: SimState;
  /** Default Normal. Ignored with `state` (a saved state keeps its own). */
  difficulty?: Difficulty;
  /** Start a campaign level with the group, packs and time of day carried over (sim/campaign/campaign-state.ts). */
  campaign?: CampaignState;
  /**
   * An illegal state transition (a zombie mind or a student state the tables do not allow) throws
   * when true, the default for tests, replays and tools; the game passes false, and the simulation
   * then counts it (`illegalTransitions`) and goes on.
   */
  strict?: boolean;
}

export interface Simulation {
  readonly level: Level;
  /** Advances one tick, applying `commands` first. Returns what happened. No-op once won or lost. */
  step(commands?: readonly Command[]): SimEvent[];
  snapshot(): Snapshot;
  /** Blood-trail tiles still fresh enough to matter (strength 0..1), for debug views. */
  scentTrail(): { tileX: number; tileY: number; strength: number }[];
  /** For the AI debug overlay: each zombie's planned route (cells), where it walks one (not in a crowd's field). */
  aiPaths(): { zombieId: number; cells: number[] }[];
  /** The full state as plain JSON, to save; `createSimulation(level, { seed, state })` continues it. */
  saveState(): SimState;
  /**
   * Where the controlled student's throw aimed at tile (tileX, tileY) would land and how far it
   * would be heard (the same rule the throw uses); undefined when they have nothing of that kind.
   * A query: changes nothing.
   */
  aimThrow(what: Throwable, target?: ThrowTarget): ThrowAim | undefined;
  /** Illegal state transitions skipped so far (always 0 when strict: it throws), and the last one described. */
  illegalTransitions(): { count: number; last: string };
  /**
   * The snapshot's light map as it would be under a drawing preview (another daylight, the
   * controlled student's phone light on): the core's light model for screenshots. A query: changes nothing.
   */
  previewLight(preview: LightPreview): number[];
  /**
   * Every cell a standing student has seen since the level began (1) or not (0), one per cell: the
   * fog of war's memory, kept in saves. The world's own array, for reading only; it changes as the
   * simulation steps.
   */
  explored(): Readonly<Uint8Array>;
  /** Why an autosave now would be unfair to the group (sim/save/save-safety.ts), or undefined when it is safe. A query. */
  saveDanger(): SaveDanger | undefined;
  /** Hash of the full state, for replays and checkpoints. */
  stateHash(): string;
  /** A cheap hash of what moves every tick (sim/replay/tick-hash.ts): taken after every tick by the rolling record. */
  tickHash(): string;
  readonly tick: number;
  readonly status: World['status'];
}

export function createSimulation(level: Level, options: SimulationOptions): Simulation {
  const rng = createRng(options.seed);
  const difficulty = options.campaign?.difficulty ?? options.difficulty;
  const world = createWorld(level, rng, options.seed, difficulty === undefined ? {} : { difficulty });
  const intent: MoveIntent = { dx: 0, dy: 0, gait: 'walk' };
  if (options.state === undefined) {
    if (options.campaign !== undefined) applyCampaign(world, options.campaign);
    applyLootAmount(world);
  }
  // The saved state first: the tick context sizes the horde by the zombies there are (a save may have more than the level places).
  if (options.state !== undefined) applyState(world, intent, options.state);
  const context = createTickContext(world, { strict: options.strict ?? true });
  const exploredMemo = createExploredMemo(world);
  markExplored(world, exploredMemo);
  // The routing tables are built now, at load, rather than by the first path search in a tick
  // (a 10-40 ms pause in a browser frame). Pure and deterministic: the same table either way.
  context.pathfinder.prepare();

  return {
    level,
    step(commands = []) {
      if (world.status !== 'playing') return [];
      world.tick++;
      context.noises = [];
      context.events = [];
      for (const raw of commands) {
        // Commands may come from untrusted places (the testing hook, replay files): check again.
        const checked = checkCommand(raw);
        const lapsed = checked.ok && checked.command.type !== 'switchStudent' && lostToHunger(world);
        if (lapsed) Object.assign(intent, { dx: 0, dy: 0 });
        const reason = !checked.ok ? checked.error : lapsed ? HUNGER_TOOK_OVER : applyCommand(context, intent, checked.command);
        if (reason !== undefined) context.events.push({ type: 'commandRejected', reason });
      }
      updateStudents(context, intent);
      updateNeeds(context);
      updateInfection(context);
      drainPhoneLights(context);
      updatePhones(context);
      updateLures(context);
      updateNoiseMakers(context);
      updateDirector(context);
      updateWaves(context);
      updateStalker(context);
      updateZombies(context);
      updateSightings(context);
      updateHalfbies(context);
      checkOutcome(context);
      updateObjectives(context);
      markExplored(world, exploredMemo);
      return context.events;
    },
    snapshot: () => takeSnapshot(world, context.light),
    aiPaths: () => world.zombies.flatMap((z) => (z.mode === 'down' || z.path.length === 0 ? [] : [{ zombieId: z.id, cells: z.path.slice() }])),
    scentTrail: () => world.scent.trail(world.tick, 0.05).map(({ cell, strength }) => ({ tileX: cell % world.grid.width, tileY: Math.floor(cell / world.grid.width), strength })),
    saveState: () => captureState(world, intent),
    aimThrow: (what, target) => {
      const student = world.students[world.controlledId];
      return student === undefined || student.down ? undefined : aimThrow(world, student, what, target);
    },
    illegalTransitions: () => ({ count: context.transitions.illegal, last: context.transitions.lastIllegal }),
    previewLight: (preview) => previewLight(world, context.light, preview),
    explored: () => world.explored,
    saveDanger: () => saveDanger(world),
    // Students' `bites` are a record of what happened (for the words after a loss), read by no rule:
    // left out of the hash, so replays and saves from before they were kept still match.
    stateHash: () => hashText(JSON.stringify(captureState(world, intent), (key, value: unknown) => (key === 'bites' ? undefined : value))),
    tickHash: () => tickHash(world),
    get tick() {
      return world.tick;
    },
    get status() {
      return world.status;
    },
  };
}

/**
 * Whether an untrusted `state` continues on `level`: the same `applyState` a load runs, on a scratch
 * world that is then dropped (no routing tables built). Throws the `SimStateError` a load would.
 */
export function checkStateFits(level: Level, seed: number | string, state: unknown): void {
  const world = createWorld(level, createRng(seed), seed, {});
  applyState(world, { dx: 0, dy: 0, gait: 'walk' }, state as SimState);
}

/**
 * A state made for an older version of `level` brought up to it (save/migrate-to-level.ts), then
 * checked like any load (`checkStateFits`). Throws the SimStateError of the refusal or of the check.
 */
export function migrateStateToLevel(level: Level, seed: number | string, state: unknown): LevelMigration {
  const migrated = migrateToLevel(checkSimShape(migrateSimState(state, level), level), level);
  checkStateFits(level, seed, migrated.state);
  return migrated;
}
