/**
 * Tiles added after the first tileset, part 2: furniture (toppled desks and chairs, open and bloody
 * lockers, lab benches, a piano, gym mats, infirmary beds, rooftop railings and vents, a burning
 * barrel, bathroom fittings, a vending machine) and decals (blood, footprints, debris).
 * Furniture and decals are drawn on transparent ground, lit from the top-left, outlined in ink.
 */
import type { Canvas } from './canvas';
import { PALETTE as P } from './palette';
import type { Rng } from '../seeded-rng';
import { S, SHADOW, SHADOW_SOFT, bloodyFloor, ceramicFloor } from './tiles';

// ---------------------------------------------------------------- classroom and corridor

export function deskToppled(c: Canvas): void {
  c.rect(2, 11, 13, 3, SHADOW_SOFT);
  // a desk tipped on its back: the underside, its book shelf and four legs in the air
  c.rect(2, 4, 12, 7, P.wood);
  c.hline(2, 13, 4, P.woodMid);
  c.rect(4, 6, 8, 3, P.woodDark);
  c.hline(4, 11, 6, P.ink);
  for (const [x, y] of [
    [3, 2],
    [12, 2],
    [3, 12],
    [12, 12],
  ] as const) {
    c.vline(x, Math.min(y, y < 5 ? 4 : 10), Math.max(y, y < 5 ? 4 : 10), P.slate);
    c.set(x, y, P.greyLight);
  }
  c.outline(P.ink);
}

export function chairToppled(c: Canvas): void {
  c.rect(3, 11, 11, 3, SHADOW_SOFT);
  // a chair lying on its side: seat seen edge-on, backrest flat on the floor, legs sticking out
  c.rect(3, 6, 3, 6, P.woodMid);
  c.vline(3, 6, 11, P.woodLight);
  c.rect(6, 8, 7, 2, P.woodMid);
  c.hline(6, 12, 8, P.woodLight);
  c.hline(6, 12, 10, P.slate);
  c.hline(6, 13, 5, P.slate);
  c.set(13, 5, P.greyLight);
  c.set(13, 10, P.greyLight);
  c.outline(P.ink);
}

function lockerBody(c: Canvas): void {
  c.rect(1, 15, 14, 1, SHADOW);
  c.rect(1, 1, 14, 14, P.navyLight);
  c.rect(1, 1, 14, 2, P.greyLight);
  c.hline(1, 14, 1, P.white);
  c.vline(8, 3, 14, P.navy);
  c.vline(7, 3, 14, P.navyDeep);
  c.hline(1, 14, 14, P.navy);
}

export function lockerOpen(c: Canvas): void {
  lockerBody(c);
  // left door swung open: the dark inside with a hanging bag, the door panel edge-on to the left
  c.rect(2, 3, 5, 11, P.ink);
  c.rect(3, 4, 3, 4, P.courtRed);
  c.hline(3, 5, 4, P.bloodBright);
  c.vline(4, 3, 4, P.greyLight);
  c.rect(2, 11, 4, 2, P.navyDeep);
  c.set(3, 11, P.white);
  // the right door as before
  c.vline(9, 3, 14, P.grey);
  for (const y of [4, 6]) c.hline(10, 13, y, P.navyDeep);
  c.rect(10, 8, 3, 1, P.cream);
  c.rect(13, 9, 1, 2, P.greyLight);
  c.outline(P.ink);
  c.vline(0, 3, 14, P.grey);
  c.set(0, 2, P.ink);
}

export function lockerBloody(c: Canvas): void {
  lockerBody(c);
  for (const x0 of [1, 9]) {
    c.vline(x0, 3, 14, P.grey);
    for (const y of [4, 6]) c.hline(x0 + 1, x0 + 4, y, P.navyDeep);
    c.rect(x0 + 1, 8, 3, 1, P.cream);
    c.rect(x0 + 4, 9, 1, 2, P.greyLight);
  }
  // a dent and a bloody hand dragged down the doors
  c.set(11, 11, P.navy);
  c.set(12, 12, P.navy);
  c.set(11, 12, P.navyDeep);
  c.rect(4, 5, 3, 3, P.blood);
  c.set(3, 4, P.blood);
  c.set(5, 4, P.blood);
  c.set(7, 5, P.bloodDark);
  c.vline(5, 8, 13, P.blood);
  c.vline(6, 8, 10, P.bloodDark);
  c.set(4, 9, P.bloodDark);
  c.set(5, 6, P.bloodBright);
  c.outline(P.ink);
}

// ---------------------------------------------------------------- lab, music room, gym, infirmary

