/**
 * The two music loops at `LOOP_SAMPLE_RATE`: the ambient bed (a school's electrical hum, a
 * fluorescent buzz and distant wind) and the tense loop the game crossfades to while zombies hunt
 * (a beating low drone, a heartbeat and a dissonant high cluster). Both join end to start without a
 * click: steady tones fit whole cycles into the loop, events wrap around, noise is cross-faded.
 */

import { LOOP_SAMPLE_RATE } from '../../src/game/audio/sound-names';
import { add, decay, filter, loopFrequency, mixWrapped, noise, normalize, osc, scale, seamless, shape } from './synth';
import type { Rng } from '../seeded-rng';

const RATE = LOOP_SAMPLE_RATE;
export const AMBIENT_SECONDS = 12;
export const TENSE_BPM = 104;
export const TENSE_BEATS = 16;

/**
 * A filtered steady signal joins cleanly only once the filter has settled: render two loops' worth
 * of a periodic input and keep the second.
 */
function settled(n: number, render: (seconds: number) => Float32Array): Float32Array {
  return render((2 * n) / RATE).slice(n, 2 * n);
}

export function ambientLoop(rng: Rng): Float32Array {
  const seconds = AMBIENT_SECONDS;
  const n = Math.round(seconds * RATE);
  const f = (hz: number): number => loopFrequency(hz, n / RATE);
  const length = n / RATE;
  // Mains hum: 60 Hz and its harmonics, breathing slowly.
  const hum = add(osc('sine', f(60), length, RATE), scale(osc('sine', f(120), length, RATE), 0.5), scale(osc('sine', f(180), length, RATE), 0.2));
  shape(hum, (t) => 0.8 + 0.2 * Math.sin((2 * Math.PI * 2 * t) / length), RATE);
  // A failing fluorescent tube: a thin buzz that swells twice per loop.
  const buzz = settled(n, (s) => filter(osc('saw', f(120), s, RATE), 'bandpass', 2100, RATE, 3));
  shape(buzz, (t) => 0.5 + 0.5 * Math.sin((2 * Math.PI * 2 * t) / length + 1) ** 8, RATE);
  // Distant wind: pink noise in a moving band, gusting; rendered long and cross-faded into a loop.
  const fade = Math.round(1.5 * RATE);
  const windLength = (n + fade) / RATE;
  const wind = filter(noise(rng, windLength, RATE, 'pink'), 'bandpass', (t) => 380 + 240 * Math.sin((2 * Math.PI * 3 * t) / length) + 90 * Math.sin((2 * Math.PI * 7 * t) / length), RATE, 1.8);
  shape(wind, (t) => 0.45 + 0.55 * Math.max(0, Math.sin((2 * Math.PI * 3 * t) / length + 0.5)) ** 2, RATE);
  const rumble = filter(noise(rng, windLength, RATE, 'brown'), 'lowpass', 140, RATE);
  // Far away through closed windows: the highs are gone.
  const air = seamless(filter(add(normalize(wind, 1), scale(normalize(rumble, 1), 0.5)), 'lowpass', 900, RATE), n);
  const out = add(scale(normalize(hum, 1), 0.22), scale(normalize(buzz, 1), 0.05), scale(air, 0.45));
  // Far away, something metal falls over once a loop.
  const clang = add(
    shape(osc('sine', 410, 1.2, RATE), decay(0.35), RATE),
    scale(shape(osc('sine', 1033, 1.2, RATE), decay(0.2), RATE), 0.6),
    scale(shape(osc('sine', 1721, 1.2, RATE), decay(0.12), RATE), 0.3),
  );
  mixWrapped(out, filter(clang, 'lowpass', 900, RATE), Math.round(7.3 * RATE), 0.06);
  return normalize(out, 0.5);
}

