/**
 * Where the sounds come from: each file as Opus in Ogg and as MP3 (tools/encode-audio.ts makes
 * both from the generated WAVs). Howler takes the first its browser can play (`Howler.codecs`):
 * Opus everywhere it is supported, MP3 on older Safari. The WAVs are never shipped.
 */

import effectsOpus from '../../../assets/audio/effects.ogg?url';
import effectsMp3 from '../../../assets/audio/effects.mp3?url';
import ambientOpus from '../../../assets/audio/ambient.ogg?url';
import ambientMp3 from '../../../assets/audio/ambient.mp3?url';
import tenseOpus from '../../../assets/audio/tense.ogg?url';
import tenseMp3 from '../../../assets/audio/tense.mp3?url';
import chaseOpus from '../../../assets/audio/chase.ogg?url';
import chaseMp3 from '../../../assets/audio/chase.mp3?url';
import type { LoopName } from './sound-names';

export type Codec = 'opus' | 'mp3';

export interface SoundSource {
  src: string[];
  /** Howler's names for the codecs of `src`, in the same order. */
  format: Codec[];
}

const both = (opus: string, mp3: string): SoundSource => ({ src: [opus, mp3], format: ['opus', 'mp3'] });

export const EFFECTS_SOURCE = both(effectsOpus, effectsMp3);

export const LOOP_SOURCES: Record<LoopName, SoundSource> = {
  ambient: both(ambientOpus, ambientMp3),
  tense: both(tenseOpus, tenseMp3),
  chase: both(chaseOpus, chaseMp3),
};

/** The codec of the source a loaded Howl picked (howler keeps the chosen URL as its `_src`). */
export function codecOf(source: SoundSource, chosen: unknown): Codec | null {
  const index = typeof chosen === 'string' ? source.src.indexOf(chosen) : -1;
  return index < 0 ? null : source.format[index]!;
}
