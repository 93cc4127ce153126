/**
 * The saved state of the minds' helpers that is not on a zombie or a student: the level's noise
 * makers, the pacing director, the halfbie hunters' memory of lures, and the noise masks of thunder
 * and the bell (rules/noise/noise-mask.ts). One field of the world
 * (`world.minds`) and of the saved state, checked in sim/save/check-sim-state.ts.
 */

import type { Level } from '../level/level';
import { type ZombieKind } from '../kernel/tuning';
import { WAVES } from '../kernel/tuning-world';

export interface NoiseMakerState {
  /** Ticks it keeps sounding (0: silent), and ticks to its next noise. */
  soundTicksLeft: number;
  nextNoiseIn: number;
}

export const DIRECTOR_PHASES = ['buildUp', 'peak', 'relax'] as const;
export type DirectorPhase = (typeof DIRECTOR_PHASES)[number];

export interface DirectorState {
  phase: DirectorPhase;
  /** Ticks spent in this phase so far. */
  phaseTicks: number;
  /** Ticks to the next in-world event while at the peak. */
  nextEventIn: number;
  /** Events fired so far. */
  events: number;
}

export interface MindsState {
  noiseMakers: NoiseMakerState[];
  director: DirectorState;
  /** Siege waves (rules/director/waves.ts); counts from the start even on maps without waves. */
  waves: WaveState;
  /** [hunter zombie id, tileX, tileY]: the source of the last lure each hunter went to. */
  lureMemory: [number, number, number][];
  /** Thunder and bell masks drowning quieter noises (rules/noise/noise-mask.ts); expired ones are dropped when a new one starts. */
  noiseMasks: NoiseMask[];
  /** Zombie kinds a student of the group has seen in this level (rules/zombies/sightings.ts); left out by older saves: none. */
  kindsSeen?: ZombieKind[];
  /** [zombie id, tick last seen] of the zombies a tapped walk has seen lately (rules/students/walk-watch.ts); left out until the first walk: none. */
  walkSeen?: [number, number][];
}

export function createMindsState(level: Level): MindsState {
  return {
    noiseMakers: level.noiseMakers.map(() => ({ soundTicksLeft: 0, nextNoiseIn: 0 })),
    director: { phase: 'buildUp', phaseTicks: 0, nextEventIn: 0, events: 0 },
    waves: startWaves(),
    lureMemory: [],
    noiseMasks: [],
    kindsSeen: [],
  };
}

/** The siege director's waves so far (rules/director/waves.ts). */
export interface WaveState {
  /** Waves that have come so far. */
  wave: number;
  /** Ticks to the next wave. */
  nextWaveIn: number;
  /** Zombies brought by all waves so far. */
  arrived: number;
}

export const startWaves = (): WaveState => ({ wave: 0, nextWaveIn: WAVES.firstTicks, arrived: 0 });

/** A sound loud enough to cover quieter ones near it while it lasts (rules/noise/noise-mask.ts). */
export type NoiseMaskKind = 'thunder' | 'bell';
export const NOISE_MASK_KINDS: readonly NoiseMaskKind[] = ['thunder', 'bell'];

export interface NoiseMask {
  kind: NoiseMaskKind;
  tileX: number;
  tileY: number;
  /** The mask holds while `world.tick` is below this. */
  untilTick: number;
}
