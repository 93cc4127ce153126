import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIO_FILES, EFFECTS_SAMPLE_RATE, EFFECT_NAMES, LOOP_SAMPLE_RATE, type SpriteMap } from '../../src/game/audio/sound-names';
import { decodeWav } from '../../tools/audio/wav';
import { REPO_ROOT, generateAudio } from '../../tools/gen-audio';

const audio = generateAudio();
const file = (path: string): Buffer => {
  const bytes = audio.get(path);
  if (!bytes) throw new Error(`generator did not produce ${path}`);
  return bytes;
};
const rms = (samples: Float32Array): number => Math.sqrt(samples.reduce((sum, v) => sum + v * v, 0) / Math.max(1, samples.length));

describe('gen-audio', () => {
  it('matches the committed files byte for byte (run `npm run gen:audio` after changing the generator)', () => {
    expect([...audio.keys()].sort()).toEqual(Object.values(AUDIO_FILES).sort());
    for (const [path, bytes] of audio) {
      const committed = readFileSync(resolve(REPO_ROOT, path));
      expect(Buffer.compare(bytes, committed), path).toBe(0);
    }
  });

  it('is deterministic within one process too', () => {
    const again = generateAudio();
    for (const [path, bytes] of audio) expect(Buffer.compare(bytes, again.get(path) ?? Buffer.alloc(0)), path).toBe(0);
  });

  it('stays small: under 1.5 MB in all', () => {
    const total = [...audio.values()].reduce((sum, bytes) => sum + bytes.length, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('maps every named sound to its own audible, unclipped stretch of the sprite', () => {
    const map = JSON.parse(file(AUDIO_FILES.spriteMap).toString('utf8')) as SpriteMap;
    const { sampleRate, samples } = decodeWav(file(AUDIO_FILES.effects));
    expect(sampleRate).toBe(EFFECTS_SAMPLE_RATE);
    expect(Object.keys(map.sprite)).toEqual([...EFFECT_NAMES]);
    let previousEnd = 0;
    for (const name of EFFECT_NAMES) {
      const [offsetMs, durationMs] = map.sprite[name];
      expect(offsetMs, name).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = offsetMs + durationMs;
      const part = samples.subarray(Math.round((offsetMs * sampleRate) / 1000), Math.round(((offsetMs + durationMs) * sampleRate) / 1000));
      expect(rms(part), name).toBeGreaterThan(0.02);
      expect(Math.max(...part.map(Math.abs)), name).toBeLessThanOrEqual(0.9);
      // No click at the edges: the first and last samples are near silence.
      expect(Math.abs(part[0]!), name).toBeLessThan(0.02);
    }
    expect(previousEnd / 1000).toBeLessThanOrEqual(samples.length / sampleRate + 0.001);
  });

  it('makes loops that join end to start without a jump', () => {
    // The beds play for minutes and must not sound repetitive; the chase loop is short and driving.
    for (const [path, minSeconds] of [
      [AUDIO_FILES.ambient, 6],
      [AUDIO_FILES.tense, 6],
      [AUDIO_FILES.chase, 3],
    ] as const) {
      const { sampleRate, samples } = decodeWav(file(path));
      expect(sampleRate, path).toBe(LOOP_SAMPLE_RATE);
      expect(samples.length / sampleRate, path).toBeGreaterThan(minSeconds);
      expect(rms(samples), path).toBeGreaterThan(0.03);
      // The step across the seam is no bigger than the steps inside the loop.
      let largestStep = 0;
      for (let i = 1; i < samples.length; i++) largestStep = Math.max(largestStep, Math.abs(samples[i]! - samples[i - 1]!));
      expect(Math.abs(samples[0]! - samples[samples.length - 1]!), path).toBeLessThanOrEqual(largestStep);
    }
  });
});
