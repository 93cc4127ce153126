/**
 * The rolling record: while a level is played, enough to re-run its last seconds exactly — a saved
 * state (a keyframe) every couple of seconds, the commands given since, and a hash after every tick
 * to prove the re-run matches. Old keyframes and commands are dropped as play goes on, so the record
 * stays small however long the level runs. `recording()` hands out the last `keepTicks` ticks (or
 * all of them in a younger level) as plain JSON; sim/replay/rewind.ts re-runs it.
 *
 * The zombie alerts of the whole level are remembered too (the last one of each zombie): a zombie
 * that noticed the group before the window and hunted them ever since is still named as the cause.
 */

import type { SimEvent } from '../../state/events';
import type { Simulation } from '../simulation';
import { TICKS_PER_SECOND } from '../../kernel/tuning';
import type { Status } from '../../state/world';
import type { Checkpoint, ReplayCommand } from './replay';

/** How much of the end a loss replay shows. */
export const LOSS_REPLAY_SECONDS = 10;

export type AlertEvent = Extract<SimEvent, { type: 'zombieAlerted' }>;

export interface RecordedAlert {
  tick: number;
  event: AlertEvent;
}

/** The last seconds of a level as plain JSON: where to start, what was given, what came out. */
export interface Recording {
  levelId: string;
  seed: number | string;
  /** The state to start from (sim/save/sim-state.ts, as JSON text), the tick it was saved after, and its full hash. */
  start: { tick: number; state: string; hash: string };
  /** The first tick worth showing: `keepTicks` before the end (the start can be up to a keyframe earlier). */
  showFrom: number;
  endTick: number;
  endStatus: Status;
  /** Commands given at each tick after the start, in order. */
  commands: ReplayCommand[];
  /** The tick hash (sim/replay/tick-hash.ts) after every tick after the start. */
  tickHashes: Checkpoint[];
  /** The full state hash at each keyframe after the start. */
  stateHashes: Checkpoint[];
  /** Each zombie's last alert at or before the start (the ones after it are made again by the re-run). */
  earlierAlerts: RecordedAlert[];
}

export interface RollingRecordOptions {
  /** Ticks to keep, at least (default LOSS_REPLAY_SECONDS). */
  keepTicks?: number;
  /** A keyframe every this many ticks (default 2 s). */
  keyframeEvery?: number;
}

export interface RollingRecord {
  /** Call after every `step`: the commands given to it and the events it returned. */
  afterTick(commands: readonly unknown[], events: readonly SimEvent[]): void;
  /** The record so far, ending at the simulation's current tick. */
  recording(): Recording;
}

interface Keyframe {
  tick: number;
  state: string;
  hash: string;
}

export function createRollingRecord(simulation: Simulation, options: RollingRecordOptions = {}): RollingRecord {
  const keepTicks = Math.max(1, Math.floor(options.keepTicks ?? LOSS_REPLAY_SECONDS * TICKS_PER_SECOND));
  const keyframeEvery = Math.max(1, Math.floor(options.keyframeEvery ?? 2 * TICKS_PER_SECOND));
  const keyframes: Keyframe[] = [];
  const commands: ReplayCommand[] = [];
  const tickHashes: Checkpoint[] = [];
  /** Each zombie's alerts from its last one at or before the oldest keyframe on (a later one must not hide it). */
  const alerts = new Map<number, RecordedAlert[]>();

  const keyframe = (): void => {
    const state = JSON.stringify(simulation.saveState());
    keyframes.push({ tick: simulation.tick, state, hash: simulation.stateHash() });
  };
  keyframe();
  const seed = (JSON.parse(keyframes[0]!.state) as { seed: number | string }).seed;

  /** Keeps the newest keyframe at least `keepTicks` old and everything after it. */
  const prune = (): void => {
    const oldest = simulation.tick - keepTicks;
    while (keyframes.length > 1 && keyframes[1]!.tick <= oldest) keyframes.shift();
    const from = keyframes[0]!.tick;
    while (commands.length > 0 && commands[0]![0] <= from) commands.shift();
    while (tickHashes.length > 0 && tickHashes[0]![0] <= from) tickHashes.shift();
    for (const list of alerts.values()) {
      let before = 0;
      while (before + 1 < list.length && list[before + 1]!.tick <= from) before++;
      if (before > 0) list.splice(0, before);
    }
  };

  return {
    afterTick(given, events) {
      const tick = simulation.tick;
      // Copies: the caller may reuse its command objects, and the record must not change with them.
      for (const command of given) commands.push([tick, JSON.parse(JSON.stringify(command)) as unknown]);
      tickHashes.push([tick, simulation.tickHash()]);
      for (const event of events) {
        if (event.type !== 'zombieAlerted') continue;
        const list = alerts.get(event.zombieId);
        if (list === undefined) alerts.set(event.zombieId, [{ tick, event }]);
        else list.push({ tick, event });
      }
      if (tick % keyframeEvery === 0 && simulation.status === 'playing') keyframe();
      prune();
    },
    recording() {
      const start = keyframes[0]!;
      return {
        levelId: simulation.level.id,
        seed,
        start: { ...start },
        showFrom: Math.max(start.tick, simulation.tick - keepTicks),
        endTick: simulation.tick,
        endStatus: simulation.status,
        commands: commands.map(([tick, command]) => [tick, JSON.parse(JSON.stringify(command)) as unknown] as const),
        tickHashes: tickHashes.slice(),
        stateHashes: keyframes.slice(1).map((k) => [k.tick, k.hash] as const),
        earlierAlerts: [...alerts.values()].flatMap((list) => list.filter((a) => a.tick <= start.tick).slice(-1)).sort((a, b) => a.tick - b.tick || a.event.zombieId - b.event.zombieId),
      };
    },
  };
}
