/**
 * The words of the level format: its layers, the kinds each holds (doors, lights, noise makers,
 * objectives, devices) and the limits the checker holds a level to. The zod schema that reads a
 * map with them is level-schema.ts; the designers' manual is levels/README.md.
 */

/** Largest map side, in tiles; checked before any grid is allocated. */
export const MAX_MAP_TILES = 512;
/** Side of a tile in pixels: the generated art is drawn at this size. */
export const TILE_PIXELS = 16;
/** At most this many students may start a level (the group in DESIGN.md). */
export const MAX_STUDENTS = 6;
export const MAX_STUDENT_NAME = 24;
/** The tileset images the renderer has textures for, by file name (the path is relative to the level). */
export const KNOWN_TILESET_IMAGES = ['school.png'] as const;

export const TILE_LAYERS = ['floor', 'walls', 'furniture', 'decals'] as const;
export const OBJECT_LAYERS = ['students', 'zombies', 'items', 'exits', 'objectives', 'doors', 'lights', 'noisemakers'] as const;
/** Doors and windows (rules/world/doors.ts), light sources (rules/senses/light.ts), things that make noise when used (rules/noise/noise-makers.ts). */
export const DOOR_KINDS = ['door', 'window'] as const;
export const LIGHT_KINDS = ['lamp', 'fire'] as const;
export const NOISE_MAKER_KINDS = ['speaker', 'paConsole', 'piano', 'fireAlarm', 'bell'] as const;
export type DoorKind = (typeof DOOR_KINDS)[number];
export type LightKind = (typeof LIGHT_KINDS)[number];
export type NoiseMakerKind = (typeof NOISE_MAKER_KINDS)[number];
export const REQUIRED_LAYERS = ['floor', 'walls', 'students', 'exits'] as const;
export type TileLayerName = (typeof TILE_LAYERS)[number];
export type ObjectLayerName = (typeof OBJECT_LAYERS)[number];

// Objectives: what a level asks of the group besides reaching an exit (src/core/objectives).
export const OBJECTIVE_KINDS = ['reach', 'collect', 'activate', 'hold', 'rescue'] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
/** What an `activate` objective is, for its marker and default text. */
export const DEVICES = ['pa-console', 'piano', 'sos-sign', 'fire', 'fire-alarm', 'switch'] as const;
export type Device = (typeof DEVICES)[number];
export const MAX_OBJECTIVE_STEP = 99;
export const MAX_DEVICE_NOISE_TILES = 40;
export const MAX_DEVICE_SECONDS = 120;
export const MAX_HOLD_SECONDS = 3600;

/** Longest objective text (the object's name), in characters. */
export const MAX_OBJECTIVE_LABEL = 60;
