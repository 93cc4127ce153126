/**
 * Checks a simulation state that came from outside (a save file, an import, a test) before any of
 * it reaches a world: size and nesting limits on the text before JSON.parse (the rule of level/json-depth.ts), plain JSON with no
 * `__proto__` / `constructor` / `prototype` keys (./plain-json.ts), every field of the right type and range, and every cell,
 * position and id inside the level it is loaded into. A state either passes whole or is refused
 * with a `SimStateError` that names the field (`students[3].path[7]`) and says what was expected.
 *
 * The schema is typed against `SimState`: a field added there without a rule here fails the typecheck.
 */

import { z } from 'zod';
import { readLimitedJson } from '../../level/json-depth';
import { MAX_STUDENT_NAME, MAX_STUDENTS } from '../../level/level-words';
import { DIFFICULTY_PRESETS, DIFFICULTY_SLIDERS, SLIDER_MAX, SLIDER_MIN } from '../../kernel/difficulty';
import { STUDENT_ORDERS, type StudentOrder } from '../../state/commands';
import { ITEM_KINDS, type ItemKind } from '../../kernel/item-kinds';
import { ROLES, type Role } from '../../kernel/roles';
import type { Level } from '../../level/level';
import { ZOMBIE, ZOMBIE_KINDS, type ZombieKind } from '../../kernel/tuning';
import { DOORS, NOISE_MASK, WAVES } from '../../kernel/tuning-world';
import { DOOR_KINDS } from '../../level/level-words';
import { MAX_BITES } from '../../state/world';
import type { SimState } from './sim-state-format';
import { MAX_ITEMS, SIM_STATE_VERSION } from './sim-state-format';
import { SimStateError } from './sim-state-error';
import { checkAgainstLevel } from './check-against-level';
import { DIRECTOR_PHASES } from '../../state/minds-state';
import { NOISE_MASK_KINDS } from '../../state/minds-state';
import { MAX_SAVE_DEPTH, checkPlainJson, formatPath } from './plain-json';

z.config({ jitless: true });

export const MAX_SAVE_BYTES = 16 * 1024 * 1024;
const MAX_COUNT = 1_000_000_000;
const MAX_LURES = 1000;
/** The limit on lists that follow the level's objects when the state is only read to be brought up to a changed level (migrate-to-level.ts). */
const MAX_LEVEL_OBJECTS = 100_000;

const count = z.number().int().min(0).max(MAX_COUNT);
const signedCount = z.number().int().min(-MAX_COUNT).max(MAX_COUNT);
const amount = z.number().min(-MAX_COUNT).max(MAX_COUNT);
const unit = z.number().min(-1).max(1);
const gait = z.enum(['sneak', 'walk', 'run']);
const cellList = z.array(count);
const need = z.number().min(0).max(100);
const carried = z.strictObject({
  id: count,
  kind: z.enum(ITEM_KINDS as readonly [ItemKind, ...ItemKind[]]),
  durability: count.optional(),
  charge: need.optional(),
});

const body = {
  x: amount,
  y: amount,
  facingX: unit,
  facingY: unit,
  path: cellList,
  moving: z.boolean(),
};

const student = z.strictObject({
  ...body,
  id: count,
  name: z.string().max(MAX_STUDENT_NAME),
  look: count,
  health: amount,
  stamina: amount,
  gait,
  down: z.boolean(),
  attackCooldown: signedCount,
  swingTicks: signedCount,
  hurtTicks: signedCount,
  graceTicks: signedCount.optional(),
  bleedTicks: signedCount,
  ticksSinceStep: signedCount,
  repathIn: signedCount,
  waiting: z.boolean(),
  role: z.enum(ROLES as readonly [Role, ...Role[]]),
  order: z.enum(STUDENT_ORDERS as readonly [StudentOrder, ...StudentOrder[]]),
  hunger: need,
  thirst: need,
  fatigue: need,
  warmth: need,
  morale: need,
  wound: z.enum(['none', 'scratch', 'bite']),
  infection: need,
  infectionRate: z.number().min(0).max(100),
  treatments: count,
  bites: z
    .array(
      z.strictObject({ levelId: z.string().max(80), minute: z.number().min(0).max(1e9), kind: z.enum(ZOMBIE_KINDS as readonly [ZombieKind, ...ZombieKind[]]), wound: z.enum(['scratch', 'bite']) }),
    )
    .max(MAX_BITES)
    .optional(),
  turned: z.boolean(),
  halfbie: z.boolean(),
  pack: z.array(carried).max(MAX_ITEMS),
  weaponId: z.number().int().min(-1).max(MAX_COUNT),
  warned: count,
  nearHunter: z.boolean(),
  lightOn: z.boolean(),
});

