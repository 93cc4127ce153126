/**
 * The sound effects, each drawn from oscillators, seeded noise, envelopes and filters at
 * `EFFECTS_SAMPLE_RATE`. Every recipe takes its own `Rng` (seeded from the sound's name), so
 * changing one sound never changes another.
 */

import { EFFECTS_SAMPLE_RATE, type EffectName, type Surface } from '../../src/game/audio/sound-names';
import { add, ahr, decay, drive, fadeEdges, filter, mixInto, noise, normalize, osc, reverb, scale, shape, silence } from './synth';
import type { Rng } from '../seeded-rng';

const RATE = EFFECTS_SAMPLE_RATE;

function footstep(surface: Surface, variant: number, rng: Rng): Float32Array {
  const len = 0.2;
  const pitch = 1 + (variant - 1.5) * 0.12 + rng.range(-0.03, 0.03);
  const out = silence(len, RATE);
  if (surface === 'linoleum') {
    // Rubber sole on vinyl: a dull heel thud and a soft scuff.
    const thud = shape(
      osc('sine', (t) => 95 * pitch * (1 - t * 2), len, RATE),
      decay(0.025),
      RATE,
    );
    const scuff = shape(filter(noise(rng, len, RATE), 'bandpass', 2200 * pitch, RATE, 1.2), (t) => ahr(0.008, 0.01, 0.05)(t - 0.012), RATE);
    mixInto(out, thud, 0, RATE, 0.8);
    mixInto(out, scuff, 0, RATE, 0.9);
    if (variant === 2) {
      const squeak = shape(
        osc('sine', (t) => 2600 + 900 * t, 0.05, RATE),
        ahr(0.01, 0.01, 0.03),
        RATE,
      );
      mixInto(out, squeak, 0.03, RATE, 0.08);
    }
  } else if (surface === 'wood') {
    // Hollow boards: two body resonances and a knock.
    const body = add(shape(osc('sine', 125 * pitch, len, RATE), decay(0.05), RATE), scale(shape(osc('sine', 290 * pitch, len, RATE), decay(0.03), RATE), 0.5));
    const knock = shape(filter(noise(rng, len, RATE), 'bandpass', 850 * pitch, RATE, 2), decay(0.018), RATE);
    mixInto(out, body, 0, RATE, 0.8);
    mixInto(out, knock, 0, RATE, 1.1);
  } else if (surface === 'concrete') {
    // Grit on concrete: a dry low heel and a gravelly scrape.
    const heel = shape(
      osc('sine', (t) => 120 * pitch * (1 - t * 2), len, RATE),
      decay(0.018),
      RATE,
    );
    const grit = shape(filter(noise(rng, len, RATE), 'bandpass', 1400 * pitch, RATE, 0.8), (t) => ahr(0.004, 0.03, 0.06)(t - 0.005), RATE);
    const specks = shape(filter(noise(rng, len, RATE), 'highpass', 5000, RATE), (t) => (Math.sin(t * 900) > 0.7 ? 1 : 0.2) * decay(0.05)(t), RATE);
    mixInto(out, heel, 0, RATE, 0.8);
    mixInto(out, grit, 0, RATE, 0.9);
    mixInto(out, specks, 0.01, RATE, 0.25);
  } else if (surface === 'mat') {
    // A padded gym mat: a soft, low, breathy thump and nothing bright.
    const thump = shape(
      osc('sine', (t) => 70 * pitch * (1 - t), len, RATE),
      decay(0.05),
      RATE,
    );
    const puff = shape(filter(noise(rng, len, RATE), 'lowpass', 500 * pitch, RATE), ahr(0.01, 0.02, 0.08), RATE);
    mixInto(out, thump, 0, RATE, 0.9);
    mixInto(out, puff, 0, RATE, 0.7);
  } else {
    // Hard tile: a sharp click with a short bright ring.
    const click = shape(filter(noise(rng, len, RATE), 'highpass', 3000 * pitch, RATE, 0.9), decay(0.008), RATE);
    const ring = shape(osc('sine', 1850 * pitch, len, RATE), decay(0.02), RATE);
    const heel = shape(osc('sine', 180 * pitch, len, RATE), decay(0.015), RATE);
    mixInto(out, click, 0, RATE, 1);
    mixInto(out, ring, 0, RATE, 0.12);
    mixInto(out, heel, 0, RATE, 0.5);
  }
  return normalize(fadeEdges(out, RATE), 0.7);
}

