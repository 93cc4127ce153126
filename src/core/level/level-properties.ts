/**
 * The custom properties a level may give its map, tiles and objects, as zod schemas over Tiled's
 * `[{ name, type, value }]` lists: each known name with its Tiled type, range and description.
 * level-schema.ts puts them on the map, the tiles and each object kind.
 */

import { z } from 'zod';
import { ROLES } from '../kernel/roles';
import { MAX_STUDENTS, MAX_STUDENT_NAME, type ObjectiveKind, DEVICES, MAX_OBJECTIVE_STEP, MAX_DEVICE_NOISE_TILES, MAX_DEVICE_SECONDS, MAX_HOLD_SECONDS, MAX_OBJECTIVE_LABEL } from './level-words';

// ---------------------------------------------------------------------------------------------
// Custom properties: Tiled's `[{ name, type, value }]` arrays, one entry shape per known name.

type TiledPropertyType = 'string' | 'int' | 'float' | 'bool';

function customProperty<const N extends string, V extends z.ZodType>(name: N, type: TiledPropertyType, value: V, description: string) {
  return z
    .strictObject({
      name: z.literal(name),
      type: z
        .literal(type)
        .optional()
        .meta({ description: `Tiled's property type: "${type}". May be left out when editing by hand.` }),
      /** Tiled 1.8+ writes this for class-typed properties only; harmless elsewhere. */
      propertytype: z.string().optional(),
      value,
    })
    .meta({ title: name, description });
}

/** A custom-property list where only the given names are allowed. */
function propertyList<const T extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(options: T, description: string) {
  return z.array(z.discriminatedUnion('name', options)).meta({ description });
}

/** A custom-property list for something that has no custom properties (yet). */
export const noProperties = z.array(z.never()).meta({ description: 'This has no custom properties; leave the list empty or out.' });

export const mapProperties = propertyList(
  [
    customProperty(
      'title',
      'string',
      z.string().min(1).max(80).meta({ description: '1..80 characters. Default: the file name.' }),
      "The level's title, for listings such as levels:check and level select.",
    ),
    customProperty(
      'titleKo',
      'string',
      z.string().min(1).max(80).meta({ description: '1..80 characters. Default: the English title.' }),
      "The level's title in Korean, shown when the game speaks Korean.",
    ),
    customProperty(
      'survivors',
      'int',
      z.int().min(1).max(MAX_STUDENTS).meta({ default: 1 }),
      `Keep this many students standing (1..${MAX_STUDENTS}, at most the level's students): fewer, and the level is lost. Default 1.`,
    ),
    customProperty(
      'startHour',
      'float',
      z.number().min(0).max(23.99).meta({ default: 17 }),
      "Time of day when the level starts, in hours 0..23.99 (night is 19..6). Left out: 17:00; a campaign carries the group's own time over.",
    ),
    customProperty('clockSpeed', 'float', z.number().min(0).max(120).meta({ default: 1 }), 'Game minutes that pass per second of play, 0..120; 0 stops the clock. Default 1.'),
    customProperty(
      'ambientLight',
      'float',
      z.number().min(0).max(1).meta({ default: 0.6 }),
      'How lit the whole floor is by full daylight, 0..1, before windows and lamps (night falls to a fixed darkness). Default 0.6.',
    ),
    customProperty(
      'hunterEntry',
      'string',
      z
        .string()
        .regex(/^\d{1,4},\d{1,4}$/, 'not a tile "x,y" such as "30,4"')
        .meta({ description: 'A tile "x,y" (walkable, inside the map).' }),
      'Where a halfbie hunter that followed the group from the last level comes in (a walkable tile "x,y"). Left out: a reachable tile far from the students\' start, picked from the seed.',
    ),
    customProperty(
      'director',
      'bool',
      z.boolean().meta({ default: false }),
      'The pacing director for siege and long levels: build-up, peak and relax phases; at the peak a bell, thunder or a helicopter pulls the existing horde (it never adds zombies). Default false.',
    ),
    customProperty(
      'waves',
      'bool',
      z.boolean().meta({ default: false }),
      'Siege waves: every 18 s a bigger wave of zombies comes up at one of the zombie spawn points far from the group and heads for it, bashing barricades in its way. Default false.',
    ),
  ],
  'Map custom properties (Map > Map Properties in Tiled).',
);

export const tileProperties = propertyList(
  [
    customProperty('solid', 'bool', z.boolean().meta({ default: false }), 'Nobody can walk into a cell holding this tile (walls, desks, lockers). Default false.'),
    customProperty('opaque', 'bool', z.boolean().meta({ default: false }), 'Blocks sight and dims noise through the cell (walls, closed doors, bookshelves). Default false.'),
    customProperty('cost', 'int', z.int().min(1).max(255).meta({ default: 1 }), 'Price of walking through the cell, 1..255 (chairs, debris: 2). The highest cost on a cell wins. Default 1.'),
  ],
  'Tile custom properties (select the tile in the tileset editor).',
);

