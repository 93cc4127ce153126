/**
 * The first 24 tiles of the school tileset (floors, walls, doors, classroom furniture, decals) and
 * the drawing helpers later tiles build on. Floors tile seamlessly; wall faces tile left-to-right;
 * furniture and decals are drawn on transparent ground so the floor shows through.
 */
import { TILE_SIZE, type TileName } from '../../src/game/render/sprite-layout';
import { Canvas } from './canvas';
import { PALETTE as P, withAlpha } from './palette';
import type { Rng } from '../seeded-rng';

export const S = TILE_SIZE;
export const SHADOW = withAlpha(P.ink, 0x66);
export const SHADOW_SOFT = withAlpha(P.ink, 0x38);

/** Scatter single pixels from `ramp` over opaque pixels, moving one step lighter or darker. */
export function dither(c: Canvas, rng: Rng, ramp: readonly number[], density: number, area = { x: 0, y: 0, w: S, h: S }): void {
  for (let y = area.y; y < area.y + area.h; y++) {
    for (let x = area.x; x < area.x + area.w; x++) {
      if (!rng.chance(density)) continue;
      const i = ramp.indexOf(c.get(x, y));
      if (i < 0) continue;
      const j = i + (rng.chance(0.5) ? 1 : -1);
      const next = ramp[Math.max(0, Math.min(ramp.length - 1, j))];
      if (next !== undefined) c.set(x, y, next);
    }
  }
}

// ---------------------------------------------------------------- floors

export const LINO_RAMP = [P.linoDark, P.lino, P.linoLight, P.cream];

export function linoleum(c: Canvas, rng: Rng): void {
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const light = ((x >> 3) + (y >> 3)) % 2 === 0;
      c.set(x, y, light ? P.linoLight : P.lino);
    }
  }
  // tile seams: a dark line on the bottom/right of each 8×8 square, a light one on its top/left
  for (let i = 0; i < S; i++) {
    for (const k of [7, 15]) {
      c.set(i, k, P.linoDark);
      c.set(k, i, P.linoDark);
    }
  }
  dither(c, rng, LINO_RAMP, 0.07, { x: 0, y: 0, w: S, h: S });
  // keep the seams crisp after dithering
  for (let i = 0; i < S; i++) {
    for (const k of [7, 15]) {
      if (i % 8 !== 7) {
        c.set(i, k, P.linoDark);
        c.set(k, i, P.linoDark);
      }
    }
  }
}

export function scuffs(c: Canvas, rng: Rng, count: number, colour: number): void {
  for (let n = 0; n < count; n++) {
    const x = rng.int(1, 12);
    const y = rng.int(1, 13);
    const len = rng.int(2, 4);
    const dy = rng.pick([0, 0, 1, -1]);
    for (let i = 0; i < len; i++) c.set(x + i, y + (i === len - 1 ? dy : 0), colour);
  }
}

function linoleumWorn(c: Canvas, rng: Rng): void {
  linoleum(c, rng);
  scuffs(c, rng, 4, P.grey);
  scuffs(c, rng, 2, P.linoDark);
  // a chipped corner of one square showing the dark glue bed
  c.set(8, 8, P.slate);
  c.set(9, 8, P.slate);
  c.set(8, 9, P.slate);
  c.set(10, 8, P.linoDark);
  // a shoe print smudge
  c.set(3, 10, P.linoDark);
  c.set(4, 10, P.linoDark);
  c.set(3, 11, P.linoDark);
  c.set(4, 12, P.linoDark);
}

export function woodFloor(c: Canvas, rng: Rng): void {
  const joints = [5, 13, 1, 9];
  for (let plank = 0; plank < 4; plank++) {
    const y0 = plank * 4;
    const tone = P.woodMid;
    c.rect(0, y0, S, 3, tone);
    c.hline(0, S - 1, y0 + 3, P.wood);
    const j = joints[plank] ?? 0;
    c.vline(j, y0, y0 + 2, P.wood);
    // grain streaks
    for (let n = 0; n < 3; n++) {
      const gx = rng.int(0, S - 1);
      const gy = y0 + rng.int(0, 2);
      const len = rng.int(2, 5);
      for (let i = 0; i < len; i++) {
        const x = (gx + i) % S;
        if (x !== j) c.set(x, gy, plank % 2 === 0 ? P.wood : P.woodLight);
      }
    }
    // a worn highlight at the top edge of the plank
    for (let x = 0; x < S; x++) if (x !== j && rng.chance(0.3)) c.set(x, y0, P.woodLight);
  }
}

