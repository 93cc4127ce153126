/**
 * App icons for the web app manifest, the home screen and the browser tab, drawn as 32×32 pixel
 * art from the game's palette (tools/art/palette.ts) and scaled up by whole pixels:
 * the school at night under a crescent moon, one window lit, one bloodied, a pale hand at the sill.
 *
 *   npm run gen:icons    (re)writes public/icons/*.png; byte-identical on every run
 *
 * Everything that matters sits inside the central circle that maskable icons keep (80% of the
 * width), so one drawing serves as both the plain and the maskable icon.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Canvas } from './art/canvas';
import { PALETTE } from './art/palette';

const SIZE = 32;

export function drawAppIcon(): Canvas {
  const c = new Canvas(SIZE, SIZE);
  // Night sky, darker at the top.
  for (let y = 0; y < SIZE; y++) c.hline(0, SIZE - 1, y, y < 10 ? PALETTE.ink : y < 20 ? PALETTE.navyDeep : PALETTE.navy);
  for (const [x, y] of [
    [6, 5],
    [11, 3],
    [27, 11],
    [4, 12],
    [17, 6],
  ] as const)
    c.set(x, y, PALETTE.greyLight);
  // Crescent moon, upper right.
  c.ellipse(23, 6, 3, 3, PALETTE.cream);
  c.ellipse(24.5, 5, 2.5, 2.5, PALETTE.ink);
  // The school: a block with a clock tower, roof line and two rows of windows.
  c.rect(6, 15, 20, 12, PALETTE.grey);
  c.hline(5, 26, 14, PALETTE.greyLight);
  c.rect(13, 10, 6, 5, PALETTE.linoLight);
  c.hline(12, 19, 9, PALETTE.greyLight);
  c.ellipse(15.5, 12, 1.5, 1.5, PALETTE.white);
  c.set(15, 12, PALETTE.ink);
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < 5; col++) {
      const x = 7 + col * 4;
      const y = 17 + row * 5;
      const lit = row === 0 && col === 3;
      const bloody = row === 1 && col === 1;
      c.rect(x, y, 3, 3, lit ? PALETTE.yellow : bloody ? PALETTE.bloodBright : PALETTE.navyDeep);
      if (bloody) c.set(x + 1, y + 2, PALETTE.blood);
    }
  }
  // The door, and a pale hand reaching over the lower sill of the lit window.
  c.rect(14, 23, 4, 4, PALETTE.ink);
  c.set(20, 20, PALETTE.paleLight);
  c.set(21, 20, PALETTE.pale);
  c.set(20, 19, PALETTE.paleLight);
  // Ground.
  c.rect(0, 27, SIZE, 5, PALETTE.greenDark);
  c.hline(0, SIZE - 1, 27, PALETTE.green);
  return c;
}

/** Repo-relative output path -> pixels per art pixel. */
export const ICON_OUTPUTS: Record<string, number> = {
  'public/icons/icon-192.png': 6,
  'public/icons/icon-512.png': 16,
  'public/icons/apple-touch-icon-180.png': 180 / SIZE,
  'public/icons/favicon-32.png': 1,
};

/** Scale by a whole or fractional factor, sampling the nearest art pixel (keeps hard pixel edges). */
function resize(src: Canvas, size: number): Canvas {
  const out = new Canvas(size, size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) out.set(x, y, src.get(Math.floor((x * src.width) / size), Math.floor((y * src.height) / size)));
  return out;
}

export function generateIcons(): Map<string, Buffer> {
  const art = drawAppIcon();
  const out = new Map<string, Buffer>();
  for (const [path, factor] of Object.entries(ICON_OUTPUTS)) out.set(path, resize(art, Math.round(SIZE * factor)).toPng());
  return out;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  for (const [path, bytes] of generateIcons()) {
    const file = resolve(REPO_ROOT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    console.log(`wrote ${path} (${bytes.length} bytes)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