function benchTop(c: Canvas): void {
  // black resin counter, spans the whole tile width so benches join into long rows
  c.rect(0, 12, S, 2, SHADOW_SOFT);
  c.rect(0, 2, S, 8, P.navyDeep);
  c.hline(0, S - 1, 2, P.navy);
  c.hline(0, S - 1, 3, P.slate);
  c.rect(0, 10, S, 3, P.grey);
  c.hline(0, S - 1, 10, P.greyLight);
  c.hline(0, S - 1, 12, P.slate);
  for (const x of [3, 11]) c.set(x, 11, P.slate);
  c.hline(0, S - 1, 1, P.ink);
}

export function labBench(c: Canvas): void {
  benchTop(c);
  // a gas tap, a flask and a test-tube rack
  c.rect(2, 4, 2, 2, P.yellow);
  c.set(2, 4, P.flameCore);
  c.ellipse(8, 7, 2, 1.6, P.glass);
  c.set(7, 6, P.glassLight);
  c.rect(8, 4, 1, 2, P.glassLight);
  c.set(8, 8, P.exitGreen);
  c.set(9, 7, P.exitGreen);
  c.hline(11, 14, 6, P.woodLight);
  for (const x of [11, 13]) c.vline(x, 4, 5, P.glassLight);
  c.set(12, 5, P.bloodBright);
}

export function labBenchSink(c: Canvas): void {
  benchTop(c);
  // a steel sink with a swan-neck tap
  c.rect(4, 4, 8, 5, P.greyLight);
  c.rect(5, 5, 6, 3, P.grey);
  c.hline(5, 10, 5, P.slate);
  c.set(8, 7, P.navy);
  c.vline(8, 2, 4, P.white);
  c.set(9, 2, P.white);
}

function pianoBody(c: Canvas, x0: number, x1: number): void {
  c.rect(x0, 14, x1 - x0 + 1, 2, SHADOW_SOFT);
  c.rect(x0, 2, x1 - x0 + 1, 8, P.woodDark);
  c.hline(x0, x1, 2, P.wood);
  c.hline(x0, x1, 3, P.woodMid);
  c.rect(x0, 10, x1 - x0 + 1, 4, P.ink);
  // keys along the south side, black keys in the 2-3 pattern
  c.rect(x0, 11, x1 - x0 + 1, 3, P.white);
  for (let x = x0; x <= x1; x++) if (x % 2 === 1) c.set(x, 13, P.greyLight);
}

export function pianoLeft(c: Canvas): void {
  pianoBody(c, 2, 15);
  for (const x of [4, 6, 10, 12, 14]) c.vline(x, 11, 12, P.ink);
  c.vline(2, 2, 13, P.wood);
  // sheet music on the stand
  c.rect(7, 5, 6, 4, P.cream);
  c.hline(8, 12, 6, P.grey);
  c.hline(8, 11, 7, P.grey);
  c.outline(P.ink);
  c.rect(15, 2, 1, 12, P.woodDark);
  c.rect(15, 11, 1, 3, P.white);
}

export function pianoRight(c: Canvas): void {
  pianoBody(c, 0, 13);
  for (const x of [0, 2, 6, 8]) c.vline(x, 11, 12, P.ink);
  c.vline(13, 3, 13, P.ink);
  c.rect(2, 5, 4, 3, P.cream);
  c.hline(3, 5, 6, P.grey);
  c.set(9, 4, P.woodMid);
  c.outline(P.ink);
  c.rect(0, 2, 1, 12, P.woodDark);
  c.rect(0, 11, 1, 3, P.white);
}

export function gymMat(c: Canvas, rng: Rng): void {
  // a blue crash mat; lies flat on the floor, fully covers it, tiles into larger mats
  c.rect(0, 0, S, S, P.matBlue);
  for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) if (rng.chance(0.05)) c.set(x, y, P.matBlueDark);
  c.hline(0, S - 1, 0, P.navyLight);
  c.hline(0, S - 1, 15, P.matBlueDark);
  c.vline(0, 0, S - 1, P.navyLight);
  c.vline(15, 0, S - 1, P.matBlueDark);
  // stitched seam down the middle
  for (let y = 1; y < S; y += 2) c.set(7, y, P.navyLight);
  c.vline(8, 1, 14, P.matBlueDark);
}

