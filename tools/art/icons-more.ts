/**
 * Icons added for the atlas: the remaining item kinds (painkillers, antiseptic, desk, chair, mop,
 * pipe, extinguisher, bow, a bundle of arrows), HUD icons (sound, flashlight, hunger, thirst,
 * infection) and the nine-slice UI frames (panel, button, pressed button, inventory slot).
 * Same rules as icons.ts: 16×16, lit from the top-left, 1px ink outline.
 */
import { Canvas } from './canvas';
import { PALETTE as P } from './palette';
import { ITEMS, UI, diagonal } from './icons';
import type { AtlasItem, AtlasUi } from '../../src/game/render/atlas-layout';
import { UI_SLICE } from '../../src/game/render/atlas-layout';

type Drawer = (c: Canvas) => void;

function painkillers(c: Canvas): void {
  // a blister pack of white pills beside an orange pill bottle
  c.rect(1, 5, 8, 9, P.greyLight);
  c.hline(1, 8, 5, P.white);
  for (const [x, y] of [
    [2, 7],
    [5, 7],
    [2, 10],
    [5, 10],
  ] as const) {
    c.rect(x, y, 2, 2, P.white);
    c.set(x + 1, y + 1, P.grey);
  }
  c.rect(9, 3, 6, 2, P.white);
  c.rect(9, 5, 6, 9, P.amber);
  c.vline(9, 5, 13, P.yellow);
  c.rect(10, 8, 4, 3, P.white);
  c.hline(11, 12, 9, P.bloodBright);
  c.outline(P.ink);
}

function antiseptic(c: Canvas): void {
  // a brown glass bottle with a white cap and a red cross label
  c.rect(6, 1, 4, 3, P.white);
  c.hline(6, 9, 3, P.greyLight);
  c.rect(7, 4, 2, 1, P.woodDark);
  c.rect(4, 5, 8, 10, P.wood);
  c.vline(4, 5, 14, P.woodMid);
  c.set(5, 6, P.woodLight);
  c.vline(11, 5, 14, P.woodDark);
  c.rect(5, 8, 6, 5, P.white);
  c.rect(7, 9, 2, 3, P.bloodBright);
  c.rect(6, 10, 4, 1, P.bloodBright);
  c.outline(P.ink);
}

function deskIcon(c: Canvas): void {
  c.rect(2, 4, 12, 5, P.woodLight);
  c.hline(2, 13, 4, P.cream);
  c.hline(2, 13, 8, P.woodMid);
  c.rect(2, 9, 12, 1, P.wood);
  for (const x of [3, 12]) c.vline(x, 10, 14, P.slate);
  c.vline(4, 10, 13, P.grey);
  c.vline(11, 10, 13, P.grey);
  c.outline(P.ink);
}

function chairIcon(c: Canvas): void {
  c.rect(4, 2, 8, 5, P.woodMid);
  c.hline(4, 11, 2, P.woodLight);
  c.rect(4, 8, 8, 2, P.woodLight);
  c.hline(4, 11, 9, P.woodMid);
  for (const x of [4, 11]) c.vline(x, 7, 14, P.slate);
  c.vline(5, 10, 13, P.grey);
  c.vline(10, 10, 13, P.grey);
  c.outline(P.ink);
}

function mop(c: Canvas): void {
  diagonal(
    c,
    6,
    14,
    () => 0,
    (i) => (i > 12 ? P.navyLight : P.greyLight),
  );
  // grey strings at the bottom-left
  for (let y = 9; y <= 15; y++) {
    for (let x = 0; x <= 7; x++) {
      const d = x + (15 - y);
      if (d >= 2 && d <= 8 && Math.abs(15 - y - x) <= 3) c.set(x, y, (x + 2 * y) % 3 === 0 ? P.grey : P.white);
    }
  }
  c.rect(5, 8, 3, 2, P.slate);
  c.outline(P.ink);
}

function pipe(c: Canvas): void {
  diagonal(
    c,
    2,
    13,
    () => 1,
    (i, k) => (i <= 3 || i >= 12 ? P.slate : k < 0 ? P.greyLight : k > 0 ? P.grey : P.white),
  );
  c.set(12, 2, P.amber);
  c.set(5, 9, P.amber);
  c.set(9, 6, P.blood);
  c.outline(P.ink);
}

