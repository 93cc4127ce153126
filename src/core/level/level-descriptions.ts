/**
 * What each layer and kind of the level format is, in the designers' words: Tiled shows these as
 * tooltips, and the JSON Schema (`npm run levels:schema`) carries them to VS Code.
 */

import { ITEM_KINDS, type ItemKind } from '../kernel/item-kinds';
import { ZOMBIE_KINDS, type ZombieKind } from '../kernel/tuning';
import {
  DOOR_KINDS,
  LIGHT_KINDS,
  NOISE_MAKER_KINDS,
  OBJECTIVE_KINDS,
  type DoorKind,
  type LightKind,
  type NoiseMakerKind,
  type ObjectiveKind,
  type ObjectLayerName,
  type TileLayerName,
} from './level-words';

export const DOOR_DESCRIPTIONS: Record<DoorKind, string> = {
  door: 'A door on one tile: open, closed, locked, barricaded or broken. Students open and close it with interact; zombies bash it.',
  'window': 'A window on one tile: glass lets light and sight through, muffles sound and breaks loudly.',
};

export const LIGHT_DESCRIPTIONS: Record<LightKind, string> = {
  lamp: 'A lamp or ceiling light: lights the tiles it can see, fading over its radius; a student switches it with interact (a quiet click).',
  fire: 'A fire: lights the tiles it can see, flickering; it cannot be switched off.',
};

export const NOISE_MAKER_DESCRIPTIONS: Record<NoiseMakerKind, string> = {
  speaker: 'A PA speaker: sounds when a paConsole is used, or with interact beside it.',
  paConsole: 'The PA console: interact plays a chime through every speaker of the level.',
  piano: 'A piano: interact plays it, loudly, for a few seconds.',
  fireAlarm: 'A fire alarm: interact sets it ringing for a long time.',
  bell: 'The school bell: interact rings it, and the pacing director rings it too; loud enough to mask quieter sounds for a moment.',
};

export const ZOMBIE_DESCRIPTIONS: Partial<Record<ZombieKind, string>> = {
  walker: 'The common infected: wanders, hunts by sound.',
  runner: 'Fast: sprints at whatever it hears or sees.',
  crawler: 'Low and slow, easy to miss in the dark.',
  brute: 'Tough former athlete or teacher; breaks barricades fast.',
  hunter: 'The halfbie hunter: ignored by the horde, tracks by blood and breath, opens closed doors, bashes locked ones slowly, is not fooled twice by a lure in one place.',
};

export const ITEM_DESCRIPTIONS: Partial<Record<ItemKind, string>> = {
  food: 'A snack: eases hunger.',
  water: 'A bottle of water: eases thirst, restores stamina.',
  bandage: 'Stops bleeding and heals.',
  painkillers: 'Steadies morale and eases fatigue.',
  antiseptic: 'Treats a wound: slows an infection, can cure a fresh scratch.',
  phone: 'A phone (battery 100): flashlight, messages, or thrown as an alarm that lures zombies.',
  battery: 'A spare battery: recharges the phone.',
  cloth: 'Torn into a bandage (craft).',
  blanket: 'Carried, keeps the cold of the night off.',
  plank: 'Barricade material (2 kg); whittled into arrows with a knife.',
  chair: 'Barricade material (4 kg); broken into two planks.',
  desk: 'Heavy barricade material (9 kg).',
  broom: 'A weak, long weapon; wears out.',
  mop: 'A weak, long weapon; with a knife, a spear.',
  bat: 'A baseball bat: hits hard.',
  pipe: 'A metal pipe: hits hard, lasts long, loud.',
  extinguisher: 'Sprays a cone that stuns zombies; six sprays.',
  knife: 'Short, quiet; a tool for arrows and spears.',
  spear: 'Long reach.',
  bow: 'Quiet ranged shots; needs arrows. The archery club never misses.',
  arrow: 'Shot from a bow; can be picked up again unless it breaks.',
};

export const OBJECTIVE_DESCRIPTIONS: Record<ObjectiveKind, string> = {
  reach: 'A rectangle: done when a student of the group stands in it (e.g. "Get into the broadcasting room").',
  collect: 'A point: a key item lying there (e.g. "Lab notebook"); done when a student walks over it or presses E beside it.',
  activate: 'A point on a device (PA console, piano, SOS sign, fire): done when a student presses E within 1.5 tiles. It may stand on a solid tile (a piano) if a walkable tile touches it.',
  hold: 'A rectangle: done when students of the group have stood in it for `seconds` in total, or, with `untilDawn`, when dawn comes with one of them in it (a siege).',
  rescue: 'A point: a student waiting there, not yet in the group; joins when a group member comes close. Done when they join (or, with `escort`, when they stand in an exit).',
};

export const TILE_LAYER_DESCRIPTIONS: Record<TileLayerName, string> = {
  floor: 'Required. The ground. A cell with no floor tile is a wall (cannot be entered, blocks sight).',
  walls: 'Required. Walls, doors and windows, drawn above characters; use solid/opaque tiles.',
  furniture:
    'Optional. Desks, chairs, lockers, shelves; their tile properties block or slow walking. Tiles of type desk, trash-can, plant, teacher-desk, locker(-open, -bloody) and vending-machine can be pushed by students.',
  decals: 'Optional. Blood, signs and marks on the floor; usually no properties.',
};

export const OBJECT_LAYER_DESCRIPTIONS: Record<ObjectLayerName, string> = {
  students: 'Required. Where students start: point objects of type "student", 1..6 of them.',
  zombies: `Optional. Where zombies start: point objects whose type is the kind (${ZOMBIE_KINDS.join(', ')}).`,
  items: `Optional. Loot on the floor: point objects whose type is the item kind (${ITEM_KINDS.join(', ')}).`,
  exits: 'Required. Rectangles of type "exit": a living student standing in one wins the level, once every objective is done.',
  objectives: `Optional. What the level asks besides reaching an exit: ${OBJECTIVE_KINDS.join(', ')}. The object's name is the text shown in the HUD.`,
  doors: `Optional. Doors and windows: point objects on the tile they fill (${DOOR_KINDS.join(', ')}); their state replaces the tile's solid/opaque.`,
  lights: `Optional. Light sources: point objects (${LIGHT_KINDS.join(', ')}); lamps are switched with interact.`,
  noisemakers: `Optional. Things that will make noise when used: point objects (${NOISE_MAKER_KINDS.join(', ')}): a student uses one with E (the PA console plays every speaker); an activate objective's device at one sounds it.`,
};