const zombie = z.strictObject({
  ...body,
  id: count,
  kind: z.enum(ZOMBIE_KINDS as readonly [ZombieKind, ...ZombieKind[]]),
  health: amount,
  mode: z.enum(['idle', 'wander', 'investigate', 'chase', 'search', 'attack', 'bash', 'down']),
  homeX: count,
  homeY: count,
  targetId: z.number().int().min(-1).max(MAX_COUNT),
  goalX: amount,
  goalY: amount,
  goalStrength: amount,
  onTrail: z.boolean(),
  modeTicks: signedCount,
  repathIn: signedCount,
  attackCooldown: signedCount,
  swingTicks: signedCount,
  stunTicks: signedCount,
  hurtTicks: signedCount,
  name: z.string().max(MAX_STUDENT_NAME).optional(),
  lunged: z.boolean().optional(),
  bashDoorId: z.number().int().min(-1).max(MAX_COUNT),
});

const door = z.strictObject({
  id: count,
  kind: z.enum(DOOR_KINDS),
  tileX: count,
  tileY: count,
  state: z.enum(['open', 'closed', 'locked', 'broken']),
  health: z.number().min(0).max(1000),
  maxHealth: z.number().min(1).max(1000),
  barricade: z.number().min(0).max(DOORS.barricadeMax),
  lockable: z.boolean(),
});

/** Built on first use: this module and sim-state.ts import each other. */
const simStateSchema = (): z.ZodType<SimState> =>
  z.strictObject({
    version: z.literal(SIM_STATE_VERSION),
    levelId: z.string().max(256),
    seed: z.union([z.number(), z.string().max(256)]),
    tick: count,
    status: z.enum(['playing', 'won', 'lost']),
    rng: z.number().int().min(-0x80000000).max(0xffffffff),
    intent: z.strictObject({ dx: z.number().int().min(-1).max(1), dy: z.number().int().min(-1).max(1), gait }),
    controlledId: count,
    luresThrown: count,
    students: z.array(student),
    zombies: z.array(zombie),
    items: z.array(carried.extend({ tileX: count, tileY: count })),
    lures: z.array(z.strictObject({ id: count, x: amount, y: amount, ticksLeft: signedCount, nextNoiseIn: signedCount, phone: carried.optional() })).max(MAX_LURES),
    nextItemId: count,
    difficulty: z.strictObject({
      preset: z.enum(['custom', ...DIFFICULTY_PRESETS]),
      ...Object.fromEntries(DIFFICULTY_SLIDERS.map((slider) => [slider, z.number().min(SLIDER_MIN).max(SLIDER_MAX)])),
    }) as unknown as z.ZodType<SimState['difficulty']>,
    startMinute: z.number().min(0).max(MAX_COUNT),
    phonePanicked: z.boolean(),
    changedCells: z.array(z.tuple([count, z.number().int().min(0).max(255), z.number().int().min(0).max(1)])),
    scent: z.array(z.tuple([count, count])),
    objectives: z.array(z.strictObject({ done: z.boolean(), doneAtTick: z.number().int().min(-1).max(MAX_COUNT), heldTicks: count, soundTicksLeft: signedCount, nextNoiseIn: signedCount })),
    doors: z.array(door),
    furniture: z.array(z.strictObject({ id: count, tileX: count, tileY: count })),
    lampsOn: z.array(z.boolean()),
    stalker: z
      .strictObject({
        kind: z.literal('hunter'),
        name: z.string().max(MAX_STUDENT_NAME).nullable(),
        health: z.number().gt(0).max(ZOMBIE.hunter.health),
        enterTick: count,
        tileX: count,
        tileY: count,
      })
      .nullable(),
    minds: z.strictObject({
      noiseMakers: z.array(z.strictObject({ soundTicksLeft: signedCount, nextNoiseIn: signedCount })).max(10_000),
      director: z.strictObject({ phase: z.enum(DIRECTOR_PHASES), phaseTicks: count, nextEventIn: signedCount, events: count }),
      lureMemory: z.array(z.tuple([count, count, count])).max(10_000),
      waves: z.strictObject({ wave: count, nextWaveIn: count, arrived: count }).optional(),
      noiseMasks: z
        .array(z.strictObject({ kind: z.enum(NOISE_MASK_KINDS), tileX: count, tileY: count, untilTick: count }))
        .max(NOISE_MASK.maxMasks)
        .optional(),
      kindsSeen: z
        .array(z.enum(ZOMBIE_KINDS as readonly [ZombieKind, ...ZombieKind[]]))
        .max(ZOMBIE_KINDS.length)
        .optional(),
      walkSeen: z
        .array(z.tuple([count, count]))
        .max(MAX_LEVEL_OBJECTS)
        .optional(),
    }),
    levelObjects: z.strictObject({
      doors: z.array(count).max(MAX_LEVEL_OBJECTS).nullable(),
      items: z
        .array(z.tuple([count, count]))
        .max(MAX_ITEMS)
        .nullable(),
    }),
    explored: z.array(z.tuple([count, z.number().int().min(1).max(MAX_COUNT)])),
    push: z.strictObject({
      studentId: z.number().int().min(-1).max(MAX_COUNT),
      pieceId: z.number().int().min(-1).max(MAX_COUNT),
      dirX: z.number().int().min(-1).max(1),
      dirY: z.number().int().min(-1).max(1),
      ticks: z.number().int().min(-1).max(MAX_COUNT),
    }),
  });
