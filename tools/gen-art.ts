/**
 * Deterministic pixel-art generator for the first playable level.
 *
 *   npm run gen:art      (re)writes the PNGs below; the output is byte-identical on every run
 *
 * Layout (frame order, sheet sizes) comes from src/game/render/sprite-layout.ts, so the renderer
 * and the art can never disagree. tests/tools/gen-art.test.ts regenerates everything in memory and
 * checks it against the committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atlasJson, drawAtlas } from './art/atlas';
import type { Canvas } from './art/canvas';
import { drawTileset, tileTable } from './art/tileset';
import { drawTitle } from './art/title';

/** Repo-relative output path -> drawing function. */
export const ART_OUTPUTS: Record<string, () => Canvas> = {
  'assets/tiles/school.png': drawTileset,
  'assets/ui/title.png': drawTitle,
  'assets/sprites/atlas.png': drawAtlas,
};

/** Repo-relative output path -> text written beside the pictures (tables tools and designers read). */
export const TEXT_OUTPUTS: Record<string, () => string> = {
  'assets/tiles/tiles.json': tileTable,
  'assets/sprites/atlas.json': atlasJson,
};

/** Draw every picture and encode it; returns repo-relative path -> file bytes (PNGs and tables). */
export function generateArt(): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [path, draw] of Object.entries(ART_OUTPUTS)) out.set(path, draw().toPng());
  for (const [path, write] of Object.entries(TEXT_OUTPUTS)) out.set(path, Buffer.from(write(), 'utf8'));
  return out;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  for (const [path, bytes] of generateArt()) {
    const file = resolve(REPO_ROOT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    console.log(`wrote ${path} (${bytes.length} bytes)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
