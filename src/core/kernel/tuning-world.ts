/**
 * The numbers of the world around the students, in simulation units (tiles, ticks, 0..1): the
 * clock, light and lamps, doors and what bashing them costs, halfbies' senses, noise makers and
 * the sounds that mask others, and the pacing of a level (siege waves, the director, the hunter
 * and the stalker). The people and their needs are in tuning.ts.
 */

import { perTick, ticks, type ZombieKind } from './tuning';

/**
 * The world clock (rules/world/clock.ts): at clock speed 1 a game minute lasts this many ticks; a world
 * starts at `startMinute` unless its level sets `startHour` or a campaign carries its own time.
 * Night is from duskMinute to dawnMinute, with a twilight ramp either side.
 */
export const CLOCK = { ticksPerMinute: 20, startMinute: 17 * 60, duskMinute: 19 * 60, dawnMinute: 6 * 60, twilightMinutes: 60 } as const;

/**
 * Light (rules/senses/light.ts): a level per tile, 0 dark .. 1 fully lit, and what it does to eyes.
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

/** Lamps of a level's `lights` layer (rules/world/lamps.ts): switched with interact, with a click. */
export const LAMPS = {
  switchRangeTiles: 1.6,
  clickNoiseRadius: 2,
} as const;

/**
 * Doors, windows and barricades (rules/world/doors.ts). Health is in points; a zombie's bash takes
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

/** A halfbie student (rules/students/halfbie.ts): ignored by the horde, hears through walls, hungry. */
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
 * Noise makers from a level's `noisemakers` layer (rules/noise/noise-makers.ts). `loudness` is the
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
 * The pacing director (rules/director/director.ts), for levels whose map sets `director`: build-up, peak
 * and relax by time and by how many zombies are hunting; in-world events move the existing horde.
 */
/**
 * Siege waves (rules/director/waves.ts), for maps with the `waves` property: the first comes after
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
 * Noise masking (rules/noise/noise-mask.ts): thunder and the school bell drown quieter noises made within
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

/** The halfbie hunter's own mind (rules/zombies/hunter.ts). */
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
 * A halfbie hunter that follows the group to the next level (sim/campaign/stalker.ts): it comes in
 * `entryDelayTicks` after the level starts. One busy with a noise at least `luredFarTiles` (straight
 * line) from every exit tile, its goal that far too, when the group leaves was lured away and stays.
 */
export const STALKER = {
  entryDelayTicks: ticks(45),
  luredFarTiles: 12,
  /** Without a map entry, it comes in at a reachable tile among the farthest this share of the way from the students' start. */
  farShare: 0.75,
} as const;