function woodFloorWorn(c: Canvas, rng: Rng): void {
  woodFloor(c, rng);
  // pale worn patch in the middle of a path
  for (let y = 5; y <= 10; y++) {
    for (let x = 4; x <= 11; x++) {
      if ((x + y) % 2 === 0 && c.get(x, y) === P.woodMid && rng.chance(0.7)) c.set(x, y, P.woodLight);
    }
  }
  // scratches
  c.line(2, 2, 6, 4, P.wood);
  c.line(9, 12, 13, 13, P.woodDark);
  c.line(11, 5, 14, 6, P.wood);
  // a missing chunk of plank
  c.rect(6, 12, 2, 2, P.woodDark);
}

export function ceramicFloor(c: Canvas, rng: Rng): void {
  c.rect(0, 0, S, S, P.greyLight);
  for (let i = 0; i < S; i++) {
    for (const k of [7, 15]) {
      c.set(i, k, P.grey);
      c.set(k, i, P.grey);
    }
  }
  for (const [tx, ty] of [
    [0, 0],
    [8, 0],
    [0, 8],
    [8, 8],
  ] as const) {
    c.hline(tx, tx + 2, ty, P.white);
    c.set(tx, ty + 1, P.white);
    c.set(tx + 6, ty + 6, P.grey);
    c.set(tx + 5, ty + 6, P.grey);
  }
  dither(c, rng, [P.grey, P.greyLight, P.white], 0.04, { x: 0, y: 0, w: S, h: S });
  for (let i = 0; i < S; i++)
    for (const k of [7, 15]) {
      c.set(i, k, P.grey);
      c.set(k, i, P.grey);
    }
}

export function stairsDown(c: Canvas): void {
  // five steps descending southwards, each darker; a yellow anti-slip nosing on each edge
  const tones = [P.linoLight, P.lino, P.linoDark, P.slate, P.navy];
  for (let i = 0; i < 5; i++) {
    const y0 = 1 + i * 3;
    c.rect(0, y0, S, 3, tones[i] ?? P.navy);
    c.hline(2, 13, y0, i < 3 ? P.yellow : P.amber);
    c.hline(2, 13, y0 + 2, i < 2 ? P.linoDark : P.navyDeep);
  }
  c.hline(0, S - 1, 0, P.linoDark);
  // side walls / handrails
  c.rect(0, 0, 2, S, P.slate);
  c.rect(14, 0, 2, S, P.slate);
  c.vline(1, 0, S - 1, P.greyLight);
  c.vline(14, 0, S - 1, P.grey);
  c.vline(0, 0, S - 1, P.navyDeep);
  c.vline(15, 0, S - 1, P.navyDeep);
  // deep shadow at the bottom: the stairwell keeps going down
  c.hline(2, 13, 15, P.ink);
}

// ---------------------------------------------------------------- walls

export function wallTop(c: Canvas, rng: Rng): void {
  c.rect(0, 0, S, S, P.navyDeep);
  // faint concrete texture: short darker strokes, no bright specks
  for (let n = 0; n < 7; n++) {
    const x = rng.int(0, S - 3);
    const y = rng.int(1, S - 3);
    c.hline(x, x + rng.int(0, 2), y, P.ink);
  }
  for (let n = 0; n < 4; n++) c.set(rng.int(0, S - 1), rng.int(1, S - 3), P.navy);
  // the lighter edge where the wall top meets its face below
  c.hline(0, S - 1, S - 1, P.slate);
}

/** The painted front of a wall: cream plaster above, a wood trim rail, school green below. */
export function wallFace(c: Canvas, rng: Rng): void {
  c.rect(0, 0, S, 8, P.cream);
  c.hline(0, S - 1, 0, P.ink);
  c.hline(0, S - 1, 1, P.linoDark);
  dither(c, rng, [P.lino, P.linoLight, P.cream], 0.06, { x: 0, y: 2, w: S, h: 6 });
  c.hline(0, S - 1, 8, P.woodLight);
  c.hline(0, S - 1, 9, P.wood);
  c.rect(0, 10, S, 5, P.green);
  c.hline(0, S - 1, 10, P.greenLight);
  dither(c, rng, [P.greenDark, P.green, P.greenLight], 0.05, { x: 0, y: 11, w: S, h: 4 });
  c.hline(0, S - 1, 14, P.greenDark);
  c.hline(0, S - 1, 15, P.ink);
}

