/**
 * Title backdrop, 320×180: Hyosan High at nightfall, seen from the dirt front yard. Some windows
 * lit, some stained red, infected shambling in the yard. The upper-middle of the sky is kept quiet
 * because the game draws the title text there.
 */
import { Canvas } from './canvas';
import { PALETTE as P } from './palette';
import { Rng, seedOf } from '../seeded-rng';

export const TITLE_WIDTH = 320;
export const TITLE_HEIGHT = 180;

/** 4×4 ordered-dither threshold in [0, 1). */
const BAYER = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];
function threshold(x: number, y: number): number {
  return ((BAYER[(y & 3) * 4 + (x & 3)] ?? 0) + 0.5) / 16;
}

/** Pick along a ramp of colours at position t (0..1) with ordered dithering between steps. */
function ramp(colours: readonly number[], t: number, x: number, y: number, sharpness = 1): number {
  const f = Math.max(0, Math.min(0.9999, t)) * (colours.length - 1);
  const i = Math.floor(f);
  const frac = Math.max(0, Math.min(1, (f - i - 0.5) * sharpness + 0.5));
  return (frac > threshold(x, y) ? colours[i + 1] : colours[i]) ?? P.ink;
}

/** The calm rectangle reserved for the title text. */
export const TITLE_TEXT_AREA = { x: 80, y: 8, w: 160, h: 52 } as const;

function sky(c: Canvas, rng: Rng): void {
  const colours = [P.ink, P.navyDeep, P.navy, P.dusk, P.duskRose];
  for (let y = 0; y < 120; y++) {
    for (let x = 0; x < TITLE_WIDTH; x++) c.set(x, y, ramp(colours, Math.pow(y / 118, 1.6), x, y, 1.6));
  }
  // stars, thinned out where the title goes
  for (let n = 0; n < 110; n++) {
    const x = rng.int(0, TITLE_WIDTH - 1);
    const y = rng.int(0, 70);
    const a = TITLE_TEXT_AREA;
    if (x >= a.x && x < a.x + a.w && y >= a.y && y < a.y + a.h && !rng.chance(0.15)) continue;
    c.set(x, y, rng.chance(0.2) ? P.white : rng.chance(0.5) ? P.greyLight : P.slate);
  }
  // a moon, top right, with a dithered halo
  const mx = 276;
  const my = 30;
  for (let y = my - 22; y <= my + 22; y++) {
    for (let x = mx - 22; x <= mx + 22; x++) {
      const d = Math.hypot(x - mx, y - my);
      if (d < 22 && d > 10 && ((22 - d) / 12) * 0.5 > threshold(x, y)) c.set(x, y, c.get(x, y) === P.ink ? P.navyDeep : P.navy);
    }
  }
  for (let y = my - 10; y <= my + 10; y++) {
    for (let x = mx - 10; x <= mx + 10; x++) {
      const inMoon = Math.hypot(x - mx, y - my) <= 9.2;
      const inShadow = Math.hypot(x - (mx + 5), y - (my - 3)) <= 8.2;
      if (!inMoon || inShadow) continue;
      const rim = Math.hypot(x - (mx + 5), y - (my - 3)) <= 9.6;
      c.set(x, y, rim ? P.linoLight : P.cream);
    }
  }
  c.set(mx - 6, my + 2, P.lino);
  c.set(mx - 5, my + 3, P.lino);
  c.set(mx - 2, my + 6, P.lino);
  // wispy clouds low on the horizon, catching the last light
  for (const [cx, cy, w] of [
    [40, 84, 70],
    [205, 92, 90],
    [300, 76, 40],
  ] as const) {
    for (let x = cx - w / 2; x < cx + w / 2; x++) {
      const t = 1 - Math.abs(x - cx) / (w / 2);
      const thick = Math.round(t * 3);
      for (let k = 0; k < thick; k++) if ((x + k) % 3 !== 0 || t > 0.5) c.set(Math.round(x), cy + k, k === 0 ? P.duskRose : P.dusk);
    }
  }
}