/** A voice: a buzzing source through three vowel formants. */
function voice(rng: Rng, seconds: number, pitch: (t: number) => number, formants: [number, number, number], breath: number): Float32Array {
  const source = add(
    osc('saw', pitch, seconds, RATE),
    scale(
      osc('saw', (t) => pitch(t) * 0.5, seconds, RATE),
      0.35,
    ),
    scale(noise(rng, seconds, RATE), breath),
  );
  const [f1, f2, f3] = formants;
  return add(filter(source, 'bandpass', f1, RATE, 5), scale(filter(source, 'bandpass', f2, RATE, 6), 0.6), scale(filter(source, 'bandpass', f3, RATE, 8), 0.25));
}

function groan(variant: number, rng: Rng): Float32Array {
  const seconds = 1.0 + variant * 0.12;
  const base = 62 + variant * 9 + rng.range(-4, 4);
  const rise = rng.range(0.15, 0.35);
  const wobbleRate = rng.range(3, 6);
  const pitch = (t: number): number => {
    const contour = t < rise ? 0.85 + 0.3 * (t / rise) : 1.15 - 0.4 * ((t - rise) / (seconds - rise));
    return base * contour * (1 + 0.05 * Math.sin(2 * Math.PI * wobbleRate * t));
  };
  // The vowel slides from "uh" towards "aw" and back, as a jaw hangs open.
  const open = (t: number): number => Math.sin(Math.min(1, t / seconds) * Math.PI);
  const source = add(osc('saw', pitch, seconds, RATE), scale(noise(rng, seconds, RATE, 'pink'), 0.9));
  const shaped = add(
    filter(source, 'bandpass', (t) => 420 + 260 * open(t), RATE, 4),
    scale(
      filter(source, 'bandpass', (t) => 900 + 250 * open(t), RATE, 5),
      0.55,
    ),
    scale(filter(source, 'bandpass', 2400, RATE, 7), 0.18),
  );
  // Vocal fry: a rough flutter of the amplitude at around 28 Hz.
  const fry = rng.range(24, 34);
  shape(shaped, (t) => (0.65 + 0.35 * Math.sin(2 * Math.PI * fry * t)) * ahr(0.18, seconds - 0.55, 0.37)(t), RATE);
  drive(normalize(shaped, 1), 2.2);
  return normalize(fadeEdges(filter(shaped, 'lowpass', 3200, RATE), RATE), 0.85);
}

function scream(rng: Rng): Float32Array {
  const seconds = 0.9;
  const pitch = (t: number): number => (t < 0.12 ? 620 + 2000 * t : 860 - 180 * t) * (1 + 0.025 * Math.sin(2 * Math.PI * 6.5 * t));
  const sound = voice(rng, seconds, pitch, [950, 1450, 2900], 0.35);
  shape(sound, ahr(0.04, 0.35, 0.5), RATE);
  drive(normalize(sound, 1), 1.6);
  return normalize(fadeEdges(reverb(sound, RATE, { wet: 0.25, feedback: 0.55, tail: 0.25 }), RATE), 0.85);
}

function swing(rng: Rng): Float32Array {
  const seconds = 0.28;
  const whoosh = filter(noise(rng, seconds, RATE), 'bandpass', (t) => 450 + 2600 * Math.sin(Math.min(1, t / seconds) * Math.PI), RATE, 1.6);
  shape(whoosh, (t) => Math.sin(Math.min(1, t / seconds) * Math.PI) ** 2, RATE);
  return normalize(fadeEdges(whoosh, RATE), 0.6);
}

function hit(rng: Rng): Float32Array {
  const seconds = 0.25;
  const thump = shape(
    osc('sine', (t) => 130 * Math.exp(-t * 12) + 45, seconds, RATE),
    decay(0.06),
    RATE,
  );
  const smack = shape(filter(noise(rng, seconds, RATE), 'lowpass', 1800, RATE), decay(0.03), RATE);
  const crack = shape(filter(noise(rng, seconds, RATE), 'highpass', 4000, RATE), decay(0.004), RATE);
  const out = add(scale(thump, 1), scale(smack, 0.9), scale(crack, 0.5));
  drive(normalize(out, 1), 1.5);
  return normalize(fadeEdges(out, RATE), 0.85);
}

