/**
 * The simulation state's format: its version and its shape as plain JSON, shared by capture and
 * apply (sim-state.ts), the checks (check-sim-state.ts) and the migration of older versions
 * (migrate-sim-state.ts). Version 2 added furniture, push, minds, lampsOn, the students' lightOn
 * and stalker; version 3 the level objects the doors and items came from (levelObjects) and the
 * explored cells; migrate-sim-state.ts brings older states up.
 */

import type { Difficulty } from '../../kernel/difficulty';
import type { Door } from '../../level/doors';
import type { FurniturePiece, PushProgress } from '../../level/furniture';
import type { MoveIntent } from '../../rules/students/student-update';
import type { MindsState, NoiseMask, WaveState } from '../../state/minds-state';
import type { ObjectiveState } from '../../state/objective-state';
import type { Item, LevelObjects, Lure, PendingStalker, Status, Student, Zombie } from '../../state/world';
export const SIM_STATE_VERSION = 3;

/** Each field here also needs its rule in check-sim-state.ts (the typecheck fails until it has one). */
export interface SimState {
  version: typeof SIM_STATE_VERSION;
  levelId: string;
  seed: number | string;
  tick: number;
  status: Status;
  rng: number;
  intent: MoveIntent;
  controlledId: number;
  luresThrown: number;
  students: Student[];
  zombies: Zombie[];
  items: Item[];
  lures: Lure[];
  /** Next id for an item made by a rule. */
  nextItemId: number;
  difficulty: Difficulty;
  /** Game minute of day at tick 0. */
  startMinute: number;
  phonePanicked: boolean;
  /** Cells whose cost or opacity differ from the level file: [cell, cost, opaque]. */
  changedCells: [number, number, number][];
  /** Blood trail: [cell, tick laid]. */
  scent: [number, number][];
  /** Progress of each objective, in the level's order. */
  objectives: ObjectiveState[];
  /** Doors and windows: state, health, barricade. */
  doors: Door[];
  /** Pushable furniture: where each piece is (the grid's changed cells carry what it blocks). */
  furniture: FurniturePiece[];
  push: PushProgress;
  /** Noise makers, the pacing director, hunters' lure memory, noise masks (left out by older saves: none). */
  minds: SavedMinds;
  /** Each light of the level's `lights` layer: lit or not. */
  lampsOn: boolean[];
  /** A halfbie hunter that followed the group here and has not come in yet. */
  stalker: PendingStalker | null;
  /** The level object (Tiled object id) each door and each of the level's own items came from; null where not known (older saves). */
  levelObjects: LevelObjects;
  /** Cells the group has seen (the fog of war's memory), as runs [first cell, count] in order. */
  explored: [number, number][];
}

/** `noiseMasks` and `waves` came later: a state without them has no mask holding and no wave come yet. */
export type SavedMinds = Omit<MindsState, 'noiseMasks' | 'waves'> & { noiseMasks?: NoiseMask[]; waves?: WaveState };

/** Items on the floor, in packs and in ringing phones: a level's own and those made since. */
export const MAX_ITEMS = 100_000;