export function wallWindow(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // aluminium frame
  c.rect(1, 2, 14, 10, P.greyLight);
  c.rect(2, 3, 12, 8, P.glass);
  c.vline(7, 3, 10, P.greyLight);
  c.vline(8, 3, 10, P.grey);
  // glass: lighter at the top, sky reflections as diagonal streaks
  c.hline(2, 6, 3, P.glassLight);
  c.hline(9, 13, 3, P.glassLight);
  c.line(3, 8, 5, 6, P.glassLight);
  c.line(4, 8, 5, 7, P.glassLight);
  c.line(10, 9, 12, 7, P.glassLight);
  c.hline(2, 13, 10, P.navyLight);
  c.hline(9, 13, 10, P.navyLight);
  // frame shading and sill
  c.hline(1, 14, 2, P.white);
  c.vline(1, 2, 11, P.white);
  c.vline(14, 3, 11, P.grey);
  c.hline(0, 15, 11, P.greyLight);
  c.hline(0, 15, 12, P.slate);
}

function wallFaceCracked(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // chipped plaster
  c.rect(9, 3, 3, 2, P.lino);
  c.set(10, 4, P.linoDark);
  // crack running down through the trim
  c.line(4, 1, 6, 4, P.ink);
  c.line(6, 4, 5, 7, P.ink);
  c.line(5, 7, 7, 11, P.greenDark);
  c.line(6, 4, 9, 5, P.slate);
  c.set(8, 12, P.greenDark);
  // a bloody hand smear dragging downwards
  c.rect(10, 6, 3, 2, P.blood);
  c.set(9, 6, P.blood);
  c.set(13, 6, P.bloodDark);
  c.set(10, 5, P.blood);
  c.set(12, 5, P.blood);
  c.vline(11, 8, 12, P.blood);
  c.vline(12, 8, 10, P.bloodDark);
  c.set(10, 9, P.bloodDark);
  c.set(11, 13, P.bloodDark);
  c.set(10, 6, P.bloodBright);
}

function blackboard(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // board spans the whole width so several tiles make one long board
  c.hline(0, S - 1, 1, P.woodDark);
  c.hline(0, S - 1, 2, P.woodMid);
  c.rect(0, 3, S, 8, P.greenDark);
  dither(c, rng, [P.navyDeep, P.greenDark, P.green], 0.08, { x: 0, y: 3, w: S, h: 8 });
  // chalk: a line of handwriting and a little sketch
  const chalk = [
    [1, 4],
    [2, 4],
    [3, 5],
    [4, 4],
    [6, 4],
    [7, 4],
    [7, 5],
    [9, 4],
    [10, 5],
    [11, 4],
    [12, 4],
  ] as const;
  for (const [x, y] of chalk) c.set(x, y, P.greyLight);
  c.hline(2, 6, 7, P.greyLight);
  c.set(3, 6, P.white);
  c.hline(9, 13, 7, P.grey);
  c.set(10, 8, P.white);
  c.set(11, 9, P.greyLight);
  c.set(12, 8, P.white);
  // eraser smudge
  c.rect(1, 9, 4, 1, P.green);
  // chalk tray with a stick of chalk and an eraser
  c.hline(0, S - 1, 11, P.woodLight);
  c.hline(0, S - 1, 12, P.wood);
  c.hline(3, 4, 11, P.white);
  c.hline(10, 12, 11, P.navyLight);
}

export function doorOpen(c: Canvas, rng: Rng): void {
  // floor visible through the doorway
  linoleum(c, rng);
  c.rect(0, 0, S, 4, P.ink);
  c.hline(2, 13, 4, P.navyDeep);
  c.hline(2, 13, 5, P.linoDark);
  // frame
  c.rect(0, 0, 2, S, P.wood);
  c.rect(14, 0, 2, S, P.wood);
  c.vline(0, 0, S - 1, P.woodDark);
  c.vline(1, 1, S - 1, P.woodMid);
  c.vline(15, 0, S - 1, P.woodDark);
  c.hline(0, S - 1, 0, P.woodDark);
  c.hline(1, 14, 1, P.woodMid);
  // the sliding door pushed aside, standing behind the right post
  c.rect(10, 1, 4, 13, P.woodMid);
  c.vline(10, 1, 13, P.woodLight);
  c.rect(11, 3, 2, 4, P.glass);
  c.set(11, 3, P.glassLight);
  c.vline(13, 1, 13, P.wood);
  c.hline(10, 13, 14, P.linoDark);
  // threshold rail on the floor
  c.hline(2, 9, 15, P.grey);
}