function bite(rng: Rng): Float32Array {
  const seconds = 0.45;
  const out = silence(seconds, RATE);
  // Crunch: a handful of gristly bursts.
  for (let i = 0; i < 6; i++) {
    const start = rng.range(0, 0.2);
    const burst = shape(filter(noise(rng, 0.06, RATE), 'bandpass', rng.range(900, 2600), RATE, 2.5), decay(rng.range(0.006, 0.015)), RATE);
    mixInto(out, burst, start, RATE, rng.range(0.5, 1));
  }
  // Wet: low noise whose filter wobbles.
  const wet = shape(
    filter(noise(rng, seconds, RATE), 'lowpass', (t) => 500 + 400 * Math.sin(2 * Math.PI * 13 * t), RATE, 3),
    ahr(0.02, 0.12, 0.3),
    RATE,
  );
  mixInto(out, wet, 0.03, RATE, 0.8);
  const snap = shape(
    osc('sine', (t) => 200 * Math.exp(-t * 20) + 60, 0.1, RATE),
    decay(0.03),
    RATE,
  );
  mixInto(out, snap, 0, RATE, 0.7);
  return normalize(fadeEdges(out, RATE), 0.85);
}

function door(rng: Rng): Float32Array {
  const seconds = 0.85;
  const out = silence(seconds, RATE);
  // Creak: stick-slip pulses speeding up, through the door's wood resonances.
  const creakLen = 0.5;
  const pulses = osc('saw', (t) => 28 + 70 * t + 6 * Math.sin(2 * Math.PI * 9 * t), creakLen, RATE);
  const creak = add(filter(pulses, 'bandpass', 950, RATE, 6), scale(filter(pulses, 'bandpass', 2300, RATE, 8), 0.6));
  shape(creak, ahr(0.05, 0.3, 0.15), RATE);
  mixInto(out, normalize(creak, 1), 0, RATE, 0.55);
  const thud = add(
    shape(
      osc('sine', (t) => 85 * Math.exp(-t * 4) + 40, 0.3, RATE),
      decay(0.08),
      RATE,
    ),
    scale(shape(filter(noise(rng, 0.3, RATE), 'lowpass', 600, RATE), decay(0.04), RATE), 1.2),
    scale(shape(filter(noise(rng, 0.3, RATE), 'bandpass', 2500, RATE, 3), decay(0.01), RATE), 0.5),
  );
  mixInto(out, thud, 0.5, RATE, 1);
  return normalize(fadeEdges(out, RATE), 0.85);
}

function glass(rng: Rng): Float32Array {
  const seconds = 0.9;
  const out = silence(seconds, RATE);
  const burst = shape(filter(noise(rng, seconds, RATE), 'highpass', 2500, RATE), decay(0.05), RATE);
  mixInto(out, burst, 0, RATE, 0.7);
  // Shards: bright partials that start scattered and ring out briefly.
  for (let i = 0; i < 26; i++) {
    const start = i < 8 ? rng.range(0, 0.05) : rng.range(0.05, 0.45);
    const ring = shape(osc('sine', rng.range(2200, 8500), 0.4, RATE, rng.next()), decay(rng.range(0.02, 0.12), 0.001), RATE);
    mixInto(out, ring, start, RATE, rng.range(0.15, 0.4) * (i < 8 ? 1 : 0.6));
  }
  const tinkle = shape(filter(noise(rng, seconds, RATE), 'bandpass', 6000, RATE, 4), (t) => 0.3 * Math.exp(-t * 5), RATE);
  mixInto(out, tinkle, 0.05, RATE, 0.6);
  return normalize(fadeEdges(out, RATE), 0.8);
}

function tones(notes: { hz: number; at: number; length: number; shape?: 'sine' | 'triangle' | 'square' }[], seconds: number, gain: number): Float32Array {
  const out = silence(seconds, RATE);
  for (const note of notes) {
    const tone = add(osc(note.shape ?? 'triangle', note.hz, note.length, RATE), scale(osc('sine', note.hz * 2, note.length, RATE), 0.25));
    shape(tone, ahr(0.005, note.length * 0.3, note.length * 0.7), RATE);
    mixInto(out, tone, note.at, RATE, gain);
  }
  return out;
}

