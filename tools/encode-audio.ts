/**
 * Encodes the generated WAVs (npm run gen:audio) for the web: Opus in Ogg, which every current
 * browser but older Safari plays, and MP3 for the rest; howler takes the first its browser can
 * play (src/game/audio/sound-files.ts).
 *
 *   npm run audio:encode            encode what changed (needs ffmpeg with libopus and libmp3lame)
 *   npm run audio:encode -- --check  only check, never encode; exits 1 if an output is stale
 *
 * The outputs are committed, so building the game needs no encoder. assets/audio/encoded.json
 * records for each output the hash of the WAV it came from, the ffmpeg arguments and the output's
 * own hash: an output is up to date when all three still match, and then nothing is re-encoded
 * (a machine without ffmpeg can run this as long as the WAVs did not change).
 * tests/tools/encode-audio.test.ts checks the same.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIO_FILES } from '../src/game/audio/sound-names';
import { REPO_ROOT } from './gen-audio';

export const ENCODED_MANIFEST = 'assets/audio/encoded.json';

/** Deterministic output: no encoder tag, no random Ogg stream serial, no metadata. */
const EXACT = ['-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1'];

/**
 * Effects are short sharp sounds: Opus at 32 kbit/s keeps their attacks. The loops are mostly low
 * sounds sampled at 11 kHz: 24 kbit/s. MP3 gets more (it needs it) and a 22,050 Hz rate, the lowest
 * every MP3 decoder takes (11,025 Hz is MPEG 2.5, which not all do).
 */
const OPUS = (kbps: number): string[] => ['-c:a', 'libopus', '-b:a', `${kbps}k`, '-vbr', 'on', '-application', 'audio'];
const MP3 = (kbps: number): string[] => ['-ar', '22050', '-c:a', 'libmp3lame', '-b:a', `${kbps}k`, '-id3v2_version', '0'];

export interface Encoding {
  source: string;
  output: string;
  args: string[];
}

const stem = (path: string): string => path.replace(/\.wav$/, '');

export const ENCODINGS: readonly Encoding[] = [
  { source: AUDIO_FILES.effects, output: `${stem(AUDIO_FILES.effects)}.ogg`, args: OPUS(32) },
  { source: AUDIO_FILES.effects, output: `${stem(AUDIO_FILES.effects)}.mp3`, args: MP3(56) },
  ...[AUDIO_FILES.ambient, AUDIO_FILES.tense, AUDIO_FILES.chase].flatMap((source): Encoding[] => [
    { source, output: `${stem(source)}.ogg`, args: OPUS(24) },
    { source, output: `${stem(source)}.mp3`, args: MP3(32) },
  ]),
];

interface ManifestEntry {
  source: string;
  sourceSha256: string;
  args: string[];
  sha256: string;
}
type Manifest = Record<string, ManifestEntry>;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const file = (path: string): string => resolve(REPO_ROOT, path);

export function readManifest(): Manifest {
  const path = file(ENCODED_MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : {};
}

/** Why an output needs encoding again, or undefined when it is up to date. */
export function staleReason(encoding: Encoding, manifest: Manifest = readManifest()): string | undefined {
  const entry = manifest[encoding.output];
  if (entry === undefined) return 'not in the manifest';
  if (!existsSync(file(encoding.output))) return 'file missing';
  if (entry.source !== encoding.source || JSON.stringify(entry.args) !== JSON.stringify(encoding.args)) return 'settings changed';
  if (entry.sourceSha256 !== sha256(readFileSync(file(encoding.source)))) return `${encoding.source} changed`;
  if (entry.sha256 !== sha256(readFileSync(file(encoding.output)))) return 'file edited by hand';
  return undefined;
}

function encode(encoding: Encoding): void {
  try {
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', file(encoding.source), ...encoding.args, ...EXACT, file(encoding.output)], { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(
      code === 'ENOENT' ? `${encoding.output} needs encoding but ffmpeg is not installed (Debian: apt-get install ffmpeg)` : `ffmpeg could not encode ${encoding.output}: ${String(error)}`,
      { cause: error },
    );
  }
}

function main(): void {
  const check = process.argv.includes('--check');
  const manifest = readManifest();
  const stale = ENCODINGS.map((encoding) => ({ encoding, reason: staleReason(encoding, manifest) })).filter((s) => s.reason !== undefined);
  if (check) {
    for (const { encoding, reason } of stale) console.error(`stale: ${encoding.output} (${reason})`);
    if (stale.length > 0) {
      console.error('run `npm run audio:encode`');
      process.exit(1);
    }
    console.log(`all ${ENCODINGS.length} encoded files are up to date`);
    return;
  }
  for (const { encoding, reason } of stale) {
    encode(encoding);
    const bytes = readFileSync(file(encoding.output));
    manifest[encoding.output] = { source: encoding.source, sourceSha256: sha256(readFileSync(file(encoding.source))), args: encoding.args, sha256: sha256(bytes) };
    console.log(`encoded ${encoding.output} (${bytes.length} bytes; ${reason})`);
  }
  const sorted = Object.fromEntries(ENCODINGS.map((e) => [e.output, manifest[e.output]!]));
  writeFileSync(file(ENCODED_MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);
  if (stale.length === 0) console.log(`all ${ENCODINGS.length} encoded files are up to date; nothing encoded`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