export function doorClosed(c: Canvas): void {
  c.rect(0, 0, S, S, P.woodMid);
  c.vline(0, 0, S - 1, P.woodDark);
  c.vline(15, 0, S - 1, P.woodDark);
  c.hline(0, S - 1, 0, P.woodDark);
  c.vline(1, 1, S - 1, P.wood);
  c.vline(14, 1, S - 1, P.wood);
  // door panel with light edge at top-left
  c.rect(2, 1, 12, 14, P.woodMid);
  c.hline(2, 13, 1, P.woodLight);
  c.vline(2, 1, 14, P.woodLight);
  c.vline(13, 2, 14, P.wood);
  // small window pane
  c.rect(4, 3, 6, 4, P.wood);
  c.rect(5, 4, 4, 3, P.glass);
  c.hline(5, 6, 4, P.glassLight);
  c.set(5, 5, P.glassLight);
  c.hline(4, 9, 7, P.woodLight);
  // lower panel groove
  c.rect(4, 9, 8, 4, P.wood);
  c.rect(5, 10, 6, 2, P.woodMid);
  // recessed handle
  c.rect(11, 5, 2, 3, P.slate);
  c.set(11, 5, P.ink);
  c.hline(0, S - 1, 15, P.ink);
  c.hline(2, 13, 14, P.wood);
}

function exitSignFloor(c: Canvas, rng: Rng): void {
  linoleum(c, rng);
  // green painted arrow pointing right (east); rotate/flip the tile in the editor for other ways
  const arrow = new Canvas(S, S);
  arrow.rect(2, 6, 7, 4, P.exitGreen);
  for (let i = 0; i < 5; i++) arrow.vline(9 + i, 3 + i, 12 - i, P.exitGreen);
  arrow.hline(2, 8, 6, P.leaf);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      if (arrow.get(x, y) === 0) continue;
      // worn paint: a few flecks missing
      if (rng.chance(0.08)) continue;
      c.set(x, y, arrow.get(x, y));
    }
  }
  // paint edge shadow to the bottom-right
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      if (arrow.get(x, y) !== 0 && arrow.get(x, y + 1) === 0 && y + 1 < S) c.set(x, y + 1, P.greenDark);
    }
  }
}

export function bloodyFloor(c: Canvas, rng: Rng, floor: (c: Canvas, rng: Rng) => void): void {
  floor(c, rng);
  // a drag smear from upper-left to lower-right, thick at one end
  for (let i = 0; i < 11; i++) {
    const x = 2 + i;
    const y = 4 + Math.round(i * 0.6);
    const w = i < 4 ? 3 : 2;
    for (let k = 0; k < w; k++) c.set(x, y + k, i % 3 === 0 ? P.bloodDark : P.blood);
  }
  c.ellipse(4, 5, 2.6, 2.2, P.blood);
  c.set(3, 4, P.bloodBright);
  c.set(4, 4, P.bloodBright);
  c.set(5, 7, P.bloodDark);
  for (let n = 0; n < 5; n++) c.set(rng.int(1, 14), rng.int(10, 14), rng.pick([P.blood, P.bloodDark]));
  c.set(13, 2, P.blood);
  c.set(12, 3, P.bloodDark);
}

// ---------------------------------------------------------------- furniture (transparent ground)

function desk(c: Canvas): void {
  // drop shadow to the bottom-right
  c.rect(3, 12, 12, 3, SHADOW_SOFT);
  // metal legs
  c.rect(3, 10, 1, 4, P.slate);
  c.rect(12, 10, 1, 4, P.slate);
  c.set(3, 13, P.grey);
  c.set(12, 13, P.grey);
  // desktop (light wood laminate) and its front edge
  c.rect(2, 3, 12, 7, P.woodLight);
  c.hline(2, 13, 10, P.woodMid);
  c.hline(2, 13, 11, P.wood);
  c.vline(13, 3, 10, P.woodMid);
  c.hline(3, 12, 3, P.cream);
  c.set(2, 3, P.woodLight);
  // a pencil groove and a scribble
  c.hline(4, 10, 5, P.woodMid);
  c.set(9, 8, P.navyLight);
  c.set(10, 8, P.navyLight);
  c.outline(P.ink);
  // soften the shadow under the legs again (outline marks it)
  c.rect(4, 14, 11, 1, SHADOW_SOFT);
}

