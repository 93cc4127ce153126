/**
 * The packed sprite atlas (assets/sprites/atlas.png + atlas.json, made by `npm run gen:art` with
 * maxrects-packer): every character look in four directions and every pose, item icons and UI
 * frames, each a named frame. The generator draws these names and the renderer asks for them, so
 * the two can never disagree. Frame names: `char/<look>/<facing>/<pose>`, `char/<look>/falling`,
 * `char/<look>/fallen`, `item/<item>`, `ui/<name>`, `fixture/<name>`.
 *
 * Page-wide state: a memo of frame names, the same for every play.
 */

import type { Facing } from './sprite-layout';

export const ATLAS_KEY = 'atlas';

export const STUDENT_LOOKS = ['student-boy', 'student-girl', 'student-boy-2', 'student-girl-2', 'student-boy-3', 'student-girl-3', 'student-boy-4', 'student-girl-4'] as const;
export const INFECTED_LOOKS = ['zombie-student', 'zombie-student-girl', 'zombie-teacher', 'zombie-teacher-woman', 'zombie-athlete', 'zombie-student-2'] as const;
export const HALFBIE_LOOKS = ['halfbie-hunter', 'halfbie-student'] as const;
/**
 * Zombie kinds with a body of their own, readable by outline alone: a brute is broad and a head
 * taller (its frames are 20×18), a runner leans into its stride, a crawler is half a body on the floor.
 */
export const KIND_LOOKS = ['zombie-brute', 'zombie-runner', 'zombie-crawler'] as const;
export const ATLAS_LOOKS = [...STUDENT_LOOKS, ...INFECTED_LOOKS, ...HALFBIE_LOOKS, ...KIND_LOOKS] as const;
export type AtlasLook = (typeof ATLAS_LOOKS)[number];

/** Poses drawn in each of the four directions. */
export const ATLAS_POSES = ['stand', 'walk1', 'walk2', 'run1', 'run2', 'attack', 'hurt'] as const;
export type AtlasPose = (typeof ATLAS_POSES)[number];
/** Poses drawn once (facing the camera): going down, and lying on the floor. */
export const ATLAS_FALL_POSES = ['falling', 'fallen'] as const;
export type FallPose = (typeof ATLAS_FALL_POSES)[number];

/** Frame names by look, facing and pose, built once per look: hundreds of characters ask for one every frame. */
const charFrames: Partial<Record<AtlasLook, Partial<Record<Facing, Partial<Record<AtlasPose, string>>>>>> = {};

export function charFrame(look: AtlasLook, facing: Facing, pose: AtlasPose): string {
  const byFacing = (charFrames[look] ??= {});
  const byPose = (byFacing[facing] ??= {});
  return (byPose[pose] ??= `char/${look}/${facing}/${pose}`);
}

/** Crouched poses (sneaking), drawn for the looks a player controls: still, and mid step. */
export const CROUCH_POSES = ['crouch', 'crouch-step'] as const;
export type CrouchPose = (typeof CROUCH_POSES)[number];
export const CROUCH_LOOKS = [...STUDENT_LOOKS, 'halfbie-student'] as const;
type CrouchLook = (typeof CROUCH_LOOKS)[number];

export function canCrouch(look: AtlasLook): look is CrouchLook {
  return (CROUCH_LOOKS as readonly string[]).includes(look);
}

export function crouchFrame(look: CrouchLook, facing: Facing, pose: CrouchPose): string {
  return `char/${look}/${facing}/${pose}`;
}

export function fallFrame(look: AtlasLook, pose: FallPose): string {
  return `char/${look}/${pose}`;
}

/** Item icons: one per item kind in the game. */
export const ATLAS_ITEMS = ['food', 'water', 'bandage', 'painkillers', 'antiseptic', 'phone', 'planks', 'desk', 'chair', 'broom', 'mop', 'bat', 'pipe', 'extinguisher', 'bow', 'arrows'] as const;
export type AtlasItem = (typeof ATLAS_ITEMS)[number];

export function itemFrame(item: AtlasItem): string {
  return `item/${item}`;
}

/**
 * UI frames. `panel`, `button`, `button-pressed` and `slot` are 24×24 nine-slice frames with
 * `UI_SLICE`-pixel corners (Phaser's NineSlice: leftWidth = rightWidth = topHeight = bottomHeight
 * = UI_SLICE); the rest are 16×16 icons.
 */
export const UI_SLICE = 6;
export const UI_NINE_SLICES = ['panel', 'button', 'button-pressed', 'slot'] as const;
export const ATLAS_UI_ICONS = [
  'heart',
  'heart-empty',
  'stamina',
  'suspicious',
  'hunting',
  'exit-arrow',
  'pause',
  'footprint',
  'sound',
  'sound-off',
  'flashlight',
  'hunger',
  'thirst',
  'infection',
] as const;
export type AtlasUi = (typeof UI_NINE_SLICES)[number] | (typeof ATLAS_UI_ICONS)[number];

export function uiFrame(name: AtlasUi): string {
  return `ui/${name}`;
}

/** Fixtures of a level drawn over the floor: a ceiling lamp lit or dark, and the noise makers one can set off. */
export const ATLAS_FIXTURES = ['lamp-on', 'lamp-off', 'fireAlarm', 'bell', 'speaker', 'paConsole'] as const;
export type AtlasFixture = (typeof ATLAS_FIXTURES)[number];

export function fixtureFrame(name: AtlasFixture): string {
  return `fixture/${name}`;
}