/** The schema, built on first use (about 10 ms, kept off the game's start); the same value whoever builds it. */
let schema: z.ZodType<SimState> | undefined;

/** Lists that follow the level's own objects one for one: a mismatch means the level changed since the save. */
const LEVEL_SHAPED: ReadonlySet<string> = new Set(['objectives', 'doors', 'furniture', 'lampsOn']);

/** Array lengths against the level, before the schema walks (and copies issues for) every entry. */
function checkLengths(value: Record<string, unknown>, level: Level, againstLevel: boolean): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const cells = level.grid.width * level.grid.height;
  const shaped = (count: number): number => (againstLevel ? count : MAX_LEVEL_OBJECTS);
  // A campaign brings its own group (up to six); students who turn add zombies; a siege's waves bring
  // up to WAVES.maxArrivals (a siege's "What happened?" failed on 58 of 17); crafting adds items.
  const limits: Record<string, number> = {
    students: MAX_STUDENTS,
    zombies: againstLevel ? level.zombies.length + MAX_STUDENTS + 1 + (level.settings.waves ? WAVES.maxArrivals : 0) : MAX_LEVEL_OBJECTS,
    items: MAX_ITEMS,
    lures: MAX_LURES,
    changedCells: cells,
    scent: cells,
    explored: cells,
    objectives: shaped(level.objectives.length),
    doors: shaped(level.doors.length),
    furniture: shaped(level.furniture.pieces.length),
    lampsOn: shaped(level.lights.length),
  };
  for (const [key, limit] of Object.entries(limits)) {
    const list = Object.hasOwn(value, key) ? value[key] : undefined;
    if (Array.isArray(list) && list.length > limit) throw new SimStateError(key, `has ${list.length} entries; level "${level.id}" allows at most ${limit}`, LEVEL_SHAPED.has(key));
  }
  for (const key of ['students', 'zombies']) {
    const list = Object.hasOwn(value, key) ? value[key] : undefined;
    if (!Array.isArray(list)) continue;
    list.forEach((body: unknown, i) => {
      const path = typeof body === 'object' && body !== null && Object.hasOwn(body, 'path') ? (body as { path: unknown }).path : undefined;
      if (Array.isArray(path) && path.length > cells) throw new SimStateError(`${key}[${i}].path`, `is longer than the level has cells (${path.length})`);
    });
  }
}

/**
 * The state's shape alone: plain JSON within the limits, for `level`'s id and size, every field of
 * its type and range. Lists that follow the level's objects may differ from the level's (what
 * migrate-to-level.ts takes); `checkSimState` checks the rest.
 */
export function checkSimShape(value: unknown, level: Level, againstLevel = false): SimState {
  checkPlainJson(value);
  const levelId = (value as { levelId?: unknown } | null)?.levelId;
  if (typeof levelId === 'string' && levelId !== level.id) throw new SimStateError('', `is for level "${levelId}", not "${level.id}"`);
  checkLengths(value as Record<string, unknown>, level, againstLevel);
  schema ??= simStateSchema();
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SimStateError(formatPath(issue.path), issue.message);
  }
  // The input itself, not zod's copy: same values, but keys in the saved order, so the state hash is unchanged.
  return value as SimState;
}

/** Checks an untrusted state for `level`; returns it typed, or throws a `SimStateError`. */
export function checkSimState(value: unknown, level: Level): SimState {
  const state = checkSimShape(value, level, true);
  checkAgainstLevel(state, level);
  return state;
}

/** Reads a saved state from JSON text: limits first (before JSON.parse allocates), then `checkSimState`. */
export function readSimState(text: string, level: Level): SimState {
  if (typeof text !== 'string') throw new SimStateError('', `must be JSON text (got ${typeof text})`);
  const read = readLimitedJson(text, { maxChars: MAX_SAVE_BYTES, maxDepth: MAX_SAVE_DEPTH });
  if (read.ok) return checkSimState(read.raw, level);
  if (read.why === 'size') throw new SimStateError('', `is too large (got ${read.chars} bytes; expected at most ${MAX_SAVE_BYTES})`);
  if (read.why === 'depth') throw new SimStateError('', `is nested too deeply (expected at most ${MAX_SAVE_DEPTH} levels)`);
  throw new SimStateError('', `is not valid JSON (${read.message})`);
}
