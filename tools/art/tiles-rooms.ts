/**
 * Tiles added after the first tileset, part 1: more floors (gym, bathroom, lab, rooftop, corridor
 * terrazzo, stairs up), more walls (tiled, notice board, PA speaker, fire alarm, broken and
 * boarded windows, wall tops with side trim) and door states (locked, barricaded, broken).
 */
import { Canvas } from './canvas';
import { PALETTE as P } from './palette';
import type { Rng } from '../seeded-rng';
import { S, dither, doorClosed, doorOpen, wallFace, wallTop, wallWindow } from './tiles';

// ---------------------------------------------------------------- floors

export function gymFloor(c: Canvas, rng: Rng): void {
  // narrow maple strips, varnished; joints staggered so the floor tiles without seams
  const joints = [3, 11, 7, 15, 1, 9, 5, 13];
  for (let strip = 0; strip < 8; strip++) {
    const y0 = strip * 2;
    c.hline(0, S - 1, y0, P.maple);
    c.hline(0, S - 1, y0 + 1, strip % 2 === 0 ? P.maple : P.woodLight);
    c.set(joints[strip] ?? 0, y0, P.mapleDark);
    c.set(joints[strip] ?? 0, y0 + 1, P.mapleDark);
  }
  for (let y = 1; y < S; y += 2) for (let x = 0; x < S; x++) if (rng.chance(0.5)) c.set(x, y, P.mapleDark);
  dither(c, rng, [P.mapleDark, P.woodLight, P.maple, P.linoLight], 0.06);
  // varnish glints
  for (let n = 0; n < 3; n++) c.set(rng.int(0, S - 1), rng.int(0, 7) * 2, P.cream);
}

export function gymFloorLine(c: Canvas, rng: Rng): void {
  gymFloor(c, rng);
  // a painted court line; rotate the tile in the editor for a vertical one
  c.hline(0, S - 1, 7, P.courtRed);
  c.hline(0, S - 1, 8, P.courtRed);
  for (let x = 0; x < S; x++) if (rng.chance(0.1)) c.set(x, 8, P.blood);
}

export function bathroomFloor(c: Canvas, rng: Rng): void {
  // 4×4 mosaic: mostly white with pale blue tiles, grey grout
  for (let ty = 0; ty < 4; ty++) {
    for (let tx = 0; tx < 4; tx++) {
      const blue = (tx + ty) % 2 === 0 ? rng.chance(0.75) : rng.chance(0.15);
      c.rect(tx * 4, ty * 4, 3, 3, blue ? P.tileBlue : P.white);
      c.set(tx * 4, ty * 4, blue ? P.glassLight : P.white);
    }
  }
  for (let i = 0; i < S; i++)
    for (const k of [3, 7, 11, 15]) {
      c.set(i, k, P.greyLight);
      c.set(k, i, P.greyLight);
    }
  for (let n = 0; n < 3; n++) c.set(rng.int(0, 2) * 4 + 3, rng.int(0, 15), P.grey);
}

export function labFloor(c: Canvas, rng: Rng): void {
  // dark slate vinyl squares with pale speckles
  for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) c.set(x, y, ((x >> 3) + (y >> 3)) % 2 === 0 ? P.slate : P.grey);
  for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) if (rng.chance(0.08)) c.set(x, y, rng.pick([P.greyLight, P.navyLight, P.greenLight]));
  for (let i = 0; i < S; i++) {
    c.set(i, 15, P.navy);
    c.set(15, i, P.navy);
    c.set(i, 7, P.navyLight);
    c.set(7, i, P.navyLight);
  }
}

export function rooftopFloor(c: Canvas, rng: Rng): void {
  c.rect(0, 0, S, S, P.grey);
  dither(c, rng, [P.slate, P.grey, P.greyLight], 0.22);
  for (let n = 0; n < 6; n++) c.set(rng.int(0, S - 1), rng.int(0, S - 1), P.slate);
  // slab joints filled with dark tar
  c.hline(0, S - 1, 15, P.navy);
  c.vline(15, 0, S - 1, P.navy);
  c.hline(0, 14, 0, P.greyLight);
}

export function rooftopStain(c: Canvas, rng: Rng): void {
  rooftopFloor(c, rng);
  // a rain puddle reflecting the sky, with a moss rim
  c.ellipse(7.5, 8, 5.5, 3.5, P.greenDark);
  c.ellipse(7.5, 8, 4.8, 2.8, P.navyLight);
  c.hline(4, 8, 7, P.glass);
  c.hline(6, 10, 9, P.glass);
  c.set(5, 6, P.glassLight);
  c.set(11, 10, P.navy);
  for (let n = 0; n < 4; n++) c.set(rng.int(2, 13), rng.int(3, 12), P.greenDark);
}