export function bedHead(c: Canvas): void {
  // infirmary bed, head end (north): steel headboard, pillow, sheet running into bed-foot below
  c.rect(2, 1, 12, 2, P.greyLight);
  c.hline(2, 13, 1, P.white);
  c.rect(2, 3, 12, 13, P.white);
  c.vline(2, 3, 15, P.greyLight);
  c.vline(13, 3, 15, P.tileBlue);
  c.rect(4, 4, 8, 4, P.tileBlue);
  c.rect(4, 4, 8, 3, P.white);
  c.hline(4, 11, 7, P.greyLight);
  c.set(4, 4, P.cream);
  c.hline(3, 12, 11, P.greenLight);
  c.rect(3, 12, 10, 4, P.green);
  c.hline(3, 12, 12, P.greenLight);
  c.set(9, 5, P.blood);
  c.set(10, 5, P.bloodDark);
  c.outline(P.ink);
  c.rect(1, 15, 14, 1, 0);
  c.rect(2, 15, 12, 1, P.green);
  c.set(2, 15, P.white);
  c.set(13, 15, P.tileBlue);
  c.set(1, 15, P.ink);
  c.set(14, 15, P.ink);
}

export function bedFoot(c: Canvas): void {
  c.rect(2, 13, 13, 2, SHADOW_SOFT);
  c.rect(2, 0, 12, 11, P.green);
  c.vline(2, 0, 10, P.white);
  c.vline(13, 0, 10, P.tileBlue);
  c.hline(3, 12, 5, P.greenLight);
  c.set(5, 3, P.greenDark);
  c.set(9, 8, P.greenDark);
  // steel footboard
  c.rect(2, 11, 12, 2, P.greyLight);
  c.hline(2, 13, 12, P.grey);
  c.outline(P.ink);
  c.rect(1, 0, 14, 1, 0);
  c.rect(2, 0, 12, 1, P.green);
  c.set(2, 0, P.white);
  c.set(13, 0, P.tileBlue);
  c.set(1, 0, P.ink);
  c.set(14, 0, P.ink);
}

// ---------------------------------------------------------------- rooftop

export function railing(c: Canvas): void {
  // a steel safety railing running east-west; the floor shows between the bars
  c.hline(0, S - 1, 11, SHADOW_SOFT);
  c.hline(0, S - 1, 12, SHADOW_SOFT);
  c.hline(0, S - 1, 5, P.white);
  c.hline(0, S - 1, 6, P.greyLight);
  c.hline(0, S - 1, 7, P.slate);
  for (const x of [3, 11]) {
    c.rect(x, 4, 2, 7, P.grey);
    c.vline(x, 4, 10, P.greyLight);
    c.set(x, 4, P.white);
  }
  c.hline(0, S - 1, 9, P.grey);
  c.hline(0, S - 1, 10, P.slate);
}

export function railingVertical(c: Canvas): void {
  c.vline(10, 0, S - 1, SHADOW_SOFT);
  c.vline(11, 0, S - 1, SHADOW_SOFT);
  c.vline(6, 0, S - 1, P.white);
  c.vline(7, 0, S - 1, P.greyLight);
  c.vline(8, 0, S - 1, P.slate);
  for (const y of [3, 11]) {
    c.rect(5, y, 5, 2, P.grey);
    c.hline(5, 9, y, P.greyLight);
  }
}

export function roofVent(c: Canvas): void {
  c.ellipse(9, 13, 6, 2, SHADOW_SOFT);
  // a ventilation box with a round turbine cap
  c.rect(2, 5, 12, 8, P.grey);
  c.hline(2, 13, 5, P.greyLight);
  c.hline(2, 13, 12, P.slate);
  for (let x = 3; x <= 12; x += 2) c.vline(x, 9, 11, P.slate);
  c.ellipse(7.5, 5, 4.5, 3.5, P.greyLight);
  c.ellipse(7.5, 5, 3, 2.2, P.grey);
  c.line(5, 4, 10, 6, P.slate);
  c.line(6, 7, 9, 3, P.slate);
  c.set(6, 3, P.white);
  c.set(12, 7, P.amber);
  c.set(13, 8, P.woodMid);
  c.outline(P.ink);
}

export function fireBarrel(c: Canvas, rng: Rng): void {
  c.ellipse(9, 14, 6, 1.6, SHADOW);
  // a rusty oil drum seen from above, burning: the flames are what lights the room at night
  c.ellipse(7.5, 9, 6, 5.5, P.courtRed);
  c.ellipse(7.5, 9, 5, 4.6, P.woodDark);
  c.ellipse(7.5, 9, 4.2, 3.8, P.ink);
  c.set(2, 7, P.amber);
  c.set(3, 5, P.amber);
  const flames: Array<[number, number, number, number, number]> = [
    [7.5, 8, 3.4, 3.6, P.flame],
    [7, 7, 2.4, 2.8, P.yellow],
    [7, 7.5, 1.4, 1.6, P.flameCore],
  ];
  for (const [x, y, rx, ry, colour] of flames) c.ellipse(x, y, rx, ry, colour);
  c.set(7, 2, P.flame);
  c.set(9, 3, P.flame);
  c.set(5, 3, P.yellow);
  for (let n = 0; n < 4; n++) c.set(rng.int(3, 12), rng.int(0, 3), rng.pick([P.flame, P.amber]));
  c.outline(P.ink);
}

