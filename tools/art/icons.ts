/** Item icons (`ItemIcon`) and HUD icons (`UiIcon`): 16×16 pictures, outlined, drawn into the sprite atlas (./atlas.ts, ./icons-more.ts). */
import { SPRITE_SIZE, type ItemIcon, type UiIcon } from '../../src/game/render/sprite-layout';
import type { Canvas } from './canvas';
import { PALETTE as P, withAlpha } from './palette';

const S = SPRITE_SIZE;

function kimbap(c: Canvas): void {
  // samgak kimbap: a rounded rice triangle in clear wrap, a seaweed band, a red label
  for (let y = 2; y <= 13; y++) {
    const half = Math.min(6, Math.floor((y - 1) * 0.62));
    c.hline(7 - half, 8 + half, y, P.white);
  }
  c.set(1, 13, 0);
  c.set(14, 13, 0);
  for (let y = 4; y <= 12; y++) c.set(8 + Math.min(6, Math.floor((y - 1) * 0.62)), y, P.greyLight);
  c.set(6, 5, P.cream);
  c.set(10, 8, P.cream);
  c.set(4, 10, P.cream);
  c.set(7, 3, P.glassLight);
  // seaweed band wrapped up from the bottom
  c.rect(5, 8, 6, 6, P.greenDark);
  c.rect(6, 9, 4, 5, P.navyDeep);
  c.set(5, 8, P.green);
  c.hline(6, 9, 8, P.green);
  // label
  c.rect(2, 12, 12, 2, P.bloodBright);
  c.hline(2, 13, 13, P.blood);
  c.hline(10, 12, 12, P.yellow);
  c.outline(P.ink);
}

function bottle(c: Canvas): void {
  c.rect(7, 1, 3, 2, P.navyLight);
  c.set(7, 1, P.glass);
  c.rect(6, 3, 5, 1, P.glassLight);
  c.rect(5, 4, 7, 11, P.glass);
  c.vline(6, 4, 14, P.glassLight);
  c.vline(11, 4, 14, P.navyLight);
  c.hline(5, 11, 14, P.navyLight);
  // label
  c.rect(5, 8, 7, 3, P.white);
  c.hline(6, 10, 9, P.navyLight);
  c.set(11, 8, P.greyLight);
  c.set(11, 9, P.greyLight);
  c.set(11, 10, P.greyLight);
  // water line and bubble
  c.hline(7, 10, 6, P.glassLight);
  c.set(9, 12, P.glassLight);
  c.outline(P.ink);
}

function bandage(c: Canvas): void {
  // an adhesive bandage across the diagonal, with a gauze pad and a red cross
  diagonal(
    c,
    2,
    13,
    () => 2,
    (_i, k) => (k <= -2 ? P.skinLight : k >= 2 ? P.skin : P.skinLight),
  );
  for (const [x, y] of [
    [3, 11],
    [5, 11],
    [4, 10],
    [11, 4],
    [10, 5],
    [12, 5],
  ] as const)
    c.set(x, y, P.skin);
  diagonal(
    c,
    6,
    9,
    () => 2,
    (i, k) => (k >= 2 || i === 9 ? P.greyLight : P.white),
  );
  c.set(7, 7, P.bloodBright);
  c.set(8, 7, P.bloodBright);
  c.set(7, 8, P.bloodBright);
  c.set(8, 8, P.bloodBright);
  c.set(6, 8, P.bloodBright);
  c.set(9, 7, P.bloodBright);
  c.set(7, 6, P.bloodBright);
  c.set(8, 9, P.bloodBright);
  c.outline(P.ink);
}

function phone(c: Canvas): void {
  c.rect(4, 1, 8, 14, P.navyDeep);
  c.vline(4, 1, 14, P.slate);
  c.hline(4, 11, 1, P.slate);
  // lit screen
  c.rect(5, 3, 6, 9, P.glass);
  c.rect(5, 3, 6, 3, P.glassLight);
  c.set(6, 7, P.white);
  c.set(7, 7, P.white);
  c.hline(6, 9, 9, P.glassLight);
  c.hline(6, 8, 10, P.glassLight);
  c.set(10, 4, P.exitGreen);
  c.set(7, 2, P.grey);
  c.set(8, 2, P.grey);
  c.hline(7, 8, 13, P.grey);
  c.outline(P.ink);
  // glow around the screen side
  c.set(3, 4, withAlpha(P.glassLight, 0x80));
}