function distantCity(c: Canvas, rng: Rng): void {
  // hills and apartment blocks on the horizon
  for (let x = 0; x < TITLE_WIDTH; x++) {
    const hill = 104 + Math.round(Math.sin(x / 23) * 3 + Math.sin(x / 7.3) * 1.5);
    c.vline(x, hill, 141, P.navyDeep);
  }
  let x = 0;
  while (x < TITLE_WIDTH) {
    const w = rng.int(10, 22);
    const h = rng.int(8, 22);
    c.rect(x, 108 - h, w - 2, h + 20, P.navyDeep);
    c.vline(x, 108 - h, 125, P.navy);
    for (let wy = 108 - h + 2; wy < 112; wy += 3) {
      for (let wx = x + 2; wx < x + w - 3; wx += 3) if (rng.chance(0.12)) c.set(wx, wy, rng.chance(0.7) ? P.amber : P.yellow);
    }
    x += w + rng.int(0, 8);
  }
}

type WindowState = 'dark' | 'lit' | 'red' | 'broken' | 'litRed';

function drawWindow(c: Canvas, x: number, y: number, w: number, h: number, state: WindowState, rng: Rng): void {
  c.rect(x - 1, y - 1, w + 2, h + 2, P.slate);
  switch (state) {
    case 'dark':
      c.rect(x, y, w, h, P.navyDeep);
      c.line(x + 1, y + h - 2, x + 3, y + h - 4, P.navy);
      c.hline(x, x + w - 1, y, P.navy);
      break;
    case 'lit':
    case 'litRed':
      c.rect(x, y, w, h, P.yellow);
      c.rect(x, y + h - 3, w, 3, P.amber);
      c.hline(x, x + w - 1, y, P.cream);
      if (state === 'litRed') {
        // a bloody hand smear on the glass
        c.rect(x + 2, y + 1, 3, 3, P.bloodBright);
        c.vline(x + 3, y + 4, y + h - 1, P.blood);
        c.vline(x + 4, y + 3, y + h - 3, P.bloodBright);
        c.set(x + 1, y + 2, P.blood);
        c.set(x + 5, y + 1, P.blood);
      } else if (rng.chance(0.5)) {
        // someone (something?) standing at the window
        const sx = x + rng.int(2, w - 4);
        c.rect(sx, y + 3, 2, h - 3, P.woodDark);
        c.rect(sx, y + 2, 2, 1, P.woodDark);
      }
      break;
    case 'red':
      c.rect(x, y, w, h, P.bloodDark);
      c.rect(x + 1, y + 2, w - 3, h - 3, P.blood);
      c.set(x + w - 2, y + 1, P.bloodBright);
      c.vline(x + 2, y + h - 3, y + h - 1, P.bloodBright);
      break;
    case 'broken':
      c.rect(x, y, w, h, P.ink);
      c.line(x, y, x + 3, y + 3, P.glass);
      c.line(x + w - 1, y, x + w - 3, y + 4, P.glass);
      c.set(x + 1, y + h - 1, P.glassLight);
      break;
  }
  // mullion
  c.vline(x + Math.floor(w / 2), y, y + h - 1, P.slate);
}