export function corridorFloor(c: Canvas, rng: Rng): void {
  // terrazzo: grey-green cement with chips of stone, a brass divider strip along the top
  c.rect(0, 0, S, S, P.greyLight);
  for (let y = 0; y < S; y++)
    for (let x = 0; x < S; x++) {
      if (rng.chance(0.18)) c.set(x, y, rng.pick([P.grey, P.lino, P.white, P.greenLight, P.linoLight]));
    }
  c.hline(0, S - 1, 0, P.linoDark);
  c.hline(0, S - 1, 1, P.woodLight);
}

export function stairsUp(c: Canvas): void {
  // steps rising northwards: the far (top) step is the lightest, nosing on each step's south edge
  const tones = [P.cream, P.linoLight, P.lino, P.linoDark, P.slate];
  for (let i = 0; i < 5; i++) {
    const y0 = i * 3 + 1;
    c.rect(0, y0, S, 3, tones[i] ?? P.slate);
    c.hline(2, 13, y0 + 2, P.yellow);
    c.hline(2, 13, y0, tones[Math.max(0, i - 1)] ?? P.cream);
  }
  c.hline(0, S - 1, 0, P.white);
  c.rect(0, 0, 2, S, P.slate);
  c.rect(14, 0, 2, S, P.slate);
  c.vline(1, 0, S - 1, P.greyLight);
  c.vline(14, 0, S - 1, P.grey);
  c.vline(0, 0, S - 1, P.navyDeep);
  c.vline(15, 0, S - 1, P.navyDeep);
  // an arrow pointing up the stairs
  c.set(8, 5, P.exitGreen);
  c.set(7, 6, P.exitGreen);
  c.set(9, 6, P.exitGreen);
  c.vline(8, 6, 9, P.exitGreen);
}

// ---------------------------------------------------------------- walls

export function wallFaceTiled(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // white tile wainscot instead of green paint (bathrooms, labs)
  c.rect(0, 8, S, 7, P.white);
  c.hline(0, S - 1, 8, P.greyLight);
  for (let x = 0; x < S; x++) {
    c.set(x, 11, P.greyLight);
    c.set(x, 14, P.grey);
  }
  for (const x of [3, 7, 11, 15]) {
    c.vline(x, 9, 10, P.greyLight);
  }
  for (const x of [1, 5, 9, 13]) {
    c.vline(x, 12, 13, P.greyLight);
  }
  c.set(6, 12, P.tileBlue);
  c.set(12, 9, P.tileBlue);
  c.hline(0, S - 1, 15, P.ink);
}

export function wallFaceNotices(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // a cork notice board with pinned papers
  c.rect(1, 2, 14, 9, P.woodMid);
  c.rect(2, 3, 12, 7, P.amber);
  dither(c, rng, [P.woodLight, P.amber, P.woodMid], 0.2, { x: 2, y: 3, w: 12, h: 7 });
  c.rect(3, 4, 4, 5, P.white);
  c.hline(4, 5, 5, P.grey);
  c.hline(4, 6, 7, P.grey);
  c.rect(8, 3, 4, 3, P.yellow);
  c.hline(9, 10, 4, P.woodMid);
  c.rect(9, 7, 4, 3, P.glassLight);
  c.set(10, 8, P.navyLight);
  c.set(4, 4, P.bloodBright);
  c.set(9, 3, P.navyLight);
  c.set(11, 7, P.bloodBright);
  c.hline(1, 14, 11, P.wood);
}

export function wallFaceSpeaker(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // the PA loudspeaker box high on the wall
  c.rect(4, 1, 8, 7, P.greyLight);
  c.hline(4, 11, 1, P.white);
  c.vline(11, 2, 7, P.grey);
  c.hline(4, 11, 7, P.slate);
  for (let y = 3; y <= 5; y += 2) for (let x = 5; x <= 10; x += 2) c.set(x, y, P.slate);
  c.set(10, 6, P.exitGreen);
}

export function wallFaceAlarm(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // fire alarm: a red bell above a red push-button box
  c.ellipse(7.5, 3.5, 3, 2.6, P.blood);
  c.ellipse(7, 3, 1.8, 1.4, P.bloodBright);
  c.set(7, 3, P.white);
  c.rect(5, 8, 6, 5, P.blood);
  c.hline(5, 10, 8, P.bloodBright);
  c.rect(7, 10, 2, 2, P.white);
  c.set(8, 11, P.greyLight);
  c.hline(5, 10, 12, P.bloodDark);
}

function darkenGlass(c: Canvas): void {
  c.map((colour) => (colour === P.glass || colour === P.glassLight || colour === P.navyLight ? P.navy : colour));
}