function pickup(): Float32Array {
  const out = tones(
    [
      { hz: 660, at: 0, length: 0.08 },
      { hz: 990, at: 0.07, length: 0.16 },
    ],
    0.26,
    0.6,
  );
  return normalize(fadeEdges(out, RATE), 0.55);
}

function uiClick(rng: Rng): Float32Array {
  const out = add(shape(osc('sine', 1700, 0.05, RATE), decay(0.008), RATE), scale(shape(filter(noise(rng, 0.05, RATE), 'highpass', 3000, RATE), decay(0.003), RATE), 0.5));
  return normalize(fadeEdges(out, RATE, 0.002), 0.45);
}

function uiConfirm(): Float32Array {
  const out = tones(
    [
      { hz: 523.25, at: 0, length: 0.12 },
      { hz: 783.99, at: 0.09, length: 0.22 },
    ],
    0.32,
    0.6,
  );
  return normalize(fadeEdges(out, RATE), 0.5);
}

function stingWon(): Float32Array {
  // A rising major arpeggio over a held chord: relief, not triumph.
  const notes = [261.63, 329.63, 392.0, 523.25].map((hz, i) => ({ hz, at: i * 0.14, length: 0.5 }));
  const chord = [261.63, 329.63, 392.0].map((hz) => ({ hz: hz / 2, at: 0.56, length: 1.0, shape: 'sine' as const }));
  const dry = tones([...notes, ...chord], 1.7, 0.5);
  return normalize(fadeEdges(reverb(filter(dry, 'lowpass', 3000, RATE), RATE, { wet: 0.35, feedback: 0.7, tail: 0.5 }), RATE, 0.02), 0.7);
}

function stingLost(rng: Rng): Float32Array {
  // Two low saws beating against each other under a falling minor second, the filter closing.
  const seconds = 2.2;
  const drone = add(osc('saw', 55, seconds, RATE), osc('saw', 58.27, seconds, RATE), scale(noise(rng, seconds, RATE, 'brown'), 0.5));
  const closing = filter(drone, 'lowpass', (t) => 1400 * Math.exp(-t * 1.4) + 120, RATE, 1.5);
  shape(closing, ahr(0.05, 0.9, 1.2), RATE);
  const fall = tones(
    [
      { hz: 311.13, at: 0.1, length: 0.7, shape: 'sine' },
      { hz: 293.66, at: 0.7, length: 1.3, shape: 'sine' },
    ],
    seconds,
    0.35,
  );
  const out = add(scale(normalize(closing, 1), 0.7), fall);
  return normalize(fadeEdges(reverb(out, RATE, { wet: 0.3, feedback: 0.7, tail: 0.4 }), RATE, 0.02), 0.75);
}

function alarm(): Float32Array {
  // A cheap phone's ringtone: a bright trill of two tones, twice, as tinny as its speaker.
  const seconds = 0.46;
  const trill = osc('square', (t) => (Math.floor(t * 24) % 2 === 0 ? 1318.5 : 1568), seconds, RATE);
  const gate = (t: number): number => (t < 0.2 ? ahr(0.005, 0.17, 0.02)(t) : ahr(0.005, 0.17, 0.06)(t - 0.24));
  const tinny = filter(filter(shape(trill, gate, RATE), 'highpass', 700, RATE), 'lowpass', 5000, RATE);
  return normalize(fadeEdges(tinny, RATE), 0.6);
}

function bang(rng: Rng): Float32Array {
  // Fists and shoulders on a barricaded door: a heavy wooden boom, boards rattling after it.
  const seconds = 0.7;
  const out = silence(seconds, RATE);
  const boom = add(
    shape(
      osc('sine', (t) => 70 * Math.exp(-t * 6) + 38, 0.5, RATE),
      decay(0.12),
      RATE,
    ),
    scale(shape(filter(noise(rng, 0.5, RATE), 'lowpass', 700, RATE), decay(0.05), RATE), 1.4),
  );
  mixInto(out, drive(normalize(boom, 1), 2), 0, RATE, 1);
  for (let i = 0; i < 5; i++) {
    const knock = shape(filter(noise(rng, 0.08, RATE), 'bandpass', rng.range(500, 1100), RATE, 4), decay(rng.range(0.008, 0.02)), RATE);
    mixInto(out, knock, 0.06 + i * rng.range(0.04, 0.08), RATE, 0.5 / (1 + i * 0.4));
  }
  return normalize(fadeEdges(out, RATE), 0.85);
}