// ---------------------------------------------------------------- bathroom, vending

export function toilet(c: Canvas): void {
  c.ellipse(9, 14, 5, 1.6, SHADOW_SOFT);
  c.rect(4, 1, 8, 4, P.white);
  c.hline(4, 11, 1, P.white);
  c.hline(4, 11, 4, P.greyLight);
  c.rect(6, 2, 2, 1, P.greyLight);
  c.ellipse(7.5, 9.5, 4, 4.5, P.white);
  c.ellipse(7.5, 10, 2.6, 3, P.tileBlue);
  c.ellipse(7.5, 10.5, 1.6, 1.8, P.glass);
  c.vline(11, 7, 11, P.greyLight);
  c.outline(P.ink);
}

export function sink(c: Canvas): void {
  c.rect(3, 11, 11, 2, SHADOW_SOFT);
  // a wall-mounted basin at the north edge, a tap and a cracked mirror is above (on the wall)
  c.rect(2, 0, 12, 2, P.greyLight);
  c.ellipse(7.5, 5.5, 5.5, 4.5, P.white);
  c.ellipse(7.5, 6, 3.8, 3, P.tileBlue);
  c.set(7, 7, P.slate);
  c.set(8, 7, P.slate);
  c.vline(7, 1, 3, P.grey);
  c.set(8, 3, P.grey);
  c.set(4, 3, P.glassLight);
  c.outline(P.ink);
}

export function vendingMachine(c: Canvas): void {
  c.rect(1, 15, 15, 1, SHADOW);
  // a drinks machine: lit window of bottles, coin slot, dispenser flap
  c.rect(1, 1, 14, 14, P.courtRed);
  c.rect(1, 1, 14, 2, P.bloodBright);
  c.hline(1, 14, 1, P.white);
  c.rect(2, 4, 8, 8, P.glassLight);
  const bottles = [P.glass, P.exitGreen, P.amber, P.navyLight];
  for (let row = 0; row < 3; row++)
    for (let i = 0; i < 4; i++) {
      const colour = bottles[(row + i) % bottles.length] ?? P.glass;
      c.vline(3 + i * 2, 5 + row * 3, 6 + row * 3, colour);
    }
  c.rect(11, 5, 3, 2, P.ink);
  c.set(12, 5, P.yellow);
  c.rect(11, 8, 3, 1, P.greyLight);
  c.rect(3, 12, 6, 2, P.ink);
  c.hline(1, 14, 14, P.blood);
  c.outline(P.ink);
}

export function mopBucket(c: Canvas): void {
  c.ellipse(9, 14, 5, 1.5, SHADOW_SOFT);
  c.ellipse(7, 9, 4.5, 4, P.yellow);
  c.ellipse(7, 9, 3.2, 2.8, P.amber);
  c.ellipse(7, 9.5, 2.6, 2.2, P.slate);
  c.set(6, 9, P.greyLight);
  // the mop handle leaning out to the north-east, its grey head in the bucket
  c.line(8, 9, 14, 1, P.woodLight);
  c.line(9, 9, 15, 1, P.wood);
  c.rect(6, 8, 3, 2, P.greyLight);
  c.outline(P.ink);
}

export function trashCan(c: Canvas): void {
  c.ellipse(9, 14, 5, 1.6, SHADOW_SOFT);
  c.ellipse(7.5, 8, 5, 5, P.grey);
  c.ellipse(7.5, 8, 4, 4, P.slate);
  c.ellipse(7.5, 8.5, 3.2, 3.2, P.navyDeep);
  c.rect(5, 6, 3, 2, P.white);
  c.set(9, 8, P.cream);
  c.rect(8, 5, 2, 2, P.yellow);
  c.set(4, 5, P.greyLight);
  c.set(5, 4, P.greyLight);
  c.outline(P.ink);
}

// ---------------------------------------------------------------- decals

