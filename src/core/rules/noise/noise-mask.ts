/**
 * Noise masking: thunder and the school bell drown quieter sounds for a while. While a mask holds,
 * a noise made within its reach (straight line from the mask's source, tiles) whose radius is below
 * the mask's `masksBelowRadius` is not heard by any zombie: sneaking, walking, a swing or a dropped
 * book go unheard; a run, a scream, a phone alarm still get through. The noise itself is still made
 * (its ring is drawn, a halfbie still hears it); only the horde's hearing is masked.
 *
 * Words:
 * - mask: `{ kind, tileX, tileY, untilTick }`, world state (`world.minds.noiseMasks`, saved). It
 *   holds while `world.tick < untilTick`. A new sound of the same kind at the same place renews the
 *   mask instead of adding one; at most `NOISE_MASK.maxMasks` are kept (the oldest are dropped).
 */

import type { Noise } from './noise';
import { NOISE_MASK } from '../../kernel/tuning-world';
import type { World } from '../../state/world';
import type { NoiseMask, NoiseMaskKind } from '../../state/minds-state';

/** Starts (or renews) a mask of `kind` sounding at tile (tileX, tileY), from this tick on. */
export function maskNoise(world: World, kind: NoiseMaskKind, tileX: number, tileY: number): void {
  const masks = world.minds.noiseMasks;
  const untilTick = world.tick + NOISE_MASK[kind].durationTicks;
  for (let i = masks.length - 1; i >= 0; i--) {
    if (masks[i]!.untilTick <= world.tick) masks.splice(i, 1);
  }
  const same = masks.find((mask) => mask.kind === kind && mask.tileX === tileX && mask.tileY === tileY);
  if (same !== undefined) {
    same.untilTick = Math.max(same.untilTick, untilTick);
    return;
  }
  masks.push({ kind, tileX, tileY, untilTick });
  if (masks.length > NOISE_MASK.maxMasks) masks.splice(0, masks.length - NOISE_MASK.maxMasks);
}

/** The mask covering tile position (x, y) for a sound of `radius` tiles this tick, if any. */
export function maskAt(world: World, x: number, y: number, radius: number): NoiseMask | undefined {
  for (const mask of world.minds.noiseMasks) {
    if (mask.untilTick <= world.tick) continue;
    const tuning = NOISE_MASK[mask.kind];
    if (radius >= tuning.masksBelowRadius) continue;
    const dx = x - (mask.tileX + 0.5);
    const dy = y - (mask.tileY + 0.5);
    if (dx * dx + dy * dy <= tuning.reachTiles * tuning.reachTiles) return mask;
  }
  return undefined;
}

/** Whether the horde cannot hear `noise` this tick: a mask drowns it. */
export function isMasked(world: World, noise: Noise): boolean {
  return world.minds.noiseMasks.length > 0 && maskAt(world, noise.x, noise.y, noise.radius) !== undefined;
}

/** A mask as the snapshot shows it: where, how far, how long still, and whom it covers. */
export interface NoiseMaskView {
  kind: NoiseMaskKind;
  tileX: number;
  tileY: number;
  reachTiles: number;
  /** Noises with a smaller radius (tiles) within reach go unheard. */
  masksBelowRadius: number;
  ticksLeft: number;
  /** Ids of the standing students inside the reach: their quieter noises are covered. */
  covers: number[];
}

export function noiseMaskViews(world: World): NoiseMaskView[] {
  const views: NoiseMaskView[] = [];
  for (const mask of world.minds.noiseMasks) {
    if (mask.untilTick <= world.tick) continue;
    const { reachTiles, masksBelowRadius } = NOISE_MASK[mask.kind];
    const reaches = (s: { x: number; y: number }): boolean => {
      const dx = s.x - mask.tileX - 0.5;
      const dy = s.y - mask.tileY - 0.5;
      return Math.sqrt(dx * dx + dy * dy) <= reachTiles;
    };
    const covers = world.students.filter((s) => !s.down && reaches(s)).map((s) => s.id);
    views.push({ kind: mask.kind, tileX: mask.tileX, tileY: mask.tileY, reachTiles, masksBelowRadius, ticksLeft: mask.untilTick - world.tick, covers });
  }
  return views;
}
