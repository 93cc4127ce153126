/**
 * The numbers that set the feel of the game, in simulation units: tiles, ticks and 0..1 loudness.
 * Seconds are converted to ticks here, once, so no rule elsewhere knows the tick rate. This file
 * holds time, bodies, students, zombies and their senses, items, needs and infection; the world
 * around them (clock, light, doors, noise makers, pacing) is in tuning-world.ts.
 */

export const TICKS_PER_SECOND = 20;
export const TICK_MS = 1000 / TICKS_PER_SECOND;
export const MAX_TICKS_PER_FRAME = 5;

export const ticks = (seconds: number): number => Math.round(seconds * TICKS_PER_SECOND);
export const perTick = (perSecond: number): number => perSecond / TICKS_PER_SECOND;

/** Half the side of an entity's square footprint, in tiles. */
export const BODY_RADIUS = 0.3;
/** How far off an opening's middle a student going straight may be and still slide round the corner into it (rules/world/move-body.ts). */
export const CORNER_SLIDE_TILES = 0.45;

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
  /** A follower further than this from the leader hurries (at `followHurryFactor` of its pace, a run excepted) to catch up. */
  followHurryTiles: 3,
  followHurryFactor: 1.35,
  hurtScreamNoiseRadius: 11,
  repathEveryTicks: ticks(0.5),
} as const;

/** `hunter`: the halfbie hunter, a half-infected student with a human mind (rules/zombies/hunter.ts). */
export type ZombieKind = 'walker' | 'runner' | 'crawler' | 'brute' | 'hunter';
export const ZOMBIE_KINDS: readonly ZombieKind[] = ['walker', 'runner', 'crawler', 'brute', 'hunter'];

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
  /**
   * Every bite is wound up at least this long, shown on screen (the "!" and the lunge pose): from
   * coming into reach, and again after a blow that staggers it (rules/zombies/bite.ts).
   */
  biteWindupTicks: number;
  /** Whether a student's blow staggers it: its bite starts over once the stun wears off. A brute bites through a fight. */
  staggers: boolean;
  /**
   * How far apart its bite throws it and the student, out of its reach (tiles; 0 for none): a slow
   * biter (the walker) must close in and wind up again before the next bite (rules/zombies/bite.ts).
   */
  biteKnockbackTiles: number;
}

export const ZOMBIE: Record<ZombieKind, ZombieKindTuning> = {
  walker: {
    health: 3,
    wanderSpeed: perTick(1.1),
    chaseSpeed: perTick(3),
    sightRange: 6,
    sightCosHalfAngle: 0.34,
    hearing: 1,
    damage: [12, 20],
    attackCooldownTicks: ticks(0.9),
    biteWindupTicks: ticks(1),
    staggers: true,
    biteKnockbackTiles: 0.7,
  },
  runner: {
    health: 2,
    wanderSpeed: perTick(1.5),
    chaseSpeed: perTick(5.6),
    sightRange: 6,
    sightCosHalfAngle: 0.34,
    hearing: 1.1,
    damage: [10, 16],
    attackCooldownTicks: ticks(0.7),
    biteWindupTicks: ticks(0.25),
    staggers: false,
    biteKnockbackTiles: 0,
  },
  crawler: {
    health: 2,
    wanderSpeed: perTick(0.6),
    chaseSpeed: perTick(2.2),
    sightRange: 4,
    sightCosHalfAngle: 0.5,
    hearing: 1,
    damage: [15, 22],
    attackCooldownTicks: ticks(1.1),
    biteWindupTicks: ticks(0.5),
    staggers: true,
    biteKnockbackTiles: 0,
  },
  brute: {
    health: 6,
    wanderSpeed: perTick(0.9),
    chaseSpeed: perTick(3),
    sightRange: 5,
    sightCosHalfAngle: 0.34,
    hearing: 0.9,
    damage: [22, 32],
    attackCooldownTicks: ticks(1.3),
    biteWindupTicks: ticks(0.35),
    staggers: false,
    biteKnockbackTiles: 0,
  },
  hunter: {
    health: 14,
    wanderSpeed: perTick(1.6),
    chaseSpeed: perTick(5),
    sightRange: 8,
    sightCosHalfAngle: 0.2,
    hearing: 1.3,
    damage: [18, 26],
    attackCooldownTicks: ticks(0.8),
    biteWindupTicks: 0,
    staggers: false,
    biteKnockbackTiles: 0,
  },
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
  /**
   * A zombie coming into reach of a student it has not bitten lately lunges first: this long a
   * wind-up, seen on screen, before its grab lands (rules/zombies/bite.ts). Only where the horde is
   * no keener than Normal; a keener one grabs at once.
   */
  grabWarningTicks: ticks(1),
  /**
   * After a bite the student has this long in which no zombie bites them again: time to break away.
   * A zombie in reach holds its bite until the grace is over, then winds it up (rules/zombies/bite.ts).
   */
  biteGraceTicks: ticks(0.8),
} as const;

/**
 * Helping a fallen student up (rules/students/help-up.ts): a standing friend this close presses
 * Use; the fallen one bleeds out, beyond help, this long after they fell; they stand again with
 * this much health; the effort (a grunt, a body dragged up) is heard this far.
 */
export const HELP_UP = { reachTiles: 2, bleedOutTicks: ticks(30), health: 30, noiseRadius: 5 } as const;

/** Blood trails (state/scent-map.ts). */
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
/**
 * Needs (rules/survival/needs.ts), all 0..100. Hunger, thirst and fatigue grow (100 = starving,
 * parched, exhausted); warmth and morale fall (0 = freezing, broken). Rates are per tick at
 * Normal difficulty; the needsDecay slider multiplies the growth of hunger, thirst, fatigue and cold.
 */
