/**
 * When the game may autosave: only when no student of the group is in danger, so that Continue after
 * a loss never puts the player back a second before it, in a fight already lost. The autosaver
 * (src/game/save/autosave.ts) asks this before every checkpoint and waits while the answer is a
 * danger; the last safe autosave is kept meanwhile. A level's start is always saved (the level
 * begins there anyway), and so is a save the player makes in a slot.
 *
 * In danger (any one is enough), for a standing student of the group (not down, not waiting to be
 * rescued):
 * - a zombie hunting (chasing, attacking or searching for a student it lost), however far: a runner
 *   chasing from across the corridor is a fight a few seconds off (new players continued into one);
 * - any zombie still standing within `nearTiles`, whatever it is doing (one step and it sees them);
 * - the student bleeds from a bite, or was hit a moment ago.
 */

import type { ZombieMode } from '../../state/world';

export const SAVE_SAFETY = {
  /** Any standing zombie this close: no autosave. */
  nearTiles: 4,
} as const;

/** Zombie modes that mean it is after a student. */
const HUNTING: ReadonlySet<ZombieMode> = new Set<ZombieMode>(['chase', 'attack', 'search']);

/** What the rule reads (the world has it; `Simulation.saveDanger` asks): bodies in tiles. */
export interface SafetyView {
  students: readonly { name: string; x: number; y: number; down: boolean; waiting: boolean; bleedTicks: number; hurtTicks: number }[];
  zombies: readonly { id: number; x: number; y: number; mode: ZombieMode }[];
}

/** Why an autosave would be unfair now (the first danger found), for logs and tests. */
export type SaveDanger =
  { kind: 'hunted'; student: string; zombieId: number; tiles: number } | { kind: 'near'; student: string; zombieId: number; tiles: number } | { kind: 'bleeding' | 'hurt'; student: string };

/** The first danger to the group in `view`, or undefined when an autosave now is safe. */
export function saveDanger(view: SafetyView): SaveDanger | undefined {
  for (const student of view.students) {
    if (student.down || student.waiting) continue;
    if (student.bleedTicks > 0) return { kind: 'bleeding', student: student.name };
    if (student.hurtTicks > 0) return { kind: 'hurt', student: student.name };
    for (const zombie of view.zombies) {
      if (zombie.mode === 'down') continue;
      const dx = zombie.x - student.x;
      const dy = zombie.y - student.y;
      const squared = dx * dx + dy * dy;
      if (squared <= SAVE_SAFETY.nearTiles * SAVE_SAFETY.nearTiles) return { kind: 'near', student: student.name, zombieId: zombie.id, tiles: Math.sqrt(squared) };
      if (HUNTING.has(zombie.mode)) return { kind: 'hunted', student: student.name, zombieId: zombie.id, tiles: Math.sqrt(squared) };
    }
  }
  return undefined;
}
