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
/** How far off an opening's middle a student going straight may be and still slide round the corner into it (world/move-body.ts). */
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
  hurtScreamNoiseRadius: 11,
  repathEveryTicks: ticks(0.5),
} as const;

/** `hunter`: the halfbie hunter, a half-infected student with a human mind (zombies/hunter.ts). */
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
}

export const ZOMBIE: Record<ZombieKind, ZombieKindTuning> = {
  walker: { health: 3, wanderSpeed: perTick(1.1), chaseSpeed: perTick(3), sightRange: 6, sightCosHalfAngle: 0.34, hearing: 1, damage: [12, 20], attackCooldownTicks: ticks(0.9) },
  runner: { health: 2, wanderSpeed: perTick(1.5), chaseSpeed: perTick(5.6), sightRange: 6, sightCosHalfAngle: 0.34, hearing: 1.1, damage: [10, 16], attackCooldownTicks: ticks(0.7) },
  crawler: { health: 2, wanderSpeed: perTick(0.6), chaseSpeed: perTick(2.2), sightRange: 4, sightCosHalfAngle: 0.5, hearing: 1, damage: [15, 22], attackCooldownTicks: ticks(1.1) },
  brute: { health: 6, wanderSpeed: perTick(0.9), chaseSpeed: perTick(3), sightRange: 5, sightCosHalfAngle: 0.34, hearing: 0.9, damage: [22, 32], attackCooldownTicks: ticks(1.3) },
  hunter: { health: 14, wanderSpeed: perTick(1.6), chaseSpeed: perTick(5), sightRange: 8, sightCosHalfAngle: 0.2, hearing: 1.3, damage: [18, 26], attackCooldownTicks: ticks(0.8) },
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
/**
 * Needs (survival/needs.ts), all 0..100. Hunger, thirst and fatigue grow (100 = starving,
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

/** What items do when used (items/use-item.ts). */
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

/** Throwing things (items/item-actions.ts). */
export const THROW = { tiles: 5, noiseRadius: 6, heavyNoiseRadius: 9, heavyKg: 3 } as const;

/**
 * Pushing furniture (world/furniture.ts): ticks of walking against a piece before it moves one
 * tile, how loud the scrape is, and how close the student's edge must be to lean on it.
 */
export const PUSH = { lightTicks: ticks(0.5), heavyTicks: ticks(1.5), noiseRadius: 9, reachTiles: BODY_RADIUS + 0.1, stuckTiles: 0.005 } as const;

/** Crafting and arrows. */
export const CRAFT = { noiseRadius: 4, loudNoiseRadius: 8 } as const;
export const ARROWS = { breakChance: 0.25 } as const;

/** Infection (survival/infection.ts), the meter 0..100; at 100 the student turns. */
export const INFECTION = {
  /** Share of zombie hits that are scratches; the rest are bites. */
  scratchShare: 0.45,
  /** A scratch infects only sometimes; a bite always. */
  scratchInfectChance: 0.5,
  /** Ticks from infection to turning at Normal, untreated. */
  biteTurnTicks: ticks(5 * 60),
  scratchTurnTicks: ticks(14 * 60),
  /** A second wound speeds a running infection by this factor. */
  rewoundFactor: 1.5,
  /** Share of turnings that give a halfbie instead of a zombie (seeded roll). */
  halfbieChance: 0.08,
  /** Meter levels the HUD and camp call "fever" and "turning". */
  feverAt: 40,
  turningAt: 75,
} as const;

/**
 * The world clock (world/clock.ts): at clock speed 1 a game minute lasts this many ticks; a world
 * starts at `startMinute` unless its level sets `startHour` or a campaign carries its own time.
 * Night is from duskMinute to dawnMinute, with a twilight ramp either side.
 */
export const CLOCK = { ticksPerMinute: 20, startMinute: 17 * 60, duskMinute: 19 * 60, dawnMinute: 6 * 60, twilightMinutes: 60 } as const;

/**
 * Light (senses/light.ts): a level per tile, 0 dark .. 1 fully lit, and what it does to eyes.
 * Daylight comes in through windows and, in full daylight, lights every floor to the level's
 * `ambientLight`; lamps and fires from the `lights` layer (and fire-barrel tiles) light around them,
 * walls block all of it; a phone light is a cone ahead of its student.
 */
export const LIGHT = {
  /** Light everywhere in full night. */
  nightAmbient: 0.05,
  /** Window light reaches this far into a room (tiles), fading to nothing. */
  windowReachTiles: 7,
  /** A fire barrel tile with no `lights` object: its radius (tiles) and brightness. */
  fireRadius: 4,
  fireBrightness: 0.9,
  lampRadius: 5,
  lampBrightness: 1,
  /** A fire's light swings between (1 - flicker) and 1 of its brightness, changing every few ticks. */
  fireFlicker: 0.2,
  fireFlickerTicks: 3,
  /** Phone light: a cone this long and this wide (half-angle, degrees), brightest at the phone. */
  phoneTiles: 7,
  phoneHalfAngleDeg: 35,
  phoneBrightness: 1,
  /** Brightness at the far end of the cone, as a share of the near end. */
  phoneFarShare: 0.45,
  /** From this light up eyes see as far as they can; below it sight shrinks toward `darkSightFactor`. */
  fullSightLight: 0.5,
  darkSightFactor: 0.3,
  /** A student holding a lit phone is seen from this much farther than in full light. */
  phoneSeenFactor: 1.4,
  /** How much closer a student must be to make out a crawler (low on the floor). */
  crawlerSpotFactor: 0.5,
} as const;

/** Lamps of a level's `lights` layer (world/lamps.ts): switched with interact, with a click. */
export const LAMPS = {
  switchRangeTiles: 1.6,
  clickNoiseRadius: 2,
} as const;

/**
 * Doors, windows and barricades (world/doors.ts). Health is in points; a zombie's bash takes
 * `BASH[kind].damage` points every `everyTicks`, times the crowd pressure on that door.
 */
export const DOORS = {
  doorHealth: 80,
  windowHealth: 20,
  barricadeMax: 150,
  /** Barricade points one build or repair action adds. */
  barricadePerBuild: 50,
  /** Extra tiles of sound distance through a closed door, a barricade, a closed window pane. */
  muffleTiles: { door: 4, barricade: 6, pane: 2 },
  /** What a blocked cell costs a zombie's route (it plans through and bashes it); 10 = one floor step. */
  bashCost: { door: 8, locked: 12, barricade: 24, pane: 5 },
  /** Walking cost of an open window (climbing) and of a broken door or window (splinters, glass). */
  openWindowCost: 4,
  brokenCost: 3,
  /** Noise radius, tiles. */
  noise: { open: 3, close: 4, lock: 2, build: 8, bash: 9, doorBreak: 13, glassBreak: 15, barricadeBreak: 12 },
  interactRangeTiles: 1.6,
  /** Each zombie pressing on a door beyond the first adds this share to the bash damage. */
  pressurePerZombie: 0.35,
  pressureMaxZombies: 8,
  pressureRadiusTiles: 2.5,
  /** A zombie gives up bashing after this long without a new reason to go through. */
  bashPatienceTicks: ticks(30),
} as const;

export const BASH: Record<ZombieKind, { damage: number; everyTicks: number }> = {
  walker: { damage: 4, everyTicks: ticks(1) },
  runner: { damage: 3, everyTicks: ticks(0.8) },
  crawler: { damage: 2, everyTicks: ticks(1.2) },
  brute: { damage: 16, everyTicks: ticks(1.2) },
  hunter: { damage: 2, everyTicks: ticks(1.5) },
};

/** A halfbie student (students/halfbie.ts): ignored by the horde, hears through walls, hungry. */
export const HALFBIE = {
  /** Extra melee damage on every swing that lands. */
  meleeDamageBonus: 1,
  /** Hunger rises this many times as fast. */
  hungerFactor: 2.5,
  /** Noises this close (straight line, walls or not) are heard: the game shows where they came from. */
  hearThroughWallsTiles: 12,
  /** From this hunger on, the hunger takes over for moments. */
  lapseHunger: 80,
  /** One lapse starts every this many ticks while that hungry, and lasts `lapseTicks`. */
  lapseEveryTicks: ticks(12),
  lapseTicks: ticks(2),
  /** During a lapse it lunges at a living student this close. */
  lungeRangeTiles: 5,
  lungeSpeed: perTick(5),
  growlNoiseRadius: 5,
} as const;

/**
 * Noise makers from a level's `noisemakers` layer (noise/noise-makers.ts). `loudness` is the
 * default radius in tiles (a level object's `loudness` property overrides it); each sounds every
 * `everyTicks` for `soundTicks` once used. The PA console is quiet itself: it plays every speaker.
 */
export const NOISE_MAKERS = {
  speaker: { loudness: 24, soundTicks: ticks(10), everyTicks: ticks(0.5) },
  paConsole: { loudness: 4, soundTicks: ticks(10), everyTicks: ticks(0.5) },
  piano: { loudness: 18, soundTicks: ticks(8), everyTicks: ticks(0.5) },
  fireAlarm: { loudness: 30, soundTicks: ticks(20), everyTicks: ticks(0.5) },
  bell: { loudness: 40, soundTicks: ticks(4), everyTicks: ticks(1) },
  /** A student uses one within this distance with interact (E). */
  useRangeTiles: 1.6,
} as const;

/**
 * The pacing director (director/director.ts), for levels whose map sets `director`: build-up, peak
 * and relax by time and by how many zombies are hunting; in-world events move the existing horde.
 */
/**
 * Siege waves (director/waves.ts), for maps with the `waves` property: the first comes after
 * `firstTicks`, then one every `everyTicks`, each `growth` bigger than the last. A wave heads for
 * the group for `huntTicks` (bashing barricades in its way), with the pull of a noise louder than
 * any other (`goalStrength`, fading like every goal) so neither footsteps nor the bashing of its own
 * wave turn it aside into an empty room. Runners come from the first wave: walkers (no faster than
 * a walking student) alone would leave a group that stands still unhurt until dawn.
 */
export const WAVES = {
  firstTicks: ticks(10),
  everyTicks: ticks(18),
  firstSize: 3,
  growth: 2,
  runnersFromWave: 1,
  bruteFromWave: 3,
  entryChoices: 2,
  goalStrength: 1000,
  huntTicks: ticks(60),
  /** Waves stop coming once this many zombies have arrived in all (the horde step is sized for them). */
  maxArrivals: 80,
} as const;

export const DIRECTOR = {
  buildUpTicks: ticks(45),
  peakTicks: ticks(20),
  relaxTicks: ticks(30),
  /** This many zombies hunting (chase, attack) during the build-up is a peak already: skip to relax. */
  tooManyHunting: 12,
  /** Relax lasts until at most this many hunt. */
  relaxHunting: 3,
  /** An event every this often at the peak. */
  eventEveryTicks: ticks(6),
  /** Peak events land this far from the nearest student (tiles, straight line): near, not on them. */
  peakDistanceTiles: [8, 16] as [number, number],
  /** Tiles tried when choosing a place. */
  placeTries: 24,
  loudness: { bell: 40, thunder: 30, helicopter: 34 },
} as const;

/**
 * Noise masking (noise/noise-mask.ts): thunder and the school bell drown quieter noises made within
 * `reachTiles` (straight line from the sound) for `durationTicks` after each thunderclap or ring.
 * Noises with a radius below `masksBelowRadius` are not heard by zombies then: sneaking (1), walking
 * (3.5), a swing (6) are covered; running (9), a scream (11) and louder still get through. A
 * ringing bell noise maker renews its mask with every ring.
 */
export const NOISE_MASK = {
  thunder: { durationTicks: ticks(5), reachTiles: 40, masksBelowRadius: 8 },
  bell: { durationTicks: ticks(3), reachTiles: 24, masksBelowRadius: 8 },
  /** At most this many masks at once (the oldest are dropped). */
  maxMasks: 8,
} as const;

/** The halfbie hunter's own mind (zombies/hunter.ts). */
export const HUNTER = {
  /** Hears a student breathing this close, walls or not (straight line, tiles). */
  breathTiles: 4,
  /** A noise within this many tiles of the last lure it went to is taken for the same trick. */
  lureMemoryTiles: 2,
  /** Share of a blow's knockback it takes, and the longest stun a blow gives it. */
  knockbackFactor: 0.25,
  maxStunTicks: ticks(0.15),
  pathBudget: 4000,
} as const;

/**
 * A halfbie hunter that follows the group to the next level (campaign/stalker.ts): it comes in
 * `entryDelayTicks` after the level starts. One busy with a noise at least `luredFarTiles` (straight
 * line) from every exit tile, its goal that far too, when the group leaves was lured away and stays.
 */
export const STALKER = {
  entryDelayTicks: ticks(45),
  luredFarTiles: 12,
  /** Without a map entry, it comes in at a reachable tile among the farthest this share of the way from the students' start. */
  farShare: 0.75,
} as const;