export function bloodSplatter(c: Canvas, rng: Rng): void {
  // a spray flung from the south-west: drops growing smaller and longer with distance
  c.ellipse(4, 11, 2.2, 1.8, P.blood);
  c.set(4, 11, P.bloodDark);
  for (let n = 0; n < 22; n++) {
    const a = -Math.PI / 2 + (rng.next() - 0.2) * 1.6;
    const r = 2 + rng.next() * 11;
    const x = Math.round(4 + Math.cos(a) * r);
    const y = Math.round(11 + Math.sin(a) * r);
    c.set(x, y, r < 6 ? P.blood : rng.pick([P.blood, P.bloodDark]));
    if (r < 7 && rng.chance(0.5)) c.set(x + 1, y, P.blood);
  }
  c.set(3, 10, P.bloodBright);
}

export function bloodTrail(c: Canvas, rng: Rng): void {
  // two smeared drag lines running east-west (tiles into a long trail)
  for (let x = 0; x < S; x++) {
    const wobble = Math.round(Math.sin(x / 2.5) * 0.8);
    c.set(x, 6 + wobble, P.blood);
    if (rng.chance(0.8)) c.set(x, 7 + wobble, P.bloodDark);
    c.set(x, 10 - wobble, rng.chance(0.7) ? P.blood : P.bloodDark);
  }
  for (let n = 0; n < 5; n++) c.set(rng.int(0, S - 1), rng.pick([4, 5, 12, 13]), P.blood);
  c.set(5, 6, P.bloodBright);
}

export function footprintsBloody(c: Canvas): void {
  // shoe prints walking north, left-right-left
  const print = (x: number, y: number): void => {
    c.rect(x, y, 2, 3, P.blood);
    c.set(x, y, P.bloodDark);
    c.rect(x, y + 4, 2, 1, P.blood);
  };
  print(4, 10);
  print(9, 5);
  print(4, 0);
  c.set(10, 13, P.bloodDark);
  c.set(11, 14, P.blood);
}

export function debrisGlass(c: Canvas, rng: Rng): void {
  for (let n = 0; n < 14; n++) {
    const x = rng.int(1, 13);
    const y = rng.int(1, 13);
    c.set(x, y, P.glassLight);
    c.set(x + 1, y, P.glass);
    if (rng.chance(0.4)) c.set(x, y + 1, P.glass);
  }
  c.line(5, 6, 8, 8, P.glassLight);
  c.line(6, 6, 8, 7, P.white);
}

export function debrisPapers(c: Canvas, rng: Rng): void {
  const sheets: Array<[number, number, number, number]> = [
    [1, 1, 5, 4],
    [8, 3, 4, 5],
    [3, 9, 6, 4],
    [11, 11, 4, 3],
  ];
  for (const [x, y, w, h] of sheets) {
    c.rect(x, y, w, h, rng.chance(0.5) ? P.white : P.cream);
    c.hline(x + 1, x + w - 2, y + 1, P.greyLight);
    if (h > 3) c.hline(x + 1, x + w - 3, y + 2, P.greyLight);
  }
  c.set(4, 11, P.blood);
  c.set(5, 11, P.bloodDark);
  const paper = c.clone();
  c.outline(P.slate);
  c.draw(paper, 0, 0);
}

export function debrisWood(c: Canvas): void {
  // splintered planks and a broken chair leg
  c.rect(1, 3, 9, 2, P.woodMid);
  c.hline(1, 9, 3, P.woodLight);
  c.set(10, 4, P.woodMid);
  c.set(11, 3, P.woodLight);
  c.line(4, 13, 12, 7, P.woodLight);
  c.line(5, 13, 13, 7, P.wood);
  c.line(5, 14, 13, 8, P.woodDark);
  c.rect(2, 8, 2, 4, P.slate);
  c.set(2, 8, P.greyLight);
  c.set(14, 12, P.woodLight);
  c.set(9, 10, P.woodMid);
  c.set(12, 2, P.wood);
  c.outline(P.ink);
}

export function booksScattered(c: Canvas): void {
  // an open book face down, a closed one and a spilled pencil case
  c.rect(2, 2, 7, 5, P.navyLight);
  c.vline(5, 2, 6, P.navy);
  c.hline(2, 8, 2, P.glass);
  c.rect(9, 8, 5, 6, P.courtRed);
  c.vline(9, 8, 13, P.cream);
  c.hline(10, 13, 8, P.bloodBright);
  c.rect(2, 10, 5, 3, P.greenLight);
  c.hline(2, 6, 10, P.paleLight);
  c.set(8, 11, P.yellow);
  c.set(7, 12, P.yellow);
  c.set(12, 4, P.bloodBright);
  c.set(13, 3, P.woodLight);
  c.outline(P.ink);
}

export function floorTileBlood(c: Canvas, rng: Rng): void {
  bloodyFloor(c, rng, ceramicFloor);
}
