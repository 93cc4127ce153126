/**
 * Body builds: reshaping a drawn (not yet outlined) character frame so each zombie kind reads at a
 * glance by its outline alone — a brute is broad and tall, a runner leans into its stride, a crawler
 * drags half a body along the floor — and a sneaking student crouches. Pure pixel moves on the
 * frame the look's clothes were drawn into, so a build never needs its own clothes.
 */
import { Canvas } from './canvas';
import { PALETTE as P } from './palette';

export type Build = 'brute' | 'runner' | 'crawler';
export type View = 'front' | 'side' | 'back';

/** Columns a brute gains across the shoulders and body, and rows it gains in the torso. */
const BRUTE_WIDEN = 4;
const BRUTE_TALLER = 2;
/** Rows a crouched student sinks by. */
const CROUCH_DROP = 3;

/**
 * Broad and tall: the torso and legs (rows 8 and down) get their side columns (6 and 9, plain
 * cloth either side of a tie or zip) repeated twice each, the torso rows 9–10 are drawn twice, and
 * the head stays its size — a small head on a wide body.
 */
export function bruteBody(src: Canvas): Canvas {
  const half = BRUTE_WIDEN / 2;
  const c = new Canvas(src.width + BRUTE_WIDEN, src.height + BRUTE_TALLER);
  const rowFrom = (y: number): number => (y <= 10 ? y : y < 11 + BRUTE_TALLER ? 9 + ((y - 11) % 2) : y - BRUTE_TALLER);
  const columnFrom = (x: number): number => (x <= 6 ? x : x <= 6 + half ? 6 : x <= 9 + half ? x - half : x <= 9 + 2 * half ? 9 : x - 2 * half);
  for (let y = 0; y < c.height; y++) {
    const sy = rowFrom(y);
    // the head is moved to the middle, not widened
    for (let x = 0; x < c.width; x++) c.set(x, y, src.get(sy < 8 ? x - half : columnFrom(x), sy));
  }
  return c;
}

/** Leaning into the stride: seen from the side the head goes two pixels ahead and the shoulders one. */
export function runnerLean(src: Canvas, view: View): Canvas {
  if (view !== 'side') return src;
  const c = new Canvas(src.width, src.height);
  for (let y = 0; y < src.height; y++) {
    const shift = y < 8 ? 2 : y < 11 ? 1 : 0;
    for (let x = 0; x < src.width; x++) c.set(x - shift, y, src.get(x, y));
  }
  return c;
}

/**
 * Half a body on the floor: the head and chest (rows 0–9) lowered by five, nothing below the
 * waist but a torn, bloody edge, and the hands planted ahead — where they sit follows the stride
 * (`phase` is the stance's leg phase), so crawling reads as hand over hand.
 */
export function crawlerBody(src: Canvas, view: View, phase: number, skin: number, skinShade: number): Canvas {
  const c = new Canvas(src.width, src.height);
  const drop = 5;
  for (let y = 0; y < 10; y++) for (let x = 0; x < src.width; x++) c.set(x, y + drop, src.get(x, y));
  // torn waist
  const waist = 10 + drop - 1;
  for (let x = 0; x < c.width; x++) {
    if (!c.isOpaque(x, waist)) continue;
    c.set(x, waist, x % 3 === 0 ? P.bloodDark : x % 3 === 1 ? P.blood : c.get(x, waist));
  }
  const reach = phase === 0 ? 0 : phase === 1 || phase === 2 ? 1 : phase === 3 ? 3 : 2;
  if (view === 'side') {
    // facing left: the near hand reaches ahead, the far one pulls back as it crawls
    const near = 3 - reach;
    c.hline(near, 5, 14, skin);
    c.set(near, 13, skin);
    const far = phase === 2 || phase === 5 ? 2 : 5;
    c.set(far, 15, skinShade);
    // a smear behind it
    for (const x of [11, 12, 13, 14]) c.set(x, 15, x % 2 === 0 ? P.blood : P.bloodDark);
  } else {
    const left = phase === 2 || phase === 5 ? 0 : reach;
    const right = phase === 1 || phase === 4 ? 0 : reach;
    const y = view === 'front' ? 15 : 9 + drop;
    c.rect(2, y - left, 2, 1 + Math.min(left, 1), skin);
    c.rect(12, y - right, 2, 1 + Math.min(right, 1), skinShade);
    if (view === 'back') for (const x of [6, 7, 8, 9]) c.set(x, 15, x % 2 === 0 ? P.blood : P.bloodDark);
  }
  return c;
}

/** Crouched: the head and body sink three rows onto the feet, knees out; `bob` sinks the head one more (a crouched step). */
export function crouched(src: Canvas, view: View, knee: number, bob: boolean): Canvas {
  const c = new Canvas(src.width, src.height);
  const drop = CROUCH_DROP + (bob ? 1 : 0);
  // shoes stay on the floor; everything above the hips sinks
  for (let x = 0; x < src.width; x++) c.set(x, 14, src.get(x, 14));
  for (let y = 0; y <= 10; y++) for (let x = 0; x < src.width; x++) if (src.get(x, y) !== 0) c.set(x, y + drop, src.get(x, y));
  if (view === 'side') {
    // facing left: the knee juts forward, the body leans over it
    c.hline(3, 6, 13, knee);
    c.set(3, 14, src.get(6, 14) || knee);
  } else {
    c.hline(4, 6, 13, knee);
    c.hline(9, 11, 13, knee);
  }
  return c;
}