function splinter(rng: Rng): Float32Array {
  // Wood giving way: a crack, then a run of snapping fibres and a falling board.
  const seconds = 0.9;
  const out = silence(seconds, RATE);
  const crack = shape(filter(noise(rng, 0.2, RATE), 'bandpass', 1800, RATE, 1.2), decay(0.01), RATE);
  mixInto(out, crack, 0, RATE, 1);
  for (let i = 0; i < 14; i++) {
    const snap = shape(filter(noise(rng, 0.05, RATE), 'bandpass', rng.range(1200, 4200), RATE, 3), decay(rng.range(0.003, 0.01)), RATE);
    mixInto(out, snap, 0.02 + rng.range(0, 0.35), RATE, rng.range(0.25, 0.7));
  }
  const board = shape(
    osc('sine', (t) => 140 * Math.exp(-t * 5) + 60, 0.3, RATE),
    decay(0.06),
    RATE,
  );
  mixInto(out, board, 0.5, RATE, 0.8);
  return normalize(fadeEdges(out, RATE), 0.85);
}

function rattle(rng: Rng): Float32Array {
  // A locked door tried: the handle jerked three times against the lock, a chain clinking.
  const seconds = 0.6;
  const out = silence(seconds, RATE);
  for (let i = 0; i < 3; i++) {
    const jerk = add(
      shape(filter(noise(rng, 0.1, RATE), 'bandpass', 2400, RATE, 5), decay(0.012), RATE),
      scale(shape(osc('sine', 1650 + i * 90, 0.1, RATE), decay(0.02), RATE), 0.3),
      scale(
        shape(
          osc('sine', (t) => 95 * Math.exp(-t * 20) + 50, 0.1, RATE),
          decay(0.02),
          RATE,
        ),
        0.6,
      ),
    );
    mixInto(out, jerk, i * 0.16, RATE, 1 - i * 0.15);
  }
  return normalize(fadeEdges(out, RATE), 0.7);
}

function fall(rng: Rng): Float32Array {
  // A body hitting the floor: a dull thud and a slap of cloth.
  const seconds = 0.45;
  const thud = shape(
    osc('sine', (t) => 90 * Math.exp(-t * 9) + 40, seconds, RATE),
    decay(0.08),
    RATE,
  );
  const slap = shape(filter(noise(rng, seconds, RATE), 'lowpass', 1200, RATE), decay(0.03), RATE);
  const out = add(thud, scale(slap, 0.8));
  return normalize(fadeEdges(out, RATE), 0.8);
}

function uiBack(): Float32Array {
  const out = tones(
    [
      { hz: 659.25, at: 0, length: 0.09 },
      { hz: 493.88, at: 0.07, length: 0.16 },
    ],
    0.26,
    0.55,
  );
  return normalize(fadeEdges(out, RATE), 0.45);
}

/** Every effect in sprite order; each gets an `Rng` seeded from its name by the caller. */
export const EFFECT_RECIPES: Record<EffectName, (rng: Rng) => Float32Array> = {
  'step-linoleum-1': (rng) => footstep('linoleum', 1, rng),
  'step-linoleum-2': (rng) => footstep('linoleum', 2, rng),
  'step-wood-1': (rng) => footstep('wood', 1, rng),
  'step-wood-2': (rng) => footstep('wood', 2, rng),
  'step-tile-1': (rng) => footstep('tile', 1, rng),
  'step-tile-2': (rng) => footstep('tile', 2, rng),
  'groan-1': (rng) => groan(1, rng),
  'groan-2': (rng) => groan(2, rng),
  'groan-3': (rng) => groan(3, rng),
  'groan-4': (rng) => groan(4, rng),
  scream,
  swing,
  hit,
  bite,
  door,
  glass,
  pickup: () => pickup(),
  'ui-click': uiClick,
  'ui-confirm': () => uiConfirm(),
  'sting-won': () => stingWon(),
  'sting-lost': stingLost,
  alarm: () => alarm(),
  'step-concrete-1': (rng) => footstep('concrete', 1, rng),
  'step-concrete-2': (rng) => footstep('concrete', 2, rng),
  'step-mat-1': (rng) => footstep('mat', 1, rng),
  'step-mat-2': (rng) => footstep('mat', 2, rng),
  bang,
  splinter,
  rattle,
  fall,
  'ui-back': () => uiBack(),
};