function extinguisher(c: Canvas): void {
  c.rect(5, 4, 6, 11, P.bloodBright);
  c.vline(5, 4, 14, P.flame);
  c.vline(10, 4, 14, P.blood);
  c.hline(6, 9, 4, P.flame);
  c.rect(6, 8, 4, 3, P.white);
  c.hline(7, 8, 9, P.ink);
  c.rect(6, 1, 4, 3, P.slate);
  c.hline(6, 9, 1, P.greyLight);
  c.hline(10, 13, 2, P.slate);
  c.vline(13, 3, 8, P.ink);
  c.set(13, 9, P.slate);
  c.outline(P.ink);
}

function bow(c: Canvas): void {
  // a recurve bow: the curved limb on the left, the string straight on the right
  const limb: Array<[number, number]> = [
    [9, 1],
    [7, 2],
    [6, 3],
    [5, 4],
    [4, 5],
    [4, 6],
    [3, 7],
    [3, 8],
    [4, 9],
    [4, 10],
    [5, 11],
    [6, 12],
    [7, 13],
    [9, 14],
  ];
  for (const [x, y] of limb) {
    c.set(x, y, P.woodMid);
    c.set(x + 1, y, P.wood);
  }
  c.set(10, 1, P.woodLight);
  c.set(10, 14, P.woodLight);
  c.rect(3, 7, 2, 2, P.navyDeep);
  c.vline(11, 1, 14, P.white);
  c.outline(P.ink);
}

function arrows(c: Canvas): void {
  // three arrows in a bundle
  for (const off of [-3, 0, 3]) {
    c.line(3 + Math.max(0, off), 12 - Math.min(0, off), 12 + Math.max(0, off) - 2, 3 - Math.min(0, off), P.woodLight);
  }
  c.rect(11, 1, 2, 2, P.greyLight);
  c.rect(13, 3, 2, 2, P.greyLight);
  c.rect(9, 0, 2, 2, P.grey);
  c.line(1, 12, 3, 10, P.bloodBright);
  c.line(3, 14, 5, 12, P.white);
  c.line(2, 15, 4, 13, P.bloodBright);
  c.rect(5, 9, 3, 2, P.navyDeep);
  c.outline(P.ink);
}

export const ATLAS_ITEM_DRAWERS: Record<AtlasItem, Drawer> = {
  food: ITEMS.food,
  water: ITEMS.water,
  bandage: ITEMS.bandage,
  painkillers,
  antiseptic,
  phone: ITEMS.phone,
  planks: ITEMS.plank,
  desk: deskIcon,
  chair: chairIcon,
  broom: ITEMS.broom,
  mop,
  bat: ITEMS.bat,
  pipe,
  extinguisher,
  bow,
  arrows,
};

// ------------------------------------------------------------------ HUD icons

function speaker(c: Canvas): void {
  c.rect(2, 6, 3, 4, P.greyLight);
  for (let i = 0; i < 4; i++) c.vline(5 + i, 5 - i, 10 + i, P.white);
  c.vline(8, 2, 13, P.greyLight);
}

function sound(c: Canvas): void {
  speaker(c);
  c.vline(10, 6, 9, P.glassLight);
  c.set(11, 5, P.glassLight);
  c.set(11, 10, P.glassLight);
  c.vline(13, 4, 11, P.glass);
  c.set(12, 3, P.glass);
  c.set(12, 12, P.glass);
  c.outline(P.ink);
}

function soundOff(c: Canvas): void {
  speaker(c);
  c.line(10, 5, 14, 10, P.bloodBright);
  c.line(10, 10, 14, 5, P.bloodBright);
  c.outline(P.ink);
}

function flashlight(c: Canvas): void {
  // a torch pointing up-right with its beam
  diagonal(
    c,
    2,
    9,
    () => 1,
    (i, k) => (i < 4 ? P.navyDeep : k < 0 ? P.greyLight : P.grey),
  );
  c.rect(9, 4, 3, 3, P.greyLight);
  c.set(11, 4, P.flameCore);
  for (const [x, y] of [
    [12, 1],
    [13, 2],
    [14, 3],
    [12, 2],
    [13, 3],
    [14, 1],
    [13, 1],
  ] as const)
    c.set(x, y, P.flameCore);
  c.set(15, 0, P.yellow);
  c.set(15, 4, P.yellow);
  c.set(11, 0, P.yellow);
  c.outline(P.ink);
}

function hunger(c: Canvas): void {
  // an empty bowl with chopsticks
  c.ellipse(7.5, 10, 6, 4, P.white);
  c.ellipse(7.5, 8.5, 5, 1.6, P.greyLight);
  c.hline(3, 12, 8, P.slate);
  c.hline(5, 10, 14, P.greyLight);
  c.line(9, 7, 14, 1, P.woodLight);
  c.line(10, 7, 15, 2, P.woodMid);
  c.outline(P.ink);
}