export function wallWindowBroken(c: Canvas, rng: Rng): void {
  wallWindow(c, rng);
  // a hole punched through the left pane, the right pane cracked like a web
  const hole: Array<[number, number]> = [
    [3, 5],
    [4, 4],
    [5, 5],
    [6, 4],
    [6, 6],
    [5, 8],
    [4, 9],
    [3, 8],
  ];
  c.rect(3, 5, 4, 4, P.navyDeep);
  for (const [x, y] of hole) c.set(x, y, P.navyDeep);
  c.set(2, 7, P.navyDeep);
  c.set(4, 10, P.navyDeep);
  c.line(11, 6, 13, 3, P.white);
  c.line(11, 6, 9, 4, P.white);
  c.line(11, 6, 13, 9, P.white);
  c.line(11, 6, 9, 10, P.glassLight);
  // jagged shards left in the frame
  c.set(2, 4, P.glassLight);
  c.set(6, 9, P.glassLight);
  c.set(2, 9, P.glass);
}

export function wallWindowBoarded(c: Canvas, rng: Rng): void {
  wallWindow(c, rng);
  darkenGlass(c);
  // two planks nailed across the frame
  for (const [y, tilt] of [
    [4, 1],
    [8, -1],
  ] as const) {
    for (let x = 0; x < S; x++) {
      const yy = y + (tilt > 0 ? Math.floor(x / 8) : -Math.floor(x / 8)) + (tilt < 0 ? 1 : 0);
      c.set(x, yy, P.woodLight);
      c.set(x, yy + 1, P.woodMid);
      c.set(x, yy + 2, P.wood);
    }
  }
  for (const [x, y] of [
    [1, 5],
    [14, 6],
    [1, 10],
    [14, 8],
  ] as const)
    c.set(x, y, P.greyLight);
}

export function wallTopInner(c: Canvas, rng: Rng): void {
  wallTop(c, rng);
  c.hline(0, S - 1, S - 1, P.navyDeep);
}

export function wallTopEdgeWest(c: Canvas, rng: Rng): void {
  wallTopInner(c, rng);
  // the lit trim where the wall top meets a room on its west side
  c.vline(0, 0, S - 1, P.slate);
  c.vline(1, 0, S - 1, P.navy);
}

export function wallTopEdgeEast(c: Canvas, rng: Rng): void {
  wallTopInner(c, rng);
  c.vline(15, 0, S - 1, P.ink);
  c.vline(14, 0, S - 1, P.slate);
}

// ---------------------------------------------------------------- doors

export function doorLocked(c: Canvas): void {
  doorClosed(c);
  // a chain through the handle and a brass padlock
  for (let x = 2; x <= 13; x++) c.set(x, 8 + (x % 2), x % 2 === 0 ? P.greyLight : P.grey);
  c.rect(6, 9, 4, 4, P.yellow);
  c.hline(6, 9, 9, P.flameCore);
  c.vline(9, 10, 12, P.amber);
  c.set(7, 8, P.greyLight);
  c.set(8, 8, P.greyLight);
  c.set(7, 11, P.woodDark);
}

export function doorBarricaded(c: Canvas): void {
  doorClosed(c);
  // planks nailed across the door (tables and planks piled against it on the other side)
  const planks: Array<[number, number, number]> = [
    [0, 3, 15],
    [0, 12, 4],
    [0, 7, 9],
  ];
  for (const [x0, y0, y1] of planks) {
    for (let x = x0; x < S; x++) {
      const y = Math.round(y0 + ((y1 - y0) * x) / (S - 1));
      c.set(x, y - 1, P.woodLight);
      c.set(x, y, P.woodMid);
      c.set(x, y + 1, P.wood);
      c.set(x, y + 2, P.woodDark);
    }
  }
  for (const [x, y] of [
    [1, 3],
    [14, 14],
    [1, 12],
    [14, 5],
    [8, 8],
    [8, 10],
  ] as const)
    c.set(x, y, P.greyLight);
}

export function doorBroken(c: Canvas, rng: Rng): void {
  doorOpen(c, rng);
  // the sliding door smashed off its rail: a split panel slumped against the frame, splinters
  const panel = new Canvas(S, S);
  panel.rect(2, 3, 5, 11, P.woodMid);
  panel.vline(2, 3, 13, P.woodLight);
  panel.vline(6, 3, 13, P.wood);
  for (let y = 3; y <= 13; y++) if (y % 3 === 0) panel.set(7, y, P.woodMid);
  panel.set(7, 4, P.woodLight);
  panel.set(8, 7, P.woodMid);
  panel.set(7, 10, P.woodLight);
  panel.rect(3, 5, 2, 3, P.navyDeep);
  panel.set(3, 5, P.glass);
  c.draw(panel, 0, 0);
  c.hline(2, 7, 14, P.linoDark);
  for (const [x, y] of [
    [9, 11],
    [11, 13],
    [8, 14],
    [12, 10],
    [10, 8],
  ] as const)
    c.set(x, y, P.woodLight);
  c.set(9, 12, P.glassLight);
  c.set(12, 12, P.glass);
}