/** A long object drawn along the diagonal from bottom-left to top-right. */
export function diagonal(c: Canvas, from: number, to: number, width: (t: number) => number, colour: (t: number, side: number) => number): void {
  for (let i = from; i <= to; i++) {
    const x = i;
    const y = 15 - i;
    const w = width(i);
    for (let k = -w; k <= w; k++) {
      // spread perpendicular to the diagonal (on the anti-diagonal)
      c.set(x + Math.floor(k / 2), y + Math.ceil(k / 2), colour(i, k));
      c.set(x + Math.ceil(k / 2), y + Math.floor(k / 2), colour(i, k));
    }
  }
}

function bat(c: Canvas): void {
  diagonal(
    c,
    2,
    13,
    (i) => (i < 6 ? 0 : i < 9 ? 1 : 2),
    (i, k) => {
      if (i < 5) return i === 2 ? P.navyDeep : P.navy; // grip tape and knob
      if (k < 0) return P.woodLight;
      if (k > 0) return P.woodMid;
      return P.woodLight;
    },
  );
  c.set(1, 14, P.navyDeep);
  c.set(2, 14, P.navyDeep);
  c.set(1, 13, P.navyDeep);
  c.set(11, 3, P.cream);
  c.set(10, 4, P.cream);
  c.set(12, 2, P.cream);
  c.outline(P.ink);
}

function broom(c: Canvas): void {
  // handle
  diagonal(
    c,
    6,
    14,
    () => 0,
    (i) => (i > 12 ? P.bloodBright : P.woodLight),
  );
  c.set(15, 1, P.bloodBright);
  // straw head at the bottom-left
  for (let y = 9; y <= 15; y++) {
    for (let x = 0; x <= 7; x++) {
      const d = x + (15 - y);
      const across = 15 - y - x;
      if (d >= 2 && d <= 8 && Math.abs(across) <= 4 - Math.floor((8 - d) / 3)) c.set(x, y, (x + y) % 2 === 0 ? P.yellow : P.amber);
    }
  }
  c.line(3, 9, 7, 13, P.bloodBright);
  c.line(4, 9, 7, 12, P.blood);
  c.set(1, 14, P.woodMid);
  c.set(0, 13, P.woodMid);
  c.outline(P.ink);
}

function plank(c: Canvas): void {
  diagonal(
    c,
    2,
    13,
    () => 2,
    (i, k) => (k <= -2 ? P.woodLight : k >= 2 ? P.wood : (i + k) % 5 === 0 ? P.wood : P.woodMid),
  );
  // nails
  c.set(4, 11, P.greyLight);
  c.set(5, 11, P.slate);
  c.set(11, 4, P.greyLight);
  c.set(11, 5, P.slate);
  c.set(13, 1, P.grey);
  c.outline(P.ink);
}

function arrow(c: Canvas): void {
  // an archery-club arrow: steel head top-right, red and white fletching bottom-left
  c.line(3, 12, 12, 3, P.woodLight);
  c.line(4, 12, 12, 4, P.woodMid);
  c.rect(12, 2, 2, 2, P.greyLight);
  c.set(14, 1, P.white);
  c.set(13, 1, P.greyLight);
  c.set(14, 2, P.grey);
  c.set(11, 2, P.grey);
  c.set(13, 4, P.grey);
  c.line(1, 12, 3, 10, P.bloodBright);
  c.line(3, 14, 5, 12, P.bloodBright);
  c.line(2, 12, 3, 11, P.white);
  c.line(3, 13, 4, 12, P.white);
  c.set(1, 14, P.woodDark);
  c.set(2, 13, P.woodDark);
  c.outline(P.ink);
}

export const ITEMS: Record<ItemIcon, (c: Canvas) => void> = {
  food: kimbap,
  water: bottle,
  bandage,
  phone,
  bat,
  broom,
  plank,
  arrow,
};

// ------------------------------------------------------------------ HUD

const HEART_ROWS = ['..##...##..', '.####.####.', '###########', '###########', '###########', '.#########.', '..#######..', '...#####...', '....###....', '.....#.....'];

function heartMask(c: Canvas, colour: number): void {
  HEART_ROWS.forEach((row, y) => {
    [...row].forEach((ch, x) => {
      if (ch === '#') c.set(x + 2, y + 3, colour);
    });
  });
}

function heart(c: Canvas): void {
  heartMask(c, P.bloodBright);
  // shade bottom-right, highlight top-left
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      if (c.get(x, y) !== P.bloodBright) continue;
      if (c.get(x + 1, y + 1) === 0 || c.get(x + 1, y) === 0) c.set(x, y, P.blood);
    }
  }
  c.set(4, 4, P.white);
  c.set(3, 5, P.white);
  c.set(4, 5, P.glassLight);
  c.outline(P.ink);
}

