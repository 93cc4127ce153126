/**
 * Simulation state as plain JSON: everything a running level needs to continue exactly where it
 * was — students (needs, packs, infection), zombies, items, ringing phones, the difficulty, the
 * clock's start, the RNG, the held movement, blood trails and the
 * tiles that changed from the level file. Caches (paths fields, crowds, noise buffers) are left
 * out: they are rebuilt from this and never change what happens next.
 *
 * `captureState` copies, `applyState` copies back; neither shares objects with the world.
 */

import type { MoveIntent } from '../../rules/students/student-update';
import type { World } from '../../state/world';
import { checkSimState } from './check-sim-state';
import { migrateSimState } from './migrate-sim-state';
import { SIM_STATE_VERSION, type SimState } from './sim-state-format';
import { syncDoorGrids } from '../../level/doors';
import { startWaves } from '../../state/minds-state';
import { levelObjectsOf } from '../../state/world';
import { exploredRuns, restoreExplored } from '../../rules/senses/explored';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function captureState(world: World, intent: MoveIntent): SimState {
  const { grid, level } = world;
  const changedCells: [number, number, number][] = [];
  for (let cell = 0; cell < grid.cost.length; cell++) {
    if (grid.cost[cell] !== level.grid.cost[cell] || grid.opaque[cell] !== level.grid.opaque[cell]) changedCells.push([cell, grid.cost[cell]!, grid.opaque[cell]!]);
  }
  return {
    version: SIM_STATE_VERSION,
    levelId: level.id,
    seed: world.seed,
    tick: world.tick,
    status: world.status,
    rng: world.rng.state(),
    intent: { ...intent },
    controlledId: world.controlledId,
    luresThrown: world.luresThrown,
    students: copy(world.students),
    zombies: copy(world.zombies),
    items: copy(world.items),
    lures: copy(world.lures),
    nextItemId: world.nextItemId,
    difficulty: { ...world.difficulty },
    startMinute: world.startMinute,
    phonePanicked: world.phonePanicked,
    changedCells,
    scent: world.scent.entries(),
    objectives: copy(world.objectives),
    doors: copy(world.doors),
    furniture: copy(world.furniture),
    push: { ...world.push },
    minds: copy(world.minds),
    lampsOn: [...world.lampsOn],
    stalker: world.stalker === null ? null : { ...world.stalker },
    levelObjects: copy(world.levelObjects),
    explored: exploredRuns(world.explored),
  };
}

/**
 * Puts `state` into a world freshly made from the same level. The state is checked first
 * (check-sim-state.ts): one from another level or format version, or with any field out of type or
 * range, throws a `SimStateError` naming the field, and nothing is half-applied.
 */
export function applyState(world: World, intent: MoveIntent, untrusted: SimState): void {
  const state = checkSimState(migrateSimState(untrusted, world.level), world.level);
  world.tick = state.tick;
  world.status = state.status;
  world.rng.restore(state.rng);
  Object.assign(intent, state.intent);
  world.controlledId = state.controlledId;
  world.luresThrown = state.luresThrown;
  world.students = copy(state.students);
  world.zombies = copy(state.zombies);
  world.items = copy(state.items);
  world.lures = copy(state.lures);
  world.nextItemId = state.nextItemId;
  world.difficulty = { ...state.difficulty };
  world.startMinute = state.startMinute;
  world.phonePanicked = state.phonePanicked;
  for (const [cell, cost, opaque] of state.changedCells) {
    world.grid.cost[cell] = cost;
    world.grid.opaque[cell] = opaque;
  }
  if (state.changedCells.length > 0) world.grid.version++;
  world.scent.restore(state.scent);
  world.objectives = copy(state.objectives);
  world.doors = copy(state.doors);
  world.furniture = copy(state.furniture);
  world.push = { ...state.push };
  world.minds = { ...copy(state.minds), noiseMasks: copy(state.minds.noiseMasks ?? []), waves: copy(state.minds.waves ?? startWaves()) };
  world.lampsOn = [...state.lampsOn];
  world.stalker = state.stalker === null ? null : { ...state.stalker };
  // Doors that passed the check stand where the level's do, in its order: without recorded ids, they are the level's.
  world.levelObjects = { doors: copy(state.levelObjects.doors) ?? levelObjectsOf(world.level).doors, items: copy(state.levelObjects.items) };
  restoreExplored(world.explored, state.explored);
  world.doorGrids.syncedVersion = -1;
  syncDoorGrids(world, world.doorGrids);
}