function school(c: Canvas, rng: Rng): void {
  const left = 36;
  const right = 284;
  const top = 76;
  const base = 140;
  // side wings recede slightly: darker faces at the ends
  c.rect(left, top, right - left, base - top, P.linoDark);
  for (let y = top; y < base; y++) {
    for (let x = left; x < right; x++) {
      // dusk light from the top-left: the facade darkens toward the right and bottom
      const t = ((x - left) / (right - left)) * 0.6 + ((y - top) / (base - top)) * 0.4;
      c.set(x, y, ramp([P.linoDark, P.grey, P.slate], 0.15 + t * 0.85, x, y, 3));
    }
  }
  // roof parapet and rooftop clutter
  c.rect(left - 2, top - 3, right - left + 4, 3, P.grey);
  c.hline(left - 2, right + 1, top - 3, P.greyLight);
  c.hline(left - 2, right + 1, top - 1, P.slate);
  c.rect(64, top - 9, 14, 6, P.slate);
  c.hline(64, 77, top - 9, P.grey);
  c.rect(250, top - 7, 6, 4, P.slate);
  c.vline(230, top - 14, top - 3, P.slate);
  c.hline(226, 234, top - 12, P.slate);
  // central stair tower with clock
  const tx0 = 142;
  const tx1 = 178;
  const ttop = 62;
  for (let y = ttop; y < base; y++) {
    for (let x = tx0; x < tx1; x++) c.set(x, y, ramp([P.lino, P.linoDark, P.grey], ((x - tx0) / (tx1 - tx0)) * 0.5 + ((y - ttop) / (base - ttop)) * 0.5, x, y, 3));
  }
  c.rect(tx0 - 2, ttop - 3, tx1 - tx0 + 4, 3, P.greyLight);
  c.hline(tx0 - 2, tx1 + 1, ttop - 1, P.slate);
  c.ellipse(160, 71, 6, 6, P.slate);
  c.ellipse(160, 71, 5, 5, P.cream);
  c.vline(160, 67, 71, P.ink);
  c.line(160, 71, 163, 73, P.ink);
  c.set(160, 71, P.blood);
  // a banner hanging from the tower (the school name, too small to read)
  c.rect(150, 80, 20, 5, P.navy);
  c.hline(150, 169, 80, P.navyLight);
  for (let x = 152; x < 168; x += 2) c.set(x, 82, P.white);
  // storeys: floor slabs and windows
  const floors = [82, 96, 110, 124];
  for (const fy of floors) {
    c.hline(left, right - 1, fy - 3, P.greyLight);
    c.hline(left, right - 1, fy - 2, P.grey);
  }
  c.hline(left, right - 1, 138, P.slate);
  const plan: Record<string, WindowState> = {
    '0,2': 'lit',
    '0,5': 'red',
    '0,9': 'lit',
    '0,12': 'broken',
    '0,14': 'litRed',
    '1,0': 'litRed',
    '1,4': 'lit',
    '1,7': 'red',
    '1,11': 'lit',
    '1,15': 'red',
    '2,1': 'broken',
    '2,3': 'lit',
    '2,8': 'lit',
    '2,10': 'red',
    '2,13': 'lit',
    '3,2': 'red',
    '3,5': 'lit',
    '3,12': 'broken',
    '3,14': 'lit',
  };
  floors.forEach((fy, floor) => {
    for (let i = 0; i < 16; i++) {
      const wx = left + 6 + i * 15 + (i >= 8 ? 14 : 0);
      if (wx + 10 > right - 2) continue;
      if (wx + 10 > tx0 - 2 && wx < tx1 + 2) continue;
      drawWindow(c, wx, fy, 10, 9, plan[`${floor},${i}`] ?? 'dark', rng);
    }
    // stairwell windows in the tower
    drawWindow(c, 156, fy + 1, 8, 8, floor === 1 ? 'lit' : floor === 3 ? 'red' : 'dark', rng);
  });
  // entrance: a canopy and glass doors, one lit
  c.rect(146, 128, 28, 12, P.ink);
  c.rect(148, 130, 11, 10, P.navyDeep);
  c.rect(161, 130, 11, 10, P.amber);
  c.rect(161, 130, 11, 3, P.yellow);
  c.vline(166, 130, 139, P.slate);
  c.rect(163, 133, 2, 6, P.woodDark);
  c.rect(140, 125, 40, 3, P.grey);
  c.hline(140, 179, 125, P.greyLight);
  // light spilling out of the lit windows onto the facade below them
  // ground-floor base and front steps
  c.rect(left, base, right - left, 2, P.slate);
  c.rect(144, base, 32, 3, P.grey);
  c.hline(144, 175, base, P.greyLight);
}