function heartEmpty(c: Canvas): void {
  heartMask(c, P.navyDeep);
  c.set(4, 4, P.navy);
  c.set(3, 5, P.navy);
  c.outline(P.ink);
  // a lighter rim inside the outline so it reads on dark backgrounds
  const rim = c.clone();
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      if (rim.get(x, y) !== P.navyDeep) continue;
      if ([rim.get(x - 1, y), rim.get(x + 1, y), rim.get(x, y - 1), rim.get(x, y + 1)].includes(P.ink)) c.set(x, y, P.slate);
    }
  }
}

function stamina(c: Canvas): void {
  const bolt: Array<[number, number, number]> = [
    [9, 1, 3],
    [8, 2, 3],
    [7, 3, 3],
    [6, 4, 3],
    [5, 5, 3],
    [4, 6, 3],
    [4, 7, 8],
    [7, 8, 3],
    [6, 9, 3],
    [5, 10, 3],
    [5, 11, 2],
    [4, 12, 2],
    [4, 13, 1],
  ];
  for (const [x, y, w] of bolt) c.hline(x, x + w - 1, y, P.yellow);
  c.set(10, 1, P.white);
  c.set(9, 2, P.white);
  c.set(8, 3, P.white);
  c.set(11, 7, P.amber);
  c.set(10, 7, P.amber);
  c.set(9, 8, P.amber);
  c.set(8, 9, P.amber);
  c.set(7, 10, P.amber);
  c.outline(P.ink);
}

function bubble(c: Canvas, fill: number, shade: number): void {
  c.ellipse(7.5, 6.5, 6.4, 5.6, fill);
  // tail pointing down-left at the speaker
  c.set(4, 12, fill);
  c.set(3, 13, fill);
  c.set(5, 12, fill);
  c.set(4, 13, fill);
  for (let y = 0; y < S; y++)
    for (let x = 0; x < S; x++) {
      if (c.get(x, y) === fill && (c.get(x + 1, y) === 0 || c.get(x, y + 1) === 0)) c.set(x, y, shade);
    }
}

export function glyph(c: Canvas, rows: readonly string[], x0: number, y0: number, colour: number): void {
  rows.forEach((row, y) =>
    [...row].forEach((ch, x) => {
      if (ch === '#') c.set(x0 + x, y0 + y, colour);
    }),
  );
}

function suspicious(c: Canvas): void {
  bubble(c, P.yellow, P.amber);
  glyph(c, ['.####.', '##..##', '....##', '...##.', '..##..', '......', '..##..'], 5, 2, P.ink);
  c.outline(P.ink);
  c.set(3, 4, P.white);
  c.set(4, 3, P.white);
}

function hunting(c: Canvas): void {
  bubble(c, P.bloodBright, P.blood);
  // "!"
  glyph(c, ['##', '##', '##', '##', '##', '..', '##'], 7, 2, P.white);
  c.vline(8, 3, 6, P.greyLight);
  c.outline(P.ink);
}

function exitArrow(c: Canvas): void {
  // points right (east); the game rotates it towards the exit
  c.rect(2, 6, 6, 4, P.exitGreen);
  for (let i = 0; i < 6; i++) c.vline(8 + i, 2 + i, 13 - i, P.exitGreen);
  c.hline(2, 7, 6, P.leaf);
  c.line(8, 2, 12, 6, P.leaf);
  c.hline(2, 7, 9, P.greenDark);
  c.line(8, 13, 13, 8, P.greenDark);
  c.outline(P.ink);
}

function pause(c: Canvas): void {
  for (const x of [4, 9]) {
    c.rect(x, 3, 3, 10, P.white);
    c.vline(x + 2, 3, 12, P.greyLight);
    c.hline(x, x + 2, 12, P.greyLight);
  }
  c.outline(P.ink);
}

function footprint(c: Canvas): void {
  // two shoe prints walking up and to the right
  const print = (x: number, y: number): void => {
    glyph(c, ['.##.', '####', '####', '.###', '.##.', '....', '.##.', '.##.'], x, y, P.greyLight);
    c.set(x + 3, y + 2, P.grey);
    c.set(x + 3, y + 3, P.grey);
    c.set(x + 2, y + 7, P.grey);
  };
  print(2, 6);
  print(9, 1);
  c.outline(P.ink);
}

export const UI: Record<UiIcon, (c: Canvas) => void> = {
  heart,
  'heart-empty': heartEmpty,
  stamina,
  suspicious,
  hunting,
  'exit-arrow': exitArrow,
  pause,
  footprint,
};
