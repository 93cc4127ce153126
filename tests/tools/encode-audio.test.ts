/**
 * The committed Opus and MP3 files are encoded from the current WAVs with the current settings
 * (tools/encode-audio.ts), and are what they claim to be: Ogg Opus and MPEG audio, as long as
 * their source.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWav } from '../../tools/audio/wav';
import { ENCODINGS, staleReason } from '../../tools/encode-audio';
import { REPO_ROOT } from '../../tools/gen-audio';

const read = (path: string): Buffer => readFileSync(resolve(REPO_ROOT, path));

/** Seconds of an Ogg Opus file: the last page's granule position (48 kHz) less the pre-skip. */
function oggOpusSeconds(bytes: Buffer): number {
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('OggS');
  const head = bytes.indexOf('OpusHead', 0, 'latin1');
  expect(head).toBeGreaterThan(0);
  const preSkip = bytes.readUInt16LE(head + 10);
  const last = bytes.lastIndexOf('OggS', bytes.length - 1, 'latin1');
  const granule = Number(bytes.readBigUInt64LE(last + 6));
  return (granule - preSkip) / 48_000;
}

describe('encoded audio', () => {
  it('is up to date with the WAVs and the encoder settings (else: npm run audio:encode)', () => {
    expect(ENCODINGS.map((e) => [e.output, staleReason(e) ?? 'ok'])).toEqual(ENCODINGS.map((e) => [e.output, 'ok']));
  });

  it('has an Opus and an MP3 for every sound file, each much smaller than its WAV', () => {
    const sources = [...new Set(ENCODINGS.map((e) => e.source))];
    expect(sources).toHaveLength(4);
    for (const source of sources) {
      const outputs = ENCODINGS.filter((e) => e.source === source).map((e) => e.output.slice(e.output.lastIndexOf('.')));
      expect(outputs.sort(), source).toEqual(['.mp3', '.ogg']);
    }
    for (const { source, output } of ENCODINGS) expect(read(output).length, output).toBeLessThan(read(source).length / 4);
  });

  it('keeps every sound its full length (Opus to within a frame; the sprite map stays valid)', () => {
    for (const { source, output } of ENCODINGS.filter((e) => e.output.endsWith('.ogg'))) {
      const wav = decodeWav(read(source));
      const seconds = wav.samples.length / wav.sampleRate;
      expect(Math.abs(oggOpusSeconds(read(output)) - seconds), output).toBeLessThan(0.021);
    }
  });

  it('writes MP3 as plain MPEG audio frames at 22,050 Hz', () => {
    for (const { output } of ENCODINGS.filter((e) => e.output.endsWith('.mp3'))) {
      const bytes = read(output);
      // No ID3 tag (bit-exact, no metadata): the file starts with a frame sync, MPEG-2 layer III.
      expect(bytes[0], output).toBe(0xff);
      expect(bytes[1]! & 0xfe, output).toBe(0xf2);
      // Sample-rate index 0 of MPEG-2 is 22,050 Hz.
      expect((bytes[2]! >> 2) & 0x3, output).toBe(0);
    }
  });
});
