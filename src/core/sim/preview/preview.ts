/**
 * Level preview for designers (`?edit=<id>`): what the rules would do on a level, without playing it.
 * - noise reach: how far a footstep, a run, a scream and a phone alarm made on one tile carry,
 *   spread by the same noise propagation the simulation uses (walls and doors muffle);
 * - horde paths: each zombie's route from where it is placed to the first student's spawn, down
 *   the same kind of flow field the horde follows (doors in the way cost a bash, as for zombies).
 * Pure and deterministic, like the rest of src/core.
 */

import { createNoiseSpreader } from '../../rules/noise/noise';
import { createFlowField } from '../../pathfinding/flow-field';
import { ITEMS, STUDENT } from '../../kernel/tuning';
import { createDoorGrids, createDoors } from '../../level/doors';
import type { Level } from '../../level/level';

/** The loudness bands of the noise overlay, quietest first: radius in tiles through open floor. */
export const PREVIEW_LOUDNESS = [
  { id: 'footstep', radius: STUDENT.stepNoiseRadius.walk },
  { id: 'run', radius: STUDENT.stepNoiseRadius.run },
  { id: 'scream', radius: STUDENT.hurtScreamNoiseRadius },
  { id: 'alarm', radius: ITEMS.lure.noiseRadius },
] as const;

export type LoudnessId = (typeof PREVIEW_LOUDNESS)[number]['id'];

export interface NoiseReach {
  tileX: number;
  tileY: number;
  /**
   * Per cell: the index into PREVIEW_LOUDNESS of the quietest noise heard there (by a zombie of
   * ordinary hearing), or -1 where even the loudest does not reach.
   */
  band: Int8Array;
  /** Cells each band reaches (a louder band includes the quieter ones' cells). */
  cellsPerBand: number[];
  /** Cells reached by the loudest noise: the whole overlay. */
  reachCells: number;
}

export interface HordePath {
  zombie: number;
  kind: string;
  /** Cells from the zombie's tile to the spawn, both included; empty when there is no way. */
  cells: number[];
}

export interface LevelPreview {
  noiseFrom(tileX: number, tileY: number): NoiseReach;
  /** Every zombie's path to the first student's spawn (computed once). */
  readonly paths: readonly HordePath[];
}

export function createLevelPreview(level: Level): LevelPreview {
  const doors = createDoors(level.doors);
  const doorGrids = createDoorGrids({ grid: level.grid, doors });
  const spreader = createNoiseSpreader(level.grid, doorGrids.muffle);
  const size = level.width * level.height;
  const loudest = PREVIEW_LOUDNESS[PREVIEW_LOUDNESS.length - 1]!.radius;
  let paths: HordePath[] | undefined;

  return {
    noiseFrom(tileX, tileY) {
      const band = new Int8Array(size).fill(-1);
      const cellsPerBand = PREVIEW_LOUDNESS.map(() => 0);
      let reachCells = 0;
      spreader.spread(tileX, tileY, loudest);
      for (let cell = 0; cell < size; cell++) {
        const distance = spreader.distanceAt(cell);
        const index = PREVIEW_LOUDNESS.findIndex((loudness) => distance < loudness.radius);
        if (index < 0) continue;
        band[cell] = index;
        reachCells++;
        for (let b = index; b < cellsPerBand.length; b++) cellsPerBand[b]!++;
      }
      return { tileX, tileY, band, cellsPerBand, reachCells };
    },
    get paths() {
      paths ??= hordePaths(level, doorGrids.nav);
      return paths;
    },
  };
}

const MAX_PATH_CELLS = 4096;

function hordePaths(level: Level, nav: ReturnType<typeof createDoorGrids>['nav']): HordePath[] {
  const spawn = level.students.find((student) => student.waiting !== true) ?? level.students[0];
  if (spawn === undefined) return [];
  const field = createFlowField(nav, { connectivity: 8 });
  field.update([spawn.tileY * level.width + spawn.tileX]);
  return level.zombies.map((zombie, index) => {
    const cells: number[] = [];
    let cell = zombie.tileY * level.width + zombie.tileX;
    while (cell >= 0 && cells.length < MAX_PATH_CELLS) {
      cells.push(cell);
      const next = field.nextCell(cell);
      if (next === cell) return { zombie: index, kind: zombie.kind, cells };
      cell = next;
    }
    return { zombie: index, kind: zombie.kind, cells: [] };
  });
}