function chair(c: Canvas): void {
  c.rect(5, 12, 8, 3, SHADOW_SOFT);
  // legs
  c.vline(5, 9, 13, P.slate);
  c.vline(10, 9, 13, P.slate);
  // seat
  c.rect(4, 4, 8, 5, P.woodMid);
  c.hline(4, 11, 4, P.woodLight);
  c.vline(4, 4, 8, P.woodLight);
  c.hline(4, 11, 8, P.wood);
  // backrest on the south side (students face north to the board)
  c.vline(5, 7, 10, P.grey);
  c.vline(10, 7, 10, P.grey);
  c.rect(4, 9, 8, 2, P.woodMid);
  c.hline(4, 11, 9, P.woodLight);
  c.hline(4, 11, 10, P.wood);
  c.outline(P.ink);
}

function teacherDesk(c: Canvas): void {
  c.rect(1, 13, 15, 3, SHADOW_SOFT);
  // top: grey steel desk with a dark green writing mat
  c.rect(1, 2, 14, 6, P.greyLight);
  c.hline(1, 14, 2, P.white);
  c.rect(3, 3, 8, 4, P.greenDark);
  c.hline(3, 10, 3, P.green);
  // papers and a mug
  c.rect(4, 4, 3, 2, P.white);
  c.set(5, 4, P.greyLight);
  c.rect(12, 3, 2, 2, P.bloodBright);
  c.set(12, 3, P.amber);
  // front face with drawers
  c.rect(1, 8, 14, 5, P.grey);
  c.hline(1, 14, 8, P.slate);
  c.rect(9, 9, 5, 3, P.greyLight);
  c.hline(10, 12, 10, P.slate);
  c.rect(2, 9, 3, 4, P.slate);
  c.outline(P.ink);
}

function locker(c: Canvas): void {
  // a double locker cabinet; neighbours line up into a wall of lockers
  c.rect(1, 15, 14, 1, SHADOW);
  c.rect(1, 1, 14, 14, P.navyLight);
  // top surface seen from above
  c.rect(1, 1, 14, 2, P.greyLight);
  c.hline(1, 14, 1, P.white);
  // doors
  c.vline(8, 3, 14, P.navy);
  c.vline(7, 3, 14, P.navyDeep);
  for (const x0 of [1, 9]) {
    c.vline(x0, 3, 14, P.grey);
    // vent slits
    for (const y of [4, 6]) c.hline(x0 + 1, x0 + 4, y, P.navyDeep);
    // name tag and handle
    c.rect(x0 + 1, 8, 3, 1, P.cream);
    c.rect(x0 + 4, 9, 1, 2, P.greyLight);
  }
  c.hline(1, 14, 14, P.navy);
  c.outline(P.ink);
}

function bookshelf(c: Canvas, rng: Rng): void {
  c.rect(1, 15, 15, 1, SHADOW);
  c.rect(1, 1, 14, 14, P.wood);
  c.rect(1, 1, 14, 2, P.woodMid);
  c.hline(1, 14, 1, P.woodLight);
  const spines = [P.bloodBright, P.navyLight, P.greenLight, P.cream, P.amber, P.blood, P.glass, P.slate];
  for (const y0 of [4, 9]) {
    c.rect(2, y0, 12, 4, P.woodDark);
    let x = 2;
    while (x < 14) {
      const w = rng.int(1, 2);
      const h = rng.int(3, 4);
      const col = rng.pick(spines);
      if (rng.chance(0.12)) {
        x += 1;
        continue;
      }
      c.rect(x, y0 + 4 - h, Math.min(w, 14 - x), h, col);
      c.set(x, y0 + 4 - h, P.white === col ? P.greyLight : col);
      x += w;
    }
    c.hline(1, 14, y0 + 4, P.woodMid);
  }
  c.vline(1, 3, 14, P.woodMid);
  c.vline(14, 3, 14, P.woodDark);
  c.outline(P.ink);
}