export const NEEDS = {
  max: 100,
  hungerPerTick: 100 / ticks(30 * 60),
  thirstPerTick: 100 / ticks(20 * 60),
  fatiguePerTick: 100 / ticks(40 * 60),
  /** Extra fatigue per tick of running. */
  runFatiguePerTick: 100 / ticks(6 * 60),
  /** Fatigue shed per tick standing still with no zombie hunting anyone. */
  restFatiguePerTick: 100 / ticks(15 * 60),
  /** Warmth lost per tick at full night away from others and without a blanket; regained by day. */
  nightColdPerTick: 100 / ticks(5 * 60),
  warmthRegainPerTick: 100 / ticks(3 * 60),
  /** Living students this close share warmth (huddling): cold is halved. */
  huddleTiles: 2,
  /** Morale: fear per tick in the dark (no light) and near a hunting zombie; recovery otherwise. */
  darkFearPerTick: 100 / ticks(12 * 60),
  zombieFearPerTick: 100 / ticks(60),
  zombieFearTiles: 6,
  moraleRecoverPerTick: 100 / ticks(4 * 60),
  /** The leader steadies students this close: recovery doubled, grief halved. */
  leaderTiles: 5,
  leaderFactor: 2,
  /** Morale lost when a friend falls or turns. */
  griefMorale: 30,
  /** Health lost per tick while starving, parched or freezing. */
  exposureDamagePerTick: perTick(0.5),
  /** Need levels that start to hurt: shown as warnings in the HUD before they do. */
  warnHigh: 60,
  hurtHigh: 80,
  warnLow: 40,
  hurtLow: 20,
  /** Effects past the hurt levels. */
  tiredSpeedFactor: 0.85,
  tiredCooldownFactor: 1.3,
  coldSpeedFactor: 0.9,
  coldNoiseFactor: 1.3,
  panicNoiseFactor: 1.25,
  hungryStaminaRegainFactor: 0.5,
  /** Students see this far (tiles) when rested; tired or panicking eyes see less. */
  sightTiles: 9,
  poorSightTiles: 6,
  /** How often the nearest hunting zombie is looked for (ticks). */
  fearScanEveryTicks: 10,
} as const;

/** What items do when used (rules/items/use-item.ts). */
export const ITEM_EFFECTS = {
  food: { hunger: 35, health: 5 },
  water: { thirst: 40, stamina: 40 },
  bandage: { health: 25 },
  painkillers: { morale: 20, fatigue: 10 },
  /** Antiseptic: infection meter taken off and the rate kept (×). A scratch below `cureBelow` is cured. */
  antiseptic: { infection: 15, rateFactor: 0.5, minRateFactor: 0.2, cureBelow: 30 },
  /** Reach for handing over and treating another student, tiles. */
  reachTiles: 2,
} as const;

/** The phone battery (charge 0..100) and what draws on it. */
export const PHONE = {
  /** A thrown alarm costs this much up front and this much per ring. */
  alarmCharge: 10,
  ringCharge: 0.5,
  /** The flashlight drains the battery flat in this many ticks. */
  lightDrainPerTick: 100 / ticks(8 * 60),
  /** Reading messages: charge used, morale given to students within `messageTiles`. */
  messageCharge: 4,
  messageMorale: 8,
  messageTiles: 4,
  /** At or below this charge the group panics once. */
  panicCharge: 6,
  panicMorale: 15,
} as const;

/** Throwing things (rules/items/item-actions.ts). */
export const THROW = { tiles: 5, noiseRadius: 6, heavyNoiseRadius: 9, heavyKg: 3 } as const;

/**
 * Pushing furniture (rules/world/furniture.ts): ticks of walking against a piece before it moves one
 * tile, how loud the scrape is, and how close the student's edge must be to lean on it.
 */
export const PUSH = { lightTicks: ticks(0.5), heavyTicks: ticks(1.5), noiseRadius: 9, reachTiles: BODY_RADIUS + 0.1, stuckTiles: 0.005 } as const;

/** Crafting and arrows. */
export const CRAFT = { noiseRadius: 4, loudNoiseRadius: 8 } as const;
export const ARROWS = { breakChance: 0.25 } as const;

/** Infection (rules/survival/infection.ts), the meter 0..100; at 100 the student turns. */
export const INFECTION = {
  /** Share of zombie hits that are scratches; the rest are bites. */
  scratchShare: 0.45,
  /** A scratch infects only sometimes; a bite always. */
  scratchInfectChance: 0.5,
  /** Ticks from infection to turning at Normal, untreated. */
  biteTurnTicks: ticks(5 * 60),
  scratchTurnTicks: ticks(14 * 60),
  /** A second wound speeds a running infection by this factor, to at most `fastestBiteFactor` times a fresh bite's rate. */
  rewoundFactor: 1.5,
  /** However many wounds (a student downed takes several), a bite turns in no less than 5 / 2 = 2.5 minutes at Normal: time to reach antiseptic. */
  fastestBiteFactor: 2,
  /** Share of turnings that give a halfbie instead of a zombie (seeded roll). */
  halfbieChance: 0.08,
  /**
   * Share of its rate an infection runs at while the group rests at camp (camp.ts rest): lying still
   * with the wound kept clean, the fever creeps. At the full rate a camp hour was an hour of play,
   * and two hours of rest took a student bitten three times from 8% to 88%.
   */
  campRestShare: 0.25,
  /**
   * Minutes of play a student must last for the camp to count them as getting through the next
   * level (camp-read.ts nextLevelOutlook): a careful player takes five to ten over a level.
   */
  levelPlayMinutes: 5,
  /** Meter levels the HUD and camp call "fever" and "turning". */
  feverAt: 40,
  turningAt: 75,
} as const;