function yard(c: Canvas, rng: Rng): void {
  for (let y = 140; y < TITLE_HEIGHT; y++) {
    for (let x = 0; x < TITLE_WIDTH; x++) {
      const t = (y - 140) / 40;
      const col = ramp([P.wood, P.woodDark, P.navyDeep, P.ink], 0.15 + t * 0.85, x, y);
      c.set(x, y, col);
    }
  }
  // warm light pooling in front of the lit door
  for (let y = 141; y < 160; y++) {
    for (let x = 130; x < 200; x++) {
      const d = Math.hypot((x - 166) / 2.2, (y - 141) * 1.2);
      if (d < 16 && (16 - d) / 16 > threshold(x, y)) c.set(x, y, d < 6 ? P.woodMid : P.wood);
    }
  }
  // a low school wall with a gate gap, and trees at the sides
  for (let x = 0; x < TITLE_WIDTH; x++) {
    if (x > 120 && x < 205) continue;
    c.rect(x, 146, 1, 5, P.slate);
    c.set(x, 146, P.grey);
    if (x % 12 === 0) c.vline(x, 144, 150, P.grey);
  }
  c.rect(118, 140, 3, 12, P.grey);
  c.rect(204, 140, 3, 12, P.grey);
  c.vline(118, 140, 151, P.greyLight);
  // flagpole
  c.vline(100, 100, 146, P.greyLight);
  c.rect(101, 101, 10, 6, P.white);
  c.rect(101, 104, 10, 3, P.greyLight);
  c.set(105, 103, P.bloodBright);
  c.set(106, 103, P.navyLight);
  const tree = (x: number, y: number, r: number): void => {
    c.rect(x - 1, y, 3, r + 4, P.woodDark);
    c.ellipse(x, y - r * 0.4, r, r * 1.2, P.greenDark);
    c.ellipse(x - r * 0.3, y - r * 0.7, r * 0.6, r * 0.6, P.green);
    for (let n = 0; n < r * 3; n++) c.set(x + rng.int(-r, r), Math.round(y - r * 0.4) + rng.int(-r, r), P.navyDeep);
  };
  tree(18, 126, 14);
  tree(44, 134, 9);
  tree(300, 128, 15);
  tree(276, 136, 8);
}