function thirst(c: Canvas): void {
  // a water drop
  for (let y = 2; y <= 14; y++) {
    const half = y < 8 ? Math.floor((y - 1) / 2) : Math.round(Math.sqrt(Math.max(0, 25 - (y - 9) * (y - 9))));
    c.hline(8 - half, 7 + half, y, P.glass);
  }
  c.set(7, 1, P.glass);
  c.set(8, 1, P.glass);
  c.vline(5, 8, 11, P.glassLight);
  c.set(6, 7, P.glassLight);
  c.set(6, 12, P.white);
  c.hline(6, 10, 14, P.navyLight);
  c.outline(P.ink);
}

function infection(c: Canvas): void {
  // a biohazard-like blot: three pale-green lobes round a dark core
  c.ellipse(7.5, 4, 3, 2.6, P.paleLight);
  c.ellipse(4, 10, 3, 2.6, P.paleLight);
  c.ellipse(11, 10, 3, 2.6, P.paleLight);
  c.ellipse(7.5, 8, 2.4, 2.4, P.paleDark);
  c.set(7, 8, P.bloodBright);
  c.set(8, 8, P.blood);
  c.set(6, 3, P.white);
  c.outline(P.ink);
}

// ------------------------------------------------------------------ nine-slice frames

const FRAME = 24;

/** A bevelled frame: dark outline, lit top-left edge, shaded bottom-right edge, filled middle. */
function bevel(fill: number, light: number, shade: number, pressed: boolean): Canvas {
  const c = new Canvas(FRAME, FRAME);
  c.rect(1, 1, FRAME - 2, FRAME - 2, fill);
  const [tl, br] = pressed ? [shade, light] : [light, shade];
  c.hline(2, FRAME - 3, 1, tl);
  c.vline(1, 2, FRAME - 3, tl);
  c.hline(2, FRAME - 3, FRAME - 2, br);
  c.vline(FRAME - 2, 2, FRAME - 3, br);
  // ink outline with clipped corners, so the frame reads as rounded
  c.hline(2, FRAME - 3, 0, P.ink);
  c.hline(2, FRAME - 3, FRAME - 1, P.ink);
  c.vline(0, 2, FRAME - 3, P.ink);
  c.vline(FRAME - 1, 2, FRAME - 3, P.ink);
  for (const [x, y] of [
    [1, 1],
    [FRAME - 2, 1],
    [1, FRAME - 2],
    [FRAME - 2, FRAME - 2],
  ] as const)
    c.set(x, y, P.ink);
  return c;
}

function panel(): Canvas {
  const c = bevel(P.navyDeep, P.navyLight, P.ink, false);
  // a thin inner rule in the corners, like a school notice board frame
  const k = UI_SLICE - 2;
  for (const [x, y] of [
    [k, k],
    [FRAME - 1 - k, k],
    [k, FRAME - 1 - k],
    [FRAME - 1 - k, FRAME - 1 - k],
  ] as const)
    c.set(x, y, P.slate);
  return c;
}

function button(pressed: boolean): Canvas {
  const c = bevel(pressed ? P.navy : P.navyLight, pressed ? P.navyLight : P.glass, P.navyDeep, pressed);
  if (!pressed) c.hline(3, FRAME - 4, 2, P.glassLight);
  return c;
}

function slot(): Canvas {
  const c = bevel(P.ink, P.navyDeep, P.slate, true);
  c.rect(3, 3, FRAME - 6, FRAME - 6, P.navyDeep);
  c.rect(3, 3, FRAME - 6, FRAME - 6, P.ink);
  c.hline(3, FRAME - 4, FRAME - 4, P.navy);
  c.vline(FRAME - 4, 3, FRAME - 4, P.navy);
  return c;
}

const small =
  (draw: Drawer): (() => Canvas) =>
  () => {
    const c = new Canvas(16, 16);
    draw(c);
    return c;
  };

export const ATLAS_UI_DRAWERS: Record<AtlasUi, () => Canvas> = {
  panel,
  button: () => button(false),
  'button-pressed': () => button(true),
  slot,
  heart: small(UI.heart),
  'heart-empty': small(UI['heart-empty']),
  stamina: small(UI.stamina),
  suspicious: small(UI.suspicious),
  hunting: small(UI.hunting),
  'exit-arrow': small(UI['exit-arrow']),
  pause: small(UI.pause),
  footprint: small(UI.footprint),
  sound: small(sound),
  'sound-off': small(soundOff),
  flashlight: small(flashlight),
  hunger: small(hunger),
  thirst: small(thirst),
  infection: small(infection),
};