export function tenseLoop(rng: Rng): Float32Array {
  const beat = Math.round((RATE * 60) / TENSE_BPM);
  const n = beat * TENSE_BEATS;
  const length = n / RATE;
  const f = (hz: number): number => loopFrequency(hz, length);
  const out = new Float32Array(n);
  // Drone: two low saws a quarter tone apart, beating; the filter opens and closes twice a loop.
  const dark = settled(n, (s) =>
    filter(
      add(osc('saw', f(55), s, RATE), osc('saw', f(56.6), s, RATE), scale(osc('saw', f(82.4), s, RATE), 0.4)),
      'lowpass',
      (t) => 260 + 220 * (0.5 - 0.5 * Math.cos((2 * Math.PI * 2 * t) / length)),
      RATE,
      2,
    ),
  );
  mixWrapped(out, normalize(dark, 1), 0, 0.45);
  // Heartbeat on every beat: lub-dub, the second softer.
  const thump = (): Float32Array =>
    shape(
      osc('sine', (t) => 55 * Math.exp(-t * 10) + 42, 0.35, RATE),
      decay(0.09),
      RATE,
    );
  for (let b = 0; b < TENSE_BEATS; b++) {
    mixWrapped(out, thump(), b * beat, 0.75);
    mixWrapped(out, thump(), b * beat + Math.round(0.16 * RATE), 0.45);
  }
  // Pulsing bass eighths on A, moving up a semitone in the last bar.
  for (let e = 0; e < TENSE_BEATS * 2; e++) {
    const hz = e >= TENSE_BEATS * 2 - 8 ? 58.27 : 55;
    const note = filter(osc('square', hz * 2, 0.2, RATE), 'lowpass', 420, RATE, 1.2);
    shape(note, decay(0.06, 0.005), RATE);
    mixWrapped(out, note, e * (beat / 2), e % 4 === 0 ? 0.35 : 0.2);
  }
  // Ticking: a short filtered noise on the off-beats, like a clock in an empty room.
  for (let e = 0; e < TENSE_BEATS * 2; e++) {
    if (e % 2 === 0) continue;
    const tick = shape(filter(noise(rng, 0.05, RATE), 'bandpass', 3800, RATE, 3), decay(0.008, 0.001), RATE);
    mixWrapped(out, tick, e * (beat / 2), 0.25);
  }
  // High strings: a minor-second cluster swelling in the second half.
  const strings = settled(n, (s) => filter(add(osc('saw', f(880), s, RATE), osc('saw', f(932.3), s, RATE), scale(osc('saw', f(1318.5), s, RATE), 0.5)), 'lowpass', 2400, RATE, 0.8));
  shape(strings, (t) => Math.max(0, Math.sin((2 * Math.PI * t) / length - Math.PI / 2)) ** 2 * (1 + 0.15 * Math.sin(2 * Math.PI * 5.5 * t)), RATE);
  mixWrapped(out, normalize(strings, 1), 0, 0.12);
  return normalize(out, 0.6);
}

export const CHASE_BPM = 138;
export const CHASE_BEATS = 8;

/**
 * The chase loop, for when something hunting is close: a driving kick on every beat, a noise snare
 * on the back beats, running bass sixteenths on a diminished figure, and a stabbed high cluster.
 */
export function chaseLoop(rng: Rng): Float32Array {
  const beat = Math.round((RATE * 60) / CHASE_BPM);
  const n = beat * CHASE_BEATS;
  const length = n / RATE;
  const f = (hz: number): number => loopFrequency(hz, length);
  const out = new Float32Array(n);
  const dark = settled(n, (s) => filter(add(osc('saw', f(55), s, RATE), osc('saw', f(55.8), s, RATE)), 'lowpass', 320, RATE, 2));
  mixWrapped(out, normalize(dark, 1), 0, 0.3);
  for (let b = 0; b < CHASE_BEATS; b++) {
    const kick = shape(
      osc('sine', (t) => 110 * Math.exp(-t * 25) + 45, 0.25, RATE),
      decay(0.07),
      RATE,
    );
    mixWrapped(out, kick, b * beat, 0.9);
    if (b % 2 === 1) {
      const snare = add(shape(filter(noise(rng, 0.18, RATE), 'bandpass', 1900, RATE, 0.9), decay(0.045), RATE), scale(shape(osc('sine', 190, 0.18, RATE), decay(0.03), RATE), 0.5));
      mixWrapped(out, snare, b * beat, 0.45);
    }
  }
  // Running bass: A, C, Eb, A an octave up, as sixteenths.
  const figure = [55, 65.41, 77.78, 110];
  for (let s = 0; s < CHASE_BEATS * 4; s++) {
    const hz = figure[s % figure.length]! * (s >= CHASE_BEATS * 3 ? 1.0595 : 1);
    const note = filter(osc('square', hz, 0.12, RATE), 'lowpass', 600, RATE, 1.5);
    shape(note, decay(0.035, 0.004), RATE);
    mixWrapped(out, note, s * (beat / 4), s % 4 === 0 ? 0.3 : 0.18);
  }
  // Stabs: a dissonant high cluster on the first beat of each bar.
  for (let bar = 0; bar < CHASE_BEATS / 4; bar++) {
    const stab = filter(add(osc('saw', 880, 0.3, RATE), osc('saw', 932.3, 0.3, RATE), osc('saw', 1244.5, 0.3, RATE)), 'lowpass', 3000, RATE);
    shape(stab, decay(0.08, 0.002), RATE);
    mixWrapped(out, stab, bar * 4 * beat, 0.12);
  }
  return normalize(out, 0.6);
}