/** A shambling infected silhouette; `dir` -1 faces left, 1 faces right. Proportions scale with h. */
function infected(c: Canvas, x: number, foot: number, h: number, dir: 1 | -1, variant: number): void {
  const fig = new Canvas(80, 80);
  const ox = 40;
  const oy = 70;
  const body = P.navyDeep;
  const u = h / 20;
  const leg = Math.round(8 * u);
  const torso = Math.round(6 * u);
  const hip = oy - leg;
  const shoulder = hip - torso;
  const half = Math.max(2, Math.round(2.5 * u));
  const thick = Math.max(1, Math.round(1.6 * u));
  const stroke = (x0: number, y0: number, x1: number, y1: number): void => {
    for (let k = 0; k < thick; k++) fig.line(x0 + k, y0, x1 + k, y1, body);
  };
  // legs: one straight, one dragging behind
  stroke(ox - dir * 1, hip, ox - dir * Math.round(3 * u), oy);
  stroke(ox + dir * 1 - (dir < 0 ? thick - 1 : 0), hip, ox + dir * Math.round(2 * u), oy);
  fig.hline(ox - dir * Math.round(3 * u) - 1, ox - dir * Math.round(3 * u) + thick, oy, body);
  // torso, hunched forward
  const lean = Math.round(2 * u) * dir;
  for (let y = shoulder; y <= hip; y++) {
    const f = (hip - y) / torso;
    const dx = Math.round(f * lean);
    const w = Math.round(half + (1 - Math.abs(f - 0.3)) * 0.6 * u);
    fig.hline(ox - w + dx, ox + w + dx, y, body);
  }
  const sx = ox + lean;
  // head, hung low and forward
  const r = Math.max(1.6, 2.2 * u);
  const hx = sx + dir * Math.round(1 * u);
  const hy = shoulder - Math.round(r * 0.9) - (u > 1.2 ? 1 : 0);
  fig.ellipse(hx, hy, r, r * 1.1, body);
  if (variant === 2) {
    // long hair hanging down
    for (let k = 0; k < Math.round(4 * u); k++) fig.hline(Math.round(hx - r), Math.round(hx + r) - 1, hy + k, body);
  }
  // arms
  const reach = Math.round(8 * u);
  const ay = shoulder + 1;
  if (variant === 1) {
    stroke(sx, ay, sx + dir * reach, ay - Math.round(2 * u));
    stroke(sx - dir, ay + 1, sx + dir * (reach - 1), ay + Math.round(1 * u));
  } else if (variant === 2) {
    stroke(sx, ay, sx + dir * reach, ay + Math.round(1 * u));
    stroke(sx - dir * half, ay, sx - dir * (half + 1), hip + Math.round(2 * u));
  } else {
    stroke(sx, ay, sx + dir * reach, ay + Math.round(2 * u));
    stroke(sx - dir, ay + 1, sx + dir * (reach - 2), ay + Math.round(3 * u));
  }
  // moonlit rim on the top-left edges; pale skin on face and hands
  const lit = fig.clone();
  for (let y = 0; y < fig.height; y++) {
    for (let xx = 0; xx < fig.width; xx++) {
      if (lit.get(xx, y) !== body) continue;
      if (lit.get(xx, y - 1) === 0 || lit.get(xx - 1, y) === 0) fig.set(xx, y, P.navy);
    }
  }
  fig.set(Math.round(hx + dir * r * 0.6), Math.round(hy), P.paleDark);
  fig.set(Math.round(hx + dir * r * 0.6), Math.round(hy + 1), u > 1.2 ? P.pale : P.paleDark);
  if (u > 1.2) {
    fig.set(Math.round(hx + dir * r * 0.3), Math.round(hy + r * 0.8), P.blood);
    fig.set(Math.round(hx + dir * r * 0.6) - dir, Math.round(hy), P.ink);
  }
  const handY = variant === 1 ? ay - Math.round(2 * u) : ay + Math.round(variant === 2 ? 1 * u : 2 * u);
  fig.set(sx + dir * reach, handY, P.paleDark);
  fig.set(ox + lean / 2, shoulder + Math.round(torso / 2), P.blood);
  fig.outline(P.ink);
  c.draw(fig, x - ox, foot - oy);
}

function vignette(c: Canvas): void {
  for (let y = 0; y < TITLE_HEIGHT; y++) {
    for (let x = 0; x < TITLE_WIDTH; x++) {
      const dx = (x - TITLE_WIDTH / 2) / (TITLE_WIDTH / 2);
      const dy = (y - TITLE_HEIGHT / 2) / (TITLE_HEIGHT / 2);
      const d = Math.sqrt(dx * dx * 0.8 + dy * dy * 0.6);
      if (d > 0.85 && (d - 0.85) * 2.2 > threshold(x, y)) c.set(x, y, P.ink);
    }
  }
}

export function drawTitle(): Canvas {
  const c = new Canvas(TITLE_WIDTH, TITLE_HEIGHT);
  const rng = new Rng(seedOf('title'));
  sky(c, rng);
  distantCity(c, rng);
  school(c, rng);
  yard(c, rng);
  infected(c, 74, 160, 16, 1, 0);
  infected(c, 132, 155, 13, 1, 1);
  infected(c, 190, 158, 14, -1, 2);
  infected(c, 236, 162, 17, -1, 0);
  infected(c, 258, 153, 12, -1, 1);
  infected(c, 44, 177, 30, 1, 1);
  infected(c, 286, 179, 34, -1, 2);
  vignette(c);
  return c;
}