function plant(c: Canvas): void {
  c.ellipse(8.5, 14, 5, 1.5, SHADOW_SOFT);
  // pot
  c.rect(5, 10, 6, 4, P.amber);
  c.rect(4, 9, 8, 2, P.woodMid);
  c.hline(4, 11, 9, P.woodLight);
  c.vline(10, 11, 13, P.wood);
  c.hline(6, 9, 13, P.wood);
  // leaves: a bushy rubber plant, lit from the top-left
  const leaves: Array<[number, number, number, number]> = [
    [8, 5, 4.2, 3.6],
    [5, 4, 2.4, 2],
    [11, 4, 2.4, 2],
    [8, 2, 2.6, 2],
    [4, 7, 2, 1.6],
    [12, 7, 2, 1.6],
  ];
  for (const [x, y, rx, ry] of leaves) c.ellipse(x, y, rx, ry, P.green);
  for (const [x, y, rx, ry] of leaves) c.ellipse(x - 0.7, y - 0.7, rx * 0.55, ry * 0.55, P.leaf);
  c.set(7, 1, P.paleLight);
  c.set(4, 3, P.paleLight);
  c.set(10, 3, P.paleLight);
  c.line(8, 8, 10, 6, P.greenDark);
  c.line(8, 8, 6, 6, P.greenDark);
  c.set(12, 8, P.greenDark);
  c.set(5, 8, P.greenDark);
  c.outline(P.ink);
}

// ---------------------------------------------------------------- decals (transparent)

export function bloodDecal(c: Canvas, rng: Rng): void {
  c.ellipse(7.5, 8.5, 4.2, 3.2, P.blood);
  c.ellipse(10, 10, 2.5, 2, P.blood);
  c.ellipse(5, 6.5, 2, 1.6, P.blood);
  for (let n = 0; n < 6; n++) {
    const a = rng.next() * Math.PI * 2;
    const r = 5 + rng.next() * 2;
    c.set(Math.round(7.5 + Math.cos(a) * r), Math.round(8.5 + Math.sin(a) * r * 0.9), P.blood);
  }
  // darker pooled centre and a wet highlight
  c.ellipse(8, 9, 2.5, 1.8, P.bloodDark);
  c.set(5, 6, P.bloodBright);
  c.set(6, 6, P.bloodBright);
  c.set(6, 7, P.bloodBright);
  c.set(10, 9, P.bloodBright);
  // streaks flung to the top-right
  c.line(11, 6, 13, 3, P.blood);
  c.set(14, 2, P.bloodDark);
}

function debris(c: Canvas): void {
  // papers
  c.rect(1, 2, 5, 4, P.white);
  c.hline(2, 4, 3, P.greyLight);
  c.hline(2, 3, 4, P.greyLight);
  c.vline(5, 3, 5, P.greyLight);
  c.rect(8, 9, 4, 5, P.cream);
  c.hline(9, 10, 10, P.grey);
  c.hline(9, 11, 12, P.grey);
  c.set(11, 9, P.linoLight);
  const paper = c.clone();
  c.outline(P.slate);
  // broken glass shards
  const shards: Array<[number, number]> = [
    [11, 3],
    [13, 4],
    [12, 6],
    [3, 11],
    [5, 13],
    [2, 13],
    [14, 12],
    [7, 6],
  ];
  for (const [x, y] of shards) {
    c.set(x, y, P.glassLight);
    c.set(x + 1, y, P.glass);
  }
  c.set(12, 2, P.glass);
  c.set(4, 12, P.white);
  // a pencil
  c.line(9, 1, 13, 1, P.yellow);
  c.set(14, 1, P.woodLight);
  c.draw(paper, 0, 0);
}

export type TileDrawer = (c: Canvas, rng: Rng) => void;

export const FIRST_TILES = {
  'floor-linoleum': linoleum,
  'floor-linoleum-worn': linoleumWorn,
  'floor-wood': woodFloor,
  'floor-wood-worn': woodFloorWorn,
  'floor-tile': ceramicFloor,
  'stairs-down': stairsDown,
  'wall-top': wallTop,
  'wall-face': wallFace,
  'wall-window': wallWindow,
  'door-open': doorOpen,
  'door-closed': doorClosed,
  desk,
  chair,
  'teacher-desk': teacherDesk,
  blackboard,
  locker,
  blood: bloodDecal,
  debris,
  bookshelf,
  plant,
  'exit-sign-floor': exitSignFloor,
  'wall-face-cracked': wallFaceCracked,
  'floor-wood-blood': (c: Canvas, rng: Rng) => bloodyFloor(c, rng, woodFloor),
  'floor-linoleum-blood': (c: Canvas, rng: Rng) => bloodyFloor(c, rng, linoleum),
} satisfies Partial<Record<TileName, TileDrawer>>;
