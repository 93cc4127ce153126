/**
 * Every number that sets the feel of the game, in simulation units: tiles, ticks and 0..1 loudness.
 * Seconds are converted to ticks here, once, so no rule elsewhere knows the tick rate.
 */

export const TICKS_PER_SECOND = 20;
export const TICK_MS = 1000 / TICKS_PER_SECOND;
export const MAX_TICKS_PER_FRAME = 5;

export const ticks = (seconds: number): number => Math.round(seconds * TICKS_PER_SECOND);
export const perTick = (perSecond: number): number => perSecond / TICKS_PER_SECOND;

/** Half the side of an entity's square footprint, in tiles. */
export const BODY_RADIUS = 0.3;

export const STUDENT = {
  maxHealth: 100,
  maxStamina: 100,
  speedTilesPerTick: { sneak: perTick(1.8), walk: perTick(3.6), run: perTick(6.2) },
  /** Stamina spent per tick of running, and regained per tick otherwise. */
  runStaminaPerTick: perTick(14),
  staminaRegainPerTick: perTick(8),
  /** A student needs this much stamina to start running. */
  runStaminaToStart: 10,
  /** Noise radius (tiles) made per step by each gait. */
  stepNoiseRadius: { sneak: 1, walk: 3.5, run: 9 },
  stepNoiseEveryTicks: ticks(0.35),
  attack: { rangeTiles: 1.25, cooldownTicks: ticks(0.45), damage: 1, knockbackTiles: 0.45, noiseRadius: 6 },
  /** A follower starts walking when the leader is further than this, and stops inside it. */
  followDistanceTiles: 1.8,
  hurtScreamNoiseRadius: 11,
  repathEveryTicks: ticks(0.5),
} as const;

export type ZombieKind = 'walker' | 'runner' | 'crawler' | 'brute';
export const ZOMBIE_KINDS: readonly ZombieKind[] = ['walker', 'runner', 'crawler', 'brute'];

export interface ZombieKindTuning {
  health: number;
  wanderSpeed: number;
  chaseSpeed: number;
  /** How far it sees in a lit place, tiles. */
  sightRange: number;
  /** Half-angle of the view cone, as the cosine (0.34 ≈ 70° each side). */
  sightCosHalfAngle: number;
  /** Multiplier on how far a noise carries to this zombie. */
  hearing: number;
  damage: [min: number, max: number];
  attackCooldownTicks: number;
}

export const ZOMBIE: Record<ZombieKind, ZombieKindTuning> = {
  walker: { health: 3, wanderSpeed: perTick(1.1), chaseSpeed: perTick(4.4), sightRange: 6, sightCosHalfAngle: 0.34, hearing: 1, damage: [12, 20], attackCooldownTicks: ticks(0.9) },
  runner: { health: 2, wanderSpeed: perTick(1.5), chaseSpeed: perTick(5.6), sightRange: 6, sightCosHalfAngle: 0.34, hearing: 1.1, damage: [10, 16], attackCooldownTicks: ticks(0.7) },
  crawler: { health: 2, wanderSpeed: perTick(0.6), chaseSpeed: perTick(2.2), sightRange: 4, sightCosHalfAngle: 0.5, hearing: 1, damage: [15, 22], attackCooldownTicks: ticks(1.1) },
  brute: { health: 6, wanderSpeed: perTick(0.9), chaseSpeed: perTick(3.6), sightRange: 5, sightCosHalfAngle: 0.34, hearing: 0.9, damage: [22, 32], attackCooldownTicks: ticks(1.3) },
};

export const ZOMBIE_AI = {
  attackRangeTiles: 0.85,
  /** Ticks a zombie keeps going to the last place it saw a student before it searches. */
  searchTicks: ticks(6),
  repathEveryTicks: ticks(0.6),
  /** A heard noise is remembered this long, then forgotten. */
  noiseMemoryTicks: ticks(8),
  /** Sound passing through a wall tile, or a closed door, counts this many tiles more (noise.ts). */
  wallMuffleTiles: 6,
  doorMuffleTiles: 4,
  wanderRadiusTiles: 5,
  wanderPauseTicks: [ticks(1), ticks(4)] as [number, number],
  hurtStunTicks: ticks(0.35),
} as const;

/** Blood trails (senses/scent.ts). */
export const SCENT = {
  /** How long a bitten student keeps bleeding, leaving a trail. */
  bleedTicks: ticks(25),
  /** Trail strength kept per tick: 0.997 halves it in about 11 s. */
  decayPerTick: 0.997,
  /** Weakest trail a zombie still smells. */
  smellThreshold: 0.25,
  /** How long a zombie keeps to a trail tile before sniffing again. */
  followTicks: ticks(2),
} as const;

export const ITEMS = {
  food: { healthRestored: 20 },
  water: { staminaRestored: 60, healthRestored: 5 },
  /** A thrown phone alarm: how far it flies, how long it rings, how loud and how often. */
  lure: { throwTiles: 5, ringTicks: ticks(8), noiseRadius: 22, noiseEveryTicks: ticks(0.5) },
  pickupRadiusTiles: 0.7,
  interactRadiusTiles: 1.5,
} as const;

/** Objectives (src/core/objectives). */
export const OBJECTIVES = {
  /** A student waiting to be rescued joins the group when a group member comes this close (tiles). */
  joinRadiusTiles: 2,
  /** A key item is picked up within this distance of its tile centre, a device used within `useRadiusTiles`. */
  pickupRadiusTiles: 0.7,
  useRadiusTiles: 1.5,
  /** A sounding device (piano, PA) makes its noise this often. */
  deviceNoiseEveryTicks: ticks(0.5),
} as const;