export const studentProperties = propertyList(
  [
    // Empty is allowed: Tiled's "Resolve object types and properties" export writes a type's empty
    // default into every object, and an empty name means "use the default".
    customProperty('name', 'string', z.string().max(MAX_STUDENT_NAME), `The student's name, up to ${MAX_STUDENT_NAME} characters. Empty or left out: the object's name, else "Student N".`),
    customProperty('look', 'int', z.int().min(0).max(3), "Which of the four student sprites, 0..3. Default: the student's position in the layer, modulo 4."),
    customProperty(
      'role',
      'string',
      z.union([z.enum(ROLES), z.literal('')]),
      `What the student is good at: ${ROLES.join(', ')}. Empty or left out: the roles in that order by the student's position in the layer.`,
    ),
  ],
  'Student custom properties.',
);

export const doorProperties = propertyList(
  [
    customProperty('open', 'bool', z.boolean().meta({ default: false }), 'Starts open. Default false (closed).'),
    customProperty('locked', 'bool', z.boolean().meta({ default: false }), 'Starts locked (a closed door nobody can open until it is unlocked or broken). Default false.'),
    customProperty('lockable', 'bool', z.boolean().meta({ default: true }), 'Students can lock and unlock it from either side. Default true for doors; windows never lock.'),
    customProperty('strength', 'int', z.int().min(1).max(1000).meta({ default: 80 }), 'Health of the door or pane itself, 1..1000. Default 80 for a door, 20 for a window.'),
    customProperty('barricade', 'int', z.int().min(0).max(150).meta({ default: 0 }), 'Health of a barricade already built over it, 0..150 (0: none). Default 0.'),
  ],
  'Door and window custom properties.',
);
export const lightProperties = propertyList(
  [
    customProperty('radius', 'float', z.number().min(1).max(16), 'How far the light reaches, 1..16 tiles. Default 5 for a lamp, 4 for a fire.'),
    customProperty('brightness', 'float', z.number().min(0).max(1), 'Light at its centre, 0..1. Default 1 for a lamp, 0.9 for a fire.'),
    customProperty('on', 'bool', z.boolean().meta({ default: true }), 'Starts lit. A lamp is switched with interact. Default true.'),
  ],
  'Light custom properties.',
);
export const noiseMakerProperties = propertyList(
  [customProperty('loudness', 'int', z.int().min(1).max(60), 'How far its sound carries through open floor, 1..60 tiles. Default by kind (speaker 24, piano 18, fire alarm 30, bell 40).')],
  'Noise maker custom properties.',
);

const stepProperty = customProperty(
  'step',
  'int',
  z.int().min(1).max(MAX_OBJECTIVE_STEP).meta({ default: 1 }),
  `Order, 1..${MAX_OBJECTIVE_STEP}: objectives of step 2 open once every objective of step 1 is done; the same step = in any order. Default 1.`,
);
const labelKoProperty = customProperty(
  'labelKo',
  'string',
  z.string().min(1).max(MAX_OBJECTIVE_LABEL),
  `The objective's text in Korean (the object's name is the English one), up to ${MAX_OBJECTIVE_LABEL} characters, shown when the game speaks Korean. Left out: the English text.`,
);
export const objectiveProperties = {
  reach: propertyList([stepProperty, labelKoProperty], 'Reach properties.'),
  collect: propertyList([stepProperty, labelKoProperty], 'Collect properties.'),
  activate: propertyList(
    [
      stepProperty,
      labelKoProperty,
      customProperty('device', 'string', z.enum(DEVICES).meta({ default: 'switch' }), `What it is: ${DEVICES.join(', ')}. Default switch.`),
      customProperty(
        'noise',
        'float',
        z.number().min(0).max(MAX_DEVICE_NOISE_TILES).meta({ default: 0 }),
        `How far (tiles, 0..${MAX_DEVICE_NOISE_TILES}) its sound carries once on: a piano or the PA pulls the horde. Default 0 (silent).`,
      ),
      customProperty(
        'seconds',
        'float',
        z.number().min(0).max(MAX_DEVICE_SECONDS).meta({ default: 0 }),
        `How long it keeps sounding once on, 0..${MAX_DEVICE_SECONDS} s (a noise every half second). Default 0: one noise.`,
      ),
    ],
    'Activate properties.',
  ),
  hold: propertyList(
    [
      stepProperty,
      labelKoProperty,
      customProperty('seconds', 'float', z.number().min(1).max(MAX_HOLD_SECONDS).meta({ default: 30 }), `How long to hold the area, 1..${MAX_HOLD_SECONDS} s (time inside, added up). Default 30.`),
      customProperty(
        'untilDawn',
        'bool',
        z.boolean().meta({ default: false }),
        'Hold until dawn instead: done at the first 06:00 after the level begins (see startHour and clockSpeed) while a student of the group is in the area; `seconds` is then ignored. Default false.',
      ),
    ],
    'Hold properties.',
  ),
  rescue: propertyList(
    [
      stepProperty,
      labelKoProperty,
      customProperty('name', 'string', z.string().max(MAX_STUDENT_NAME), `The waiting student's name, up to ${MAX_STUDENT_NAME} characters. Empty or left out: the object's name, else "Student N".`),
      customProperty('look', 'int', z.int().min(0).max(3), 'Which of the four student sprites, 0..3.'),
      customProperty('escort', 'bool', z.boolean().meta({ default: false }), 'When true the objective is done only once the rescued student stands in an exit. Default false.'),
    ],
    'Rescue properties.',
  ),
} satisfies Record<ObjectiveKind, z.ZodType>;
