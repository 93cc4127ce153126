/**
 * Deterministic sound generator.
 *
 *   npm run gen:audio    (re)writes assets/audio/; the output is byte-identical on every run
 *
 * Writes one audio sprite (every effect, mono 16-bit WAV, each sound starting on a 20 ms boundary
 * after a short silence so neighbours never bleed into each other), its howler sprite map (JSON),
 * and three loops (ambient, tense, chase). Sound names come from src/game/audio/sound-names.ts.
 * tests/tools/gen-audio.test.ts regenerates everything in memory and compares it with the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIO_FILES, EFFECTS_SAMPLE_RATE, EFFECT_NAMES, LOOP_SAMPLE_RATE, type EffectName, type SpriteMap } from '../src/game/audio/sound-names';
import { EFFECT_RECIPES } from './audio/effects';
import { ambientLoop, chaseLoop, tenseLoop } from './audio/loops';
import { Rng, seedOf } from './seeded-rng';
import { encodeWav } from './audio/wav';

/** Sounds start on multiples of this many samples: exactly 20 ms at 22,050 Hz. */
const SLOT_SAMPLES = 441;
const SLOT_MS = 20;
const GAP_SLOTS = 3;

export interface EffectsSprite {
  samples: Float32Array;
  map: SpriteMap;
}

export function renderEffectsSprite(): EffectsSprite {
  const parts = EFFECT_NAMES.map((name) => ({ name, samples: EFFECT_RECIPES[name](new Rng(seedOf(name))) }));
  let slots = 0;
  const placed: { name: EffectName; slot: number; samples: Float32Array }[] = [];
  for (const part of parts) {
    placed.push({ name: part.name, slot: slots, samples: part.samples });
    slots += Math.ceil(part.samples.length / SLOT_SAMPLES) + GAP_SLOTS;
  }
  const samples = new Float32Array(slots * SLOT_SAMPLES);
  const sprite = {} as Record<EffectName, [number, number]>;
  for (const { name, slot, samples: sound } of placed) {
    samples.set(sound, slot * SLOT_SAMPLES);
    sprite[name] = [slot * SLOT_MS, Math.ceil((sound.length * 1000) / EFFECTS_SAMPLE_RATE)];
  }
  return { samples, map: { sampleRate: EFFECTS_SAMPLE_RATE, sprite } };
}

/** JSON with one sound per line, so a diff shows which sounds moved. */
function formatSpriteMap(map: SpriteMap): string {
  const lines = Object.entries(map.sprite).map(([name, span]) => `    ${JSON.stringify(name)}: ${JSON.stringify(span)}`);
  return `{\n  "sampleRate": ${map.sampleRate},\n  "sprite": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** Render every file; returns repo-relative path -> bytes. */
export function generateAudio(): Map<string, Buffer> {
  const effects = renderEffectsSprite();
  const out = new Map<string, Buffer>();
  out.set(AUDIO_FILES.effects, encodeWav(effects.samples, EFFECTS_SAMPLE_RATE));
  out.set(AUDIO_FILES.spriteMap, Buffer.from(formatSpriteMap(effects.map), 'utf8'));
  out.set(AUDIO_FILES.ambient, encodeWav(ambientLoop(new Rng(seedOf('ambient'))), LOOP_SAMPLE_RATE));
  out.set(AUDIO_FILES.tense, encodeWav(tenseLoop(new Rng(seedOf('tense'))), LOOP_SAMPLE_RATE));
  out.set(AUDIO_FILES.chase, encodeWav(chaseLoop(new Rng(seedOf('chase'))), LOOP_SAMPLE_RATE));
  return out;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  let total = 0;
  for (const [path, bytes] of generateAudio()) {
    const file = resolve(REPO_ROOT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    total += bytes.length;
    console.log(`wrote ${path} (${bytes.length} bytes)`);
  }
  console.log(`total ${(total / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
