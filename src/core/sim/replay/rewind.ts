/**
 * Re-running a recording (rolling-record.ts): the simulation is made again from the recorded state
 * and stepped with the recorded commands, and every tick's hash is compared with the one taken in
 * play. `playRecording` hands out a simulation to step one tick at a time (to draw); `checkRecording`
 * runs it all at once and returns every tick's events and the first tick that drifted, if any.
 */

import type { SimEvent } from '../../state/events';
import type { Level } from '../../level/level';
import type { SimState } from '../save/sim-state-format';
import type { Snapshot } from '../snapshot';
import { createSimulation, type Simulation } from '../simulation';
import type { Recording } from './rolling-record';

/** The first difference between the re-run and the play it recorded. */
export interface Drift {
  tick: number;
  what: 'state' | 'tick';
  recorded: string;
  got: string;
}

export interface Playback {
  readonly simulation: Simulation;
  /** Steps one tick with the commands recorded for it; the events, and a drift found at this tick. */
  step(): { events: SimEvent[]; drift: Drift | undefined };
  /** True once the recorded end is reached. */
  readonly done: boolean;
}

/**
 * A simulation at the recording's start, to step with its commands. Throws on a recording of another
 * level. `strict` as in `createSimulation` (default true); the game plays a player's recording back
 * as it was played, not strict.
 */
export function playRecording(level: Level, recording: Recording, options: { strict?: boolean } = {}): Playback {
  if (recording.levelId !== level.id) throw new Error(`the recording is of level "${recording.levelId}", not "${level.id}"`);
  const state = JSON.parse(recording.start.state) as SimState;
  const simulation = createSimulation(level, { seed: recording.seed, state, strict: options.strict ?? true });
  const commands = new Map<number, unknown[]>();
  for (const [tick, command] of recording.commands) {
    const list = commands.get(tick);
    if (list === undefined) commands.set(tick, [command]);
    else list.push(command);
  }
  const tickHashes = new Map(recording.tickHashes);
  const stateHashes = new Map(recording.stateHashes);
  return {
    simulation,
    step() {
      // The simulation checks every command again (a recording is data, like a replay file).
      const events = simulation.step((commands.get(simulation.tick + 1) ?? []) as Parameters<Simulation['step']>[0]);
      const tick = simulation.tick;
      const wantTick = tickHashes.get(tick);
      const gotTick = simulation.tickHash();
      if (wantTick !== undefined && wantTick !== gotTick) return { events, drift: { tick, what: 'tick', recorded: wantTick, got: gotTick } };
      const wantState = stateHashes.get(tick);
      if (wantState !== undefined) {
        const gotState = simulation.stateHash();
        if (wantState !== gotState) return { events, drift: { tick, what: 'state', recorded: wantState, got: gotState } };
      }
      return { events, drift: undefined };
    },
    get done() {
      return simulation.tick >= recording.endTick || simulation.status !== 'playing';
    },
  };
}

export interface RecordingRun {
  /** Each tick after the start: its events, its tick hash, and a snapshot where a zombie was struck (for placing the blow). */
  ticks: { tick: number; events: SimEvent[]; hash: string; snapshot?: Snapshot }[];
  /** The first drift from the recorded hashes (or from the recorded start, or end), if any. */
  drift: Drift | undefined;
  /** The simulation at the end of the run. */
  simulation: Simulation;
}

/** Runs the whole recording once, checking every tick against what was recorded. */
export function checkRecording(level: Level, recording: Recording, options: { strict?: boolean } = {}): RecordingRun {
  const playback = playRecording(level, recording, options);
  const { simulation } = playback;
  let drift: Drift | undefined;
  const startHash = simulation.stateHash();
  if (startHash !== recording.start.hash) drift = { tick: recording.start.tick, what: 'state', recorded: recording.start.hash, got: startHash };
  const ticks: RecordingRun['ticks'] = [];
  while (!playback.done) {
    const step = playback.step();
    const struck = step.events.some((e) => e.type === 'zombieHit');
    ticks.push({ tick: simulation.tick, events: step.events, hash: simulation.tickHash(), ...(struck ? { snapshot: simulation.snapshot() } : {}) });
    drift ??= step.drift;
  }
  if (drift === undefined && (simulation.tick !== recording.endTick || simulation.status !== recording.endStatus)) {
    drift = { tick: simulation.tick, what: 'tick', recorded: `end at tick ${recording.endTick} (${recording.endStatus})`, got: `end at tick ${simulation.tick} (${simulation.status})` };
  }
  return { ticks, drift, simulation };
}
