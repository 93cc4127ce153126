/**
 * Replays: a level, a seed and a command log (commands with the tick they apply at) run headless,
 * with the state hash taken every `checkpointEvery` ticks and at the end. The same input gives the
 * same hashes on every run and in every JavaScript engine that follows IEEE 754 for + - * /, so a
 * stored replay is a regression test of the rules (tests/replays/).
 */

import type { Command } from '../../state/commands';
import type { Level } from '../../level/level';
import { createSimulation } from '../simulation';
import type { Status } from '../../state/world';

/** `[tick, command]`: the command is applied at the start of that tick (ticks count from 1). Commands stay unchecked data here: the simulation checks each one. */
export type ReplayCommand = readonly [number, unknown];
/** `[tick, state hash after that tick]`. */
export type Checkpoint = readonly [number, string];

export interface ReplayInput {
  seed: number | string;
  /** How many ticks to run at most; the run stops earlier when the level is won or lost. */
  ticks: number;
  checkpointEvery: number;
  commands: readonly ReplayCommand[];
}

export interface ReplayOutcome {
  checkpoints: Checkpoint[];
  final: { tick: number; status: Status; hash: string };
}

export function runReplay(level: Level, input: ReplayInput): ReplayOutcome {
  const simulation = createSimulation(level, { seed: input.seed });
  const byTick = new Map<number, unknown[]>();
  for (const [tick, command] of input.commands) {
    const list = byTick.get(tick);
    if (list === undefined) byTick.set(tick, [command]);
    else list.push(command);
  }
  const checkpoints: Checkpoint[] = [];
  const every = Math.max(1, Math.floor(input.checkpointEvery));
  for (let tick = 1; tick <= input.ticks && simulation.status === 'playing'; tick++) {
    // The simulation re-checks untrusted commands and reports bad ones as `commandRejected` events.
    simulation.step((byTick.get(tick) ?? []) as Command[]);
    if (tick % every === 0) checkpoints.push([tick, simulation.stateHash()]);
  }
  return { checkpoints, final: { tick: simulation.tick, status: simulation.status, hash: simulation.stateHash() } };
}
